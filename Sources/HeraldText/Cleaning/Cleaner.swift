import HeraldCore

/// Cleans scraped article text: markup tags left in it removed (see ``Markup``), mojibake repaired (see
/// ``Mojibake``), line breaks unified, Unicode NFC, boilerplate lines removed and listed, the headline
/// taken out, paragraphs separated by one blank line.
///
/// The headline is the first line that is not boilerplate when a blank line follows it (and it is
/// short enough to be one); a record that brings its own title keeps it, and a first line equal to
/// it is dropped from the body.
public struct Cleaner: Component {
    public let name = "cleaner"
    public let requires: Set<Layer> = [.rawText]
    public let provides: Set<Layer> = [.text]

    /// Longest line, in bytes, taken as a headline.
    public var maxHeadlineBytes = 300

    /// Creates a cleaner.
    public init() {}

    public func process(_ document: inout Document) {
        // (Markup tags left in text, not in what the HTML reader rendered.)
        let text = document.layers.contains(.html) ? document.text : Markup.strip(document.text)
        let unified = Self.unifyLineBreaks(text)
        // (Repaired after NFC, which composes the "Ã" that a decomposed copy writes as "A" and a tilde.)
        let composed = UnicodeNormalizer.nfc(unified)
        let repaired = Mojibake.repair(composed)
        let normalized = repaired.count == composed.count ? repaired : UnicodeNormalizer.nfc(repaired)
        let lines = Self.lines(normalized)
        var boilerplate: [String] = []
        var kept: [Line] = []
        kept.reserveCapacity(lines.count)
        normalized.withUnsafeBufferPointer { p in
            for line in lines {
                if line.isBlank {
                    kept.append(line)
                } else if BoilerplateRules.isBoilerplate(UnsafeBufferPointer(rebasing: p[line.range])) {
                    boilerplate.append(Self.substring(p, line.range))
                } else {
                    kept.append(line)
                }
            }
        }
        // The headline.
        if let firstIndex = kept.firstIndex(where: { !$0.isBlank }) {
            let first = kept[firstIndex]
            let firstText = normalized.withUnsafeBufferPointer { Self.substring($0, first.range) }
            if let title = document.title {
                if Self.sameText(title, firstText) { kept.remove(at: firstIndex) }
            } else if !document.layers.contains(.html), firstIndex + 1 < kept.count, kept[firstIndex + 1].isBlank,
                      kept[(firstIndex + 1)...].contains(where: { !$0.isBlank }),
                      first.range.count <= maxHeadlineBytes
            {
                document.title = firstText
                kept.remove(at: firstIndex)
            }
        }
        document.text = Self.join(kept, in: normalized)
        document.boilerplate = boilerplate
    }

    // MARK: Lines

    struct Line {
        var range: Range<Int>
        var isBlank: Bool { range.isEmpty }
    }

    /// Lines with surrounding spaces trimmed; blank lines have an empty range.
    static func lines(_ text: [UInt8]) -> [Line] {
        text.withUnsafeBufferPointer { p in
            var lines: [Line] = []
            var start = 0
            let n = p.count
            while start <= n {
                var end = start
                while end < n && p[end] != 0x0A { end += 1 }
                var a = start, b = end
                while a < b, ByteClass.spaceLength(p, a) > 0 { a += ByteClass.spaceLength(p, a) }
                while b > a, trailingSpaceLength(p, b) > 0 { b -= trailingSpaceLength(p, b) }
                lines.append(Line(range: a < b ? a..<b : a..<a))
                if end == n { break }
                start = end + 1
            }
            return lines
        }
    }

    /// Length of the whitespace scalar that ends at `end`, or 0.
    private static func trailingSpaceLength(_ p: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        for length in 1...3 where end - length >= 0 && ByteClass.spaceLength(p, end - length) == length {
            return length
        }
        return 0
    }

    /// Kept lines joined: lines of a paragraph by "\n", paragraphs by one blank line.
    static func join(_ lines: [Line], in text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var blankPending = false
        text.withUnsafeBufferPointer { p in
            for line in lines {
                if line.isBlank {
                    blankPending = true
                    continue
                }
                if !out.isEmpty { out.append(contentsOf: blankPending ? [0x0A, 0x0A] : [0x0A]) }
                blankPending = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[line.range]))
            }
        }
        return out
    }

    /// CR LF and lone CR become LF; U+2028 becomes LF and U+2029 a blank line; a BOM goes.
    static func unifyLineBreaks(_ text: [UInt8]) -> [UInt8] {
        guard let first = text.withUnsafeBufferPointer({ firstLineBreakToUnify($0) }) else { return text }
        var out = Array(text[..<first])
        out.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { p in
            var i = first
            while i < p.count {
                let b = p[i]
                if b == 0x0D {
                    out.append(0x0A)
                    i += (i + 1 < p.count && p[i + 1] == 0x0A) ? 2 : 1
                } else if b == 0xE2, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0xA8 || p[i + 2] == 0xA9 {
                    out.append(contentsOf: p[i + 2] == 0xA8 ? [0x0A] : [0x0A, 0x0A])
                    i += 3
                } else if b == 0xEF, i + 2 < p.count, p[i + 1] == 0xBB, p[i + 2] == 0xBF {
                    i += 3
                } else {
                    out.append(b)
                    i += 1
                }
            }
        }
        return out
    }

    /// The offset of the first CR, U+2028, U+2029 or BOM, or nil.
    private static func firstLineBreakToUnify(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = p.count
        while i < n {
            // Skip eight bytes at a time while none is CR or a lead byte E2/EF (all below 0x80 or not).
            if i + 8 <= n {
                let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let hasHigh = word & 0x8080_8080_8080_8080 != 0
                let x = word ^ 0x0D0D_0D0D_0D0D_0D0D
                let hasCR = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
                if !hasHigh && !hasCR {
                    i += 8
                    continue
                }
            }
            let b = p[i]
            if b == 0x0D { return i }
            if b == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0xA8 || p[i + 2] == 0xA9 { return i }
            if b == 0xEF, i + 2 < n, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return i }
            i += 1
        }
        return nil
    }

    static func substring(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[range]), as: UTF8.self)
    }

    /// Equal up to case and spacing.
    static func sameText(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String { s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return key(a) == key(b)
    }
}
