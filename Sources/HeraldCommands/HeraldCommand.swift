import ArgumentParser
import Herald

/// The `herald` command line.
public struct HeraldCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "herald",
        abstract: "Read news articles the way an analyst does.",
        discussion: """
        Herald turns raw news articles (text files, web pages, JSON records, JSON Lines, directories, \
        standard input, gzip-compressed or not) into structured JSON: the headline and body without \
        boilerplate, sentences, and the people, countries, organisations and places named, as \
        canonical actors with CAMEO codes; quotes, events, dates and an integrity judgement come \
        as they are built.

        Examples:
          herald analyze examples/g20-summit.txt
          herald analyze --date 2016-09-05 page.html
          herald analyze --format jsonl corpus/ > articles.jsonl
          zcat feed.jsonl.gz | herald analyze - --format jsonl
          herald bench ../shared/eval/quotes/polnear/train/text
        """,
        version: Herald.version,
        subcommands: [Analyze.self, Bench.self, Eval.self, KB.self, Train.self],
        defaultSubcommand: Analyze.self
    )

    public init() {}
}
