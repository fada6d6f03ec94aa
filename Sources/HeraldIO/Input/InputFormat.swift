/// How an input file is read, from its extension (less any `.gz`) or, failing that, its first byte.
public enum InputFormat: Sendable, Equatable {
    case text, json, jsonLines, html

    /// The format named by a file's extension, nil when the extension names none.
    public static func fromExtension(of path: String) -> InputFormat? {
        var name = Substring(path.lowercased())
        if name.hasSuffix(".gz") { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text", "md": return .text
        case "json": return .json
        case "jsonl", "ndjson", "jsonlines": return .jsonLines
        case "html", "htm", "xhtml", "shtml": return .html
        default: return nil
        }
    }

    /// A guess from the first bytes of content: JSON Lines or JSON for "{" or "[", HTML for "<", else text.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .text }
        switch first {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"): return .html
        default: return .text
        }
    }
}
