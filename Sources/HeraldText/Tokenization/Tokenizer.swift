import HeraldCore
#if canImport(Glibc)
import Glibc
#endif

/// Splits text into word, number, punctuation and symbol tokens the way news English needs.
///
/// Abbreviations, initials and dotted acronyms keep their period ("Mr.", "W.", "U.S."); numbers
/// stay whole ("3.5", "1,000", "9/11", "1.3bn"); clitics split off ("Russia" + "’s", "do" + "n't");
/// hyphens and slashes between letters, dashes and ellipses split words ("Dornsife/Los Angeles Times",
/// "and/or"); quotes and brackets are tokens.
/// Web addresses, e-mail addresses, handles and hashtags are single tokens.
public struct Tokenizer: Component {
    public let name = "tokenizer"
    public let requires: Set<Layer> = [.text]
    public let provides: Set<Layer> = [.tokens]

    /// Creates a tokenizer.
    public init() {}

    public func process(_ document: inout Document) {
        document.tokens = tokenize(document.text)
    }

    /// The tokens of `text`, UTF-8 bytes.
    public func tokenize(_ text: [UInt8]) -> [Token] {
        text.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(buffer)
            defer { scanner.deallocate() }
            scanner.run()
            return scanner.tokens
        }
    }
}

/// The tokenizer's state over one text.
struct TokenScanner {
    let p: UnsafeBufferPointer<UInt8>
    /// Tokens so far, in storage grown by hand: no uniqueness checks on the hot path.
    private var storage: UnsafeMutablePointer<Token>
    private var capacity: Int
    private var count = 0
    /// Flags for the next token emitted (line or paragraph start).
    private var pendingFlags: Token.Flags = [.lineStart, .paragraphStart]

    init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
        capacity = max(16, p.count / 4)
        storage = .allocate(capacity: capacity)
    }

    /// Per byte: 0 an ASCII letter, 1 other printable ASCII, 2 ASCII white space, 3 a byte of a
    /// non-ASCII scalar (which may be a space).
    private static let chunkClasses: [UInt8] = (0..<256).map { value in
        let b = UInt8(value)
        if ByteClass.isASCIILetter(b) { return 0 }
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B { return 2 }
        return b >= 0x80 ? 3 : 1
    }

    /// The tokens found.
    var tokens: [Token] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// The last token, if any.
    private var last: Token? { count > 0 ? storage[count - 1] : nil }

    func deallocate() { storage.deallocate() }

    mutating func run() {
        // The class table, fetched once: a static read in the byte loop costs a once-check per byte.
        Self.chunkClasses.withUnsafeBufferPointer { classes in run(classes) }
    }

    private mutating func run(_ classes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = p.count
        var newlines = 2
        while i < n {
            let space = ByteClass.spaceLength(p, i)
            if space > 0 {
                if p[i] == 0x0A { newlines += 1 }
                i += space
                continue
            }
            if count > 0 { storage[count - 1].flags.insert(.spaceAfter) }
            if newlines >= 2 { pendingFlags = [.lineStart, .paragraphStart] } else if newlines == 1 { pendingFlags = [.lineStart] }
            newlines = 0
            // Find the chunk's end, noting where its first byte that is not an ASCII letter is.
            var j = i
            var firstOther = -1
            while j < n {
                let c = classes[Int(p[j])]
                if c == 0 {  // an ASCII letter
                    j += 1
                    continue
                }
                if c == 2 || (c == 3 && ByteClass.spaceLength(p, j) > 0) { break }  // a space ends the chunk
                if firstOther < 0 { firstOther = j }
                j += 1
            }
            // Fast paths: a plain word, or a plain word and a comma, semicolon or colon.
            if firstOther < 0 {
                emit(i, j, .word)
            } else if firstOther == j - 1, firstOther > i,
                      p[firstOther] == UInt8(ascii: ",") || p[firstOther] == UInt8(ascii: ";") || p[firstOther] == UInt8(ascii: ":")
                      // A full stop after seven letters or more: no abbreviation is that long.
                      || (p[firstOther] == UInt8(ascii: ".") && firstOther - i >= 7)
            {
                emit(i, firstOther, .word)
                emit(firstOther, j, .punctuation)
            } else {
                chunk(i, j)
            }
            i = j
        }
    }

    // MARK: Emitting

    private mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, abbreviation: Bool = false) {
        guard end > start else { return }
        var flags = pendingFlags
        if abbreviation { flags.insert(.abbreviation) }
        pendingFlags = []
        if count == capacity {
            let grown = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity *= 2
        }
        (storage + count).initialize(to: Token(start: start, end: end, kind: kind, flags: flags))
        count += 1
    }

    // MARK: Chunks between spaces

    private mutating func chunk(_ s: Int, _ e: Int) {
        if let kind = specialKind(s, e) {
            var end = e
            while end > s + 1, let length = closingLength(end), p[end - length] != UInt8(ascii: "/") { end -= length }
            emit(s, end, kind)
            emitTrailing(end, e)
            return
        }
        // Leading punctuation and symbols.
        var start = s
        while start < e {
            let (value, length) = ByteClass.scalar(p, start)
            if value == 0x2E || value == 0x2026 {  // dots: a run is one token
                var k = start
                while k < e && p[k] == UInt8(ascii: ".") { k += 1 }
                if value == 0x2026 { k = start + length }
                if k == e || k - start >= 2 || value == 0x2026 || !ByteClass.isDigit(p[k]) {
                    emit(start, k, .punctuation)
                    start = k
                    continue
                }
                break
            }
            guard let kind = Self.leadingKind(value, next: start + length < e ? p[start + length] : 0) else { break }
            emit(start, start + length, kind)
            start += length
        }
        guard start < e else { return }
        // Trailing punctuation, peeled from the end; a final period may belong to an abbreviation.
        var end = e
        var abbreviation = false
        while end > start {
            if p[end - 1] == UInt8(ascii: ".") {
                var k = end - 1
                while k > start && p[k - 1] == UInt8(ascii: ".") { k -= 1 }
                if end - k == 1, k > start, isAbbreviation(start, k, followingChunkEnd: e) || isAbbreviationAfterHyphen(start, k, followingChunkEnd: e) {
                    abbreviation = true
                    break
                }
                end = k
                continue
            }
            guard let length = closingLength(end), end - length >= start else { break }
            end -= length
        }
        if end > start { core(start, end, abbreviation: abbreviation) }
        emitTrailing(end, e)
    }

    /// Emits the punctuation of `p[start..<end]`: a run of dots as one token, else one a scalar.
    private mutating func emitTrailing(_ start: Int, _ end: Int) {
        var i = start
        while i < end {
            if p[i] == UInt8(ascii: ".") {
                var k = i
                while k < end && p[k] == UInt8(ascii: ".") { k += 1 }
                emit(i, k, .punctuation)
                i = k
                continue
            }
            let (value, length) = ByteClass.scalar(p, i)
            emit(i, i + length, value == 0x25 ? .symbol : .punctuation)
            i += length
        }
    }

    /// Whether `p[start..<periodAt]` followed by a period is an abbreviation.
    private func isAbbreviation(_ start: Int, _ periodAt: Int, followingChunkEnd e: Int) -> Bool {
        var k = e
        while k < p.count && ByteClass.spaceLength(p, k) > 0 { k += ByteClass.spaceLength(p, k) }
        let nextIsDigit = k < p.count && ByteClass.isDigit(p[k])
        let afterComma = last.map { $0.count == 1 && p[Int($0.start)] == UInt8(ascii: ",") } ?? false
        return Abbreviations.classify(p, start..<periodAt, nextIsDigit: nextIsDigit, afterComma: afterComma) != nil
    }

    /// Whether the word after the chunk's last hyphen between letters, followed by a period, is an
    /// abbreviation ("U.S." of "Mexico-U.S." and "non-U.S."), which `core` splits off whole.
    /// (Not a party's letter and a state's: "R-N.Y.", "D-Vt.", read as they were written.)
    private func isAbbreviationAfterHyphen(_ start: Int, _ periodAt: Int, followingChunkEnd e: Int) -> Bool {
        var h = periodAt - 1
        while h > start, p[h] != 0x2D { h -= 1 }
        guard h > start + 1, h + 1 < periodAt, isLetterBefore(h), isLetterAt(h + 1) else { return false }
        return isAbbreviation(h + 1, periodAt, followingChunkEnd: e)
    }

    // MARK: The core of a chunk

    /// Splits a chunk's core at dashes, ellipses, hyphens between letters, brackets and clitics.
    private mutating func core(_ s: Int, _ e: Int, abbreviation: Bool) {
        var segment = s
        var i = s
        while i < e {
            if ByteClass.isASCIIAlnum(p[i]) {
                i += 1
                continue
            }
            let (value, length) = ByteClass.scalar(p, i)
            var separator = 0
            switch value {
            case 0x2014, 0x2013, 0x2026, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x201C, 0x201D:
                separator = length  // em dash, en dash, ellipsis, brackets, double quotes
            case 0x2D:  // hyphen: "--", or between letters ("US-backed", "Al-Assad")
                if i + 1 < e && p[i + 1] == 0x2D {
                    separator = 2
                } else if i > s, i + 1 < e, isLetterBefore(i), isLetterAt(i + 1) {
                    separator = 1
                }
            case 0x2E:  // "..." inside a word
                if i + 2 < e && p[i + 1] == 0x2E && p[i + 2] == 0x2E {
                    var k = i
                    while k < e && p[k] == 0x2E { k += 1 }
                    separator = k - i
                }
            case 0x2C, 0x2F:  // a comma between letters is a missing space, not a number; a slash joins two words
                if i > s, i + 1 < e, isLetterBefore(i), isLetterAt(i + 1) { separator = 1 }
            default: break
            }
            if separator > 0 {
                word(segment, i, abbreviation: false)
                emit(i, i + separator, .punctuation)
                i += separator
                segment = i
            } else {
                i += length
            }
        }
        word(segment, e, abbreviation: abbreviation)
    }

    /// Emits a word or number, splitting an English clitic off its end.
    private mutating func word(_ s: Int, _ e: Int, abbreviation: Bool) {
        guard e > s else { return }
        let kind: Token.Kind = ByteClass.isDigit(p[s]) || (p[s] == 0x2D && s + 1 < e && ByteClass.isDigit(p[s + 1])) ? .number : .word
        if kind == .word, !abbreviation, let clitic = cliticStart(s, e) {
            emit(s, clitic, .word)
            emit(clitic, e, .clitic)
        } else {
            emit(s, e, kind, abbreviation: abbreviation)
        }
    }

    /// Start of a clitic ('s, n't, 're, 've, 'll, 'd, 'm, with ', ’ or ‘) at the end of `p[s..<e]`.
    private func cliticStart(_ s: Int, _ e: Int) -> Int? {
        // Find the last apostrophe.
        var k = e - 1
        while k > s {
            if p[k] == 0x27 { break }
            // ’, or ‘ typed for it inside a word ("Trump‘s").
            if p[k] == 0x99 || p[k] == 0x98, k >= s + 3, p[k - 1] == 0x80, p[k - 2] == 0xE2 { k -= 2; break }
            if e - k > 4 { return nil }
            k -= 1
        }
        guard k > s else { return nil }
        let apostropheLength = p[k] == 0x27 ? 1 : 3
        let rest = (k + apostropheLength)..<e
        guard let key = ShortKey(p, rest) else { return nil }
        if key == Self.nt { return nil }
        if Self.clitics.contains(key) {
            // n't: the n belongs to the clitic ("do" + "n't").
            if key == Self.t, k - 1 > s, p[k - 1] | 0x20 == UInt8(ascii: "n") { return k - 1 }
            if key == Self.t { return nil }
            return k
        }
        return nil
    }

    private static let clitics = ShortKeyTable(words: ["s", "re", "ve", "ll", "d", "m", "t"])
    private static let t = ShortKey("t")
    private static let nt = ShortKey("nt")

    // MARK: Character classes

    private func isLetterAt(_ i: Int) -> Bool { ByteClass.isLetterScalar(ByteClass.scalar(p, i).value) }

    private func isLetterBefore(_ i: Int) -> Bool {
        var k = i - 1
        while k > 0 && p[k] & 0xC0 == 0x80 { k -= 1 }
        let b = p[k]
        return b == UInt8(ascii: ".") || ByteClass.isLetterScalar(ByteClass.scalar(p, k).value)
    }

    /// The kind of a punctuation or symbol scalar that can open a chunk, or nil.
    private static func leadingKind(_ v: UInt32, next: UInt8) -> Token.Kind? {
        switch v {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2A, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2F, 0x7C,
             0x201C, 0x201D, 0x2018, 0x2019, 0xAB, 0xBB, 0x2039, 0x203A, 0xBF, 0xA1, 0x2014, 0x2013, 0x2022, 0xB7:
            return .punctuation
        case 0x2D: return ByteClass.isDigit(next) ? nil : .punctuation
        case 0x23: return ByteClass.isDigit(next) || next == 0 ? .symbol : nil
        case 0x24, 0x20AC, 0xA3, 0xA5, 0x25, 0x26, 0x2B, 0x3D, 0x7E, 0x40, 0xA9, 0xAE, 0x2122, 0xB0: return .symbol
        default: return nil
        }
    }

    /// Length of a closing punctuation or symbol scalar ending at `end`, or nil.
    private func closingLength(_ end: Int) -> Int? {
        var k = end - 1
        while k > 0 && p[k] & 0xC0 == 0x80 { k -= 1 }
        switch ByteClass.scalar(p, k).value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x25, 0x2A, 0x2E,
             0x201D, 0x2019, 0x201C, 0xBB, 0x203A, 0x2026, 0x2014, 0x2013, 0x2D:
            return end - k
        default: return nil
        }
    }

    /// Web addresses, e-mail addresses, handles and hashtags: whole-chunk kinds.
    private func specialKind(_ s: Int, _ e: Int) -> Token.Kind? {
        let n = e - s
        if n >= 8, hasPrefix(s, e, "http://") || hasPrefix(s, e, "https://") { return .url }
        if n >= 6, hasPrefix(s, e, "www.") { return .url }
        if n >= 2, p[s] == UInt8(ascii: "@"), ByteClass.isASCIIAlnum(p[s + 1]) || p[s + 1] == 0x5F { return .handle }
        if n >= 2, p[s] == UInt8(ascii: "#"), ByteClass.isASCIILetter(p[s + 1]) { return .hashtag }
        if n >= 5, let found = memchr(p.baseAddress! + s + 1, 0x40, n - 4),
           case let at = UnsafeRawPointer(p.baseAddress!).distance(to: UnsafeRawPointer(found)),
           ByteClass.isASCIIAlnum(p[at - 1]),
           (at + 2..<e - 1).contains(where: { p[$0] == UInt8(ascii: ".") })
        {
            return .email
        }
        return nil
    }

    private func hasPrefix(_ s: Int, _ e: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard e - s >= count else { return false }
        let q = prefix.utf8Start
        for k in 0..<count where ByteClass.lower(p[s + k]) != q[k] { return false }
        return true
    }
}
