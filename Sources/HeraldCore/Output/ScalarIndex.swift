/// Converts UTF-8 byte offsets in a text to Unicode scalar offsets, as the JSON contract counts.
public struct ScalarIndex: Sendable {
    /// Scalar offset at each byte offset (0...count); empty when the text is ASCII.
    private let table: [Int32]

    /// Builds the index for `text`.
    public init(_ text: [UInt8]) {
        let ascii = text.withUnsafeBufferPointer { buffer in buffer.allSatisfy { $0 < 0x80 } }
        guard !ascii else {
            table = []
            return
        }
        var table = [Int32](repeating: 0, count: text.count + 1)
        var scalars: Int32 = 0
        for (offset, byte) in text.enumerated() {
            table[offset] = scalars
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        // A byte offset inside a scalar maps to the scalar it starts; the end maps past the last.
        table[text.count] = scalars
        self.table = table
    }

    /// The scalar offset of byte offset `byteOffset`.
    public func scalarOffset(_ byteOffset: Int) -> Int {
        table.isEmpty ? byteOffset : Int(table[byteOffset])
    }
}
