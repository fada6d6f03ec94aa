/// The parts of a web address that reading a page needs: its host and its path.
enum WebAddress {
    /// The host of an absolute address ("https://…" or "//…"), without "www.": "x.org" of "https://www.x.org/a".
    static func host(_ address: some StringProtocol) -> Substring? {
        let address = Substring(address)
        guard let slashes = address.range(of: "//"),
              address[..<slashes.lowerBound].allSatisfy({ $0.isLetter || $0 == ":" || $0 == "+" || $0 == "-" || $0 == "." })
        else { return nil }
        let host = address[slashes.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.hasPrefix("www.") ? host.dropFirst(4) : host
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

    /// Whether a link goes to a page of the site: an address on the site ("/cars/new-mirage"), or on a host of the
    /// same name (bbc.co.uk's for bbc.com, markets.businessinsider.com's for businessinsider.de).
    static func isSameSite(_ href: String, host: Substring?) -> Bool {
        if href.hasPrefix("/") && !href.hasPrefix("//") { return true }
        guard let host, let target = Self.host(href) else { return false }
        return target == host || siteName(target).caseInsensitiveCompare(siteName(host)) == .orderedSame
    }

    /// The name a host registers, without its subdomains and its public suffix: "bbc" of "news.bbc.co.uk" and of
    /// "bbc.com". (A suffix of two labels is one of the kinds under a country's code: "co.uk", "com.au", "ac.jp".)
    static func siteName(_ host: Substring) -> Substring {
        var labels = host.split(separator: ".")
        guard let suffix = labels.popLast(), !labels.isEmpty else { return host }
        if labels.count >= 2, suffix.count == 2, Self.secondLevels.contains(String(labels[labels.count - 1])) { labels.removeLast() }
        return labels[labels.count - 1]
    }

    /// The kinds of name a country's registry sets under its code ("co" of "co.uk").
    private static let secondLevels: Set<String> = [
        "co", "com", "org", "net", "ac", "edu", "gov", "gob", "gouv", "govt", "mil", "or", "ne", "go", "nic", "ltd", "plc", "sch",
    ]
}
