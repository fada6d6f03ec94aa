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
    /// The hashes of first names (as written) and of titles (normalised, as ``WordFeatures/Hashes`` has words).
    let lexicon: Lexicon
    let scheme: Scheme

    public init(model: AveragedPerceptron, labels: [String], firstNames: Set<String>, surnames: Set<String> = []) {
        self.model = model
        self.labels = labels
        self.scheme = Scheme(labels)
        self.lexicon = Lexicon(firstNames: firstNames, surnames: surnames)
    }

    /// Word lists as hashes of normalised words, looked up without building strings.
    struct Lexicon: Sendable {
        let firstNames: FeatureTable
        let surnames: FeatureTable
        let titles: FeatureTable

        init(firstNames: Set<String>, surnames: Set<String>) {
            func table(_ hashes: [UInt64]) -> FeatureTable { FeatureTable(Dictionary(hashes.map { ($0, 0) }, uniquingKeysWith: { a, _ in a })) }
            self.firstNames = table(firstNames.map { FeatureHash.of($0.utf8) })
            self.surnames = table(surnames.map { FeatureHash.of($0.utf8) })
            titles = table(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister", "gen.", "general",
                            "sen.", "senator", "prime", "secretary", "king", "queen", "pope"].map { FeatureHash.of(WordFeatures.normalized($0)) })
        }
    }

    /// BIO labels for a sentence, made consistent (an I- after nothing of its type becomes B-).
    public func tag(_ input: Input) -> [String] {
        classes(input).map { labels[$0] }
    }

    /// The names in a sentence: token ranges and their types (PER, ORG, LOC).
    public func names(_ input: Input) -> [(Range<Int>, String)] {
        var spans: [(Range<Int>, String)] = []
        var start = -1
        var type = -1
        let classes = classes(input)
        for (i, c) in classes.enumerated() {
            if scheme.inside[c], start >= 0, scheme.type[c] == type { continue }
            if start >= 0 { spans.append((start..<i, scheme.types[type])) }
            start = -1
            if scheme.type[c] >= 0 {
                start = i
                type = scheme.type[c]
            }
        }
        if start >= 0 { spans.append((start..<classes.count, scheme.types[type])) }
        return spans
    }

    private func classes(_ input: Input) -> [Int] {
        var context = Context(input, lexicon: lexicon)
        let plain = context.plain
        // After no name, a word without capitals, digits or letters beyond ASCII begins none: O,
        // without scoring (most words of a text; the model trained on them says the same).
        let outside = scheme.outside
        // An I- label follows only its own type: the best class that may follow is chosen.
        return GreedyTagging.decode(model, &context, settled: { i, previous in
            guard let outside, previous < 0 || previous == outside, plain[i] else { return nil }
            return outside
        }, allowed: scheme.allows)
    }

    /// The labels' BIO structure as integers, so that decoding compares no strings.
    struct Scheme: Sendable {
        /// The types, and per class its type's index (-1 for O) and whether it is an I- label.
        var types: [String] = []
        var type: [Int] = []
        var inside: [Bool] = []
        /// The O class.
        var outside: Int?

        /// Whether class `c` may follow class `previous` (-1 at the start): an I- only after its own type.
        func allows(_ c: Int, after previous: Int) -> Bool {
            !inside[c] || previous >= 0 && type[previous] == type[c]
        }

        init(_ labels: [String]) {
            for label in labels {
                guard label.count > 2 else {
                    type.append(-1)
                    inside.append(false)
                    continue
                }
                let name = String(label.dropFirst(2))
                if !types.contains(name) { types.append(name) }
                type.append(types.firstIndex(of: name)!)
                inside.append(label.hasPrefix("I-"))
            }
            outside = labels.firstIndex(of: "O")
        }
    }

    /// Trains on labelled sentences, reproducibly.
    /// With `ensemble` above 1, that many models are trained, the shuffles seeded `seed`, `seed + 1`, …, and
    /// their weights averaged (see ``AveragedPerceptron/mean(of:)``).
    public static func train(_ examples: [(Input, [String])], firstNames: Set<String>, surnames: Set<String> = [], iterations: Int = 8,
                             seed: UInt64 = 1996, ensemble: Int = 1, progress: (Int, Double) -> Void = { _, _ in }) -> EntityTagger {
        let lexicon = Lexicon(firstNames: firstNames, surnames: surnames)
        let contexts = examples.map { Context($0.0, lexicon: lexicon) }
        var models: [AveragedPerceptron] = []
        var labels: [String] = []
        for member in 0..<max(ensemble, 1) {
            let trained = GreedyTagging.train(contexts, examples.map(\.1), iterations: iterations, seed: seed &+ UInt64(member), progress: progress)
            models.append(trained.0)
            labels = trained.1
        }
        let model = models.count == 1 ? models[0] : AveragedPerceptron.mean(of: models)
        return EntityTagger(model: model, labels: labels, firstNames: firstNames, surnames: surnames)
    }
}
