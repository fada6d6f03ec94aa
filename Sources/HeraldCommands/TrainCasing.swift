import ArgumentParser
import Foundation
import Herald
import HeraldEval
import HeraldModels

/// `herald train casing`: the lexicon of usual word forms that restores case to headlines in capitals.
public struct TrainCasing: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "casing",
        abstract: "Write the casing lexicon: each word's usual form, from treebanks and news texts.",
        discussion: """
            A word's form is counted where case tells something: not first in its sentence, not in a \
            sentence in capitals. Words seen at least --minimum-count times are kept, in their most \
            frequent form. The entity recognizer restores headlines in capitals ("JAPAN GET LUCKY WIN") \
            with it before tagging them. Reproducible: the same inputs give the same file.
            """
    )

    @Option(help: "CoNLL-U treebanks whose sentences are read; repeat for several.")
    public var treebank: [String] = ["../shared/train/ud_english_ewt/en_ewt-ud-train.conllu",
                                     "../shared/train/ud_english_gum/en_gum-ud-train.open-genres.conllu"]

    @Option(help: "Folders or files of plain news text, split into sentences by Herald; repeat for several.")
    public var text: [String] = ["../shared/eval/quotes/polnear/train/text"]

    @Option(help: "The fewest times a word must be seen to be kept.")
    public var minimumCount: Int = 2

    @Option(help: "Where to write the lexicon.")
    public var output: String = "Sources/HeraldModels/Resources/casing.txt"

    public init() {}

    public func run() throws {
        var sentences: [[String]] = []
        for path in treebank {
            sentences += CoNLLU(parsing: try CommandFiles.text(path)).sentences.map(\.forms)
        }
        let pipeline = try Pipeline(Pipeline.textComponents)
        for item in ArticleReader(paths: text) {
            let document = try pipeline.run(item.get())
            sentences += document.sentences.map { sentence in sentence.tokens.map { document.string(of: document.tokens[$0]) } }
        }
        let forms = Truecaser.usualForms(of: sentences, minimumCount: minimumCount)
        let header = """
            # Casing lexicon: the usual form of each word seen at least \(minimumCount) times, not first in a
            # sentence, in UD English EWT and GUM training treebanks and PolNeAR training texts. Derived by
            # Herald with `herald train casing`; see NOTICE.
            """
        try CommandFiles.write(forms, header: header, to: output)
        let console = Console.standardError()
        console.write("read \(sentences.count) sentences; wrote \(forms.count) forms to \(output)\n")
        console.flush()
    }
}
