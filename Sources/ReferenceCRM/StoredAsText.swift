import Foundation
import Localization

/// A value kept as the text it is written in (`description`) and read back by parsing that text: how phone
/// numbers and e-mail addresses travel in JSON and sit in the database. A stored text that no longer parses
/// fails decoding with the parser's own message.
public protocol StoredAsText: Codable, CustomStringConvertible {
    associatedtype ParseError: BilingualError
    /// Reads `description` back.
    init(storedText: String) throws(ParseError)
}

extension StoredAsText {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(storedText: text)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.message.text(in: .en)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
