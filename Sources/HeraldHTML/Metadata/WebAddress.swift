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

    /// Whether a link goes to a page of the site: an address on the site ("/cars/new-mirage") or on its host.
    static func isSameSite(_ href: String, host: Substring?) -> Bool {
        if href.hasPrefix("/") && !href.hasPrefix("//") { return true }
        guard let host, let target = Self.host(href) else { return false }
        return target == host
    }
}
