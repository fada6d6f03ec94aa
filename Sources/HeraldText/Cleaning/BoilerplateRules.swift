/// Line-level rules for the boilerplate that scraped news text carries: share buttons, ad
/// labels, "Read more" links, copyright lines, newsletter prompts, cookie notices, menus and lone
/// social handles. Conservative: a line that reads as prose is never boilerplate.
public enum BoilerplateRules {
    /// Whole lines (compared lowercased, without trailing punctuation and arrows).
    static let exact: Set<String> = [
        "share", "shares", "share this", "share this article", "share this story", "share this post",
        "share article", "share story", "share on facebook", "share on twitter", "share on linkedin",
        "share on whatsapp", "share on reddit", "share on pinterest", "share via email", "share via e-mail",
        "share by email", "tweet", "tweet this", "email", "e-mail", "email this", "email this article",
        "print", "print this", "print this article", "print this page", "comments", "comment", "view comments",
        "show comments", "leave a comment", "advertisement", "advertisements", "advertising", "ad", "ads",
        "sponsored", "sponsored content", "paid content", "promoted", "promoted content", "related",
        "related articles", "related stories", "related content", "related coverage", "related news",
        "related topics", "read more", "read next", "more", "more on this story", "more stories",
        "continue reading", "continue reading the main story", "advertisement continue reading the main story",
        "story continues below", "story continues below advertisement", "article continues below",
        "article continues below advertisement", "skip to content", "skip to main content", "skip to navigation",
        "skip advertisement", "skip ad", "follow us", "follow", "subscribe", "subscribe now", "sign up",
        "sign in", "log in", "login", "register", "menu", "search", "close", "back to top", "top",
        "next article", "previous article", "next story", "previous story", "trending", "trending now",
        "most read", "most popular", "most viewed", "you may also like", "you might also like",
        "recommended", "recommended for you", "loading", "accept", "accept all", "accept cookies",
        "reject all", "manage cookies", "cookie settings", "toggle navigation", "facebook", "twitter",
        "instagram", "linkedin", "whatsapp", "pinterest", "reddit", "youtube", "copy link", "link copied",
        "copied", "save", "bookmark", "save article", "listen", "listen to this article", "watch",
        "play video", "video", "gallery", "view gallery", "open gallery", "enlarge", "enlarge this image",
        "toggle caption", "hide caption", "image", "ad feedback", "adchoices", "scroll to continue",
        "scroll to continue with content", "go to comments", "jump to comments", "newsletter",
        "sign up for our newsletter", "sign up for our newsletters", "subscribe to our newsletter",
        "get our newsletter", "all rights reserved", "related video", "watch video", "video player",
    ]

    /// Line prefixes (lowercased) that mark a short line as boilerplate.
    static let prefixes: [String] = [
        "read more:", "read more at", "read more about", "read more »", "read more>", "read also:", "also read:",
        "related:", "see also:", "more:", "watch:", "watch now:", "read:", "click here", "click to ",
        "tap here", "sign up for", "sign up to", "sign up now", "subscribe to", "subscribe for",
        "follow us on", "follow us at", "follow @", "follow the ", "share on ", "share via ", "share this on",
        "image copyright", "photo copyright", "this article was originally published", "originally published",
        "get the latest", "download our app", "download the app", "for more news", "to subscribe",
        "like us on facebook", "join us on", "story continues", "article continues", "advertisement -",
    ]

    /// Line prefixes that mark a line as boilerplate even when it reads like a sentence:
    /// copyright lines and cookie notices.
    static let notices: [String] = [
        "©", "(c) ", "copyright ©", "copyright (c)", "copyright 1", "copyright 2", "we use cookies",
        "this site uses cookies", "this website uses cookies", "by continuing to use", "by using this site",
    ]

    /// Phrases that make a short line boilerplate wherever they stand in it.
    static let contained: [String] = [
        "all rights reserved", "newsletter", "cookie policy", "privacy policy", "terms of use", "terms of service",
    ]

    /// Whether `line` (one trimmed line) is boilerplate.
    public static func isBoilerplate(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isBoilerplate($0) }
    }

    /// Whether the UTF-8 bytes of one trimmed line are boilerplate.
    public static func isBoilerplate(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = line.count
        guard count > 0 else { return false }
        // Lines with no letters or digits ("* * *", "---", "•").
        var letters = 0
        var words = 1
        for b in line {
            if ByteClass.isASCIIAlnum(b) || b >= 0xC0 { letters += 1 }
            if b == 0x20 { words += 1 }
        }
        if letters == 0 { return true }
        guard count <= 240, words <= 30 else { return false }
        let lowered = String(decoding: line.map(ByteClass.lower), as: UTF8.self)
        let stripped = strip(lowered)
        if exact.contains(stripped) { return true }
        if isHandle(stripped) { return true }
        if isMenu(lowered) { return true }
        // Longer lines that read as prose: a sentence that ends properly with many words.
        let prose = words > 12 && (line.last == UInt8(ascii: ".") || line.last == UInt8(ascii: "\""))
        if notices.contains(where: lowered.hasPrefix) { return true }
        if prefixes.contains(where: lowered.hasPrefix) { return !prose }
        if words <= 16 {
            for phrase in contained where lowered.contains(phrase) {
                if phrase == "newsletter" {
                    return lowered.contains("sign up") || lowered.contains("subscribe") || lowered.contains("get our")
                }
                return true
            }
        }
        return false
    }

    /// The line without trailing punctuation, arrows and spaces, inner spaces collapsed.
    private static func strip(_ line: String) -> String {
        var scalars = Substring(line).unicodeScalars
        let trailing: Set<Unicode.Scalar> = [".", ":", "!", "»", "›", ">", "→", " ", "|", "…", "-", "—", "+"]
        while let last = scalars.last, trailing.contains(last) { scalars.removeLast() }
        while let first = scalars.first, first == "»" || first == "›" || first == ">" || first == " " || first == "|" {
            scalars.removeFirst()
        }
        return String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// "@handle" alone, or "@handle on Twitter".
    private static func isHandle(_ line: String) -> Bool {
        guard line.hasPrefix("@") else { return false }
        let parts = line.split(separator: " ")
        let handle = parts[0].dropFirst()
        guard !handle.isEmpty, handle.utf8.allSatisfy({ ByteClass.isASCIIAlnum($0) || $0 == UInt8(ascii: "_") }) else { return false }
        return parts.count == 1 || (parts.count <= 3 && parts[1] == "on")
    }

    /// A navigation line: three or more short items separated by "|", "•" or "·".
    private static func isMenu(_ line: String) -> Bool {
        let items = line.split(whereSeparator: { $0 == "|" || $0 == "•" || $0 == "·" })
        guard items.count >= 3 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return words.count <= 3 && !item.contains(".")
        }
    }
}
