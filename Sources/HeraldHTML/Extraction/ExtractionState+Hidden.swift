import HeraldCore

extension ExtractionState {
    /// Hidden by attribute or inline style.
    func isHidden(_ i: Int) -> Bool {
        if document.hasAttribute(i, "hidden") || document.attribute(i, "aria-hidden") == "true" { return true }
        guard let style = document.attribute(i, "style") else { return false }
        // The style without spaces, its ASCII letters lowercased.
        let compact = String(decoding: style.utf8.compactMap { $0 == 0x20 ? nil : $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
        return compact.byteRange(of: "display:none") != nil || compact.byteRange(of: "visibility:hidden") != nil
    }

    /// The ids of the elements the page's buttons open and close (`aria-controls`): an accordion's panels.
    func controlledIDs() -> Set<String> {
        var ids = Set<String>()
        for i in document.nodes.indices where !document.nodes[i].isText {
            if let controls = document.attribute(i, "aria-controls") { ids.formUnion(controls.split(separator: " ").map(String.init)) }
        }
        return ids
    }

    /// Whether hidden element `i` is a panel a reader opens (a question's answer, folded): it or its first element
    /// is one that a button controls. (Its caller asks for a sentence's text in it: not "Loading prices…".)
    func isFoldedPanel(_ i: Int, controlled: Set<String>) -> Bool {
        guard !controlled.isEmpty else { return false }
        if let id = document.attribute(i, "id"), controlled.contains(id) { return true }
        guard let first = document.children(i).first(where: { !document.nodes[$0].isText }) else { return false }
        return document.attribute(first, "id").map(controlled.contains) ?? false
    }

    func hasHiddenAncestor(_ i: Int) -> Bool {
        var k = Int(document.nodes[i].parent)
        while k > 0 {
            if isHidden(k) { return true }
            k = Int(document.nodes[k].parent)
        }
        return false
    }
}

/// Tells hidden blocks that repeat the page's text (a raw Markdown copy of the article behind a
/// "Copy" button, a duplicate kept for a print view) from hidden blocks that hold it alone: words
/// are compared as runs of eight, lower-cased, so that markup in the copy ("**bold**", "[link](url)")
/// does not hide the repeat.
struct HiddenCopies {
    let document: HTMLDocument
    /// How often each run of eight words occurs on the whole page, made on first use.
    private var runs: [UInt64: Int32]?
    /// Whether a copy was found.
    private(set) var found = false

    init(document: HTMLDocument) { self.document = document }

    /// Whether most of a few runs of eight words taken across block `i` occur elsewhere on the page too.
    mutating func repeatsShownText(_ i: Int) -> Bool {
        let words = Self.wordHashes(document.textContent(i))
        guard words.count >= 40 else { return false }
        if runs == nil {
            var counts: [UInt64: Int32] = [:]
            for run in Self.runHashes(Self.wordHashes(document.textContent(0))) { counts[run, default: 0] += 1 }
            runs = counts
        }
        let own = Self.runHashes(words)
        let probes = stride(from: own.count / 10, to: own.count, by: max(1, own.count / 5)).map { own[$0] }
        let repeated = probes.filter { (runs?[$0] ?? 0) >= 2 }.count
        guard repeated * 2 > probes.count else { return false }
        found = true
        return true
    }

    /// FNV-1a hashes of the words of `text`: runs of ASCII letters and digits, lower-cased, and of
    /// bytes beyond ASCII.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, inWord = false
        for byte in text.utf8 {
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower >= 0x80 {
                hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                inWord = true
            } else if inWord {
                hashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { hashes.append(hash) }
        return hashes
    }

    /// A hash of each run of eight words.
    static func runHashes(_ words: [UInt64]) -> [UInt64] {
        guard words.count >= 8 else { return [] }
        return (0...(words.count - 8)).map { start in
            words[start..<(start + 8)].reduce(UInt64(0)) { ($0 &* 0x100_0000_01b3) ^ $1 &+ 0x9E37_79B9 }
        }
    }
}
