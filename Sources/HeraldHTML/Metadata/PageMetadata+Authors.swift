import Foundation
import HeraldCore
import HeraldIO

extension MetadataExtractor {
    /// The page's author: a person the metadata names, else a byline's, else an organisation the
    /// JSON-LD names, else the Twitter card's "Written by", a link to an author's page, a name after a
    /// label or "By", and last a user name in the metadata ("stephenlega").
    static func author(_ document: HTMLDocument, article: JSONLDArticle, meta: [String: String], itemprop: String?,
                       bylines: [String], links: [String]) -> String? {
        let named: [String?] = [article.authorIsOrganization ? nil : article.author, meta["author"], meta["parsely-author"],
                                meta["sailthru.author"], meta["dc.creator"], meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 },
                                itemprop]
        if let name = named.lazy.compactMap({ $0.flatMap(authorName) }).first ?? bylines.lazy.compactMap(authorName).first {
            return name
        }
        let card = writtenBy(meta)
        if let name = article.author.flatMap(authorName) ?? card.flatMap(authorName) ?? links.lazy.compactMap(authorName).first {
            return name
        }
        return labelledAuthor(document) ?? [meta["author"], card].lazy.compactMap { $0.flatMap(userName) }.first
    }

    /// A person's or desk's name as a byline or metadata gives it: entities decoded, "By" and
    /// what follows the name ("| Reuters", "· 5 min read", a date) left out; nil for what is no
    /// name (a user id such as "andrew.keaveney", a link, a sentence).
    static func authorName(_ raw: String) -> String? {
        var text = HTMLText.collapse(decodeAgain(raw))
        // A credit whose person's name was left empty (", USA TODAY"): the publisher's name, no author's.
        if text.hasPrefix(",") { return nil }
        for prefix in ["author: ", "author ", "authored by: "] where text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        // "By", and a word before it that says what was written ("Written by", "Text by", "Recipe by:").
        let opening = text.split(separator: " ", maxSplits: 2)
        if let by = opening.prefix(2).firstIndex(where: { ["by", "by:"].contains($0.lowercased()) }), by < opening.count - 1,
           by == 0 || Self.writtenWords.contains(opening[0].lowercased())
        {
            text = String(opening[opening.count - 1])
            if by == 0, opening.count == 3 { text = opening[1] + " " + text }
        }
        for separator in [" | ", " · ", " • ", " — ", " - ", " . ", "\n", " on ", " Updated", " Published", " Posted", " Last ", " Reviewed by "] {
            if let range = text.byteRange(of: separator) { text = String(text[..<range.lowerBound]) }
        }
        // A date after the name ("Oleg Parashchak Jul 18, 2025 7 min", "Jacob Steinhardt 18th"); a
        // weekday is a date's, not a name's ("Sat, 20"; "Sun" may be a surname).
        var kept: [Substring] = []
        let parts = text.split(separator: " ")
        for (k, word) in parts.enumerated() {
            let month = word.count >= 3 && PublicationDate.months.contains(word.prefix(3).lowercased())
            if month, k + 1 < parts.count, parts[k + 1].first?.isNumber == true { break }
            if k > 0, word.first?.isNumber == true { break }
            if Self.weekdays.contains(word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",."))) { return nil }
            // A title after a name of two words or more ("Harry Rabinowitz Tech Reporter", "Cara Dumaplin RN, BSN").
            let titled = Self.isTitleWord(word) || k + 1 < parts.count && Self.isTitleWord(parts[k + 1])
            if titled, kept.count >= 2, !kept.contains(where: { $0.hasSuffix(",") }) { break }
            kept.append(word)
        }
        text = kept.joined(separator: " ")
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|·-").union(.whitespaces))
        let words = text.split(separator: " ")
        // A comment's author ("Jiobal says:"), a link to more of an author's posts: not the article's byline.
        if words.count > 1 && words.last == "says" || text.lowercased().hasPrefix("read more") { return nil }
        // A comment form's field ("Your Name: *").
        if text.contains("*") { return nil }
        guard !words.isEmpty, words.count <= 10, text.count <= 80, !text.contains("http"), !text.contains("@"),
              visibleDate(text) == nil
        else { return nil }
        // One word without a capital or with a dot inside is a user id; "Author" or "Admin" is a label.
        if words.count == 1, text.first?.isUppercase != true || text.contains(".") { return nil }
        if ["author", "the author", "admin", "administrator", "editor", "staff", "updated", "written by"].contains(text.lowercased()) { return nil }
        return text
    }

    /// Words before "by" that say what the author wrote.
    private static let writtenWords: Set<String> = ["written", "posted", "reviewed", "words", "text", "recipe", "guide", "article", "story", "authored"]

    /// Words of the titles some bylines set after the name.
    private static let titleWords: Set<String> = [
        "founder", "co-founder", "cofounder", "ceo", "cto", "editor", "reporter", "writer", "consultant", "director", "former",
        "senior", "manager", "expert", "contributor", "correspondent", "columnist", "journalist", "analyst", "specialist",
        "researcher", "professor", "gardener", "winemaker", "reviewer", "lead", "chief", "attorney", "lawyer", "rn",
        "certified", "licensed", "dietitian", "nutritionist", "engineer", "developer", "designer", "strategist", "coach",
        "scientist", "economist", "photographer", "producer", "president", "officer",
    ]

    /// Whether a byline's word, without the punctuation after it, is a title's.
    private static func isTitleWord(_ word: Substring) -> Bool {
        var word = word
        while let last = word.last, last == "," || last == "." || last == ";" || last == ":" { word = word.dropLast() }
        return titleWords.contains(word.lowercased())
    }

    private static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]

    /// A user name as the page's metadata gives its author ("stephenlega", "q_admin"): one word of letters,
    /// digits and underscores, for pages that name their author no other way.
    static func userName(_ raw: String) -> String? {
        let text = HTMLText.collapse(raw)
        guard (3...30).contains(text.count), text.utf8.allSatisfy({ $0 | 0x20 &- 0x61 < 26 || $0 &- 0x30 < 10 || $0 == UInt8(ascii: "_") }),
              text.utf8.contains(where: { $0 | 0x20 &- 0x61 < 26 }) else { return nil }
        return text
    }

    /// The author in the label-and-value pairs of a page's Twitter card ("twitter:label1" "Written by",
    /// "twitter:data1" the name), as WordPress sites set them.
    static func writtenBy(_ meta: [String: String]) -> String? {
        (1...4).lazy.compactMap { n in meta["twitter:label\(n)"]?.lowercased() == "written by" ? meta["twitter:data\(n)"] : nil }.first
    }

    /// The text of a link to an author's page ("<a href="/authors/jane-doe">Jane Doe</a>"), short; nil for other links.
    static func authorLink(_ document: HTMLDocument, _ link: Int) -> String? {
        guard let href = document.attributeRange(link, "href"), document.rangeContains(href, anyOf: authorPaths) else { return nil }
        let text = HTMLText.collapse(document.textContent(link))
        return text.count > 60 || !isPersonName(text, words: 1) ? nil : text
    }

    private static let authorPaths: ASCIIWords = ["/author/", "/authors/", "/author?"]

    /// Whether `text` reads as a person's name: `words` to five words, each with a capital but for
    /// the particles of names ("Marna van der Merwe"); not "Articles by Juliette" or a sentence.
    static func isPersonName(_ text: String, words least: Int) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= least, words.count <= 5 else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || nameParticles.contains($0.lowercased()) }
    }

    private static let nameParticles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "al", "el", "y", "and", "&"]

    /// The name a page sets after a label of its own ("Written by" in one element, "Edzel Tabing" in the
    /// next, within two texts) or with "By" in one short text of its own ("By Amy Wilhelm"): the first such.
    static func labelledAuthor(_ document: HTMLDocument) -> String? {
        var pending = 0
        for i in document.nodes.indices where document.nodes[i].isText {
            let node = document.nodes[i]
            guard node.end - node.start <= 200 else {
                pending = 0
                continue
            }
            // Until a label is met, only texts that may be one (starting as one does: "wr", "by", "au", …) are read.
            if pending == 0 {
                let raw = document.source[Int(node.start)..<Int(node.end)]
                guard let first = raw.firstIndex(where: { $0 > 0x20 }), first + 1 < raw.endIndex,
                      Self.labelOpenings.contains(UInt16(raw[first] | 0x20) << 8 | UInt16(raw[first + 1] | 0x20)) else { continue }
            }
            let text = HTMLText.collapse(document.text(i))
            guard !text.isEmpty else { continue }
            guard text.count <= 80 else {
                pending = 0
                continue
            }
            if pending > 0 {
                if let name = authorName(text), isPersonName(name, words: 2) { return name }
                pending -= 1
                continue
            }
            let lower = text.lowercased()
            if authorLabels.contains(lower.trimmingCharacters(in: CharacterSet(charactersIn: ": "))) {
                pending = 2
            } else if lower.hasPrefix("by ") || lower.hasPrefix("written by "), text != text.uppercased(),
                      let name = authorName(text), isPersonName(name, words: 2)
            {
                // (Not a menu's label in capitals: "BY USE CASE".)
                return name
            }
        }
        return nil
    }

    /// The first two letters, lower case, of the labels and of "By …".
    private static let labelOpenings: Set<UInt16> = Set(["wr", "by", "au", "po", "wo", "ar", "co"].map { pair in
        let bytes = Array(pair.utf8)
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    })

    private static let authorLabels: Set<String> = ["written by", "by", "author", "posted by", "words by", "article by", "contributor", "contributors"]
}
