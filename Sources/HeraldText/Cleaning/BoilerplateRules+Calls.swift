/// Lines that speak to the reader rather than tell the story, wherever their words stand: affiliate
/// disclosures and calls to follow a writer (see ``BoilerplateRules/isBoilerplate(_:)-(UnsafeBufferPointer<UInt8>)``).
extension BoilerplateRules {
    /// Affiliate disclosures: a line of up to 40 words that speaks of a commission or of qualifying
    /// purchases and of what "we" or "our links" earn ("As an Amazon Associate we earn from qualifying purchases",
    /// "Purchases made through our links may earn us a commission"). Two rare anchors first, so that
    /// the many lines without them cost one pass.
    static let disclosureAnchors: [String] = ["commission", "qualifying purchases"]
    static let disclosureWords: [String] = ["we earn", " may earn", " earn a", " earn from", "our links", "affiliate link"]

    private static let anchorTable = PhraseTable(disclosureAnchors)
    private static let disclosureWordTable = PhraseTable(disclosureWords)

    /// Whether a line of up to 40 words is an affiliate disclosure.
    static func isDisclosure(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        anchorTable.occurs(in: line, foldingCase: true) && disclosureWordTable.occurs(in: line, foldingCase: true)
    }

    /// Whether a line asks readers to follow someone on a social network: "Follow Pam Key on Twitter @pamkeyNEN.",
    /// "Follow Jeff Horwitz and Chad Day on Twitter: https://twitter.com/…" (not "Follow the money, the senator said.").
    /// Its other sentences, if any, say how to reach the writer too ("… Reach him directly at …"): a call run on
    /// into the article's next paragraph is not boilerplate.
    static func isFollowCall(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // (The opening compared byte by byte, with no copy: most lines of text come this way.)
        guard line.count > 7, zip(line, "follow ".utf8).allSatisfy({ ByteClass.lower($0) == $1 }),
              networkTable.occurs(in: line, foldingCase: true) else { return false }
        for i in 0..<(line.count - 2) where line[i] == UInt8(ascii: ".") && line[i + 1] == 0x20 {
            let next = line[(i + 2)...].prefix(8).map(ByteClass.lower)
            guard contactOpenings.contains(where: { next.starts(with: $0) }) else { return false }
        }
        return true
    }

    private static let contactOpenings: [[UInt8]] = ["reach ", "email", "e-mail", "contact", "follow ", "write ", "@", "http"].map { Array($0.utf8) }

    private static let networkTable = PhraseTable([
        " on twitter", " on facebook", " on instagram", " on linkedin", " on threads", " on bluesky", "twitter.com", " @",
    ])
}
