import ArgumentParser
import Foundation
import Herald
import HeraldEval
import HeraldEntities
import HeraldKnowledge
import HeraldModels

/// `herald train`: train the statistical models whose weights the project commits.
public struct Train: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Train Herald's statistical models from the corpora in ../shared/train.",
        subcommands: [TrainPOS.self, TrainNER.self, TrainNames.self, TrainCasing.self]
    )

    public init() {}
}

/// `herald train pos`.
public struct TrainPOS: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "Train the part-of-speech tagger on a UD treebank (Universal POS tags).",
        discussion: "Reproducible: the same treebank and iterations give the same weights (a fixed shuffle seed)."
    )

    @Option(help: "Training treebank.")
    public var treebank: String = "../shared/train/ud_english_ewt/en_ewt-ud-train.conllu"

    @Option(help: "Passes over the data (the shipped weights used 10).")
    public var iterations: Int = 10

    @Option(help: "Where to write the weights.")
    public var output: String = "Sources/HeraldModels/Resources/pos.model"

    public init() {}

    public func run() throws {
        let sentences = CoNLLU(parsing: try CommandFiles.text(treebank)).sentences.map { ($0.forms, $0.upos) }
        let console = Console.standardError()
        console.write("training on \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.0.count }) tokens\n")
        let tagger = PartOfSpeechTagger.train(sentences, iterations: iterations, progress: CommandFiles.pass(console))
        try CommandFiles.write(tagger.model, labels: tagger.tags, to: output, console: console)
    }
}

/// `herald eval pos`.
public struct EvalPOS: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pos",
        abstract: "Part-of-speech accuracy (Universal POS) on a UD treebank's gold tokens."
    )

    @Argument(help: "A CoNLL-U file, e.g. ../shared/train/ud_english_ewt/en_ewt-ud-dev.conllu.")
    public var treebank: String

    @Option(help: "Score a peer's tags as well: JSON Lines with 'tags' per sentence, in order.")
    public var peer: [String] = []

    public init() {}

    public func run() throws {
        let sentences = CoNLLU(parsing: try CommandFiles.text(treebank)).sentences
        let tagger = try PartOfSpeechTagger.standard()
        var correct = 0, total = 0
        let start = MonotonicClock.threadCPU()
        var predicted: [[String]] = []
        for sentence in sentences { predicted.append(tagger.tag(sentence.forms)) }
        let seconds = MonotonicClock.threadCPU() - start
        for (sentence, tags) in zip(sentences, predicted) {
            for (gold, guess) in zip(sentence.upos, tags) {
                total += 1
                if gold == guess { correct += 1 }
            }
        }
        let output = Console.standardOutput()
        defer { output.flush() }
        output.write("\(treebank): \(sentences.count) sentences, \(total) tokens\n")
        output.write("herald  accuracy \(BoundaryScore.format(Double(correct) / Double(max(total, 1)))) · \(Int(Double(total) / seconds)) tokens/s per core\n")
        for path in peer {
            var right = 0, all = 0
            for (sentence, record) in zip(sentences, try PeerFiles.lines(path)) {
                guard case let .array(tags)? = record["tags"] else { continue }
                for (gold, guess) in zip(sentence.upos, tags.compactMap(\.string)) {
                    all += 1
                    if gold == guess { right += 1 }
                }
            }
            output.write("\((path as NSString).lastPathComponent)  accuracy \(BoundaryScore.format(Double(right) / Double(max(all, 1))))\n")
        }
    }
}

/// `herald train ner`.
public struct TrainNER: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the entity tagger (PER, ORG, LOC) on IOB2 data, with knowledge-base and first-name features.",
        discussion: """
        Reproducible: the same data, knowledge base and iterations give the same weights. The knowledge base's \
        names are a feature, so a change to it that touches a training sentence's names sends training down \
        another path: the shipped weights are retrained deliberately, not with every knowledge-base change (--kb).
        """
    )

    @Option(help: "Training data, IOB2 (UNER or CoNLL layout); repeat for several files.")
    public var data: [String] = ["../shared/train/uner_english_ewt/train_v0_unadjudicated/en_ewt-ud-train.v0-20221202.PER-ORG-LOC.iob2"]

    @Option(help: "GUM treebanks whose named person, place and organization mentions are added; repeat for several.")
    public var gum: [String] = ["../shared/train/ud_english_gum/en_gum-ud-train.open-genres.conllu"]

    @Option(help: "Passes over the data.")
    public var iterations: Int = 8

    @Option(help: "The seed of the shuffle between passes (the shipped weights used 2026 to 2030, --ensemble 5, the best of seven seeds on UNER EWT and GUM dev); others show how much a change is noise.")
    public var seed: UInt64 = 2026

    @Option(help: ArgumentHelp("A knowledge base to train with instead of the shipped one, as `herald kb build` writes it.",
                               discussion: "The shipped weights were trained on commit dd8d993's: git show dd8d993:Sources/HeraldKnowledge/Resources/herald.kb.gz > /tmp/kb.gz; herald train ner --kb /tmp/kb.gz"))
    public var kb: String?

    @Option(help: "How many taggers to train, in orders seeded --seed, --seed + 1, …, whose weights are averaged.")
    public var ensemble: Int = 5

    @Option(help: "Where to write the weights.")
    public var output: String = "Sources/HeraldModels/Resources/ner.model"

    public init() {}

    public func run() throws {
        let console = Console.standardError()
        let base = try kb.map { try KnowledgeBase.load(path: $0) } ?? KnowledgeBase.standard
        // (The gazetteer as the shipped weights were trained on it: apostrophes read as written.)
        let matcher = NameMatcher(base, foldsApostrophes: false)
        var examples: [(EntityTagger.Input, [String])] = []
        for path in data {
            for sentence in NEREvaluation(iob: try CommandFiles.text(path)).sentences {
                let words = sentence.map(\.word)
                // Only the three types Herald tags; others become O.
                let tags = sentence.map { ["PER", "ORG", "LOC"].contains($0.tag.dropFirst(2)) ? $0.tag : "O" }
                examples.append((EntityTagger.Input(words: words, gazetteer: matcher.gazetteer(words: words, base: base)), tags))
            }
        }
        for path in gum {
            for sentence in GUMEntities.sentences(CoNLLU(parsing: try CommandFiles.text(path))) {
                let words = sentence.map(\.word)
                examples.append((EntityTagger.Input(words: words, gazetteer: matcher.gazetteer(words: words, base: base)), sentence.map(\.tag)))
            }
        }
        console.write("training on \(examples.count) sentences\n")
        let tagger = EntityTagger.train(examples, firstNames: EntityTagger.standardFirstNames(), surnames: EntityTagger.standardSurnames(),
                                        iterations: iterations, seed: seed, ensemble: ensemble, progress: CommandFiles.pass(console))
        try CommandFiles.write(tagger.model, labels: tagger.labels, to: output, console: console)
    }
}

/// `herald train names`: the first-name and surname lists the entity tagger reads as features.
public struct TrainNames: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Write the tagger's first-name and surname lists from the 1990 US Census name files.",
        discussion: "First names: the 2,500 most frequent of each sex; surnames: the 20,000 most frequent; title-cased, sorted."
    )

    @Option(help: "The census name files' folder.")
    public var census: String = "../shared/train/first_names/census1990"

    @Option(help: "Where to write the lists.")
    public var output: String = "Sources/HeraldModels/Resources"

    public init() {}

    public func run() throws {
        func names(_ file: String, _ count: Int) throws -> [String] {
            try CommandFiles.text("\(census)/\(file)").split(separator: "\n").prefix(count).compactMap { line in
                line.split(separator: " ").first.map { $0.prefix(1) + $0.dropFirst().lowercased() }
            }
        }
        let first = Set(try names("dist.male.first", 2500) + names("dist.female.first", 2500)).sorted()
        let last = try names("dist.all.last", 20000)
        try CommandFiles.write(first, header: """
            # First names: the 2,500 most frequent male and female first names of the 1990 US Census
            # (public domain), as features for the entity tagger. Derived by Herald; see NOTICE.
            """, to: "\(output)/first-names.txt")
        try CommandFiles.write(last, header: """
            # Surnames: the 20,000 most frequent surnames of the 1990 US Census (public domain), as
            # features for the entity tagger. Derived by Herald; see NOTICE.
            """, to: "\(output)/surnames.txt")
        let console = Console.standardError()
        console.write("wrote \(first.count) first names and \(last.count) surnames to \(output)\n")
        console.flush()
    }
}
