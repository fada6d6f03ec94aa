import ArgumentParser
import Foundation
import HeraldIO
import HeraldKnowledge
import HeraldModels

/// `herald kb`: build and inspect the knowledge base.
public struct KB: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Build or inspect the knowledge base of countries, people, bodies, groups and places.",
        discussion: """
        The knowledge base is built from the sources in ../shared/kb and Herald's curated tables \
        (Sources/HeraldKnowledge/Curated: curated.kb, officials.tsv and teams.tsv) into \
        Sources/HeraldKnowledge/Resources/herald.kb.gz, gzip-compressed text (`zcat` shows it), \
        which the project commits. Add or override actors with files in the same format named in \
        HERALD_KB (paths separated by ':'); the format is documented in KBFile.swift and the README.
        """,
        subcommands: [KBBuild.self, KBShow.self]
    )

    public init() {}
}

/// `herald kb build`.
public struct KBBuild: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "build", abstract: "Rebuild the knowledge-base resource from its sources.")

    @Option(help: "The shared data folder.")
    public var shared: String = "../shared"

    @Option(help: "The folder of Herald's curated tables (curated.kb, officials.tsv, teams.tsv).")
    public var curated: String = "Sources/HeraldKnowledge/Curated"

    @Option(help: "Where to write the resource.")
    public var output: String = "Sources/HeraldKnowledge/Resources/herald.kb.gz"

    public init() {}

    public func run() throws {
        var builder = KBBuilder(sources: shared + "/kb", curated: curated)
        builder.isCommonWord = { Truecaser.standard.usualCase(ofLowercased: $0.lowercased()) == false }
        builder.isEnglishWord = { Truecaser.standard.usualCase(ofLowercased: $0.lowercased()) != nil }
        let (base, summary) = try builder.build()
        let text = KBFile.write(base, comments: [
            "built by `herald kb build` from ../shared/kb (iso-codes, mledoze countries, NGEC, CLIFF, Factbook history,",
            "Phoenix/PETRARCH2 dictionaries, GeoNames) and Curated/ (officials.tsv, curated.kb); sources and licences in NOTICE",
        ] + summary)
        try Gzip.write(Array(text.utf8), to: output)
        let console = Console.standardOutput()
        for line in summary { console.write(line + "\n") }
        let compressed = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        console.write("wrote \(base.actors.count) actors and \(base.names.count) names to \(output) (\(text.utf8.count >> 10) KB of text, \(compressed >> 10) KB compressed)\n")
        console.flush()
    }
}

/// `herald kb show NAME`.
public struct KBShow: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the actors a name may refer to, or the sector an agent word gives.")

    @Argument(help: "A name as written in the news ('Obama', 'the Kremlin', 'Russians'), or a title ('Sen.', 'foreign minister').")
    public var name: String

    public init() {}

    public func run() throws {
        let console = Console.standardOutput()
        defer { console.flush() }
        for line in lines(in: KnowledgeBase.standard) { console.write(line + "\n") }
    }

    /// What `name` may mean in `base`: its actors with their roles, and the sector it gives as an agent word.
    func lines(in base: KnowledgeBase) -> [String] {
        let wanted = name.lowercased().replacingOccurrences(of: "the ", with: "")
        var lines: [String] = []
        // An agent word gives a titled person's sector ("minister": GOV).
        if let agent = base.agents[wanted] { lines.append("agent word '\(wanted)': sector \(agent) (a title before or beside a name)") }
        for match in base.names where match.text.lowercased() == wanted {
            let actor = base.actors[match.actor]
            lines.append("\(actor.name) [\(actor.id)] \(actor.kind.rawValue) country \(actor.country ?? "-") code \(actor.code ?? "-") as \(match.kind.rawValue)")
            for role in actor.roles { lines.append("  \(role.code) \(role.title) \(role.start ?? "…")–\(role.end ?? "")") }
        }
        return lines.isEmpty ? ["no actor is named '\(name)'"] : lines
    }
}
