import Foundation
import Localization
import ProcessCatalog
import SelectionWorkshop

/// The questionnaires and scorecard templates that ship with crmkit (the top-level `questionnaires/` and
/// `scorecards/` folders, bundled as resources), and the reading of such files from any folder.
public enum BundledTemplates {
    /// The folder holding the shipped questionnaires.
    public static func questionnairesFolder() throws(TemplateError) -> URL {
        try resourceFolder("questionnaires")
    }

    /// The folder holding the shipped scorecard templates.
    public static func scorecardsFolder() throws(TemplateError) -> URL {
        try resourceFolder("scorecards")
    }

    private static func resourceFolder(_ name: String) throws(TemplateError) -> URL {
        let bundle = ResourceBundle.bundleName(ofTarget: "WorkspaceFiles")
        switch ResourceBundle.url(forResource: name, withExtension: nil, inBundleNamed: bundle) {
        case .success(let url): return url
        case .failure: throw .missingResource(name)
        }
    }

    /// The names of the shipped scorecard templates (`general-crm`, `call-center`…), sorted.
    public static func scorecardTemplateNames() throws(TemplateError) -> [String] {
        let folder = try scorecardsFolder()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The text of a shipped scorecard template.
    public static func scorecardTemplate(named name: String) throws(TemplateError) -> String {
        let known = try scorecardTemplateNames()
        guard known.contains(name),
            let data = FileManager.default.contents(atPath: try scorecardsFolder().appendingPathComponent("\(name).yaml").path)
        else { throw .unknownTemplate(name, known: known) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The shipped questionnaires, by step; throws when one of them does not read cleanly.
    public static func questionnaires() throws(TemplateError) -> [Questionnaire] {
        let (questionnaires, diagnostics) = QuestionnaireLoader.load(folder: try questionnairesFolder())
        if let first = diagnostics.first(where: { $0.severity == .error }) {
            throw .brokenTemplate(LocalizedText(fa: first.formatted(in: .fa), en: first.formatted(in: .en)))
        }
        return questionnaires
    }
}

public enum TemplateError: BilingualError {
    case missingResource(String)
    case unknownTemplate(String, known: [String])
    case brokenTemplate(LocalizedText)

    public var message: LocalizedText {
        switch self {
        case .missingResource(let name):
            LocalizedText(
                fa: "پوشه «\(name)» همراه crmkit نصب نشده است؛ crmkit را دوباره بسازید (swift build)",
                en: "the \"\(name)\" folder was not installed with crmkit; rebuild it (swift build)")
        case .unknownTemplate(let name, let known):
            LocalizedText(
                fa: "الگوی کارت امتیاز «\(name)» وجود ندارد؛ الگوهای موجود: \(known.joined(separator: "، "))",
                en: "there is no scorecard template \"\(name)\"; the templates are: \(known.joined(separator: ", "))")
        case .brokenTemplate(let detail):
            LocalizedText(
                fa: "یکی از پرسش‌نامه‌های همراه crmkit خراب است: \(detail)",
                en: "a questionnaire shipped with crmkit is broken: \(detail)")
        }
    }
}

public enum QuestionnaireLoader {
    /// Reads every `*.yaml` questionnaire of `folder`, sorted by step, with every problem found.
    public static func load(folder: URL) -> ([Questionnaire], [Diagnostic]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var questionnaires: [Questionnaire] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            let (result, problems) = read(data, file: name)
            diagnostics += problems
            if let result { questionnaires.append(result) }
        }
        return (questionnaires.sorted { $0.step < $1.step }, diagnostics)
    }

    /// Reads one questionnaire file.
    public static func read(_ data: Data, file: String) -> (Questionnaire?, [Diagnostic]) {
        FileReader.readStandalone(
            data, file: file,
            emptyFix: ("write version:, step:, title: and questions:", "version:، step:، title: و questions: را بنویسید")
        ) { reader, root in reader.decodeQuestionnaire(root) }
    }
}

extension FileReader {
    func decodeQuestionnaire(_ root: Value) -> Questionnaire? {
        guard let file = root.mapping() else { return nil }
        defer { file.finish() }
        readVersion(file)
        let step = file.required("step")?.int(in: 1...6)
        let title = file.required("title")?.text()
        let intro = file.optional("intro")?.text() ?? LocalizedText()
        let questions =
            file.required("questions")?.list { item -> Question? in
                guard let m = item.mapping() else { return nil }
                defer { m.finish() }
                let id = m.required("id")?.id(Question.self)
                let type = m.required("type")?.choice(Question.AnswerType.self)
                let text = m.required("text")?.text()
                let help = m.required("help")?.text()
                let fillsValue = m.required("fills")
                let fills = fillsValue?.string().flatMap { text -> WorkspaceFieldPath? in
                    if let path = WorkspaceFieldPath(text) { return path }
                    if let fillsValue {
                        error(
                            "invalid-field-path", at: fillsValue,
                            en: "\"\(InputText.shown(text))\" is not a workspace field path",
                            fa: "«\(InputText.shown(text))» مسیر فیلدی از فضای کار نیست",
                            fixEn: "write FILE:key.key, e.g. project.yaml:project.name or stakeholders.yaml:interviews[].notes",
                            fixFa: "به شکل FILE:key.key بنویسید، مثلاً project.yaml:project.name")
                    }
                    return nil
                }
                let required = m.optional("required")?.bool() ?? false
                let choices =
                    m.optional("choices")?.list { choiceValue -> Question.Choice? in
                        guard let c = choiceValue.mapping() else { return nil }
                        defer { c.finish() }
                        guard let value = c.required("value")?.string(), let label = c.required("label")?.text() else {
                            return nil
                        }
                        return Question.Choice(value: value, label: label)
                    } ?? []
                let defaultAnswer = m.optional("default").flatMap { value -> String? in
                    switch value.node.content {
                    case .scalar(let text, _): text
                    case .sequence(let items): items.compactMap(\.scalarText).joined(separator: ", ")
                    case .mapping: nil
                    }
                }
                let multiple = m.optional("multiple")?.bool() ?? false
                let audience = m.optional("audience")?.choice(StakeholderGroup.self)
                guard let id, let type, let text, let help, let fills else { return nil }
                var question = Question(
                    origin: item.origin, id: id, step: step ?? 0, type: type, text: text, help: help, fills: fills)
                question.required = required
                question.choices = choices
                question.defaultAnswer = defaultAnswer
                question.audience = audience
                question.multiple = multiple
                return question
            } ?? []
        guard let step, let title else { return nil }
        return Questionnaire(origin: root.origin, step: step, title: title, intro: intro, questions: questions)
    }
}
