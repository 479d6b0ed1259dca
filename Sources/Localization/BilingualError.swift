import Foundation

/// An error a user can fix, explained in both languages crmkit speaks.
///
/// `errorDescription` (and so `localizedDescription`) is the English message, because logs and English
/// terminals read it; a Persian interface asks for `description(in: .fa)`.
public protocol BilingualError: LocalizedError, Sendable {
    /// What was wrong and what a valid input looks like, in Persian and English.
    var message: LocalizedText { get }
}

extension BilingualError {
    public var errorDescription: String? { message.text(in: .en) }

    /// The message in `language`.
    public func description(in language: Language) -> String { message.text(in: language) }
}
