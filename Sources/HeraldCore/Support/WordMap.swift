/// A dictionary from strings to values looked up by their UTF-8 bytes, as ``WordSet`` looks up words:
/// a word list with a value per word, several times faster than `[String: Value]` to read.
/// Words are equal when their UTF-8 bytes are.
public struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private var keys = WordSet()
    /// The values, in the order their words were first given.
    public private(set) var values: [Value] = []

    /// An empty map.
    public init() {}

    /// The words and values given; a later value of a word given twice replaces the earlier.
    public init(dictionaryLiteral elements: (String, Value)...) {
        for (word, value) in elements { self[word] = value }
    }

    /// The value of `word`, or nil. A value set for a word already there replaces the old one; words are never
    /// taken out (setting nil is a programming error).
    public subscript(word: String) -> Value? {
        get { keys.index(of: word).map { values[$0] } }
        set {
            guard let newValue else { preconditionFailure("a WordMap keeps its words: \(word)") }
            if let index = keys.index(of: word) {
                values[index] = newValue
            } else {
                keys.insert(word)
                values.append(newValue)
            }
        }
    }

    /// The number of words.
    public var count: Int { values.count }
}
