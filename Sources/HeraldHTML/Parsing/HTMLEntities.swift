/// Decodes HTML character references: numeric ones, and the named ones news pages use.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "hairsp": "\u{200A}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "", "copy": "©", "reg": "®", "trade": "™", "hellip": "…",
        "mdash": "—", "ndash": "–", "minus": "−", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“",
        "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "middot": "·",
        "bull": "•", "deg": "°", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "times": "×",
        "divide": "÷", "plusmn": "±", "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²",
        "sup3": "³", "para": "¶", "sect": "§", "dagger": "†", "Dagger": "‡", "prime": "′", "Prime": "″",
        "permil": "‰", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "hearts": "♥",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "micro": "µ", "not": "¬", "macr": "¯",
        "acute": "´", "cedil": "¸", "uml": "¨", "brvbar": "¦", "star": "☆", "check": "✓", "infin": "∞",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
        "mu": "μ", "pi": "π", "sigma": "σ", "omega": "ω", "Omega": "Ω", "oelig": "œ", "OElig": "Œ",
        "scaron": "š", "Scaron": "Š", "zcaron": "ž", "Zcaron": "Ž", "Yuml": "Ÿ", "fnof": "ƒ", "circ": "ˆ",
        "tilde": "˜", "szlig": "ß", "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "aring": "å",
        "Aring": "Å", "ccedil": "ç", "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ", "eth": "ð", "ETH": "Ð",
        "thorn": "þ", "THORN": "Þ", "yacute": "ý", "Yacute": "Ý", "yuml": "ÿ", "colon": ":", "comma": ",",
        "period": ".", "excl": "!", "quest": "?", "num": "#", "dollar": "$", "percnt": "%", "lpar": "(",
        "rpar": ")", "ast": "*", "plus": "+", "sol": "/", "semi": ";", "equals": "=", "commat": "@",
        "lsqb": "[", "rsqb": "]", "lowbar": "_", "grave": "`", "lcub": "{", "rcub": "}", "verbar": "|",
        "bsol": "\\", "Hat": "^", "NewLine": "\n", "Tab": "\t",
    ].merging(accented) { a, _ in a }

    /// Accented Latin-1 letters: "eacute" → "é", "Eacute" → "É".
    private static let accented: [String: String] = {
        let lower: [(String, UInt32)] = [
            ("agrave", 0xE0), ("aacute", 0xE1), ("acirc", 0xE2), ("atilde", 0xE3), ("auml", 0xE4), ("egrave", 0xE8),
            ("eacute", 0xE9), ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC), ("iacute", 0xED), ("icirc", 0xEE),
            ("iuml", 0xEF), ("ograve", 0xF2), ("oacute", 0xF3), ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6),
            ("ugrave", 0xF9), ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC),
        ]
        var table: [String: String] = [:]
        for (name, value) in lower {
            table[name] = String(Character(Unicode.Scalar(value)!))
            table[name.prefix(1).uppercased() + name.dropFirst()] = String(Character(Unicode.Scalar(value - 0x20)!))
        }
        return table
    }()

    /// Code points of numeric references 0x80–0x9F, read as Windows-1252 the way browsers do.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The text of `p[range]` with character references decoded.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard range.contains(where: { p[$0] == UInt8(ascii: "&") }) else {
            return String(decoding: UnsafeBufferPointer(rebasing: p[range]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        decode(p, range, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of `p[range]` with character references decoded to `out`.
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        var runStart = i
        while i < range.upperBound {
            guard p[i] == UInt8(ascii: "&") else {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
            if let (text, length) = reference(p, i, range.upperBound) {
                out.append(contentsOf: text.utf8)
                i += length
            } else {
                out.append(UInt8(ascii: "&"))
                i += 1
            }
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<range.upperBound]))
    }

    /// The reference at `p[i]` ("&amp;", "&#8217;", "&#x2019;", "&nbsp" without ";") and its length.
    private static func reference(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (String, Int)? {
        var k = i + 1
        guard k < end else { return nil }
        if p[k] == UInt8(ascii: "#") {
            k += 1
            var hex = false
            if k < end, p[k] | 0x20 == UInt8(ascii: "x") {
                hex = true
                k += 1
            }
            var value: UInt32 = 0
            let digitsStart = k
            while k < end, k - digitsStart < 8 {
                let b = p[k]
                let digit: UInt32
                if b &- 0x30 < 10 { digit = UInt32(b - 0x30) }
                else if hex, (b | 0x20) &- 0x61 < 6 { digit = UInt32((b | 0x20) - 0x61 + 10) }
                else { break }
                value = value * (hex ? 16 : 10) + digit
                k += 1
            }
            guard k > digitsStart else { return nil }
            if k < end, p[k] == UInt8(ascii: ";") { k += 1 }
            if value >= 0x80 && value < 0xA0 { value = windows1252[Int(value - 0x80)] }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(Character(scalar)), k - i)
        }
        while k < end, k - i <= 10, (p[k] | 0x20) &- 0x61 < 26 || p[k] &- 0x30 < 10 { k += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<k]), as: UTF8.self)
        guard let text = named[name] else { return nil }
        if k < end, p[k] == UInt8(ascii: ";") { k += 1 }
        return (text, k - i)
    }
}

