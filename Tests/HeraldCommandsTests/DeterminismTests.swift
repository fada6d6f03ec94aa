import Foundation
import Testing

/// The same input gives the same output in every run: Swift seeds its hashing afresh in each
/// process, so anything that follows a dictionary's order would differ between two processes.
@Suite struct DeterminismTests {
    private static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    private static let shared = ProcessInfo.processInfo.environment["HERALD_SHARED"] ?? project + "/../shared"

    /// The `herald` executable built beside the tests.
    private static var herald: URL? {
        let tests = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return [tests.deletingLastPathComponent(), Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("herald") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private func analyze(_ inputs: [String], with herald: URL) throws -> String {
        let process = Process()
        process.executableURL = herald
        process.arguments = ["analyze", "--format", "jsonl", "--date", "2016-09-01"] + inputs
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func twoProcessesReadTheSameNewsAlike() throws {
        let herald = try #require(Self.herald, "the herald executable is built beside the tests")
        // PolNeAR's development texts name many people who share a surname ("Bill" and "Hillary Clinton").
        let inputs = [Self.shared + "/seed/000_7970d370b2b5c3b6.txt", Self.shared + "/eval/quotes/polnear/dev/text"]
        let first = try analyze(inputs, with: herald)
        #expect(first.split(separator: "\n").count > 80)
        #expect(try analyze(inputs, with: herald) == first)
        #expect(try analyze(inputs, with: herald) == first)
    }
}
