import ArgumentParser
import Foundation
import HeraldEval
import HeraldModels

/// Files the commands read and write, with errors that name them.
enum CommandFiles {
    /// The text of the file at `path` (UTF-8, invalid bytes repaired).
    static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }

    /// The bytes of the file at `path`.
    static func data(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read '\(path)'") }
        return data
    }

    /// Writes a trained model's weights to `path` and says how many features it kept.
    static func write(_ model: AveragedPerceptron, labels: [String], to path: String, console: Console) throws {
        let bytes = model.serialized(labels: labels)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        console.write("wrote \(model.featureCount) features to \(path) (\(bytes.count >> 10) KB)\n")
    }

    /// Writes a word list: `header` (comment lines), then one entry a line.
    static func write(_ entries: [String], header: String, to path: String) throws {
        try (header + "\n" + entries.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Reports a training pass.
    static func pass(_ console: Console) -> (Int, Double) -> Void {
        { pass, accuracy in console.write("  pass \(pass): training accuracy \(BoundaryScore.format(accuracy))\n") }
    }
}
