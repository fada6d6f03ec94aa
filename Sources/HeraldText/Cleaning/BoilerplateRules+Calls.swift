/// Lines that speak to the reader rather than tell the story, wherever their words stand: calls to action,
/// pointers and paywalls' calls, affiliate disclosures and calls to follow a writer (see ``BoilerplateRules/isBoilerplate(_:)-(UnsafeBufferPointer<UInt8>)``).
extension BoilerplateRules {
    /// Calls to action, and reporters' credits, that mark a line of up to 40 words wherever they stand in it
    /// ("… follow him @tariqjmalik", "Need more? Subscribe to our sister title …", "Ann Lee contributed reporting.").
    static let calls: [String] = [
        "follow us on", "follow him on", "follow her on", "follow him @", "follow her @", "follow us @",
        "subscribe to our", "sign up for our", "join our ", "like us on facebook", "download our app",
        "republish our articles", "republish this article", "republish this story", "sign up to get it",
        "become a paid subscriber", "preferred source on google", "like the page:", "like our page", "pin it for later",
        "pin this for later",
        // Reporters credited at the end of a story ("Amanda Terkel contributed reporting.").
        "contributed reporting", "contributed to this report", "contributed to this story", "contributed to this article",
    ]

    private static let callTable = PhraseTable(calls)

    /// Openings that make a line of up to 40 words a pointer or a paywall's call even when it reads as a sentence:
    /// "Related: Our free weekly newsletter alerts you to …", "Unlock this article — plus in-depth analysis …".
    static let leads: [String] = [
        "related:", "read more:", "read also:", "also read:", "see also:", "subscribe to ", "sign up for ", "sign up to ",
        "unlock this article", "already have an account", "already a subscriber", "to continue reading", "subscribe to continue",
        "create a free account",
    ]
    static let leadTable = PhraseTable(leads)

    /// Whether a call stands in a line: anywhere in one of up to 30 words; in a longer one, at the start of one of
    /// its sentences ("Join our forums to keep talking space …"), not in mid-sentence, where a page's own call
    /// was set into a quoted post ("… fighting for others. -H pic.twitter.com/x SIGN UP FOR OUR NEWSLETTER — …").
    static func hasCall(_ line: UnsafeBufferPointer<UInt8>, words: Int, foldingCase: Bool = false) -> Bool {
        if words <= 30 { return callTable.occurs(in: line, foldingCase: foldingCase) }
        if callTable.begins(line, 0..<line.count, foldingCase: foldingCase) { return true }
        for i in 0..<max(0, line.count - 2) where line[i + 1] == 0x20 && (line[i] == UInt8(ascii: ".") || line[i] == UInt8(ascii: "!") || line[i] == UInt8(ascii: "?")) {
            if callTable.begins(line, (i + 2)..<line.count, foldingCase: foldingCase) { return true }
        }
        return false
    }

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
        " on twitter", " on facebook", " on instagram", " on linkedin", " on threads", " on bluesky", " on social media", "twitter.com", " @",
    ])
}
