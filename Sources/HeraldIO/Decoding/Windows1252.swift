/// Windows-1252 (and so ISO-8859-1) to UTF-8.
public enum Windows1252 {
    /// Code points of bytes 0x80–0x9F; the rest of the upper half maps to itself.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    public static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let v = b < 0xA0 ? high[Int(b - 0x80)] : UInt32(b)
            if v < 0x800 {
                out.append(UInt8(0xC0 | v >> 6))
                out.append(UInt8(0x80 | v & 0x3F))
            } else {
                out.append(UInt8(0xE0 | v >> 12))
                out.append(UInt8(0x80 | (v >> 6) & 0x3F))
                out.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return out
    }
}
