import CZlib
#if canImport(Glibc)
import Glibc
#endif

/// Whole files through zlib: read gzip-compressed or plain alike, written compressed. For
/// resources Herald ships compressed (the knowledge base).
public enum Gzip {
    /// The bytes of the file at `path`, decompressed when it is gzip; up to `limit` bytes.
    public static func read(_ path: String, limit: Int = 1 << 30) throws(InputError) -> [UInt8] {
        try ByteSource(path: path, name: path).readAll(limit: limit, knownSize: nil)
    }

    /// Writes `bytes` to `path` gzip-compressed at the highest level. The same bytes give the same
    /// file (zlib writes no time into the header), so rebuilt resources diff only where they differ.
    public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        guard let file = gzopen(path, "wb9") else { throw InputError(path, .unreadable(String(cString: strerror(errno)))) }
        var offset = 0
        while offset < bytes.count {
            let count = min(1 << 20, bytes.count - offset)
            let written = bytes.withUnsafeBufferPointer { gzwrite(file, $0.baseAddress! + offset, UInt32(count)) }
            guard written == count else {
                gzclose(file)
                throw InputError(path, .compression("could not write"))
            }
            offset += count
        }
        guard gzclose(file) == Z_OK else { throw InputError(path, .compression("could not close")) }
    }
}
