import Foundation
import Testing
@testable import HeraldCommands

@Suite struct BenchCommandTests {
    private var example: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/examples/g20-summit.txt"
    }

    private func figures(_ arguments: [String]) throws -> [String: Any] {
        let command = try #require(try HeraldCommand.parseAsRoot(["bench", "--json", "--runs", "1", "--text-only"] + arguments) as? Bench)
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
}
