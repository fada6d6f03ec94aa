import Foundation
import HeraldCore
import HeraldIO

/// Where pages give their dates: text a reader sees, labels, bylines, script data and the address.
extension MetadataExtractor {
    /// A date in text a reader sees: "Published on July 9, 2025", "Updated 2025-07-09".
    static func visibleDate(_ text: String) -> String? {
        // (Every date a page writes has a digit.)
        guard text.utf8.contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        let brackets = text.utf8.contains { $0 == 0x5B || $0 == 0x5D || $0 == 0x28 || $0 == 0x29 || $0 == 0x7B || $0 == 0x7D }
        var rest = Substring(brackets ? text.filter { !"[](){}".contains($0) } : text).drop(while: { $0 == " " })
        var lower: String?
        for prefix in ["published on", "published:", "published", "posted on", "posted:", "posted", "submitted on", "submitted",
                       "last updated:", "last updated on", "last updated", "updated on", "updated:", "updated", "date:", "on"] {
            // (Text that begins with no prefix's letter, in either case, is left as it is without lowercasing it.)
            guard let first = rest.utf8.first, Self.prefixInitials.contains(first | 0x20) else { break }
            if lower == nil { lower = rest.lowercased() }
            if lower?.hasPrefix(prefix) == true {
                rest = rest.dropFirst(prefix.count).drop(while: { $0 == " " })
                lower = nil
            }
        }
        // Only text that is a date and little else: "Top 10 trends of May 2025" is a title.
        guard rest.spaceSeparatedWords.count <= 6 else { return nil }
        return PublicationDate.normalize(String(rest))
    }

    /// The first letters of the labels `visibleDate` reads past.
    private static let prefixInitials: [UInt8] = Array("psludo".utf8)

    /// A date in a date-named element, whole or in one of its parts ("Dec. 19, 2025 · Niko Matsakis").
    static func datePart(_ text: String) -> String? {
        if let date = visibleDate(text) { return date }
        for separator in [" · ", "·", " | ", "|", " • ", " - ", " by ", "\n"] where text.contains(separator) {
            for part in text.byteComponents(separatedBy: separator) {
                if let date = visibleDate(HTMLText.trimmingSpaces(part)) { return date }
            }
        }
        return nil
    }

    /// A date a label introduces in the text after it ("Published" then "October 14, 2025"), or in its own
    /// text ("Posted on April 13, 2023").
    static func labelledDate(_ document: HTMLDocument) -> String? {
        let labels: Set<String> = ["published", "published on", "posted", "posted on", "date", "publication date", "last updated", "updated"]
        var pending = 0
        for i in document.nodes.indices where document.nodes[i].isText {
            let node = document.nodes[i]
            guard node.end - node.start <= 80 else { continue }
            // Only labels (short, starting with one of their letters) and the texts after them are read.
            if pending == 0 {
                guard node.end - node.start <= 40,
                      let first = document.source[Int(node.start)..<Int(node.end)].first(where: { $0 > 0x20 }),
                      "pPdDuUlL".utf8.contains(first)
                else { continue }
            }
            let text = HTMLText.collapse(document.text(i))
            guard !text.isEmpty else { continue }
            if pending > 0 {
                if let date = visibleDate(text) { return date }
                pending -= 1
            }
            let lower = text.lowercased()
            if labels.contains(lower.trimmingCharacters(in: CharacterSet(charactersIn: ": "))) { pending = 3 }
            // The label and its date in one text: "Posted on April 13, 2023" ("Last updated: …": see `updatedDate`).
            else if lower.hasPrefix("published") || lower.hasPrefix("posted"), let date = visibleDate(text) { return date }
        }
        return nil
    }

    /// The date a page says it was last updated ("Last updated: November 13, 2025"), where it gives no other.
    static func updatedDate(_ document: HTMLDocument) -> String? {
        for i in document.nodes.indices where document.nodes[i].isText {
            let node = document.nodes[i]
            guard node.end - node.start <= 60,
                  let first = document.source[Int(node.start)..<Int(node.end)].first(where: { $0 > 0x20 }), "uUlL".utf8.contains(first)
            else { continue }
            let text = HTMLText.collapse(document.text(i))
            if isUpdate(text), let date = visibleDate(text) { return date }
        }
        return nil
    }

    /// A publication date in a page's script data (`"datePublished":"2025-07-23…"`, escaped or not):
    /// one pass over the bytes, stopping at names that hold "ublish" or "ublication".
    static func dateInScript(_ text: ArraySlice<UInt8>) -> String? {
        text.withContiguousStorageIfAvailable { p -> String? in
            func isName(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 || b == UInt8(ascii: "_") }
            var i = 1
            while i + 6 < p.count {
                defer { i += 1 }
                guard p[i] == UInt8(ascii: "u"), p[i + 1] == UInt8(ascii: "b"), p[i + 2] == UInt8(ascii: "l"), p[i + 3] == UInt8(ascii: "i") else { continue }
                var start = i - 1, end = i
                while start > 0, isName(p[start - 1]) { start -= 1 }
                while end < p.count, isName(p[end]) { end += 1 }
                guard datePublishedKeys.contains(String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)) else { continue }
                // After the name: quotes (or "&quot;", as data in an attribute has them), backslashes, a colon and
                // spaces, then the date.
                var k = end
                while k < p.count, k - end < 24 {
                    if [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: ":"), UInt8(ascii: " ")].contains(p[k]) {
                        k += 1
                    } else if k + 6 <= p.count, p[k] == UInt8(ascii: "&"), p[(k + 1)..<(k + 6)].elementsEqual("quot;".utf8) {
                        k += 6
                    } else {
                        break
                    }
                }
                guard k + 10 <= p.count else { return nil }
                let day = String(decoding: UnsafeBufferPointer(rebasing: p[k..<(k + 10)]), as: UTF8.self)
                if PublicationDate.isStrictDay(day) { return day }
                i = end
            }
            return nil
        } ?? nil
    }

    /// The names script data gives a publication date under.
    private static let datePublishedKeys: Set<String> = [
        "datePublished", "publishDate", "publishedAt", "published_at", "publicationDate", "firstPublishDate",
        "date_published", "publishedDate", "publish_date",
    ]

    /// Whether a text gives when the page was changed ("Updated Jun 16, 2025", "Last updated: …").
    static func isUpdate(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("updated") || lower.hasPrefix("last updated") || lower.hasPrefix("modified") || lower.hasPrefix("last modified")
    }

    /// The first date in the short texts that follow the headline (a byline's "Mar 27, 2024"), else
    /// the nearest in the few that come before it (a kicker's "January 23, 2025" above the headline).
    static func dateNear(_ document: HTMLDocument, after heading: Int, updates: Bool = true) -> String? {
        func date(at i: Int) -> String? {
            // (Every date a page writes has a digit: the other texts are passed over before any string is built.)
            let node = document.nodes[i]
            guard document.source[Int(node.start)..<Int(node.end)].contains(where: { $0 &- 0x30 < 10 }) else { return nil }
            let text = HTMLText.collapse(document.text(i))
            guard text.count >= 8 else { return nil }
            // (Where only a byline's own date counts: not an update's, nor a table's cell.)
            if !updates, isUpdate(text) || isInTable(i) { return nil }
            for part in text.byteComponents(separatedBy: " - ") + text.byteComponents(separatedBy: " | ") + text.byteComponents(separatedBy: " · ") {
                if let date = visibleDate(HTMLText.trimmingSpaces(part)) { return date }
            }
            return nil
        }
        func isInTable(_ i: Int) -> Bool {
            let parent = Int(document.nodes[i].parent)
            return parent >= 0 && [.td, .th].contains(document.nodes[parent].tag)
        }
        func isShortText(_ i: Int) -> Bool { document.nodes[i].isText && document.nodes[i].end - document.nodes[i].start <= 120 }
        var seen = 0
        for i in (heading + 1)..<document.nodes.count where isShortText(i) {
            seen += 1
            if seen > 40 { break }
            if let found = date(at: i) { return found }
        }
        seen = 0
        for i in stride(from: heading - 1, through: 0, by: -1) where isShortText(i) {
            seen += 1
            if seen > 8 { break }
            if let found = date(at: i) { return found }
        }
        return nil
    }

    /// A date in an address: "/2016/09/05/", "/2016-09-05", "/20160905/".
    static func dateInAddress(_ url: String) -> String? {
        let parts = url.split(separator: "/").map(String.init)
        for (index, part) in parts.enumerated() {
            if part.count == 4, let year = Int(part), year >= 1990, year <= 2100, index + 2 < parts.count,
               parts[index + 1].count == 2, parts[index + 2].count >= 2,
               let date = PublicationDate.normalize("\(year)-\(parts[index + 1])-\(parts[index + 2].prefix(2))")
            {
                return date
            }
            if let date = PublicationDate.inFileName(part) { return date }
        }
        return nil
    }
}
