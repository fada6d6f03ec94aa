/// A streaming JSON writer into UTF-8 bytes, compact or indented.
///
/// Keys come out in the order they are written, so output is stable for golden files.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private let indent: Int
    /// For each open container: whether it has an element yet.
    private var hasElement: [Bool] = []
    private var afterKey = false

    /// Creates a writer; `indent` > 0 pretty-prints with that many spaces.
    public init(indent: Int = 0, capacity: Int = 4096) {
        self.indent = indent
        bytes.reserveCapacity(capacity)
    }

    /// The output as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func newline() {
        guard indent > 0 else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: indent * hasElement.count))
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard !hasElement.isEmpty else { return }
        if hasElement[hasElement.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasElement[hasElement.count - 1] = true
        newline()
    }

    /// Opens an object.
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array.
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ byte: UInt8) {
        beforeValue()
        bytes.append(byte)
        hasElement.append(false)
    }

    private mutating func close(_ byte: UInt8) {
        let had = hasElement.removeLast()
        if had { newline() }
        bytes.append(byte)
    }

    /// Writes an object key; the next call writes its value.
    public mutating func key(_ name: String) {
        beforeValue()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        if indent > 0 { bytes.append(0x20) }
        afterKey = true
    }

    /// Writes a string value.
    public mutating func value(_ string: String) {
        beforeValue()
        appendQuoted(string)
    }

    /// Writes a string value from UTF-8 bytes.
    public mutating func value(utf8: some Collection<UInt8>) {
        beforeValue()
        appendQuoted(utf8: utf8)
    }

    /// Writes a string value, or null.
    public mutating func value(_ string: String?) {
        if let string { value(string) } else { null() }
    }

    /// Writes an integer.
    public mutating func value(_ number: Int) {
        beforeValue()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// Writes a number, or null for nil and non-finite values; integral values print without a fraction.
    public mutating func value(_ number: Double?) {
        guard let number, number.isFinite else { return null() }
        beforeValue()
        if number == number.rounded(), abs(number) < 1e15 {
            bytes.append(contentsOf: String(Int(number)).utf8)
            bytes.append(contentsOf: ".0".utf8)
        } else {
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    /// Writes a boolean, or null.
    public mutating func value(_ flag: Bool?) {
        guard let flag else { return null() }
        beforeValue()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Writes null.
    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes an array of strings.
    public mutating func value(_ strings: [String]) {
        beginArray()
        for string in strings { value(string) }
        endArray()
    }

    /// Writes an array of integers.
    public mutating func value(_ numbers: [Int]) {
        beginArray()
        for number in numbers { value(number) }
        endArray()
    }

    private mutating func appendQuoted(_ string: String) {
        var string = string
        string.withUTF8 { appendQuoted(utf8: $0) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted(utf8: some Collection<UInt8>) {
        let done: Void? = utf8.withContiguousStorageIfAvailable { appendQuoted(buffer: $0) }
        if done == nil { Array(utf8).withUnsafeBufferPointer { appendQuoted(buffer: $0) } }
    }

    /// Appends a quoted string, copying runs that need no escape in one go.
    private mutating func appendQuoted(buffer p: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var run = 0
        var i = 0
        while i < p.count {
            let byte = p[i]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else {
                i += 1
                continue
            }
            if i > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
            i += 1
            run = i
        }
        if p.count > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<p.count])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
