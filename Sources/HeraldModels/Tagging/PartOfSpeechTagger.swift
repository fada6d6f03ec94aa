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
        let context = Context(words)
        var scratch = [Float](repeating: 0, count: tags.count)
        var previous = -1, previous2 = -2
        var result: [String] = []
        result.reserveCapacity(words.count)
        for i in words.indices {
            let guess = model.predict(context.features(i, previous, previous2), scratch: &scratch)
            result.append(tags[guess])
            previous2 = previous
            previous = guess
        }
        return result
    }

    /// Trains on sentences of (word, tag) for `iterations` passes, shuffling with a fixed seed.
    public static func train(_ sentences: [(words: [String], tags: [String])], iterations: Int = 6,
                             progress: (Int, Double) -> Void = { _, _ in }) -> PartOfSpeechTagger {
        let tagSet = Array(Set(sentences.flatMap(\.tags))).sorted()
        let classOf = Dictionary(uniqueKeysWithValues: tagSet.enumerated().map { ($1, $0) })
        var model = AveragedPerceptron(classes: tagSet.count)
        let contexts = sentences.map { Context($0.words) }
        var order = Array(sentences.indices)
        var random = SplitMix64(seed: 2016)
        var scratch = [Float](repeating: 0, count: tagSet.count)
        for iteration in 0..<iterations {
            var correct = 0, total = 0
            for s in order {
                var previous = -1, previous2 = -2
                for i in sentences[s].words.indices {
                    let features = contexts[s].features(i, previous, previous2)
                    let guess = model.predict(features, scratch: &scratch)
                    let truth = classOf[sentences[s].tags[i]]!
                    model.update(features, truth: truth, guess: guess)
                    if guess == truth { correct += 1 }
                    total += 1
                    previous2 = previous
                    previous = guess
                }
            }
            progress(iteration + 1, Double(correct) / Double(max(total, 1)))
            order.shuffle(using: &random)
        }
        model.average(pruneBelow: 0.05)
        return PartOfSpeechTagger(model: model, tags: tagSet)
    }

    /// A sentence's words prepared for features.
    struct Context {
        let normal: [[UInt8]]
        let shapes: [[UInt8]]
        let capitalised: [Bool]

        init(_ words: [String]) {
            normal = words.map(WordFeatures.normalized)
            shapes = words.map(WordFeatures.shape)
            capitalised = words.map { $0.first?.isUppercase == true }
        }

        func word(_ i: Int) -> [UInt8] {
            if i < 0 { return Array("-START\(i)-".utf8) }
            if i >= normal.count { return Array("-END\(i - normal.count)-".utf8) }
            return normal[i]
        }

        func features(_ i: Int, _ previous: Int, _ previous2: Int) -> [UInt64] {
            let w = word(i), before = word(i - 1), after = word(i + 1)
            var out: [UInt64] = []
            out.reserveCapacity(22)
            func f(_ template: UInt8, _ build: (inout FeatureHash) -> Void) {
                var h = FeatureHash(template)
                build(&h)
                out.append(h.value)
            }
            f(0) { _ in }
            f(1) { $0.add(WordFeatures.suffix(w, 3)) }
            f(2) { $0.add(w.prefix(1)) }
            f(3) { $0.add(previous) }
            f(4) { $0.add(previous2) }
            f(5) { $0.add(previous); $0.add(previous2) }
            f(6) { $0.add(w) }
            f(7) { $0.add(previous); $0.add(w) }
            f(8) { $0.add(before) }
            f(9) { $0.add(WordFeatures.suffix(before, 3)) }
            f(10) { $0.add(word(i - 2)) }
            f(11) { $0.add(after) }
            f(12) { $0.add(WordFeatures.suffix(after, 3)) }
            f(13) { $0.add(word(i + 2)) }
            f(14) { $0.add(shapes[i]) }
            f(15) { $0.add(WordFeatures.suffix(w, 2)) }
            f(16) { $0.add(i == 0 ? 1 : 0); $0.add(capitalised[i] ? 1 : 0) }
            f(17) { $0.add(before); $0.add(w) }
            f(18) { $0.add(w); $0.add(after) }
            f(19) { $0.add(WordFeatures.suffix(w, 4)) }
            f(20) { $0.add(w.prefix(3)) }
            f(21) { $0.add(previous); $0.add(WordFeatures.suffix(w, 3)) }
            return out
        }
    }
}

/// A small deterministic random generator, so that training is reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
