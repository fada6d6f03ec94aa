import ArgumentParser
import Foundation
import Herald

/// The files evaluations exchange with a peer: one numbered text a document (`0000.txt`, …),
/// and the peer's JSON Lines naming those files.
enum PeerFiles {
    /// The file name of document `index`.
    static func fileName(_ index: Int) -> String {
        let number = String(index)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + ".txt"
    }

    /// Writes each text to `directory` under its number; returns how many.
    static func write(_ texts: [String], to directory: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, text) in texts.enumerated() {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(directory)/\(fileName(index))"))
        }
        return texts.count
    }

    /// The records of a peer's JSON Lines, in order.
    static func lines(_ path: String) throws -> [JSONValue] {
        try CommandFiles.data(path).split(separator: 0x0A).filter { !$0.isEmpty }.map { try JSONParser.parse(Array($0)) }
    }

    /// Each record of a peer's JSON Lines with the document number its `file` names, when below `count`.
    static func records(_ path: String, count: Int) throws -> [(index: Int, record: JSONValue)] {
        var records: [(index: Int, record: JSONValue)] = []
        for record in try lines(path) {
            guard let file = record["file"]?.string,
                  let index = Int((file as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "")),
                  index < count
            else { throw ValidationError("\(path): a line whose 'file' is not one of the \(count) texts") }
            records.append((index, record))
        }
        return records
    }
}
