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
        let tagger = EntityTagger.train(examples, firstNames: EntityTagger.censusFirstNames(), surnames: EntityTagger.standardSurnames(),
                                        iterations: iterations, seed: seed, ensemble: ensemble, progress: CommandFiles.pass(console))
        try CommandFiles.write(tagger.model, labels: tagger.labels, to: output, console: console)
    }
}

/// `herald train names`: the first-name and surname lists the entity tagger reads as features.
public struct TrainNames: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Write the tagger's name lists: census first names and surnames, and the world's first names.",
        discussion: """
            Census: the 2,500 most frequent first names of each sex and the 20,000 most frequent surnames of the \
            1990 US Census, title-cased. World: the first names given to at least --minimum-births US babies \
            from 1880 to 2020 (Social Security) and the first words of the knowledge base's people, less the \
            census's first names, its 5,000 commonest surnames and rarer ones given to fewer than 1,000 babies, \
            the names of things the knowledge base knows (and of countries and big cities, whoever bears them), \
            and words that --dictionary or the casing lexicon has in lower case, but for the dictionary's words \
            that news never writes so and 20,000 babies bear ("Houston", "Hill", "Navy" and "Will" are left out; \
            "Petr", "Goran", "Wasim", "Mateo" and "Amir" stay). \
            The tagger is trained with the census's first names and reads both lists at work.
            """
    )

    @Option(help: "The census name files' folder.")
    public var census: String = "../shared/train/first_names/census1990"

    @Option(help: "The Social Security first names (name, sex, births, … a line, tab-separated).")
    public var socialSecurity: String = "../shared/train/first_names/ssa_1880_2020/ssa_first_names_by_sex_1880_2020.tsv"

    @Option(help: "The fewest births for a Social Security first name to count.")
    public var minimumBirths: Int = 100

    @Option(help: "A word list whose lower-case words are no one's first name (Debian's wamerican).")
    public var dictionary: String = "/usr/share/dict/american-english"

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
        let world = try worldFirstNames(excluding: Set(first).union(last.prefix(5000)), rareSurnames: Set(last.dropFirst(5000)))
        try CommandFiles.write(first, header: """
            # First names: the 2,500 most frequent male and female first names of the 1990 US Census
            # (public domain), as features for the entity tagger. Derived by Herald; see NOTICE.
            """, to: "\(output)/first-names.txt")
        try CommandFiles.write(last, header: """
            # Surnames: the 20,000 most frequent surnames of the 1990 US Census (public domain), as
            # features for the entity tagger. Derived by Herald; see NOTICE.
            """, to: "\(output)/surnames.txt")
        try CommandFiles.write(world, header: """
            # World first names: those given to at least \(minimumBirths) US babies in 1880-2020 (Social Security
            # Administration, public domain) and the first words of the knowledge base's people (Phoenix
            # dictionaries, MIT; Herald's officials table), less the census names, its 5,000 commonest surnames
            # and rarer ones given to fewer than 1,000 babies, the knowledge base's names of places and bodies,
            # and words written in lower case (Debian's wamerican word list, the casing lexicon). Read by the
            # entity tagger beside the census first names.
            # Derived by Herald with `herald train names`; see NOTICE.
            """, to: "\(output)/world-first-names.txt")
        let console = Console.standardError()
        console.write("wrote \(first.count) first names, \(last.count) surnames and \(world.count) world first names to \(output)\n")
        console.flush()
    }

    /// The world's first names, sorted, less `excluded`, and less `rareSurnames` but those given to a thousand babies
    /// or more (rarer American surnames are often given names elsewhere: "Mateo", "Ibrahim", "Luc"; not "Mattis").
    private func worldFirstNames(excluding excluded: Set<String>, rareSurnames: Set<String>) throws -> [String] {
        var births: [Substring: Int] = [:]
        for line in try CommandFiles.text(socialSecurity).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            guard fields.count >= 3, let count = Int(fields[2]) else { continue }
            births[fields[0], default: 0] += count
        }
        var names = Set(births.filter { $0.value >= minimumBirths }.map { String($0.key) })
        // Words ("Navy", "Galaxy"), and what the knowledge base names that is no one ("Houston", "Tesla")
        // unless a person it knows bears it first and it is no country, sea or city of 100,000 ("Zoran" is a
        // company's name and Zoran Milanovic's; "Hilla" is a city's and Hilla Limann's).
        let words = Set(try CommandFiles.text(dictionary).split(separator: "\n").filter { $0.first?.isLowercase == true }.map(String.init))
        let base = KnowledgeBase.standard
        var things = Set<String>(), places = Set<String>()
        var thingsStarting: [Substring: Int] = [:]
        for name in base.names where base.actors[name.actor].kind != .person {
            things.insert(name.text)
            let actor = base.actors[name.actor]
            if actor.kind == .country || actor.kind == .location || (actor.place?.population ?? 0) >= 100_000 { places.insert(name.text) }
            if let space = name.text.firstIndex(of: " ") { thingsStarting[name.text[..<space], default: 0] += 1 }
        }
        var firstWords = Set<String>()
        // (Not where names put the family's first: "Lee" of Lee Kuan Yew, "Kim" of Kim Jong Un.)
        let familyFirst: Set<String> = ["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "KHM", "MNG"]
        for actor in base.actors where actor.kind == .person && !familyFirst.contains(actor.country ?? "") {
            // A person's first word, a name as written in full ("Zoran" of "Zoran Djindjic"), not a title or an initial.
            let parts = actor.name.split(separator: " ")
            guard parts.count >= 2, let word = parts.first, word.count >= 3, word.allSatisfy(\.isLetter),
                  word.first!.isUppercase, word.dropFirst().allSatisfy(\.isLowercase) else { continue }
            firstWords.insert(String(word))
        }
        names.subtract(things.subtracting(firstWords))
        names.formUnion(firstWords.subtracting(places))
        // Nor a word that begins the names of many places or bodies, whoever bears it ("San" of San Yu, "El": "San Ysidro", "El Monte").
        names.subtract(thingsStarting.filter { $0.value >= 100 }.map { String($0.key) })
        // Days, months and a faith are no one's name in the news ("Cruz Wednesday"; "May" and "June" are census names).
        let calendar: Set<String> = ["Islam", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                                     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return names.filter { name in
            let lower = name.lowercased(), usualCase = Truecaser.standard.usualCase(ofLowercased: lower)
            let born = births[Substring(name), default: 0]
            return !excluded.contains(name) && !calendar.contains(name) && (!rareSurnames.contains(name) || born >= 1000) && usualCase != false
                // A dictionary's word that news never writes in lower case is a name when many babies bear it
                // ("Amir": not "amir", the title).
                && (!words.contains(lower) || usualCase == nil && born >= 20_000)
        }.sorted()
    }
}
