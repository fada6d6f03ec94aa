import Foundation
import HeraldCore
import HeraldIO

extension MetadataExtractor {
    /// A person's or desk's name as a byline or metadata gives it: entities decoded, "By" and
    /// what follows the name ("| Reuters", "· 5 min read", a date) left out; nil for what is no
    /// name (a user id such as "andrew.keaveney", a link, a sentence).
    static func authorName(_ raw: String) -> String? {
        var text = HTMLText.collapse(decodeAgain(raw))
        for prefix in ["author: ", "author ", "authored by: "] where text.lowercased().hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        // "By", and a word before it that says what was written ("Written by", "Text by", "Recipe by:").
        let opening = text.split(separator: " ", maxSplits: 2)
        if let by = opening.prefix(2).firstIndex(where: { ["by", "by:"].contains($0.lowercased()) }), by < opening.count - 1,
           by == 0 || Self.writtenWords.contains(opening[0].lowercased())
        {
            text = String(opening[opening.count - 1])
            if by == 0, opening.count == 3 { text = opening[1] + " " + text }
        }
        // A comment's author ("Jiobal says"), a link to more of an author's posts: not the article's byline.
        if text.hasSuffix(" says") || text.lowercased().hasPrefix("read more") { return nil }
        for separator in [" | ", " · ", " • ", " — ", " - ", "\n", " on ", " Updated", " Published", " Posted", " Last "] {
            if let range = text.range(of: separator) { text = String(text[..<range.lowerBound]) }
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
            // A title after a name of two words or more ("Harry Rabinowitz Tech Reporter", "Liz Kenny Former McKinsey Consultant").
            if kept.count >= 2, kept.last?.hasSuffix(",") == false, Self.titleWords.contains(word.lowercased()) || k + 1 < parts.count && Self.titleWords.contains(parts[k + 1].lowercased()) {
                break
            }
            kept.append(word)
        }
        text = kept.joined(separator: " ")
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|·-").union(.whitespaces))
        let words = text.split(separator: " ")
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
        "researcher", "professor", "gardener", "winemaker", "reviewer", "lead", "chief",
    ]

    static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]

    /// The text of a link to an author's page ("<a href="/authors/jane-doe">Jane Doe</a>"), short; nil for other links.
    static func authorLink(_ document: HTMLDocument, _ link: Int) -> String? {
        guard let href = document.attribute(link, "href")?.lowercased(),
              href.contains("/author/") || href.contains("/authors/") || href.contains("/author?") else { return nil }
        let text = HTMLText.collapse(document.textContent(link))
        return text.count > 60 || !isPersonName(text, words: 1) ? nil : text
    }

    /// Whether `text` reads as a person's name: `words` to five words, each with a capital but for
    /// the particles of names ("Marna van der Merwe"); not "Articles by Juliette" or a sentence.
    static func isPersonName(_ text: String, words least: Int) -> Bool {
        let words = text.split(separator: " ")
        guard words.count >= least, words.count <= 5 else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || nameParticles.contains($0.lowercased()) }
    }

    private static let nameParticles: Set<String> = ["van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "al", "el", "y"]

    /// The name a page sets after a label of its own ("Written by" in one element, "Edzel Tabing" in the
    /// next): the first such label followed, within two texts, by a name.
    static func labelledAuthor(_ document: HTMLDocument) -> String? {
        var pending = 0
        for i in document.nodes.indices where document.nodes[i].isText {
            let node = document.nodes[i]
            guard node.end - node.start <= 80 else {
                pending = 0
                continue
            }
            if pending == 0 {
                // Only labels (short, starting with one of their letters) are read until one is met.
                guard node.end - node.start <= 24,
                      let first = document.source[Int(node.start)..<Int(node.end)].first(where: { $0 > 0x20 }), "wWaAbBpP".utf8.contains(first)
                else { continue }
            }
            let text = HTMLText.collapse(document.text(i))
            guard !text.isEmpty else { continue }
            if pending > 0 {
                if let name = authorName(text), isPersonName(name, words: 2) { return name }
                pending -= 1
                continue
            }
            if authorLabels.contains(text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))) { pending = 2 }
        }
        return nil
    }

    private static let authorLabels: Set<String> = ["written by", "by", "author", "posted by", "words by", "article by"]
}
