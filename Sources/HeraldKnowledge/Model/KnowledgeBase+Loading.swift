import Foundation

extension KnowledgeBase {
    /// The knowledge base Herald ships, with the user's files named in `HERALD_KB`
    /// (colon-separated paths, same format) read over it.
    public static let standard: KnowledgeBase = {
        do {
            return try loadStandard(extra: ProcessInfo.processInfo.environment["HERALD_KB"]?
                .split(separator: ":").map(String.init) ?? [])
        } catch {
            FileHandle.standardError.write(Data("herald: knowledge base: \(error)\n".utf8))
            return KnowledgeBase()
        }
    }()

    /// Loads the shipped resource and then each of `extra`.
    public static func loadStandard(extra: [String] = []) throws -> KnowledgeBase {
        var base = KnowledgeBase()
        guard let url = Bundle.module.url(forResource: "herald", withExtension: "kb") else {
            throw KBFile.FormatError(source: "herald.kb", line: 0, message: "the knowledge-base resource is missing from the build")
        }
        try KBFile.read(try String(contentsOf: url, encoding: .utf8), source: "herald.kb", into: &base)
        for path in extra {
            try KBFile.read(try String(contentsOfFile: path, encoding: .utf8), source: path, into: &base)
        }
        return base
    }
}
