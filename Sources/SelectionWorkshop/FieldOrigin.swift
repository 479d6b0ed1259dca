/// Where a value came from: a workspace file and the path of keys and list indices inside it.
///
/// The domain speaks in origins; the file layer knows the line and column of each origin and attaches them
/// to diagnostics, so validation rules stay free of YAML.
public struct FieldOrigin: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The file, relative to the workspace folder (`requirements.yaml`, `scores/maryam.yaml`).
    public var file: String
    public var path: [Component]

    public init(file: String, path: [Component] = []) {
        self.file = file
        self.path = path
    }

    public func appending(_ key: String) -> FieldOrigin {
        FieldOrigin(file: file, path: path + [.key(key)])
    }

    public func appending(_ index: Int) -> FieldOrigin {
        FieldOrigin(file: file, path: path + [.index(index)])
    }

    public func appending(_ key: String, _ index: Int) -> FieldOrigin {
        FieldOrigin(file: file, path: path + [.key(key), .index(index)])
    }

    /// The origin one step up, or `nil` at the file's root.
    public var parent: FieldOrigin? {
        path.isEmpty ? nil : FieldOrigin(file: file, path: Array(path.dropLast()))
    }

    /// This origin, then each enclosing one up to the file: where to look for the nearest value that has a
    /// position.
    public var selfAndAncestors: [FieldOrigin] {
        (0...path.count).reversed().map { FieldOrigin(file: file, path: Array(path.prefix($0))) }
    }

    /// The key path as written in the docs: `requirements[3].sources[0]`.
    public var keyPath: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    public var description: String { path.isEmpty ? file : "\(file):\(keyPath)" }

    /// By file, then component by component: list positions as numbers, keys as text, a key before a
    /// position, and a record before the fields inside it.
    public static func < (lhs: FieldOrigin, rhs: FieldOrigin) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        for (a, b) in zip(lhs.path, rhs.path) where a != b {
            switch (a, b) {
            case (.index(let x), .index(let y)): return x < y
            case (.key(let x), .key(let y)): return x < y
            case (.key, .index): return true
            case (.index, .key): return false
            }
        }
        return lhs.path.count < rhs.path.count
    }
}

/// A line and column in a workspace file, both counted from 1.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
