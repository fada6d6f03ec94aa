/// A JSON syntax error with the byte offset where it was found.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "\(message) at byte \(offset)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes.
public struct JSONParser {
    /// Parses one JSON value filling all of `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let array = bytes as? [UInt8] ?? Array(bytes)
        return try array.withUnsafeBufferPointer { p throws(JSONSyntaxError) in
            var parser = Cursor(p: p)
            parser.skipSpace()
            let value = try parser.value(depth: 0)
            parser.skipSpace()
            guard parser.i == p.count else { throw parser.error("unexpected text after the JSON value") }
            return value
        }
    }

    struct Cursor {
        let p: UnsafeBufferPointer<UInt8>
        var i = 0

        func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(offset: i, message: message) }

        mutating func skipSpace() {
            while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            guard depth < 512 else { throw error("JSON nested too deeply") }
            guard i < p.count else { throw error("unexpected end of JSON") }
            switch p[i] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw error("unexpected character '\(Unicode.Scalar(p[i]))'")
            }
        }

        mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
            let n = word.utf8CodeUnitCount
            guard i + n <= p.count else { throw error("unexpected end of JSON") }
            for k in 0..<n where p[i + k] != word.utf8Start[k] { throw error("invalid literal") }
            i += n
        }

        mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            i += 1
            var members: [(String, JSONValue)] = []
            skipSpace()
            if i < p.count, p[i] == UInt8(ascii: "}") {
                i += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let key = try string()
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: ":") else { throw error("expected ':' after key") }
                i += 1
                skipSpace()
                members.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard i < p.count else { throw error("unexpected end of JSON in an object") }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw error("expected ',' or '}' in an object")
            }
        }

        mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONValue {
            i += 1
            var elements: [JSONValue] = []
            skipSpace()
            if i < p.count, p[i] == UInt8(ascii: "]") {
                i += 1
                return .array(elements)
            }
            while true {
                skipSpace()
                elements.append(try value(depth: depth + 1))
                skipSpace()
                guard i < p.count else { throw error("unexpected end of JSON in an array") }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
                throw error("expected ',' or ']' in an array")
            }
        }

        mutating func number() throws(JSONSyntaxError) -> Double {
            let start = i
            if p[i] == UInt8(ascii: "-") { i += 1 }
            var digits = 0
            while i < p.count, p[i] &- 0x30 < 10 || p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e")
                || p[i] == UInt8(ascii: "E") || p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-")
            {
                if p[i] &- 0x30 < 10 { digits += 1 }
                i += 1
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
            guard digits > 0, let value = Double(text) else {
                i = start
                throw error("invalid number")
            }
            return value
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < p.count, p[i] != UInt8(ascii: "\""), p[i] != UInt8(ascii: "\\"), p[i] >= 0x20 { i += 1 }
            guard i < p.count else { throw error("unterminated string") }
            if p[i] == UInt8(ascii: "\"") {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
            }
            var out = Array(p[start..<i])
            while true {
                guard i < p.count else { throw error("unterminated string") }
                let b = p[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if b < 0x20 { throw error("control character in a string") }
                if b != UInt8(ascii: "\\") {
                    out.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard i < p.count else { throw error("unterminated escape") }
                let e = p[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00 {
                        if i + 6 <= p.count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            let low = try hex4()
                            if low >= 0xDC00 && low < 0xE000 {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                code = 0xFFFD
                            }
                        } else {
                            code = 0xFFFD
                        }
                    } else if code >= 0xDC00 && code < 0xE000 {
                        code = 0xFFFD
                    }
                    out.append(contentsOf: String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
                default:
                    i -= 1
                    throw error("invalid escape '\\\(Unicode.Scalar(e))'")
                }
            }
        }

        mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
            guard i + 4 <= p.count else { throw error("short \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let b = p[i]
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - 0x30)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - 0x57)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - 0x37)
                default: throw error("invalid \\u escape")
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }
    }
}
