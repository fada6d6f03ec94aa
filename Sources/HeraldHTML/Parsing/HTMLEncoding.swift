import Foundation
import HeraldCore
import HeraldIO

/// Finds a page's character encoding and turns the page into UTF-8.
public enum HTMLEncoding {
    /// The encodings Herald reads.
    public enum Charset: Sendable, Equatable {
        case utf8, windows1252
        /// A legacy encoding Foundation converts (Shift_JIS, GB18030, Big5, EUC-KR, KOI8-R, Windows-1251, …),
        /// by the name the page gives it, in lower case.
        case legacy(String)
    }

    /// The charset a page declares: a byte-order mark, then an XML declaration's `encoding`, `<meta charset>`
    /// or an HTTP-equiv `content="…; charset=…"` in its first 4 KB. ISO-8859-1 and ASCII are read as Windows-1252,
    /// as browsers do, and a page that declares UTF-16 in its markup as UTF-8. Nil when the page says
    /// nothing or names an encoding Herald does not read.
    public static func declared(_ bytes: [UInt8]) -> Charset? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        let head = bytes.prefix(4096)
        // An XHTML page may give it only in its XML declaration: `<?xml version="1.0" encoding="ISO-8859-1"?>`.
        let prolog = head.starts(with: "<?xml".utf8) ? head.prefix { $0 != UInt8(ascii: ">") } : head.prefix(0)
        guard let found = Self.find("encoding", in: prolog) ?? Self.find("charset", in: head) else { return nil }
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
        case "utf-8", "utf8", "utf-16", "utf-16le", "utf-16be": return .utf8
        case "windows-1252", "iso-8859-1", "latin1", "iso8859-1", "us-ascii", "ascii", "cp1252", "iso-8859-15": return .windows1252
        default: return legacyEncodings[rest] != nil ? .legacy(rest) : nil
        }
    }

    /// Legacy encodings by their IANA names and aliases: Foundation's encoding, as a raw value (CoreFoundation's
    /// number with the high bit set where `String.Encoding` names no case).
    private static let legacyEncodings: [String: UInt] = {
        var table: [String: UInt] = [:]
        for (names, raw) in [
            (["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932"], String.Encoding.shiftJIS.rawValue),
            (["iso-2022-jp"], String.Encoding.iso2022JP.rawValue),
            (["gb2312", "gbk", "gb18030", "x-gbk", "cp936"], 0x8000_0632),
            (["big5", "big5-hkscs", "cp950"], 0x8000_0A03),
            (["euc-kr", "ks_c_5601-1987", "cp949"], 0x8000_0940),
            (["koi8-r"], 0x8000_0A02), (["koi8-u"], 0x8000_0A08),
            (["windows-1250", "cp1250"], String.Encoding.windowsCP1250.rawValue),
            (["windows-1251", "cp1251"], String.Encoding.windowsCP1251.rawValue),
            (["windows-1253", "cp1253"], String.Encoding.windowsCP1253.rawValue),
            (["windows-1254", "cp1254"], String.Encoding.windowsCP1254.rawValue),
            (["windows-1255", "cp1255"], 0x8000_0505), (["windows-1256", "cp1256"], 0x8000_0506),
            (["windows-1257", "cp1257"], 0x8000_0507), (["windows-874", "tis-620"], 0x8000_041D),
            (["iso-8859-2", "latin2"], String.Encoding.isoLatin2.rawValue), (["iso-8859-5"], 0x8000_0205),
            (["iso-8859-7"], 0x8000_0207), (["iso-8859-9", "latin5"], 0x8000_0209),
        ] as [([String], UInt)] {
            for name in names { table[name] = raw }
        }
        return table
    }()

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
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], warning: InputWarning?) {
        if let converted = TextDecoding.utf8FromMarkedUTF16(bytes) { return (converted, nil) }
        var body = bytes
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF { body.removeFirst(3) }
        let declared = declared(bytes)
        if case let .legacy(name)? = declared {
            if let raw = legacyEncodings[name], let text = String(data: Data(body), encoding: String.Encoding(rawValue: raw)) {
                return (Array(text.utf8), nil)
            }
            let (repaired, warning) = TextDecoding.repairUTF8(body)
            let message = "the page declares \(name) but is not written in it; " + (warning?.message ?? "read as UTF-8")
            return (repaired, InputWarning(code: "invalid-charset", message: message, offset: warning?.offset))
        }
        // Declared Latin is read as Latin, unless the page is written in UTF-8, multibyte characters and all (a few
        // bad bytes aside), and the declaration is wrong.
        if declared == .windows1252, !TextDecoding.hasValidMultibyte(body) { return (Windows1252.decode(body), nil) }
        return TextDecoding.repairUTF8(body)
    }
}
