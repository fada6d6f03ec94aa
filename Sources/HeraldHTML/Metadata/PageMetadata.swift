import Foundation
import HeraldCore
import HeraldIO

/// What a page says about its article: headline, author, dates, address, site.
public struct PageMetadata: Sendable, Equatable {
    public var title: String?
    public var author: String?
    /// Publication date, `YYYY-MM-DD`.
    public var published: String?
    /// Last modification date, `YYYY-MM-DD`, when the page gives one.
    public var modified: String?
    public var url: String?
    public var siteName: String?
    /// The body as JSON-LD gives it, when it does.
    public var articleBody: String?

    public init() {}
}

/// Reads a page's metadata from JSON-LD, `<meta>` tags, microdata, `<time>` and the address.
public enum MetadataExtractor {
    /// The metadata of `document`; `url` is the page's address when known from elsewhere.
    public static func extract(_ document: HTMLDocument, url: String? = nil) -> PageMetadata {
        var meta: [String: String] = [:]
        var canonical: String?
        var titleTag: String?
        var timeCandidates: [(node: Int, value: String)] = []
        var scripts: [Int] = []
        var bylines: [String] = []
        var authorLinks: [String] = []
        var itempropDate: String?
        var itempropModified: String?
        var itempropAuthor: String?
        var headings: [(text: String, link: Substring?)] = []
        var visibleDates: [String] = []
        var firstHeading: Int?
        var firstSubheading: Int?
        var jsonLD: [JSONValue] = []
        for i in document.nodes.indices where !document.nodes[i].isText {
            switch document.nodes[i].tag {
            case .meta:
                guard let content = document.attribute(i, "content"), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = attribute(document, i, key)?.lowercased(), meta[name] == nil { meta[name] = content }
                }
            case .link:
                if document.attribute(i, "rel")?.lowercased() == "canonical" { canonical = document.attribute(i, "href") }
            case .title:
                if titleTag == nil { titleTag = document.textContent(i) }
            case .h1:
                // The date some blogs set inside the headline is not part of it.
                let text = HTMLText.collapse(decodeAgain(document.textContent(i, skipping: [.time])))
                let link = wholeLink(document, i, text: text)
                if !text.isEmpty, link.map(isHomeOrSection) != true { headings.append((text, link)) }
                if firstHeading == nil { firstHeading = i }
            case .h2:
                if firstSubheading == nil { firstSubheading = i }
            case .time:
                if let value = document.attribute(i, "datetime") { timeCandidates.append((i, value)) }
            case .script:
                guard let child = document.children(i).first(where: { _ in true }) else { continue }
                let text = document.source[Int(document.nodes[child].start)..<Int(document.nodes[child].end)]
                if let type = document.attributeRange(i, "type"), document.rangeContains(type, anyOf: Self.jsonLDType) {
                    if let value = try? JSONParser.parse(Array(text)) { jsonLD.append(value) }
                } else {
                    scripts.append(child)
                }
            default:
                // Dates a reader sees: elements named for dates, with short text.
                if visibleDates.count < 8, let range = document.attributeRange(i, "class"),
                   document.rangeContains(range, anyOf: Self.dateClassWords),
                   case let text = document.textContent(i), text.count <= 160
                {
                    visibleDates.append(text)
                }
            }
            // Bylines: elements named for authors ("byline", "author-name", rel="author"), short.
            if bylines.count < 4, document.nodes[i].tag != .meta, document.nodes[i].tag != .link,
               document.attributeRange(i, "class").map({
                   document.rangeContains($0, anyOf: Self.bylineClassWords) && !document.rangeContains($0, anyOf: Self.commentClassWords)
               }) == true
                || (document.nodes[i].tag == .a && document.attribute(i, "rel")?.lowercased() == "author")
            {
                let text = document.textContent(i)
                if !text.isEmpty, text.count <= 100 { bylines.append(text) }
            }
            if authorLinks.count < 4, document.nodes[i].tag == .a, let text = authorLink(document, i) { authorLinks.append(text) }
            if document.attributeRange(i, "itemprop") != nil, let prop = document.attribute(i, "itemprop") {
                if prop == "dateModified", itempropModified == nil {
                    itempropModified = document.attribute(i, "content") ?? document.attribute(i, "datetime") ?? document.textContent(i)
                } else if prop == "datePublished", itempropDate == nil {
                    itempropDate = document.attribute(i, "content") ?? document.attribute(i, "datetime") ?? document.textContent(i)
                } else if prop == "author", itempropAuthor == nil, document.nodes[i].tag != .meta {
                    itempropAuthor = document.textContent(i)
                }
            }
        }
        let article = JSONLDArticle(jsonLD)
        var result = PageMetadata()
        result.siteName = meta["og:site_name"] ?? meta["application-name"]
        result.url = canonical ?? meta["og:url"] ?? url
        let fullNames = [article.headline, meta["og:title"], meta["twitter:title"], meta["parsely-title"]].compactMap { $0.map(decodeAgain) }
        // A name that another continues in words was cut short ("…Solutions (Including" in JSON-LD).
        let named = fullNames.map { name in
            fullNames.first { $0.count > name.count && $0.hasPrefix(name) && $0.dropFirst(name.count).first { $0 != " " }?.isLetter == true } ?? name
        }.map { stripSiteName($0, site: result.siteName) }
        let tagTitle = titleTag.map { stripSiteName($0, site: result.siteName) }
        // A heading that links to another page titles that page (a teaser's), where the page has headings
        // of its own; one that is the site's name is its banner.
        let unlinked = headings.filter { $0.link.map { isSamePage($0, as: result.url ?? url) } ?? true }
        let ownHeadings = (unlinked.isEmpty ? headings : unlinked).map(\.text).filter { heading in
            result.siteName.map { HTMLText.collapse(decodeAgain($0)).caseInsensitiveCompare(heading) != .orderedSame } ?? true
        }
        result.title = clean(headline(ownHeadings, named: named + [tagTitle].compactMap { $0 },
                                      reference: fullNames + [titleTag].compactMap { $0 }) ?? named.first ?? tagTitle)
            .map { withoutHost(beforeBar($0), address: result.url ?? url) }
        result.author = author(document, article: article, meta: meta, itemprop: itempropAuthor, bylines: bylines, links: authorLinks)
        let dateSources: [String?] = [
            article.datePublished, meta["article:published_time"], meta["og:published_time"], meta["published_time"],
            meta["datepublished"], itempropDate, meta["pubdate"], meta["publishdate"], meta["publish-date"],
            meta["parsely-pub-date"], meta["sailthru.date"], meta["dc.date.issued"], meta["dc.date"], meta["date"],
            meta["article.published"], meta["originalpublicationdate"], meta["published"], meta["publication_date"],
            meta["citation_publication_date"], meta["dcterms.created"], meta["dc.date.created"], meta["published-date"],
            meta["publication-date"], meta["date-published"],
        ] + Self.articleTimesFirst(timeCandidates, headline: firstHeading)
        // (Where a page has no `<h1>`: its headline's text in another element, else its first `<h2>`.)
        func dateNearHeadline(updates: Bool = true) -> String? {
            guard let anchor = firstHeading ?? headlineNode(document, title: result.title) ?? firstSubheading else { return nil }
            return dateNear(document, after: anchor, updates: updates)
        }
        let stamp = dateSources.lazy.compactMap { $0 }.first { PublicationDate.normalize($0) != nil }
        result.published = stamp.flatMap(PublicationDate.normalize)
            ?? scripts.lazy.compactMap { dateInScript(document.source[Int(document.nodes[$0].start)..<Int(document.nodes[$0].end)]) }.first
            ?? (result.url ?? url).flatMap(dateInAddress)
            ?? visibleDates.lazy.compactMap(datePart).first
            ?? labelledDate(document)
            ?? dateNearHeadline()
            // Last, script data that a page keeps in an attribute ("data-props" of a React component).
            ?? dateInScript(document.source[...])
        // A timestamp in universal time can fall on the day after (or before) the publisher's: the day the
        // page's address gives, one off, is the publisher's own ("…/2025/12/18/" for 02:41 UTC on the 19th,
        // written the 18th in New York). (Dates a page shows are not asked: they are as often its update's.)
        if let stamp, PublicationDate.isUniversalTime(stamp), let published = result.published,
           let local = (result.url ?? url).flatMap(dateInAddress),
           let days = PublicationDate.days(from: local, to: published), days.magnitude == 1 {
            result.published = local
        }
        // Metadata that dates the article later than its byline does is the date it was published again
        // (a site moved, a CMS that stamps each publish): the byline's earlier day is the article's.
        if let published = result.published, let shown = dateNearHeadline(updates: false),
           let days = PublicationDate.days(from: shown, to: published), days > 1 {
            result.published = shown
        }
        result.modified = [article.dateModified, meta["article:modified_time"], meta["og:updated_time"], meta["datemodified"],
                           meta["updated"], meta["last-modified"], meta["dateupdated"], meta["modified-date"], itempropModified]
            .lazy.compactMap { $0.flatMap(PublicationDate.normalize) }.first
        // A page that gives only when it was last changed: that day, the nearest to its publication it tells.
        if result.published == nil { result.published = result.modified ?? updatedDate(document) }
        result.articleBody = article.articleBody
        return result
    }

    /// The `<time>` elements' dates, those just after the headline first (the article's own, not a
    /// list of other stories' before it), then the rest in the page's order.
    static func articleTimesFirst(_ times: [(node: Int, value: String)], headline: Int?) -> [String] {
        guard let headline else { return times.map(\.value) }
        func isNear(_ time: (node: Int, value: String)) -> Bool { time.node > headline && time.node - headline <= 150 }
        return times.filter(isNear).map(\.value) + times.filter { !isNear($0) }.map(\.value)
    }

    private static let bylineClassWords: ASCIIWords = ["byline", "author"]
    /// Class words of comments, whose authors are not the article's ("comment-author").
    private static let commentClassWords: ASCIIWords = ["comment"]

    private static let jsonLDType: ASCIIWords = ["ld+json"]
    private static let dateClassWords: ASCIIWords = ["date", "publish", "posted", "time"]

    /// Metadata whose entities were escaped twice ("&amp;#8211;") read once more.
    static func decodeAgain(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { HTMLEntities.decode(UnsafeBufferPointer($0), 0..<$0.count) }
    }

    private static func attribute(_ document: HTMLDocument, _ i: Int, _ key: String) -> String? {
        switch key {
        case "property": return document.attribute(i, "property")
        case "name": return document.attribute(i, "name")
        case "itemprop": return document.attribute(i, "itemprop")
        default: return document.attribute(i, "http-equiv")
        }
    }

    private static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = HTMLText.collapse(text)
        return collapsed.isEmpty ? nil : collapsed
    }

}

