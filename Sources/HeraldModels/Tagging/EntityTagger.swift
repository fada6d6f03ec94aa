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
        let classes = GreedyTagging.decode(model, Context(input, firstNames: firstNames)) { guess, chosen in
            let label = labels[guess]
            guard label.hasPrefix("I-") else { return guess }
            let type = label.dropFirst(2)
            let before = chosen.last.map { labels[$0] } ?? "O"
            if before == "O" || before.dropFirst(2) != type, let fixed = labels.firstIndex(of: "B-" + type) { return fixed }
            return guess
        }
        return classes.map { labels[$0] }
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
        let (model, labels) = GreedyTagging.train(examples.map { Context($0.0, firstNames: firstNames) }, examples.map(\.1),
                                                  iterations: iterations, seed: 1996, progress: progress)
        return EntityTagger(model: model, labels: labels, firstNames: firstNames)
    }

    struct Context: TaggingContext {
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

        var count: Int { normal.count }

        static let titles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister",
                                          "gen.", "general", "sen.", "senator", "prime", "secretary", "king", "queen", "pope"]

        func word(_ i: Int) -> [UInt8] {
            if i < 0 { return Array("-START\(i)-".utf8) }
            if i >= normal.count { return Array("-END\(i - normal.count)-".utf8) }
            return normal[i]
        }
        func shape(_ i: Int) -> [UInt8] { i >= 0 && i < shapes.count ? shapes[i] : [] }
        func gaz(_ i: Int) -> Int { i >= 0 && i < gazetteer.count ? Int(gazetteer[i]) : 0 }

        func features(_ i: Int, _ previous: Int, _ previous2: Int, into out: inout FeatureList) {
            let w = word(i)
            out.reset()
            out.add(0)
            out.add(1) { $0.add(w) }
            out.add(2) { $0.add(shapes[i]) }
            out.add(3) { $0.add(WordFeatures.suffix(w, 3)) }
            out.add(4) { $0.add(WordFeatures.suffix(w, 2)) }
            out.add(5) { $0.add(w.prefix(2)) }
            out.add(6) { $0.add(word(i - 1)) }
            out.add(7) { $0.add(word(i + 1)) }
            out.add(8) { $0.add(shape(i - 1)) }
            out.add(9) { $0.add(shape(i + 1)) }
            out.add(10) { $0.add(previous) }
            out.add(11) { $0.add(previous); $0.add(previous2) }
            out.add(12) { $0.add(previous); $0.add(shapes[i]) }
            out.add(13) { $0.add(gaz(i)) }
            out.add(14) { $0.add(gaz(i - 1)) }
            out.add(15) { $0.add(gaz(i + 1)) }
            out.add(16) { $0.add(gaz(i)); $0.add(shapes[i]) }
            out.add(17) { $0.add(firstName[i] ? 1 : 0); $0.add(shapes[i]) }
            out.add(18) { $0.add(i > 0 && firstName[i - 1] ? 1 : 0); $0.add(shapes[i]) }
            out.add(19) { $0.add(i > 0 && titled[i - 1] ? 1 : 0); $0.add(shapes[i]) }
            out.add(20) { $0.add(i == 0 ? 1 : 0); $0.add(shapes[i]) }
            out.add(21) { $0.add(previous); $0.add(w) }
            out.add(22) { $0.add(word(i - 1)); $0.add(w) }
            out.add(23) { $0.add(gaz(i)); $0.add(previous) }
        }
    }
}
