import HeraldCore
#if canImport(Glibc)
import Glibc
#endif

/// Splits tokenized news text into sentences.
///
/// A sentence ends at a full stop, question or exclamation mark or ellipsis (with any closing
/// quotes and brackets after it: `.”`, `?"`, `.)`) when the next word can start a sentence; at an
/// abbreviation that may end one ("U.S.", "Inc.", "W.") only before a word that usually starts a
/// sentence; never after a title ("Mr.", "Gen."). A paragraph break always ends a sentence, and a
/// line break does too unless the paragraph is hard-wrapped prose, so headlines, captions and list
/// items without final punctuation stand alone.
public struct SentenceSplitter: Component {
    public let name = "sentence-splitter"
    public let requires: Set<Layer> = [.text, .tokens]
    public let provides: Set<Layer> = [.sentences]

    /// Creates a sentence splitter.
    public init() {}

    public func process(_ document: inout Document) {
        document.sentences = split(document.text, tokens: document.tokens)
    }

    /// The sentences of `text` given its tokens.
    public func split(_ text: [UInt8], tokens: [Token]) -> [Sentence] {
        text.withUnsafeBufferPointer { p in
            tokens.withUnsafeBufferPointer { t in
                var state = SplitState(p: p, t: t)
                return state.run()
            }
        }
    }
}

/// One pass of the splitter over a text.
struct SplitState {
    let p: UnsafeBufferPointer<UInt8>
    let t: UnsafeBufferPointer<Token>
    private var sentences: [Sentence] = []
    private var first = 0
    /// Whether the current paragraph is hard-wrapped prose (line breaks are spaces).
    private var wrapped = false

    init(p: UnsafeBufferPointer<UInt8>, t: UnsafeBufferPointer<Token>) {
        self.p = p
        self.t = t
    }

    mutating func run() -> [Sentence] {
        sentences.reserveCapacity(t.count / 20 + 1)
        var i = 0
        while i < t.count {
            let token = t[i]
            if token.flags.contains(.paragraphStart) {
                close(before: i)
                wrapped = isWrapped(paragraphAt: Int(token.start))
                if let end = datelineEnd(at: i) {
                    close(before: end)
                    i = end
                    continue
                }
            } else if token.flags.contains(.lineStart), !wrapped, lineBreakEndsSentence(before: i) {
                close(before: i)
            }
            if token.kind == .punctuation || token.flags.contains(.abbreviation), let end = sentenceEnd(at: i) {
                close(before: end)
                i = end
                continue
            }
            i += 1
        }
        close(before: t.count)
        return sentences
    }

    /// Ends the open sentence before token `index`, if it has tokens.
    private mutating func close(before index: Int) {
        guard index > first else { return }
        sentences.append(Sentence(range: Int(t[first].start)..<Int(t[index - 1].end), tokens: first..<index))
        first = index
    }

    // MARK: Terminal punctuation

    /// If token `i` ends a sentence, the index of the first token after it (and its closers).
    private func sentenceEnd(at i: Int) -> Int? {
        let token = t[i]
        let terminal: Terminal
        if token.flags.contains(.abbreviation) {
            terminal = abbreviationClass(token) == .title ? .none : .abbreviation
        } else if token.kind == .punctuation {
            terminal = Self.terminal(p, token)
        } else {
            terminal = .none
        }
        if terminal == .none { return nil }
        var j = i + 1
        while j < t.count, isCloser(j) { j += 1 }
        guard j < t.count else { return j }
        let next = t[j]
        if next.flags.contains(.paragraphStart) { return j }
        let start = startKind(j)
        switch terminal {
        case .none: return nil
        case .stop:
            switch start {
            case .upper, .digit, .opening, .other: return j
            case .lower: return lowercaseAfterStop(stopAt: i, next: j) ? j : nil
            case .continuation: return nil
            }
        case .question:
            switch start {
            case .upper, .opening, .digit: return j
            // "“Why?” he asked" goes on; "where did you grow up? india?" does not.
            case .lower: return j == i + 1 && t[i].flags.contains(.spaceAfter) ? j : nil
            case .continuation, .other: return nil
            }
        case .ellipsis:
            switch start {
            case .upper, .opening, .digit: return j
            case .lower, .continuation, .other: return nil
            }
        case .abbreviation:
            if start == .opening, isQuote(j) { return j }
            if start == .upper && isSentenceStarter(j) { return j }
            if next.flags.contains(.lineStart), !wrapped { return j }
            return nil
        }
    }

    enum Terminal { case none, stop, question, ellipsis, abbreviation }

    static func terminal(_ p: UnsafeBufferPointer<UInt8>, _ token: Token) -> Terminal {
        let b = p[Int(token.start)]
        if token.count == 1 {
            switch b {
            case UInt8(ascii: "."): return .stop
            case UInt8(ascii: "?"), UInt8(ascii: "!"): return .question
            default: return .none
            }
        }
        if b == UInt8(ascii: ".") { return .ellipsis }
        if token.count == 3, b == 0xE2, p[Int(token.start) + 1] == 0x80, p[Int(token.start) + 2] == 0xA6 { return .ellipsis }
        return .none
    }

    /// Closing quotes and brackets, and more terminal marks, that stay with the sentence before them.
    private func isCloser(_ j: Int) -> Bool {
        let token = t[j]
        guard token.kind == .punctuation, !token.flags.contains(.lineStart) else { return false }
        let value = ByteClass.scalar(p, Int(token.start)).value
        let attached = !t[j - 1].flags.contains(.spaceAfter)
        switch value {
        case 0x201D, 0x2019, 0xBB, 0x203A, 0x29, 0x5D, 0x7D: return true
        case 0x22, 0x27: return attached
        case 0x2E, 0x3F, 0x21, 0x2026: return attached
        default: return false
        }
    }

    enum Start { case upper, lower, digit, opening, continuation, other }

    /// How the token at `j` starts.
    private func startKind(_ j: Int) -> Start {
        let token = t[j]
        let (value, _) = ByteClass.scalar(p, Int(token.start))
        if ByteClass.isUpperScalar(value) { return .upper }
        if ByteClass.isLowerScalar(value) {
            // "iPhone", "eBay": a lowercase letter before an uppercase one starts like a name.
            if token.count > 1, ByteClass.isASCIIUpper(p[Int(token.start) + 1]) { return .upper }
            return .lower
        }
        if ByteClass.isDigit(UInt8(truncatingIfNeeded: value)) && value < 0x80 { return .digit }
        switch value {
        case 0x22, 0x27, 0x201C, 0x2018, 0x28, 0x5B, 0xAB, 0xBF, 0xA1, 0x2014, 0x2013, 0x2D: return .opening
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x2E, 0x25, 0x201D, 0x2019: return .continuation
        default: return token.kind == .handle || token.kind == .hashtag || token.kind == .url ? .lower : .other
        }
    }

    /// A full stop followed by a lowercase word ends a sentence unless the word before the stop
    /// looks like an unknown abbreviation (short, or a single letter).
    private func lowercaseAfterStop(stopAt i: Int, next j: Int) -> Bool {
        guard i > 0 else { return true }
        let before = t[i - 1]
        if before.flags.contains(.spaceAfter) { return true }  // "word .": a spaced stop
        if before.kind != .word { return true }
        // "approx. five" is an unknown abbreviation; "tell val. the next" is not.
        return before.count > 3 || !ByteClass.isASCIIUpper(p[Int(before.start)])
    }

    /// Whether the token at `j` is a quotation mark.
    private func isQuote(_ j: Int) -> Bool {
        switch ByteClass.scalar(p, Int(t[j].start)).value {
        case 0x22, 0x27, 0x201C, 0x2018, 0xAB: return true
        default: return false
        }
    }

    // MARK: Datelines

    /// If a paragraph opens with a dateline ("WASHINGTON (Reuters) -", "PANMUNJOM, South Korea —",
    /// "BEIJING, Sept 4 (Reuters) -"), the index of the token after its dash: it is a sentence of its own.
    private func datelineEnd(at i: Int) -> Int? {
        guard isAllCapsWord(i) else { return nil }
        var j = i + 1
        var inBrackets = false
        while j < t.count, j - i <= 12, !t[j].flags.contains(.lineStart) {
            let token = t[j]
            let value = ByteClass.scalar(p, Int(token.start)).value
            switch value {
            case 0x2D, 0x2014, 0x2013:  // the dash ends it, with a word after
                guard !inBrackets, token.flags.contains(.spaceAfter), j + 1 < t.count,
                      !t[j + 1].flags.contains(.lineStart) else { return nil }
                return j + 1
            case 0x28: inBrackets = true
            case 0x29: inBrackets = false
            case 0x2C: break
            default:
                if token.kind == .number { break }
                if token.kind == .word, inBrackets || ByteClass.isUpperScalar(value) { break }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// A word in capitals of two letters or more ("WASHINGTON", "U.S.").
    private func isAllCapsWord(_ i: Int) -> Bool {
        let token = t[i]
        guard token.kind == .word, token.count >= 2 else { return false }
        var letters = 0
        for k in token.range {
            let b = p[k]
            if ByteClass.isASCIILower(b) { return false }
            if ByteClass.isASCIIUpper(b) { letters += 1 }
        }
        return letters >= 2
    }

    // MARK: Abbreviations and sentence starters

    private func abbreviationClass(_ token: Token) -> AbbreviationClass? {
        let range = Int(token.start)..<Int(token.end) - 1
        let next = Int(token.end) < p.count ? nextNonSpace(Int(token.end)) : nil
        let nextIsDigit = next.map { ByteClass.isDigit(p[$0]) } ?? false
        return Abbreviations.classify(p, range, nextIsDigit: nextIsDigit, afterComma: true)
    }

    private func nextNonSpace(_ i: Int) -> Int? {
        var k = i
        while k < p.count {
            let space = ByteClass.spaceLength(p, k)
            if space == 0 { return k }
            k += space
        }
        return nil
    }

    /// Whether the word at `j` is one that usually starts a sentence ("The", "He", "But", "Mr").
    private func isSentenceStarter(_ j: Int) -> Bool {
        let token = t[j]
        guard let key = ShortKey(p, token.range) else { return false }
        return SentenceStarters.words.contains(key)
    }

    // MARK: Line breaks

    /// Whether a single line break before token `i` ends the open sentence.
    private func lineBreakEndsSentence(before i: Int) -> Bool {
        guard i > first else { return false }
        let last = t[i - 1]
        if last.kind == .punctuation {
            switch ByteClass.scalar(p, Int(last.start)).value {
            case 0x2C, 0x2D, 0x2014, 0x2013, 0x28, 0x5B, 0x201C, 0x2018, 0x26: return false
            default: break
            }
        }
        if t[i].kind == .word, startKind(i) == .lower { return false }
        return true
    }

    /// Whether the paragraph starting at byte `start` is hard-wrapped: several lines of similar,
    /// long length whose breaks fall inside sentences.
    private func isWrapped(paragraphAt start: Int) -> Bool {
        var lengths: [Int] = []
        var openEnds = 0
        var lineStart = start
        var k = start
        while k <= p.count {
            if k < p.count, p[k] != 0x0A {
                // Jump to the next newline.
                let found = memchr(p.baseAddress! + k, 0x0A, p.count - k)
                k = found.map { UnsafeRawPointer(p.baseAddress!).distance(to: UnsafeRawPointer($0)) } ?? p.count
            }
            if k == p.count || p[k] == 0x0A {
                var end = k
                while end > lineStart && (p[end - 1] == 0x20 || p[end - 1] == 0x0D || p[end - 1] == 0x09) { end -= 1 }
                if end == lineStart { break }  // blank line: paragraph ends
                lengths.append(end - lineStart)
                let lastByte = p[end - 1]
                if ByteClass.isASCIIAlnum(lastByte) || lastByte == UInt8(ascii: ",") { openEnds += 1 }
                if k == p.count || lengths.count > 64 { break }
                lineStart = k + 1
                while lineStart < p.count && (p[lineStart] == 0x20 || p[lineStart] == 0x09) { lineStart += 1 }
                k = lineStart
                continue
            }
            k += 1
        }
        guard lengths.count >= 2 else { return false }
        let body = lengths.dropLast()
        let longest = body.max() ?? 0
        guard longest >= 40 else { return false }
        let even = body.allSatisfy { $0 * 10 >= longest * 6 }
        return even && openEnds * 2 >= body.count
    }
}
