import Foundation
import Testing
@testable import HeraldCommands

@Suite struct BenchCommandTests {
    private var example: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/examples/g20-summit.txt"
    }

    private func figures(_ arguments: [String], textOnly: Bool = true) throws -> [String: Any] {
        let options = ["bench", "--json", "--runs", "1"] + (textOnly ? ["--text-only"] : [])
        let command = try #require(try HeraldCommand.parseAsRoot(options + arguments) as? Bench)
        let output = Console.memory(), errors = Console.memory()
        try command.execute(output: output, errors: errors)
        return try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
    }

    @Test func articlesAsOneDocumentJoinTheirTextsWithABlankLine() throws {
        let apart = try figures([example, example])
        let joined = try figures(["--as-one", example, example])
        #expect(apart["articles"] as? Int == 2)
        #expect(joined["articles"] as? Int == 1)
        let bytes = try #require(apart["bytes"] as? Int)
        #expect(joined["bytes"] as? Int == bytes + 2, "two texts and one blank line between them")
        let stages = try #require(joined["stages"] as? [[String: Any]])
        #expect(stages.contains { $0["stage"] as? String == "sentence-splitter" })
    }

    @Test func webPagesAreMeasuredByTheirHTMLAndTheirParsingApart() throws {
        let html = "<html><head><title>Rain in Oslo</title></head><body><article><h1>Rain in Oslo</h1>"
            + String(repeating: "<p>It rained in Oslo on Monday, the city said, and the rain went on.</p>", count: 20)
            + "</article></body></html>"
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("herald-bench-\(UUID().uuidString).html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: page) }
        let result = try figures([page.path], textOnly: false)
        #expect(result["bytes"] as? Int == html.utf8.count, "a page's bytes are its HTML's")
        let stages = try #require(result["stages"] as? [[String: Any]])
        let names = stages.compactMap { $0["stage"] as? String }
        let reader = try #require(names.firstIndex(of: "html-reader"))
        #expect(names.firstIndex(of: Bench.parsingStage) == reader + 1, "parsing is shown under the reader it is part of")
    }
}
