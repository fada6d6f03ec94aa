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
        let context = Context(input, lexicon: lexicon)
        // After no name, a word without capitals, digits or letters beyond ASCII begins none: O,
        // without scoring (most words of a text; the model trained on them says the same).
        let outside = scheme.outside
        // An I- label follows only its own type: the best class that may follow is chosen.
        return GreedyTagging.decode(model, context, settled: { i, previous in
            guard let outside, previous < 0 || previous == outside, context.plain[i] else { return nil }
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

    struct Context: TaggingContext {
        let hashes: WordFeatures.Hashes
        let gazetteer: [UInt8]
        let firstName: [Bool]
        let surname: [Bool]
        let titled: [Bool]
        /// Words without capitals, digits or letters beyond ASCII ("said", "of", ",", "“"): see ``isPlain(_:)``.
        let plain: [Bool]
        let words: [String]
        let count: Int

        init(_ input: Input, lexicon: Lexicon) {
            // Words without capitals, digits or letters beyond ASCII are scored only inside a name (rarely):
            // their affixes are hashed then.
            let plain = input.words.map(Self.isPlain)
            let hashes = WordFeatures.Hashes(input.words, affixes: { !plain[$0] })
            self.plain = plain
            self.words = input.words
            let words = hashes.word[WordFeatures.Hashes.pad...].prefix(input.words.count)
            self.hashes = hashes
            gazetteer = input.gazetteer
            // First names and surnames as written ("Will", not "will"): each capitalised word hashed once.
            var firstName = [Bool](repeating: false, count: input.words.count), surname = firstName
            for (i, word) in input.words.enumerated() where word.utf8.first.map({ $0 &- 0x41 < 26 }) == true {
                let hash = FeatureHash.of(word.utf8)
                firstName[i] = lexicon.firstNames.row(hash) >= 0
                surname[i] = lexicon.surnames.row(hash) >= 0
            }
            self.firstName = firstName
            self.surname = surname
            titled = words.map { lexicon.titles.row($0) >= 0 }
            count = input.words.count
        }

        /// Whether `word` has no capital, digit or letter beyond ASCII: lower-case ASCII words and punctuation,
        /// the typographic kind too ("“", "—", "’").
        static func isPlain(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    i += 1
                    if byte &- 0x41 < 26 || byte &- 0x30 < 10 { return false }
                    guard byte >= 0x80 else { continue }
                    // General Punctuation, U+2000–U+203F: E2 80 80–BF.
                    guard byte == 0xE2, i + 1 < bytes.count, bytes[i] == 0x80, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xBF else { return false }
                    i += 2
                }
                return true
            }
        }

        func gaz(_ i: Int) -> Int { i >= 0 && i < gazetteer.count ? Int(gazetteer[i]) : 0 }

        func features(_ i: Int, _ previous: Int, _ previous2: Int, into out: inout FeatureList) {
            let k = i + WordFeatures.Hashes.pad
            let h = hashes
            let w = h.word[k], shape = h.shape[k]
            out.reset()
            out.add(0)
            out.add(1) { $0.add(hash: w) }
            out.add(2) { $0.add(hash: shape) }
            let affix = plain[i] ? WordFeatures.Hashes.affixHashes(of: words[i])
                : (prefix2: h.prefix2[k], suffix2: h.suffix2[k], suffix3: h.suffix3[k], suffix4: h.suffix4[k])
            out.add(3) { $0.add(hash: affix.suffix3) }
            out.add(4) { $0.add(hash: affix.suffix2) }
            out.add(5) { $0.add(hash: affix.prefix2) }
            out.add(6) { $0.add(hash: h.word[k - 1]) }
            out.add(7) { $0.add(hash: h.word[k + 1]) }
            out.add(8) { $0.add(hash: h.shape[k - 1]) }
            out.add(9) { $0.add(hash: h.shape[k + 1]) }
            out.add(10) { $0.add(previous) }
            out.add(11) { $0.add(previous); $0.add(previous2) }
            out.add(12) { $0.add(previous); $0.add(hash: shape) }
            out.add(13) { $0.add(gaz(i)) }
            out.add(14) { $0.add(gaz(i - 1)) }
            out.add(15) { $0.add(gaz(i + 1)) }
            out.add(16) { $0.add(gaz(i)); $0.add(hash: shape) }
            out.add(17) { $0.add(firstName[i] ? 1 : 0); $0.add(hash: shape) }
            out.add(18) { $0.add(i > 0 && firstName[i - 1] ? 1 : 0); $0.add(hash: shape) }
            out.add(19) { $0.add(i > 0 && titled[i - 1] ? 1 : 0); $0.add(hash: shape) }
            out.add(20) { $0.add(i == 0 ? 1 : 0); $0.add(hash: shape) }
            out.add(21) { $0.add(previous); $0.add(hash: w) }
            out.add(22) { $0.add(hash: h.word[k - 1]); $0.add(hash: w) }
            out.add(23) { $0.add(gaz(i)); $0.add(previous) }
            out.add(24) { $0.add(surname[i] ? 1 : 0); $0.add(hash: shape) }
            out.add(25) { $0.add(i > 0 && firstName[i - 1] ? 1 : 0); $0.add(surname[i] ? 1 : 0); $0.add(i + 1 < count && surname[i + 1] ? 1 : 0) }
            out.add(26) { $0.add(hash: affix.suffix4) }
            out.add(27) { $0.add(hash: h.word[k - 2]) }
            out.add(28) { $0.add(hash: h.word[k + 2]) }
        }
    }
}
