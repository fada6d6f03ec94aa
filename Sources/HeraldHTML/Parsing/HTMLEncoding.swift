import HeraldIO

/// Finds a page's character encoding and turns the page into UTF-8.
public enum HTMLEncoding {
    /// The encodings Herald reads.
    public enum Charset: String, Sendable {
        case utf8 = "UTF-8", windows1252 = "Windows-1252"
    }

    /// The charset a page declares: a byte-order mark, then `<meta charset>` or an HTTP-equiv
    /// `content="…; charset=…"` in its first 4 KB. ISO-8859-1 and ASCII are read as Windows-1252,
    /// as browsers do. Nil when the page says nothing or names an encoding Herald does not read.
    public static func declared(_ bytes: [UInt8]) -> Charset? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        let head = bytes.prefix(4096)
        guard let found = Self.find("charset", in: head) else { return nil }
        var start = found
        while start < head.endIndex, [0x20, 0x3D, 0x22, 0x27].contains(head[start]) { start += 1 }  // space = " '
        var end = start
        while end < head.endIndex, Self.isNameByte(head[end]) { end += 1 }
        // A letter beyond ASCII goes on the name, which then names nothing Herald reads.
        if end < head.endIndex, head[end] >= 0x80,
           let next = String(decoding: head[end..<min(end + 4, head.endIndex)], as: UTF8.self).first, next.isLetter || next.isNumber
        {
            return nil
        }
        let rest = String(decoding: head[start..<end], as: UTF8.self).lowercased()
        switch rest {
        case "utf-8", "utf8": return .utf8
        case "windows-1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "cp1252", "iso-8859-15": return .windows1252
        default: return nil
        }
    }

    /// The index just past the first occurrence of `word` (lowercase ASCII) in `bytes`, ignoring ASCII case.
    private static func find(_ word: StaticString, in bytes: ArraySlice<UInt8>) -> Int? {
        let count = word.utf8CodeUnitCount, w = word.utf8Start
        guard bytes.count >= count else { return nil }
        var i = bytes.startIndex
        while i <= bytes.endIndex - count {
            var k = 0
            while k < count, Self.lower(bytes[i + k]) == w[k] { k += 1 }
            if k == count { return i + count }
            i += 1
        }
        return nil
    }

    private static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// ASCII letters, digits, `-` and `_`: the bytes of an encoding's name.
    private static func isNameByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x2D || b == 0x5F
    }

    /// The page as UTF-8, and a warning when it had to be repaired or was read other than declared.
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], warning: String?) {
        var body = bytes
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF { body.removeFirst(3) }
        let declared = declared(bytes)
        let invalid = TextDecoding.firstInvalidOffset(body)
        switch (declared, invalid) {
        case (.windows1252, nil) where TextDecoding.hasValidMultibyte(body):
            // Declared Latin but valid UTF-8 with multibyte characters: the declaration is wrong.
            return (body, nil)
        case (.windows1252, _):
            return (Windows1252.decode(body), nil)
        case (_, nil):
            return (body, nil)
        case let (_, offset?):
            let (repaired, _) = TextDecoding.repairUTF8(body)
            return (repaired, "invalid UTF-8 in the page at byte \(offset), repaired")
        }
    }
}
