import ArgumentParser
import Foundation
import Herald
import HeraldEval
import HeraldModels

/// `herald eval ner`: entity recognition on CoNLL++ or another IOB2 file, beside a peer's output.
public struct EvalNER: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity F1 by type on an IOB2 file such as CoNLL++.",
        discussion: """
        Each document's tokens are joined by spaces and its sentences by line breaks; an entity is \
        right when its span and type match exactly. Herald's PERSON, ORG and GPE/LOC are read as \
        PER, ORG and LOC; its nationality words, affiliations, languages, events and treaties as \
        MISC, and metonyms of governments ("the Kremlin") as ORG. Types the gold data lacks (MISC in \
        UNER) are left out of the predictions. --write-texts writes the texts for a peer (one file a \
        document); --peer scores a peer's JSON Lines ('file', 'entities' with spaCy labels and code \
        point offsets, as ../shared/tools/peers/spacy_ner.py prints). See scripts/eval-ner.sh.
        """
    )

    @Argument(help: "An IOB2 file, e.g. ../shared/eval/ner/conllpp/conllpp_test.txt, or a GUM .conllu treebank.")
    public var file: String

    @Option(help: "The date the texts are read at (roles in the knowledge base), YYYY-MM-DD.")
    public var date: String = "1996-12-06"

    @Flag(help: "Score the statistical tagger alone, without the knowledge base's matches and resolution.")
    public var taggerOnly = false

    @Flag(help: "List Herald's errors: each missed (-) and spurious (+) span with its type and text.")
    public var errors = false

    @Option(help: "Entity tagger weights to use instead of the shipped ones (as `herald train ner --output` writes them).")
    public var model: String?

    @Option(help: "Write each document's text to DIR/NNNN.txt and stop.")
    public var writeTexts: String?

    @Option(help: "Score a peer's JSON Lines output as well.")
    public var peer: [String] = []

    public init() {}

    public func run() throws {
        let output = Console.standardOutput()
        defer { output.flush() }
        let text = try CommandFiles.text(file)
        let evaluation = file.hasSuffix(".conllu") ? NEREvaluation(gum: CoNLLU(parsing: text)) : NEREvaluation(iob: text)
        if let directory = writeTexts {
            let count = try PeerFiles.write(evaluation.documents.map(\.text), to: directory)
            output.write("wrote \(count) texts to \(directory)\n")
            return
        }
        let start = MonotonicClock.threadCPU()
        let tagger = try model.map { try EntityTagger(weights: Array(try CommandFiles.data($0))) }
        let herald = try evaluation.herald(date: date, taggerOnly: taggerOnly, tagger: tagger)
        let seconds = MonotonicClock.threadCPU() - start
        let bytes = evaluation.documents.reduce(0) { $0 + $1.text.utf8.count }
        output.write("\(file): \(evaluation.documents.count) documents, \(evaluation.documents.reduce(0) { $0 + $1.gold.count }) entities\n")
        output.write("herald  \(evaluation.score(herald)) · \(String(format1: Double(bytes) / 1024 / seconds)) KB/s per core\n")
        if errors { output.write(evaluation.errors(herald)) }
        for path in peer {
            var spans = [[NEREvaluation.Span]](repeating: [], count: evaluation.documents.count)
            for (index, record) in try PeerFiles.records(path, count: spans.count) {
                guard case let .array(entities)? = record["entities"] else { continue }
                spans[index] = entities.compactMap { entity in
                    guard case let .number(start)? = entity["start"], case let .number(end)? = entity["end"],
                          let label = entity["label"]?.string else { return nil }
                    let type = NEREvaluation.conllType(spacy: label)
                    return type == "none" ? nil : NEREvaluation.Span(start: Int(start), end: Int(end), type: type)
                }
            }
            output.write("\((path as NSString).lastPathComponent)  \(evaluation.score(spans))\n")
        }
    }
}
