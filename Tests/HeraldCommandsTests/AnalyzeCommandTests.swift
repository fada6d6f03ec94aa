import Foundation
import Testing
@testable import HeraldCommands

@Suite struct AnalyzeCommandTests {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let command = try #require(try HeraldCommand.parseAsRoot(["analyze"] + arguments) as? Analyze)
        let output = Console.memory(), errors = Console.memory()
        let status = try command.execute(output: output, errors: errors)
        return (status, output.text, errors.text)
    }

    private var example: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/examples/g20-summit.txt"
    }

    @Test func jsonLinesForEachArticleAndASummaryOfFailures() throws {
        let result = try run(["--format", "jsonl", example, "/nonexistent/file.txt", example])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["title"] as? String == "Leaders pledge climate action as G20 summit closes in Hangzhou")
        }
        #expect(result.errors.contains("herald: error: /nonexistent/file.txt: no such file or directory"))
        #expect(result.errors.contains("2 articles analysed, 1 input failed"))
    }

    @Test func textDigestAndDateOption() throws {
        let result = try run(["--format", "text", "--date", "2016-09-05", example])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Leaders pledge climate action"))
        #expect(result.output.contains("published 2016-09-05"))
        #expect(result.output.contains("12 sentences"))
        #expect(result.errors.isEmpty)
    }

    @Test func badOptionsAreRefusedWithAReason() {
        #expect(throws: (any Error).self) { try HeraldCommand.parseAsRoot(["analyze", "--date", "2016-13-01", example]) }
        let message = HeraldCommand.message(for: ValidationErrorProbe.error(["analyze", "--date", "05/09/2016", "x"]))
        #expect(message.contains("--date must be a real day as YYYY-MM-DD"))
        #expect(throws: (any Error).self) { try HeraldCommand.parseAsRoot(["analyze", "--format", "xml", example]) }
    }
}

private enum ValidationErrorProbe {
    static func error(_ arguments: [String]) -> any Error {
        do {
            _ = try HeraldCommand.parseAsRoot(arguments)
            return CancellationError()
        } catch {
            return error
        }
    }
}
