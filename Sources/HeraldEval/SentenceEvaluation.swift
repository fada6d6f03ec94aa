import HeraldCore
import HeraldText

/// Sentence-boundary evaluation on a UD treebank: Herald's splitter and, optionally, a peer's output.
public struct SentenceEvaluation {
    public let treebank: CoNLLU

    /// Loads the evaluation over a parsed treebank.
    public init(treebank: CoNLLU) { self.treebank = treebank }

    /// The texts to split, one per document, with gold sentence ends in scalars.
    public var texts: [(text: String, ends: [Int])] { treebank.documents.map { $0.rawText() } }

    /// A boundary error, for development.
    public struct Miss: Sendable {
        public var kind: String
        public var context: String
    }

    /// Scores Herald's tokenizer and splitter; `misses` collects up to `limit` errors with context.
    public func scoreHerald(misses limit: Int = 0) -> (score: BoundaryScore, misses: [Miss]) {
        var score = BoundaryScore()
        var misses: [Miss] = []
        let tokenizer = Tokenizer(), splitter = SentenceSplitter()
        for (text, goldEnds) in texts {
            let bytes = Array(text.utf8)
            let sentences = splitter.split(bytes, tokens: tokenizer.tokenize(bytes))
            let index = ScalarIndex(bytes)
            let predicted = sentences.map { index.scalarOffset(Int($0.end)) }
            let scalars = Array(text.unicodeScalars)
            score.add(gold: goldEnds, predicted: predicted, text: scalars)
            if misses.count < limit {
                let g = Set(goldEnds.dropLast()), p = Set(predicted.dropLast())
                for end in g.subtracting(p).sorted() where misses.count < limit {
                    misses.append(Miss(kind: "missed", context: Self.context(scalars, end)))
                }
                for end in p.subtracting(g).sorted() where misses.count < limit {
                    misses.append(Miss(kind: "extra", context: Self.context(scalars, end)))
                }
            }
        }
        return (score, misses)
    }

    /// Scores a peer's sentence ends (scalar offsets), given per document in order.
    public func scorePeer(_ ends: [[Int]]) -> BoundaryScore {
        var score = BoundaryScore()
        for ((text, goldEnds), predicted) in zip(texts, ends) {
            score.add(gold: goldEnds, predicted: predicted, text: Array(text.unicodeScalars))
        }
        return score
    }

    private static func context(_ scalars: [Unicode.Scalar], _ at: Int) -> String {
        let before = String(String.UnicodeScalarView(scalars[max(0, at - 50)..<at]))
        let after = String(String.UnicodeScalarView(scalars[at..<min(scalars.count, at + 40)]))
        return (before + " ‖ " + after).replacingNewlines
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }
}
