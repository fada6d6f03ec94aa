import Foundation
import HeraldIO

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

    /// Loads a knowledge base from one file in the resource's format, gzip-compressed when its name ends in
    /// ".gz" (an older build of the resource, to train the tagger on: `git show REV:…/herald.kb.gz`).
    public static func load(path: String) throws -> KnowledgeBase {
        var base = KnowledgeBase()
        try read(path, into: &base)
        return base
    }

    /// Loads the shipped resource and then each of `extra` (gzip-compressed too where a name ends in ".gz").
    public static func loadStandard(extra: [String] = []) throws -> KnowledgeBase {
        var base = KnowledgeBase()
        guard let url = Bundle.module.url(forResource: "herald.kb", withExtension: "gz") else {
            throw KBFile.FormatError(source: "herald.kb.gz", line: 0, message: "the knowledge-base resource is missing from the build")
        }
        try read(url.path, source: "herald.kb.gz", into: &base)
        for path in extra { try read(path, into: &base) }
        return base
    }

    /// Reads the file at `path` over `base`, gunzipped where its name ends in ".gz"; `source` names it in errors.
    private static func read(_ path: String, source: String? = nil, into base: inout KnowledgeBase) throws {
        if path.hasSuffix(".gz") {
            try KBFile.read(bytes: try Gzip.read(path), source: source ?? path, into: &base)
        } else {
            try KBFile.read(try String(contentsOfFile: path, encoding: .utf8), source: source ?? path, into: &base)
        }
    }
}
