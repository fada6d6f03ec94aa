import ArgumentParser
import Foundation
import Herald
import HeraldEval

/// `herald eval`: score Herald on the evaluation suites.
public struct Eval: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Score Herald against evaluation data.",
        subcommands: [EvalSentences.self, EvalExtraction.self, EvalNER.self, EvalPOS.self]
    )

    public init() {}
}

/// `herald eval sentences`: sentence-boundary F1 on a UD treebank.
public struct EvalSentences: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Sentence-boundary precision, recall and F1 on a CoNLL-U treebank.",
        discussion: """
        Each document of the treebank becomes one text: its sentences joined by a space within a \
        paragraph, paragraphs by a blank line. A boundary is the end of a sentence other than the \
        last of its document. With --write-texts the texts are written out for a peer to split; \
        --peer scores the peer's output (JSON Lines with 'file' and 'sentences' [{start, end}] in \
        code points, as ../shared/tools/peers/spacy_sentences.py prints). See scripts/eval-sentences.sh.
        """
    )

    @Argument(help: "A CoNLL-U file, e.g. ../shared/train/ud_english_ewt/en_ewt-ud-dev.conllu.")
    public var treebank: String

    @Option(help: "Write each document's text to DIR/NNNN.txt and stop.")
    public var writeTexts: String?

    @Option(help: "Score a peer's JSON Lines output as well.")
    public var peer: [String] = []

    @Option(help: "Show up to N boundary errors of Herald's, for development (not on test splits).")
    public var errors: Int = 0

    public init() {}

    public func run() throws {
        let output = Console.standardOutput()
        defer { output.flush() }
        let evaluation = SentenceEvaluation(treebank: CoNLLU(parsing: try CommandFiles.text(treebank)))
        guard !evaluation.treebank.documents.isEmpty else { throw ValidationError("'\(treebank)' holds no CoNLL-U sentences") }
        if let directory = writeTexts {
            let count = try PeerFiles.write(evaluation.texts.map(\.text), to: directory)
            output.write("wrote \(count) texts to \(directory)\n")
            return
        }
        let (score, misses) = evaluation.scoreHerald(misses: errors)
        let documents = evaluation.treebank.documents.count
        output.write("\(treebank): \(documents) documents, \(evaluation.treebank.sentences.count) sentences\n")
        output.write("herald  \(score)\n")
        for file in peer {
            let ends = try Self.peerEnds(file, count: documents)
            output.write("\((file as NSString).lastPathComponent)  \(evaluation.scorePeer(ends))\n")
        }
        for miss in misses { output.write("\(miss.kind): \(miss.context)\n") }
    }

    /// Sentence ends per document from a peer's JSON Lines, by the number in each file name.
    static func peerEnds(_ path: String, count: Int) throws -> [[Int]] {
        var ends = [[Int]](repeating: [], count: count)
        for (index, record) in try PeerFiles.records(path, count: count) {
            guard case let .array(sentences)? = record["sentences"] else { throw ValidationError("\(path): a line without 'sentences'") }
            ends[index] = sentences.compactMap { sentence in
                if case let .number(end)? = sentence["end"] { return Int(end) }
                return nil
            }
        }
        return ends
    }
}
