/// Lines that tell readers how to reach the writer or where they stand on the site, rather than the story:
/// contact lines, lone addresses and breadcrumbs (see ``BoilerplateRules/isBoilerplate(_:)-(UnsafeBufferPointer<UInt8>)``).
extension BoilerplateRules {
    /// Whether a line of up to 20 words gives a way to reach someone or more of the site: it opens with a call
    /// to write, reach, contact or e-mail, or with "More", and holds an e-mail or a web address ("Write to Al Root
    /// at al.root@example.com", "Reach the reporters on Twitter at http://twitter.com/…", "More AP NBA:
    /// https://apnews.com/NBA"; not "Reach the summit by noon, the guide said."). `lowered` is the line in lower case.
    static func isContactLine(_ lowered: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= 20, contactLineOpenings.begins(lowered, 0..<lowered.count) else { return false }
        return addressTable.occurs(in: lowered)
    }

    private static let contactLineOpenings = PhraseTable([
        "write to ", "reach ", "contact ", "email ", "e-mail ", "email:", "e-mail:", "more ", "send tips", "send news tips",
    ])
    private static let addressTable = PhraseTable(["@", "http://", "https://", "www.", "twitter.com/"])

    /// Whether a line of one word is an e-mail address or a profile on a social network: "jane.roe@example.com",
    /// "twitter.com/janeroe", "https://www.instagram.com/janeroe". `lowered` is the line in lower case.
    static func isLoneAddress(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        if let at = lowered.firstIndex(of: UInt8(ascii: "@")), at > 0, lowered[(at + 1)...].contains(UInt8(ascii: ".")) {
            return true
        }
        var rest = lowered[...]
        for scheme in ["https://", "http://"] where rest.starts(with: scheme.utf8) { rest = rest.dropFirst(scheme.utf8.count) }
        if rest.starts(with: "www.".utf8) { rest = rest.dropFirst(4) }
        return profileHosts.contains { rest.starts(with: $0) && rest.count > $0.count }
    }

    private static let profileHosts: [[UInt8]] = [
        "twitter.com/", "x.com/", "facebook.com/", "instagram.com/", "linkedin.com/in/", "threads.net/", "bsky.app/profile/",
        "tiktok.com/@",
    ].map { Array($0.utf8) }

    private static let nameMarks: [UInt8] = [0x20, UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ",")]

    /// Whether a line is a breadcrumb: two or more items of up to three words, each beginning with a capital
    /// or a digit, apart by " > ", " › " or " » " ("News > Nation", "Home › World › Europe"; not "if x > 5").
    static func isBreadcrumb(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var items = 0
        var start = 0
        var i = 0
        // (An item is a name: words of letters, digits, "&", "'", "-", "." or ",", with a letter in them.)
        func item(_ range: Range<Int>) -> Bool {
            let words = line[range].split(separator: 0x20)
            guard let first = words.first?.first, words.count <= 3, first &- 0x41 < 26 || first &- 0x30 < 10 || first >= 0xC0,
                  line[range].contains(where: { ($0 | 0x20) &- 0x61 < 26 || $0 >= 0xC0 }) else { return false }
            return line[range].allSatisfy { ByteClass.isASCIIAlnum($0) || $0 >= 0x80 || nameMarks.contains($0) }
        }
        while i < line.count {
            var width = 0
            if line[i] == 0x20, i + 2 < line.count {
                if line[i + 1] == UInt8(ascii: ">"), line[i + 2] == 0x20 { width = 3 }
                else if i + 3 < line.count, line[i + 1] == 0xC2, line[i + 2] == 0xBB, line[i + 3] == 0x20 { width = 4 }  // »
                else if i + 4 < line.count, line[i + 1] == 0xE2, line[i + 2] == 0x80, line[i + 3] == 0xBA, line[i + 4] == 0x20 { width = 5 }  // ›
            }
            if width > 0 {
                guard item(start..<i) else { return false }
                items += 1
                i += width
                start = i
            } else {
                i += 1
            }
        }
        return items > 0 && item(start..<line.count)
    }
}
