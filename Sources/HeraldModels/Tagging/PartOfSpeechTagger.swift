/// A greedy part-of-speech tagger (Universal POS tags) over an averaged perceptron, trained on
/// UD English EWT by `herald train pos`.
public struct PartOfSpeechTagger: Sendable {
    public let model: AveragedPerceptron
    /// The tag of each class.
    public let tags: [String]

    public init(model: AveragedPerceptron, tags: [String]) {
        self.model = model
        self.tags = tags
    }

    /// Tags for a sentence's words.
    public func tag(_ words: [String]) -> [String] {
        var context = Context(words)
        return GreedyTagging.decode(model, &context).map { tags[$0] }
    }

    /// Trains on sentences of (word, tag) for `iterations` passes, shuffling with a fixed seed.
    public static func train(_ sentences: [(words: [String], tags: [String])], iterations: Int = 10,
                             progress: (Int, Double) -> Void = { _, _ in }) -> PartOfSpeechTagger {
        let (model, tags) = GreedyTagging.train(sentences.map { Context($0.words) }, sentences.map(\.tags),
                                                iterations: iterations, seed: 2016, progress: progress)
        return PartOfSpeechTagger(model: model, tags: tags)
    }

    /// A sentence's words prepared for features.
    struct Context: TaggingContext {
        let normal: [[UInt8]]
        let shapes: [[UInt8]]
        let capitalised: [Bool]

        init(_ words: [String]) {
            normal = words.map(WordFeatures.normalized)
            shapes = words.map(WordFeatures.shape)
            capitalised = words.map { $0.first?.isUppercase == true }
        }

        var count: Int { normal.count }

        func word(_ i: Int) -> [UInt8] {
            if i < 0 { return Array("-START\(i)-".utf8) }
            if i >= normal.count { return Array("-END\(i - normal.count)-".utf8) }
            return normal[i]
        }

        func features(_ i: Int, _ previous: Int, _ previous2: Int, into out: inout FeatureList) {
            let w = word(i), before = word(i - 1), after = word(i + 1)
            out.reset()
            out.add(0)
            out.add(1) { $0.add(WordFeatures.suffix(w, 3)) }
            out.add(2) { $0.add(w.prefix(1)) }
            out.add(3) { $0.add(previous) }
            out.add(4) { $0.add(previous2) }
            out.add(5) { $0.add(previous); $0.add(previous2) }
            out.add(6) { $0.add(w) }
            out.add(7) { $0.add(previous); $0.add(w) }
            out.add(8) { $0.add(before) }
            out.add(9) { $0.add(WordFeatures.suffix(before, 3)) }
            out.add(10) { $0.add(word(i - 2)) }
            out.add(11) { $0.add(after) }
            out.add(12) { $0.add(WordFeatures.suffix(after, 3)) }
            out.add(13) { $0.add(word(i + 2)) }
            out.add(14) { $0.add(shapes[i]) }
            out.add(15) { $0.add(WordFeatures.suffix(w, 2)) }
            out.add(16) { $0.add(i == 0 ? 1 : 0); $0.add(capitalised[i] ? 1 : 0) }
            out.add(17) { $0.add(before); $0.add(w) }
            out.add(18) { $0.add(w); $0.add(after) }
            out.add(19) { $0.add(WordFeatures.suffix(w, 4)) }
            out.add(20) { $0.add(w.prefix(3)) }
            out.add(21) { $0.add(previous); $0.add(WordFeatures.suffix(w, 3)) }
        }
    }
}
