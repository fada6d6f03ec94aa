/// Normalizes the date forms records and file names carry to `YYYY-MM-DD`.
public enum PublicationDate {
    /// Month names by their first three letters, lowercased.
    public static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `YYYY-MM-DD` for ISO 8601 dates and timestamps ("2016-09-05", "2016-09-05T10:00:00Z",
    /// "2016/09/05", "2016.09.05"), RFC 2822 ("Mon, 05 Sep 2016 10:00:00 GMT"), "September 5, 2016" and
    /// "5 September 2016"; nil when the text is none of these or not a real day.
    public static func normalize(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        let bytes = Array(trimmed.utf8)
        if bytes.count >= 10, let (y, m, d) = isoDate(bytes, at: 0) { return format(y, m, d) }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map { $0.lowercased() }
        // Numeric dates with slashes: "4/24/2000" (month first unless the first number cannot be a
        // month), "24/4/2000", "2000/04/24".
        if let first = words.first, first.contains("/") {
            let parts = first.split(separator: "/").compactMap { Int($0) }
            if parts.count == 3 {
                let (a, b, c) = (parts[0], parts[1], parts[2])
                if a >= 1000, isValid(a, b, c) { return format(a, b, c) }
                if c >= 1000 {
                    if a <= 12, isValid(c, a, b) { return format(c, a, b) }
                    if isValid(c, b, a) { return format(c, b, a) }
                }
            }
        }
        // Numeric dates with dots, day first as Europe writes them: "17.05.2021".
        if let first = trimmed.split(separator: " ").first, case let parts = first.split(separator: ".", omittingEmptySubsequences: false),
           parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
           let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), isValid(y, m, d) {
            return format(y, m, d)
        }
        var year: Int?, month: Int?, day: Int?
        for word in words {
            if let value = Int(word) {
                if value >= 1800 && value <= 2200 && year == nil { year = value }
                else if value >= 1 && value <= 31 && day == nil { day = value }
            } else if word.count >= 3, month == nil, let index = months.firstIndex(of: String(word.prefix(3))) {
                month = index + 1
            } else if word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th"),
                      let value = Int(word.dropLast(2)), value >= 1 && value <= 31, day == nil
            {
                day = value
            }
        }
        guard let year, let month, let day, isValid(year, month, day) else { return nil }
        return format(year, month, day)
    }

    /// A `YYYY-MM-DD` date inside a file name ("breitbart_2015-11-11_title.txt"), or nil.
    public static func inFileName(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) {
            if start > 0, bytes[start - 1] &- 0x30 < 10 { continue }
            if let (y, m, d) = isoDate(bytes, at: start), y >= 1900, y < 2100,
               start + 10 == bytes.count || bytes[start + 10] &- 0x30 >= 10
            {
                return format(y, m, d)
            }
        }
        return nil
    }

    /// The days from one `YYYY-MM-DD` day to another (negative when `b` is earlier), or nil if either is not one.
    public static func days(from a: String, to b: String) -> Int? {
        guard let a = dayNumber(a), let b = dayNumber(b) else { return nil }
        return b - a
    }

    /// Whether a timestamp is in universal time ("2025-12-19T02:41:41+00:00", "…Z"): its day may be the next
    /// or the previous of the day where it was written.
    public static func isUniversalTime(_ text: String) -> Bool {
        let text = text.trimmingSpaces
        guard text.utf8.count > 10, text.contains(":") else { return false }
        return text.hasSuffix("Z") || text.hasSuffix("+00:00") || text.hasSuffix("+0000") || text.hasSuffix("GMT") || text.hasSuffix("UTC")
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` day (the civil calendar's count, proleptic Gregorian).
    private static func dayNumber(_ text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, let (y0, m, d) = isoDate(bytes, at: 0) else { return nil }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Whether `text` is exactly a valid `YYYY-MM-DD`.
    public static func isStrictDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && isoDate(bytes, at: 0) != nil && bytes[4] == UInt8(ascii: "-")
    }

    private static func isoDate(_ b: [UInt8], at s: Int) -> (Int, Int, Int)? {
        func digits(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for k in from..<from + count {
                guard b[k] &- 0x30 < 10 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard s + 10 <= b.count, let y = digits(s, 4), let m = digits(s + 5, 2), let d = digits(s + 8, 2) else { return nil }
        let sep = b[s + 4]
        guard sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: "."), b[s + 7] == sep, isValid(y, m, d) else { return nil }
        return (y, m, d)
    }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard m >= 1 && m <= 12 && d >= 1 else { return false }
        let lengths = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= lengths[m - 1]
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
