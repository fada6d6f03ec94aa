/// Lines that speak to the reader rather than tell the story, wherever their words stand: affiliate
/// disclosures and calls to follow a writer (see ``BoilerplateRules/isBoilerplate(_:)-(UnsafeBufferPointer<UInt8>)``).
extension BoilerplateRules {
    /// Affiliate disclosures: a line of up to 40 words that speaks of a commission or of qualifying
    /// purchases and of what "we" or "our links" earn ("As an Amazon Associate we earn from qualifying purchases",
    /// "Purchases made through our links may earn us a commission"). Two rare anchors first, so that
    /// the many lines without them cost one pass.
    static let disclosureAnchors: [String] = ["commission", "qualifying purchases"]
    static let disclosureWords: [String] = ["we earn", " may earn", " earn a", " earn from", "our links", "affiliate link"]

    private static let anchorBytes: [[UInt8]] = disclosureAnchors.map { Array($0.utf8) }
    private static let anchorFirstBytes: [Bool] = (0..<256).map { byte in anchorBytes.contains { $0.first == UInt8(byte) } }
    private static let disclosureWordBytes: [[UInt8]] = disclosureWords.map { Array($0.utf8) }
    private static let disclosureWordFirstBytes: [Bool] = (0..<256).map { byte in disclosureWordBytes.contains { $0.first == UInt8(byte) } }

    /// Whether a line of up to 40 words is an affiliate disclosure.
    static func isDisclosure(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        containsAny(line, anchorBytes, firstBytes: anchorFirstBytes, foldingCase: true)
            && containsAny(line, disclosureWordBytes, firstBytes: disclosureWordFirstBytes, foldingCase: true)
    }

    /// Whether a line asks readers to follow someone on a social network: "Follow Pam Key on Twitter @pamkeyNEN.",
    /// "Follow Jeff Horwitz and Chad Day on Twitter: https://twitter.com/…" (not "Follow the money, the senator said.").
    /// Its other sentences, if any, say how to reach the writer too ("… Reach him directly at …"): a call run on
    /// into the article's next paragraph is not boilerplate.
    static func isFollowCall(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count > 7, line.prefix(7).map(ByteClass.lower).elementsEqual("follow ".utf8),
              containsAny(line, networkBytes, firstBytes: networkFirstBytes, foldingCase: true) else { return false }
        for i in 0..<(line.count - 2) where line[i] == UInt8(ascii: ".") && line[i + 1] == 0x20 {
            let next = line[(i + 2)...].prefix(8).map(ByteClass.lower)
            guard contactOpenings.contains(where: { next.starts(with: $0) }) else { return false }
        }
        return true
    }

    private static let contactOpenings: [[UInt8]] = ["reach ", "email", "e-mail", "contact", "follow ", "write ", "@", "http"].map { Array($0.utf8) }

    private static let networkBytes: [[UInt8]] = [
        " on twitter", " on facebook", " on instagram", " on linkedin", " on threads", " on bluesky", "twitter.com", " @",
    ].map { Array($0.utf8) }
    private static let networkFirstBytes: [Bool] = (0..<256).map { byte in networkBytes.contains { $0.first == UInt8(byte) } }
}
