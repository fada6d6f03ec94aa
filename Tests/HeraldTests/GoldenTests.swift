import Foundation
import Testing
@testable import Herald

/// Whole JSON output for the example article the project ships, compared with a golden file.
/// Set HERALD_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change.
@Suite struct GoldenTests {
    @Test(arguments: ["g20-summit"])
    func exampleMatchesGolden(name: String) throws {
        let documents = try Herald.analyze(path: Paths.project + "/examples/\(name).txt",
                                           options: ReaderOptions(defaultDate: "2016-09-05"))
        try #require(documents.count == 1)
        var document = documents[0]
        document.source = "examples/\(name).txt"
        let actual = document.json() + "\n"
        let path = Paths.golden + "/\(name).json"
        if ProcessInfo.processInfo.environment["HERALD_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "output differs from \(path); rerun with HERALD_UPDATE_GOLDEN=1 if the change is intended")
    }

    @Test func analyzesAStringDirectly() throws {
        let document = try Herald.analyze("Share\n\nTalks end\n\nThe talks ended. Mr. Obama left.", publishedAt: "2016-09-05")
        #expect(document.title == "Talks end")
        #expect(document.sentences.count == 2)
        #expect(document.publishedAt == "2016-09-05")
        #expect(document.layers.isSuperset(of: [.text, .tokens, .sentences]))
    }
}
