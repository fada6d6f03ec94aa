import HeraldCore
import HeraldEntities
import HeraldModels
import HeraldText

/// Entity recognition scored on CoNLL-style IOB2 files (CoNLL++, UNER): exact spans and types.
public struct NEREvaluation {
    /// A gold or predicted entity: scalar offsets into a document's text, and a CoNLL type.
    public struct Span: Hashable, Sendable {
        public var start: Int
        public var end: Int
        public var type: String
        public init(start: Int, end: Int, type: String) {
            self.start = start
            self.end = end
            self.type = type
        }
    }

    /// One document: its text (tokens joined by spaces, sentences by line breaks) and gold spans.
    public struct Document: Sendable {
        public var text: String
        public var gold: [Span]
    }

    public let documents: [Document]
    /// Every sentence as (word, tag) pairs, in order.
    public let sentences: [[(word: String, tag: String)]]

    /// Reads IOB2 text: `-DOCSTART-` or `# newdoc` lines separate documents, blank lines
    /// sentences; CoNLL lines give the token first and the tag last, UNER lines an index, the
    /// token and the tag. Without `-DOCSTART-`, every 20 sentences make one.
    public init(iob text: String) {
        var documents: [Document] = []
        var all: [[(word: String, tag: String)]] = []
        var sentences: [[(String, String)]] = []
        var sentence: [(String, String)] = []
        func flushDocument() {
            if !sentence.isEmpty { sentences.append(sentence); sentence = [] }
            guard !sentences.isEmpty else { return }
            documents.append(Self.document(sentences))
            all.append(contentsOf: sentences.map { $0.map { (word: $0.0, tag: $0.1) } })
            sentences = []
        }
        var sawDocstart = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.first == "-DOCSTART-" || line.hasPrefix("# newdoc") {
                sawDocstart = true
                flushDocument()
            } else if fields.isEmpty || line.hasPrefix("#") {
                if !sentence.isEmpty { sentences.append(sentence); sentence = [] }
                if !sawDocstart && sentences.count >= 20 { flushDocument() }
            } else if fields.count == 5, Int(fields[0]) != nil {
                // UNER: index, token, tag, and two more columns
                sentence.append((String(fields[1]), String(fields[2])))
            } else if fields.count >= 2 {
                // CoNLL: token, …, tag
                sentence.append((String(fields[0]), String(fields[fields.count - 1])))
            }
        }
        flushDocument()
        self.documents = documents
        self.sentences = all
    }

    /// Reads a GUM treebank's named person, place and organization mentions (see
    /// ``GUMEntities``), one document per `# newdoc`.
    public init(gum treebank: CoNLLU) {
        var documents: [Document] = []
        var all: [[(word: String, tag: String)]] = []
        for document in treebank.documents {
            let sentences = document.paragraphs.joined().map(GUMEntities.sentence)
            documents.append(Self.document(sentences.map { $0.map { ($0.word, $0.tag) } }))
            all.append(contentsOf: sentences)
        }
        self.documents = documents
        self.sentences = all
    }

    private static func document(_ sentences: [[(String, String)]]) -> Document {
        var text = ""
        var scalars = 0
        var gold: [Span] = []
        for (s, sentence) in sentences.enumerated() {
            if s > 0 { text += "\n"; scalars += 1 }
            var open: (start: Int, type: String)?
            var lastEnd = scalars
            for (t, (token, tag)) in sentence.enumerated() {
                if t > 0 { text += " "; scalars += 1 }
                let start = scalars
                text += token
                scalars += token.unicodeScalars.count
                let type = tag.count > 2 ? String(tag.dropFirst(2)) : ""
                if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && open?.type != type) || tag == "O" {
                    if let o = open { gold.append(Span(start: o.start, end: lastEnd, type: o.type)) }
                    open = tag == "O" ? nil : (start, type)
                }
                lastEnd = scalars
            }
            if let o = open { gold.append(Span(start: o.start, end: lastEnd, type: o.type)) }
        }
        return Document(text: text, gold: gold)
    }

    /// Herald's type for a CoNLL type.
    static func conllType(_ kind: Entity.Kind) -> String {
        switch kind {
        case .person: "PER"
        case .organization: "ORG"
        case .geopolitical, .location: "LOC"
        }
    }

    /// spaCy's labels as CoNLL types.
    public static func conllType(spacy label: String) -> String {
        switch label {
        case "PERSON": "PER"
        case "ORG": "ORG"
        case "GPE", "LOC", "FAC": "LOC"
        case "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE": "MISC"
        default: "none"  // dates, numbers, money: not CoNLL entities
        }
    }

    /// Herald's spans for each document, recognised at `date`; with `taggerOnly`, the
    /// statistical tagger's names alone, before the knowledge base has its say.
    public func herald(date: String, taggerOnly: Bool = false, tagger: EntityTagger? = nil) throws -> [[Span]] {
        let recognizer = tagger.map { EntityRecognizer(base: .standard, tagger: $0) } ?? EntityRecognizer()
        let text: [any Component] = [Tokenizer(), SentenceSplitter()]
        let pipeline = try Pipeline(taggerOnly ? text : text + [recognizer], given: [.text])
        return try documents.map { item in
            var document = HeraldCore.Document(text: item.text, publishedAt: date)
            document.layers = [.rawText, .text]
            let index = ScalarIndex(document.text)
            try pipeline.run(&document)
            func span(_ tokens: Range<Int>, _ type: String) -> Span {
                Span(start: index.scalarOffset(Int(document.tokens[tokens.lowerBound].start)),
                     end: index.scalarOffset(Int(document.tokens[tokens.upperBound - 1].end)), type: type)
            }
            if taggerOnly { return recognizer.taggedNames(in: document).map(span) }
            // Nationality and affiliation words are MISC, also where they count as mentions of their
            // country ("Russians"); metonyms of governments are organisations ("the State Department").
            let others = (document.annotations[OtherNames.self] ?? []).map(\.tokens)
            // Names inside an event's name are part of it ("Japanese Grand Prix").
            let nationalities = Set(((document.annotations[NationalityWords.self] ?? []).filter { range in !others.contains { $0.overlaps(range) } } + others)
                .map { span($0, "MISC") })
            let metonyms = Set((document.annotations[GovernmentMetonyms.self] ?? []).map { span($0, "ORG") })
            var spans = nationalities.union(metonyms)
            for entity in document.entities {
                for mention in entity.mentions {
                    let start = index.scalarOffset(mention.start), end = index.scalarOffset(mention.end)
                    let inEvent = nationalities.contains { $0.start <= start && end <= $0.end && ($0.start, $0.end) != (start, end) }
                    if !nationalities.contains(Span(start: start, end: end, type: "MISC")),
                       !metonyms.contains(Span(start: start, end: end, type: "ORG")), !inEvent
                    {
                        spans.insert(Span(start: start, end: end, type: Self.conllType(entity.kind)))
                    }
                }
            }
            return Array(spans)
        }
    }

    /// Precision, recall and F1 by type and overall.
    public struct Score: CustomStringConvertible, Sendable {
        public var counts: [String: (tp: Int, predicted: Int, gold: Int)] = [:]

        public func f1(_ types: Set<String>) -> (p: Double, r: Double, f: Double) {
            let tp = types.reduce(0) { $0 + (counts[$1]?.tp ?? 0) }
            let predicted = types.reduce(0) { $0 + (counts[$1]?.predicted ?? 0) }
            let gold = types.reduce(0) { $0 + (counts[$1]?.gold ?? 0) }
            let p = predicted == 0 ? 0 : Double(tp) / Double(predicted), r = gold == 0 ? 0 : Double(tp) / Double(gold)
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
        }

        public var description: String {
            func line(_ label: String, _ types: Set<String>) -> String {
                let (p, r, f) = f1(types)
                return "\(label) P \(BoundaryScore.format(p)) R \(BoundaryScore.format(r)) F1 \(BoundaryScore.format(f))"
            }
            return [line("all", ["PER", "ORG", "LOC", "MISC"]), line("PER+ORG+LOC", ["PER", "ORG", "LOC"]),
                    line("PER", ["PER"]), line("ORG", ["ORG"]), line("LOC", ["LOC"]), line("MISC", ["MISC"])].joined(separator: " · ")
        }
    }

    /// Each document's missed gold spans ("-") and spurious predictions ("+"), one a line:
    /// document number, sign, type and text.
    public func errors(_ predicted: [[Span]]) -> String {
        var out = ""
        let types = Set(documents.flatMap { $0.gold.map(\.type) })
        for (number, (document, spans)) in zip(documents, predicted).enumerated() {
            let gold = Set(document.gold), guessed = Set(spans.filter { types.contains($0.type) })
            let scalars = Array(document.text.unicodeScalars)
            let wrong = gold.subtracting(guessed).map { ("-", $0) } + guessed.subtracting(gold).map { ("+", $0) }
            for (sign, span) in wrong.sorted(by: { ($0.1.start, $0.1.end, $0.0, $0.1.type) < ($1.1.start, $1.1.end, $1.0, $1.1.type) }) {
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
                out += "\(number + 1)\t\(sign)\t\(span.type)\t\(text)\n"
            }
        }
        return out
    }

    /// Scores predicted spans against the gold ones.
    /// Types the gold data has none of (MISC in UNER) are left out of the predictions too.
    public func score(_ predicted: [[Span]]) -> Score {
        var score = Score()
        let types = Set(documents.flatMap { $0.gold.map(\.type) })
        for (document, spans) in zip(documents, predicted) {
            let gold = Set(document.gold), guessed = Set(spans.filter { types.contains($0.type) })
            for span in gold { score.counts[span.type, default: (0, 0, 0)].gold += 1 }
            for span in guessed {
                score.counts[span.type, default: (0, 0, 0)].predicted += 1
                if gold.contains(span) { score.counts[span.type, default: (0, 0, 0)].tp += 1 }
            }
        }
        return score
    }
}
