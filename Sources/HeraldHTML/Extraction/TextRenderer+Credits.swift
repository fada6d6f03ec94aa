/// Lines that credit rather than tell: bylines, editors, photo credits and publication stamps
/// (see ``TextRenderer/finish()``). The page's author and date are read as metadata; in the body
/// they are furniture.
extension TextRenderer {
    /// Whether a paragraph (not a heading) is a short credit line: "Written by Jane Roe", "Edited by",
    /// "By Jane Roe", "Contributing Writer", "Photo: Reuters", "Updated: Jan 31", "Published 10:19am
    /// 19 December 2025". A sentence that begins the same way ("By Monday, the river had risen.",
    /// "Published by Helvetiq") is not one.
    static func isCreditLine(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 80 else { return false }
        let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard !words.isEmpty, words.count <= 8 else { return false }
        let lower = paragraph.lowercased()
        for prefix in creditPrefixes where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "," { return true }
        }
        for prefix in pictureCredits where lower.hasPrefix(prefix) { return words.count <= 8 }
        // A stamp: "Updated: Jan 31", "Published on 2025-12-19", "Posted at 10:19".
        for stamp in stamps where lower.hasPrefix(stamp) {
            let rest = lower.dropFirst(stamp.count)
            if rest.isEmpty || rest.hasPrefix(":") || rest.hasPrefix(" on ") || rest.hasPrefix(" at ")
                || rest.contains(where: \.isNumber) && !rest.hasPrefix(" by ")
            {
                return true
            }
        }
        // "By Jane Roe", "by | Apr 21, 2025": "by" and a name in capitals, not a sentence.
        if words[0].lowercased() == "by", words.count >= 2, words.count <= 6, paragraph.last != ".",
           let next = words[1].first, next.isUppercase || next == "|"
        {
            return true
        }
        return false
    }

    /// Beginnings of lines that credit the article's people.
    private static let creditPrefixes = [
        "written by", "edited by", "reviewed by", "fact checked by", "fact-checked by", "medically reviewed by",
        "contributing writer", "contributing editor", "contributor",
    ]
    /// Beginnings of lines that credit a picture.
    private static let pictureCredits = ["image:", "photo:", "photograph:", "credit:", "photo credit", "image credit", "photo by "]
    /// Words that stamp the article's dates.
    private static let stamps = ["updated", "last updated", "published", "posted"]
}
