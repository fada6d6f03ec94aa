/// Why an input could not be read, naming the input.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        case notFound
        case unreadable(String)
        case noArticles
        case empty
        case binary
        case tooLarge(bytes: Int, limit: Int)
        case htmlNotSupported
        case invalidJSON(String)
        case invalidRecord(String)
        case compression(String)
    }

    /// The input: a path, "path:line" for a JSON Lines record, or "<stdin>".
    public var input: String
    public var kind: Kind

    /// Creates an error about `input`.
    public init(_ input: String, _ kind: Kind) {
        self.input = input
        self.kind = kind
    }

    public var description: String { "\(input): \(reason)" }

    /// The reason alone.
    public var reason: String {
        switch kind {
        case .notFound: return "no such file or directory"
        case let .unreadable(why): return "cannot read: \(why)"
        case .noArticles: return "no articles here (looked for .txt, .json, .jsonl, .ndjson, .html and their .gz)"
        case .empty: return "empty input, no text to analyse"
        case .binary: return "binary data, not text (a NUL byte or many control characters near the start)"
        case let .tooLarge(bytes, limit):
            return "\(Self.megabytes(bytes)) is over the \(Self.megabytes(limit)) limit for one article; "
                + "split it, give records as JSON Lines, or raise --max-megabytes"
        case .htmlNotSupported: return "HTML input is not supported yet (the HTML reader is its own issue); give plain text or records with 'text'"
        case let .invalidJSON(why): return "invalid JSON: \(why)"
        case let .invalidRecord(why): return "invalid record: \(why)"
        case let .compression(why): return "cannot decompress: \(why)"
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1024 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }
}
