#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer to standard output or standard error, or to memory for tests.
public final class Console: TextOutputStream {
    private let descriptor: Int32?
    private var buffer: [UInt8] = []

    /// Standard output.
    public static func standardOutput() -> Console { Console(descriptor: 1) }
    /// Standard error, written through at once.
    public static func standardError() -> Console { Console(descriptor: 2) }
    /// An in-memory console, for tests.
    public static func memory() -> Console { Console(descriptor: nil) }

    private init(descriptor: Int32?) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    deinit { flush() }

    public func write(_ string: String) {
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    /// Writes raw UTF-8 bytes.
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if descriptor == 2 || buffer.count >= 1 << 16 { flush() }
    }

    /// Writes raw UTF-8 bytes.
    public func write(bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write(bytes: $0) } }

    /// Writes out what is buffered.
    public func flush() {
        guard let descriptor, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written <= 0 {
                    if errno == EINTR { continue }
                    break  // a closed pipe: drop the rest quietly
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// What an in-memory console holds.
    public var text: String { String(decoding: buffer, as: UTF8.self) }

    /// Whether this console is a terminal.
    public var isTerminal: Bool {
        guard let descriptor else { return false }
        return isatty(descriptor) != 0
    }
}
