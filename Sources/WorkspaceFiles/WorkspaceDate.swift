import Localization

/// Dates as the workspace format writes them: `YYYY-MM-DD` (or with `/`), where a year below 1700 marks a
/// Solar Hijri (Jalali) date, so Persian-speaking teams write the dates they live by.
enum WorkspaceDate {
    /// The date, or why it is not one.
    static func parse(_ text: String) -> Result<LocalDate, DateInputError> {
        let latin = PersianDigits.toLatin(text)
        let yearDigits = latin.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
        guard let year = Int(yearDigits) else { return .failure(.malformed(text, .gregorian)) }
        do {
            return .success(try LocalDate.parse(text, as: year < 1700 ? .jalali : .gregorian))
        } catch {
            return .failure(error)
        }
    }
}
