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
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return nil }
        var rest = head[range.upperBound...].drop(while: { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" })
        rest = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        switch rest {
        case "utf-8", "utf8": return .utf8
        case "windows-1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "cp1252", "iso-8859-15": return .windows1252
        default: return nil
        }
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
