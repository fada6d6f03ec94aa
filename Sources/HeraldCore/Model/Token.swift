/// A token: a range of UTF-8 bytes in ``Document/text`` with its kind and layout flags.
///
/// Tokens never copy text; read a token's bytes or string through the document.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes, periods or digits ("Obama", "U.S.", "G20").
        case word
        /// A number ("3.5", "1,000", "9/11", "1.3bn").
        case number
        /// Punctuation (".", ",", "“", "—", "...").
        case punctuation
        /// A symbol such as a currency sign or "%".
        case symbol
        /// A web address.
        case url
        /// An e-mail address.
        case email
        /// A social handle ("@BarackObama").
        case handle
        /// A hashtag ("#G20").
        case hashtag
        /// A clitic split from the word before it ("'s", "n't", "'re").
        case clitic
    }

    /// Layout around a token.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Whitespace follows the token.
        @inlinable public static var spaceAfter: Flags { Flags(rawValue: 1 << 0) }
        /// The token starts a line.
        @inlinable public static var lineStart: Flags { Flags(rawValue: 1 << 1) }
        /// The token starts a paragraph (a blank line, or the start of the text, precedes it).
        @inlinable public static var paragraphStart: Flags { Flags(rawValue: 1 << 2) }
        /// The token ends with a period that belongs to it: an abbreviation, initial or acronym.
        @inlinable public static var abbreviation: Flags { Flags(rawValue: 1 << 3) }
    }

    /// First byte.
    public var start: Int32
    /// One past the last byte.
    public var end: Int32
    /// The token's kind.
    public var kind: Kind
    /// Layout flags.
    public var flags: Flags

    /// Creates a token over the bytes `start..<end`.
    @inlinable public init(start: Int, end: Int, kind: Kind, flags: Flags = []) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
        self.flags = flags
    }

    /// The token's byte range.
    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
    /// The token's length in bytes.
    @inlinable public var count: Int { Int(end - start) }
}
