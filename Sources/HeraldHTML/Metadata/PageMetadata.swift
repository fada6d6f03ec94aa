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

    /// The address a heading links to when its text is all one link: a site's banner
    /// ("<h1><a href="/">Filmmaker</a></h1>"), another article's teaser, or the article's own address.
    static func wholeLink(_ document: HTMLDocument, _ heading: Int, text: String) -> Substring? {
        var stack = [heading]
        while let current = stack.popLast() {
            for child in document.children(current) where !document.nodes[child].isText {
                if document.nodes[child].tag == .a {
                    guard document.textContent(child) == text, let href = document.attribute(child, "href") else { return nil }
                    return Substring(href)
                }
                stack.append(child)
            }
        }
        return nil
    }

    /// The path of an address, absolute or relative to the site: "/a/b" of "https://x.org/a/b?c".
    static func path(_ address: Substring) -> Substring {
        var path = address
        if let scheme = path.range(of: "://") {
            path = path[scheme.upperBound...]
            path = path.firstIndex(of: "/").map { path[$0...] } ?? "/"
        }
        return path.prefix { $0 != "?" && $0 != "#" }
    }

    /// Whether an address is a site's home page or a section's ("/", "/blog/"): a banner's link.
    static func isHomeOrSection(_ href: Substring) -> Bool {
        let path = path(href)
        return path.hasPrefix("/") && path.split(separator: "/").count <= 1 && !href.contains("?")
    }

    /// Whether `href` is the page at `address` itself.
    static func isSamePage(_ href: Substring, as address: String?) -> Bool {
        guard let address else { return false }
        func trimmed(_ path: Substring) -> Substring { path.last == "/" ? path.dropLast() : path }
        return trimmed(path(href)) == trimmed(path(Substring(address)))
    }

    private static let bylineClassWords: ASCIIWords = ["byline", "author"]
    /// Class words of comments, whose authors are not the article's ("comment-author").
    private static let commentClassWords: ASCIIWords = ["comment"]

    private static let jsonLDType: ASCIIWords = ["ld+json"]
    private static let dateClassWords: ASCIIWords = ["date", "publish", "posted", "time"]

    /// The page's headline: of its `<h1>` headings, the one closest to a name the page's metadata and
    /// `<title>` give it (word F1 over the words that tell a subject, not "the", "of", "your").
    /// A heading that shares almost no words with every name the metadata gives is the site's
    /// banner or a section's name ("Antoyo's Blog", "Contact Us"), and the metadata's name stands.
    /// `reference` are the names as the page gives them, site names and all, for comparing words.
    static func headline(_ headings: [String], named: [String], reference full: [String]) -> String? {
        guard !named.isEmpty else { return headings.first }
        func allWords(_ s: String) -> Set<String> { Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
        func words(_ s: String) -> Set<String> {
            let all = allWords(s), content = all.subtracting(functionWords)
            return content.isEmpty ? all : content
        }
        let reference = full.reduce(into: Set<String>()) { $0.formUnion(allWords($1)) }
        func share(_ heading: String) -> Double {
            let w = allWords(heading)
            return Double(w.intersection(reference).count) / Double(max(1, w.count))
        }
        let names = (named + full).map(words)
        func closeness(_ heading: String) -> Double {
            let w = words(heading)
            return names.map { name in
                let common = Double(w.intersection(name).count)
                return common == 0 ? 0 : 2 * common / Double(w.count + name.count)
            }.max() ?? 0
        }
        guard let best = headings.map({ ($0, closeness($0)) }).max(by: { $0.1 < $1.1 })?.0 else { return nil }
        // A heading of a word or two from a name four times as long names a part of the page ("Discord" of
        // "How we pwned X, Vercel, Cursor, Discord and hundreds of companies").
        if let name = named.first, allWords(best).count <= 2, allWords(name).count >= 4 * allWords(best).count { return name }
        // (A heading whose words the names hold, but few of any one name's subject: "M&A Updates" of
        // "Cybersecurity Sector Update–Fall 2025", with "M&A" in another name's long description.)
        return share(best) < 0.3 || closeness(best) < 0.2 ? named.first : best
    }

    /// Words that tell nothing of a headline's subject, left out when headings are compared with names.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "is", "are",
        "your", "our", "my", "you", "we", "it", "its", "this", "that", "how", "what", "why", "s",
    ]

    /// On a page without an `<h1>`, the text that is its headline, set in a paragraph or a `<div>`.
    static func headlineNode(_ document: HTMLDocument, title: String?) -> Int? {
        guard let title, title.count >= 12 else { return nil }
        return document.nodes.indices.first { i in
            document.nodes[i].isText && document.nodes[i].end - document.nodes[i].start < 400 && HTMLText.collapse(document.text(i)) == title
        }
    }

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

    /// A headline less what bars set after it, a section's or a site's name or keywords ("How meditation rewires
    /// brains | Opinion", "12 Data Analysis Tools for 2026 | Python, SQL & AI"): parts at most half as long as
    /// the headline of four words or more before them (not "Milan Design Week 2018 | Michael Anastassiades'
    /// light installation for FLOS").
    static func beforeBar(_ title: String) -> String {
        let parts = title.byteComponents(separatedBy: " | ")
        guard parts.count >= 2 else { return title }
        let head = parts[0].split(separator: " ").count
        guard head >= 4, parts.dropFirst().allSatisfy({ $0.split(separator: " ").count * 2 <= head }) else { return title }
        return parts[0]
    }

    /// A headline less the site's address before it, as a blog's title may begin ("davidbau.com Vibe Coding").
    static func withoutHost(_ title: String, address: String?) -> String {
        guard let address, let scheme = address.range(of: "://") else { return title }
        var host = address[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        guard host.contains("."), title.count > host.count + 1, title.lowercased().hasPrefix(host.lowercased() + " ") else { return title }
        let rest = title.dropFirst(host.count + 1).drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "|" }
        return rest.split(separator: " ").count >= 2 ? String(rest) : title
    }

    /// "Headline | Site", "Headline - Site" and "Site: Headline" less the site's part.
    static func stripSiteName(_ title: String, site: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " • "] {
            let parts = title.byteComponents(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            if let site, let index = parts.firstIndex(where: { HTMLText.trimmingSpaces($0).caseInsensitiveCompare(site) == .orderedSame }) {
                var rest = parts
                rest.remove(at: index)
                // "Headline | Headline | Site" repeats itself.
                var seen = Set<String>()
                return rest.filter { seen.insert(HTMLText.trimmingSpaces($0).lowercased()).inserted }.joined(separator: separator)
            }
            // Keep the longest part: the headline, not the site's name.
            return parts.max { $0.count < $1.count } ?? title
        }
        return title
    }
}

