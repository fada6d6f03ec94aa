import HeraldCore

/// The article a page's JSON-LD describes: the first `NewsArticle`, `Article`, `BlogPosting` or
/// kindred object, looked for in arrays, `@graph`, `mainEntity` and a blog's one `blogPost`.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var author: String?
    /// Whether the author given is an organisation (a site or publisher), not a person.
    var authorIsOrganization = false
    var articleBody: String?

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting",
        "SocialMediaPosting", "WebPage", "Blog",
    ]

    init(_ values: [JSONValue]) {
        var candidates: [(rank: Int, object: JSONValue)] = []
        func visit(_ value: JSONValue, depth: Int) {
            guard depth < 6 else { return }
            switch value {
            case let .array(items): items.forEach { visit($0, depth: depth + 1) }
            case .object:
                if let graph = value["@graph"] { visit(graph, depth: depth + 1) }
                let types: [String]
                switch value["@type"] {
                case let .string(type)?: types = [type]
                case let .array(items)?: types = items.compactMap(\.string)
                default: types = []
                }
                if let type = types.first(where: Self.articleTypes.contains) {
                    candidates.append((type == "WebPage" || type == "Blog" ? 1 : 0, value))
                }
                if let main = value["mainEntity"] { visit(main, depth: depth + 1) }
                // A blog's one post ("blogPost": [{"@type": "BlogPosting", …}]); a list of several is an index's.
                switch value["blogPost"] {
                case let .array(posts)? where posts.count == 1: visit(posts[0], depth: depth + 1)
                case let post? where post["@type"] != nil: visit(post, depth: depth + 1)
                default: break
                }
            default: break
            }
        }
        values.forEach { visit($0, depth: 0) }
        guard let article = candidates.min(by: { $0.rank < $1.rank })?.object else { return }
        headline = article["headline"]?.string ?? article["name"]?.string
        datePublished = article["datePublished"]?.string ?? article["dateCreated"]?.string
        dateModified = article["dateModified"]?.string
        articleBody = article["articleBody"]?.string
        author = Self.names(article["author"] ?? article["creator"])
        authorIsOrganization = Self.isOrganization(article["author"] ?? article["creator"])
    }

    /// Whether every author given is typed as an organisation.
    static func isOrganization(_ value: JSONValue?) -> Bool {
        switch value {
        case .object?: return ["Organization", "NewsMediaOrganization", "Corporation"].contains(value?["@type"]?.string ?? "")
        case let .array(items)?: return !items.isEmpty && items.allSatisfy { isOrganization($0) }
        default: return false
        }
    }

    /// A person's or people's names: a string, an object with `name`, or a list of them.
    static func names(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case let .string(name): return name.hasPrefix("http") ? nil : name
        case .object: return value["name"]?.string
        case let .array(items):
            let all = items.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        default: return nil
        }
    }
}
