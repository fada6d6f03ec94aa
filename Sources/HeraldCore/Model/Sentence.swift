/// A sentence: a byte range of ``Document/text`` and the tokens inside it.
public struct Sentence: Sendable, Hashable {
    /// First byte.
    public var start: Int32
    /// One past the last byte.
    public var end: Int32
    /// Index of the first token.
    public var firstToken: Int32
    /// One past the index of the last token.
    public var endToken: Int32

    /// Creates a sentence over bytes `range` and tokens `tokens`.
    @inlinable public init(range: Range<Int>, tokens: Range<Int>) {
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
        firstToken = Int32(tokens.lowerBound)
        endToken = Int32(tokens.upperBound)
    }

    /// The sentence's byte range.
    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
    /// The indices of its tokens.
    @inlinable public var tokens: Range<Int> { Int(firstToken)..<Int(endToken) }
}
