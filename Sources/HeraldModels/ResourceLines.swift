import Foundation

/// The lines of a text resource of the module, read by their bytes (splitting a `String` by `Character`
/// costs a grapheme break per byte): lines starting with "#" and empty lines left out.
enum ResourceLines {
    /// The lines of `Resources/<name>.txt`, or nil if the build lacks it.
    static func read(_ name: String) -> [String]? {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else { return nil }
        return lines(Array(data))
    }

    /// The lines of UTF-8 text, each without its "\n" (and a "\r" before it).
    static func lines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            for i in 0...buffer.count where i == buffer.count || buffer[i] == 0x0A {
                var end = i
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                if end > start, buffer[start] != UInt8(ascii: "#") {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                }
                start = i + 1
            }
        }
        return lines
    }
}
