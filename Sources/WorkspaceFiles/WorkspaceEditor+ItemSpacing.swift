import Foundation
import SelectionWorkshop

extension WorkspaceEditor {
    /// `true` when the block list at `path` of `text` has a blank line right above each item after the first —
    /// how long records such as requirements are kept apart. A list of fewer than two items has no style yet.
    static func itemsAreSpaced(at path: [YAMLPathStep], in text: String) -> Bool {
        guard let items = blockItems(at: path, in: text), items.count >= 2 else { return false }
        let lines = text.components(separatedBy: "\n")
        return items.dropFirst().allSatisfy { item in
            let above = item.location.line - 2
            return lines.indices.contains(above) && lines[above].allSatisfy(\.isWhitespace)
        }
    }

    /// `edited`, which is `original` with one item appended to the list at `path`, with a blank line above the
    /// new item when the items of that list are spaced in `original`.
    static func keepingItemSpacing(of path: [YAMLPathStep], from original: String, in edited: String) -> String {
        guard itemsAreSpaced(at: path, in: original), let added = blockItems(at: path, in: edited)?.last else {
            return edited
        }
        var lines = edited.components(separatedBy: "\n")
        let line = added.location.line - 1
        guard lines.indices.contains(line), line > 0, lines[line].trimmingCharacters(in: .whitespaces).hasPrefix("-"),
            !lines[line - 1].allSatisfy(\.isWhitespace)
        else { return edited }
        lines.insert("", at: line)
        return lines.joined(separator: "\n")
    }

    /// The items of the block list at `path` of `text`; `nil` when there is none (or it is a flow list).
    private static func blockItems(at path: [YAMLPathStep], in text: String) -> [YAMLNode]? {
        var node = YAMLReader.read(Data(text.utf8)).root
        for step in path {
            switch (step, node?.content) {
            case (.key(let key), .mapping(let pairs)?):
                node = pairs.first { $0.key.scalarText == key }?.value
            case (.index(let index), .sequence(let items)?):
                node = items.indices.contains(index) ? items[index] : nil
            default:
                return nil
            }
        }
        guard let node, !node.isFlow, case .sequence(let items) = node.content else { return nil }
        return items
    }
}
