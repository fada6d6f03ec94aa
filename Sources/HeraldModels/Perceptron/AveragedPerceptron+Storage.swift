/// The model file: a header, then per feature its hash and its non-zero class weights,
/// quantized to 16 bits against one scale.
extension AveragedPerceptron {
    /// A model file that does not read.
    public struct StorageError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    private static let magic: [UInt8] = Array("HRLDAP1\n".utf8)

    /// The model as bytes, with `labels` (the class names) stored in front.
    public func serialized(labels: [String]) -> [UInt8] {
        var out = Self.magic
        func put32(_ v: UInt32) { for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) } }
        func put64(_ v: UInt64) { for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) } }
        let names = Array(labels.joined(separator: "\n").utf8)
        put32(UInt32(names.count))
        out.append(contentsOf: names)
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32767 : 1
        put32(scale.bitPattern)
        put32(UInt32(classes))
        put32(UInt32(rows.count))
        for (feature, row) in rows.sorted(by: { $0.key < $1.key }) {
            put64(feature)
            var entries: [(UInt8, Int16)] = []
            for c in 0..<classes {
                let q = Int16(clamping: Int((weights[Int(row) * classes + c] / scale).rounded()))
                if q != 0 { entries.append((UInt8(c), q)) }
            }
            out.append(UInt8(entries.count))
            for (c, q) in entries {
                out.append(c)
                out.append(UInt8(truncatingIfNeeded: UInt16(bitPattern: q)))
                out.append(UInt8(truncatingIfNeeded: UInt16(bitPattern: q) >> 8))
            }
        }
        return out
    }

    /// Reads a model and its labels.
    public static func deserialize(_ bytes: [UInt8]) throws(StorageError) -> (model: AveragedPerceptron, labels: [String]) {
        var i = 0
        func need(_ n: Int) throws(StorageError) {
            guard i + n <= bytes.count else { throw StorageError(description: "model file truncated at byte \(i)") }
        }
        func get32() throws(StorageError) -> UInt32 {
            try need(4)
            defer { i += 4 }
            return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[i + $1]) << (8 * UInt32($1)) }
        }
        func get64() throws(StorageError) -> UInt64 {
            try need(8)
            defer { i += 8 }
            return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[i + $1]) << (8 * UInt64($1)) }
        }
        guard bytes.starts(with: magic) else { throw StorageError(description: "not a Herald model file") }
        i = magic.count
        let nameLength = Int(try get32())
        try need(nameLength)
        let labels = String(decoding: bytes[i..<(i + nameLength)], as: UTF8.self).split(separator: "\n").map(String.init)
        i += nameLength
        let scale = Float(bitPattern: try get32())
        let classes = Int(try get32())
        let count = Int(try get32())
        guard classes == labels.count else { throw StorageError(description: "model has \(classes) classes but \(labels.count) labels") }
        var model = AveragedPerceptron(classes: classes)
        model.rows.reserveCapacity(count)
        model.weights = [Float](repeating: 0, count: count * classes)
        for row in 0..<count {
            let feature = try get64()
            try need(1)
            let entries = Int(bytes[i])
            i += 1
            try need(entries * 3)
            for _ in 0..<entries {
                let c = Int(bytes[i])
                let q = Int16(bitPattern: UInt16(bytes[i + 1]) | UInt16(bytes[i + 2]) << 8)
                i += 3
                guard c < classes else { throw StorageError(description: "class \(c) out of range") }
                model.weights[row * classes + c] = Float(q) * scale
            }
            model.rows[feature] = Int32(row)
        }
        model.finish()
        return (model, labels)
    }
}
