import CZlib
#if canImport(Glibc)
import Glibc
#endif

/// A file or standard input read through zlib, so gzip-compressed and plain inputs read alike.
final class ByteSource {
    private let file: gzFile
    let name: String
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var bufferStart = 0
    private var bufferEnd = 0
    private var finished = false

    /// Opens `path`, or standard input for "-".
    init(path: String, name: String) throws(InputError) {
        self.name = name
        let handle: gzFile?
        if path == "-" {
            handle = gzdopen(dup(0), "rb")
        } else {
            handle = gzopen(path, "rb")
        }
        guard let handle else {
            let why = String(cString: strerror(errno))
            throw InputError(name, errno == ENOENT ? .notFound : .unreadable(why))
        }
        gzbuffer(handle, 1 << 17)
        file = handle
    }

    deinit { gzclose(file) }

    /// Whether the input is gzip-compressed (known after the first read).
    var isCompressed: Bool { gzdirect(file) == 0 }

    private func fill() throws(InputError) {
        guard !finished else { return }
        let count = buffer.withUnsafeMutableBytes { raw in gzread(file, raw.baseAddress, UInt32(raw.count)) }
        if count < 0 {
            var code: Int32 = 0
            let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
            throw InputError(name, code == Z_ERRNO ? .unreadable(String(cString: strerror(errno))) : .compression(message))
        }
        if count == 0 { finished = true }
        bufferStart = 0
        bufferEnd = Int(count)
    }

    /// The first byte that is not white space, without consuming anything; nil for empty input.
    func peekFirstNonSpace() throws(InputError) -> UInt8? {
        if bufferStart == bufferEnd { try fill() }
        return buffer[bufferStart..<bufferEnd].first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    }

    /// Everything that is left, up to `limit` bytes; over that, throws `tooLarge` without reading on.
    func readAll(limit: Int, knownSize: Int?) throws(InputError) -> [UInt8] {
        var out: [UInt8] = []
        if let knownSize, knownSize <= limit { out.reserveCapacity(knownSize) }
        while true {
            if bufferStart == bufferEnd {
                try fill()
                if finished { return out }
            }
            out.append(contentsOf: buffer[bufferStart..<bufferEnd])
            bufferStart = bufferEnd
            if out.count > limit { throw InputError(name, .tooLarge(bytes: knownSize ?? out.count, limit: limit)) }
        }
    }

    /// The next line without its newline, nil at the end. A line over `limit` bytes is skipped
    /// to its end and reported as `.tooLarge` in place of its bytes.
    func nextLine(limit: Int) throws(InputError) -> Result<[UInt8], InputError>? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if bufferStart == bufferEnd {
                try fill()
                if finished {
                    if length == 0 { return nil }
                    return length > limit ? .failure(InputError(name, .tooLarge(bytes: length, limit: limit))) : .success(line)
                }
            }
            let newline = buffer[bufferStart..<bufferEnd].firstIndex(of: 0x0A)
            let end = newline ?? bufferEnd
            length += end - bufferStart
            if length <= limit { line.append(contentsOf: buffer[bufferStart..<end]) } else { line = [] }
            bufferStart = newline.map { $0 + 1 } ?? bufferEnd
            if newline != nil {
                return length > limit ? .failure(InputError(name, .tooLarge(bytes: length, limit: limit))) : .success(line)
            }
        }
    }
}
