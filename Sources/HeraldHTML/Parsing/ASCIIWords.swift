import HeraldText

/// Lowercase ASCII words to find in attribute values ignoring case: a ``PhraseTable`` read with capitals folded.
struct ASCIIWords: Sendable, ExpressibleByArrayLiteral {
    private let table: PhraseTable

    init(arrayLiteral words: String...) { table = PhraseTable(words) }

    /// Whether `p[range]` begins with one of the words.
    func prefix(of p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { table.begins(p, range, foldingCase: true) }

    /// Whether one of the words occurs anywhere in `p[range]`.
    func occurs(in p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool { table.occurs(in: p, range, foldingCase: true) }
}
