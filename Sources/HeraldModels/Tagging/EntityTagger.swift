/// A greedy BIO tagger of person, organisation and location names over an averaged perceptron,
/// with knowledge-base and first-name features, trained on UNER by `herald train ner`.
public struct EntityTagger: Sendable {
    /// One sentence as the tagger sees it.
    public struct Input: Sendable {
        public var words: [String]
        /// Per token, what the knowledge base matched there: 0 nothing, else a category code
        /// (see ``Gazetteer``) with the token's place in the match.
        public var gazetteer: [UInt8]
        public init(words: [String], gazetteer: [UInt8]) {
            self.words = words
            self.gazetteer = gazetteer
        }
    }

    /// Knowledge-base categories as feature codes.
    public enum Gazetteer: UInt8, Sendable {
        case person = 1, organization, location, nationality
        /// The code of a token at the beginning (or inside) a match of this category.
        public func code(beginning: Bool) -> UInt8 { rawValue * 2 + (beginning ? 0 : 1) }
    }

    public let model: AveragedPerceptron
    public let labels: [String]
    let firstNames: Set<String>

    public init(model: AveragedPerceptron, labels: [String], firstNames: Set<String>) {
        self.model = model
        self.labels = labels
        self.firstNames = firstNames
    }

    /// BIO labels for a sentence, made consistent (an I- after nothing of its type becomes B-).
    public func tag(_ input: Input) -> [String] {
        let context = Context(input, firstNames: firstNames)
        var scratch = [Float](repeating: 0, count: labels.count)
        var previous = -1, previous2 = -2
        var result: [String] = []
        for i in input.words.indices {
            var guess = model.predict(context.features(i, previous, previous2), scratch: &scratch)
            let label = labels[guess]
            if label.hasPrefix("I-") {
                let type = label.dropFirst(2)
                let before = result.last ?? "O"
                if before == "O" || before.dropFirst(2) != type, let fixed = labels.firstIndex(of: "B-" + type) { guess = fixed }
            }
            result.append(labels[guess])
            previous2 = previous
            previous = guess
        }
        return result
    }

    /// Spans of a labelled sentence: (tokens, type).
    public static func spans(_ labels: [String]) -> [(Range<Int>, String)] {
        var spans: [(Range<Int>, String)] = []
        var start = -1
        var type = ""
        for (i, label) in labels.enumerated() {
            if label.hasPrefix("I-"), start >= 0, label.dropFirst(2) == type { continue }
            if start >= 0 { spans.append((start..<i, type)) }
            start = -1
            if label != "O" {
                start = i
                type = String(label.dropFirst(2))
            }
        }
        if start >= 0 { spans.append((start..<labels.count, type)) }
        return spans
    }

    /// Trains on labelled sentences, reproducibly.
    public static func train(_ examples: [(Input, [String])], firstNames: Set<String>, iterations: Int = 8,
                             progress: (Int, Double) -> Void = { _, _ in }) -> EntityTagger {
        let labelSet = Array(Set(examples.flatMap(\.1))).sorted()
        let classOf = Dictionary(uniqueKeysWithValues: labelSet.enumerated().map { ($1, $0) })
        var model = AveragedPerceptron(classes: labelSet.count)
        let contexts = examples.map { Context($0.0, firstNames: firstNames) }
        var order = Array(examples.indices)
        var random = SplitMix64(seed: 1996)
        var scratch = [Float](repeating: 0, count: labelSet.count)
        for iteration in 0..<iterations {
            var correct = 0, total = 0
            for e in order {
                var previous = -1, previous2 = -2
                for i in examples[e].1.indices {
                    let features = contexts[e].features(i, previous, previous2)
                    let guess = model.predict(features, scratch: &scratch)
                    let truth = classOf[examples[e].1[i]]!
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
        return EntityTagger(model: model, labels: labelSet, firstNames: firstNames)
    }

    struct Context {
        let normal: [[UInt8]]
        let shapes: [[UInt8]]
        let gazetteer: [UInt8]
        let firstName: [Bool]
        let titled: [Bool]

        init(_ input: Input, firstNames: Set<String>) {
            normal = input.words.map(WordFeatures.normalized)
            shapes = input.words.map(WordFeatures.shape)
            gazetteer = input.gazetteer
            firstName = input.words.map { firstNames.contains($0) }
            titled = input.words.map { Self.titles.contains($0.lowercased()) }
        }

        static let titles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister",
                                          "gen.", "general", "sen.", "senator", "prime", "secretary", "king", "queen", "pope"]

        func word(_ i: Int) -> [UInt8] {
            if i < 0 { return Array("-START\(i)-".utf8) }
            if i >= normal.count { return Array("-END\(i - normal.count)-".utf8) }
            return normal[i]
        }
        func shape(_ i: Int) -> [UInt8] { i >= 0 && i < shapes.count ? shapes[i] : [] }
        func gaz(_ i: Int) -> Int { i >= 0 && i < gazetteer.count ? Int(gazetteer[i]) : 0 }

        func features(_ i: Int, _ previous: Int, _ previous2: Int) -> [UInt64] {
            let w = word(i)
            var out: [UInt64] = []
            out.reserveCapacity(24)
            func f(_ template: UInt8, _ build: (inout FeatureHash) -> Void) {
                var h = FeatureHash(template)
                build(&h)
                out.append(h.value)
            }
            f(0) { _ in }
            f(1) { $0.add(w) }
            f(2) { $0.add(shapes[i]) }
            f(3) { $0.add(WordFeatures.suffix(w, 3)) }
            f(4) { $0.add(WordFeatures.suffix(w, 2)) }
            f(5) { $0.add(w.prefix(2)) }
            f(6) { $0.add(word(i - 1)) }
            f(7) { $0.add(word(i + 1)) }
            f(8) { $0.add(shape(i - 1)) }
            f(9) { $0.add(shape(i + 1)) }
            f(10) { $0.add(previous) }
            f(11) { $0.add(previous); $0.add(previous2) }
            f(12) { $0.add(previous); $0.add(shapes[i]) }
            f(13) { $0.add(gaz(i)) }
            f(14) { $0.add(gaz(i - 1)) }
            f(15) { $0.add(gaz(i + 1)) }
            f(16) { $0.add(gaz(i)); $0.add(shapes[i]) }
            f(17) { $0.add(firstName[i] ? 1 : 0); $0.add(shapes[i]) }
            f(18) { $0.add(i > 0 && firstName[i - 1] ? 1 : 0); $0.add(shapes[i]) }
            f(19) { $0.add(i > 0 && titled[i - 1] ? 1 : 0); $0.add(shapes[i]) }
            f(20) { $0.add(i == 0 ? 1 : 0); $0.add(shapes[i]) }
            f(21) { $0.add(previous); $0.add(w) }
            f(22) { $0.add(word(i - 1)); $0.add(w) }
            f(23) { $0.add(gaz(i)); $0.add(previous) }
            return out
        }
    }
}
