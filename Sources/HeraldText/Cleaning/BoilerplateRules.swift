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
        "sponsored", "sponsored content", "sponsored links", "paid content", "promoted", "promoted content", "related",
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
        "toggle caption", "hide caption", "show caption", "back to blog", "image", "ad feedback", "adchoices",
        "scroll to continue", "scroll to continue with content", "go to comments", "jump to comments", "newsletter",
        "sign up for our newsletter", "sign up for our newsletters", "subscribe to our newsletter",
        "get our newsletter", "all rights reserved", "related video", "watch video", "video player", "getty images",
        "share it", "pin it", "pin this", "enter your email", "enter your email address", "your email address",
        "email address", "buy now", "shop now", "view deal", "see deal", "getty",
        // Ad labels of other languages' news sites (German, Spanish, Portuguese, French, Italian, Polish and Czech,
        // Danish, Dutch, Norwegian, Swedish, Finnish, Indonesian, Russian, Chinese, Japanese).
        "anzeige", "werbung", "publicidad", "publicidade", "publicité", "pubblicità", "reklama", "reklame", "advertentie",
        "annonse", "annons", "mainos", "iklan", "реклама", "广告", "スポンサードリンク", "スポンサーリンク",
        // Labels of news archives' exports (ProQuest, LexisNexis).
        "abstract", "full text", "correction appended", "letters",
        // Tables of contents, placeholders and calls to action of commercial pages.
        "table of contents", "contents", "in this article", "on this page", "loading paragraph",
        "this field is hidden when viewing the form", "get started", "get started today", "get started now",
        "book a demo", "request a demo", "schedule a demo", "download now", "start now", "start free trial",
        "start your free trial", "try it free", "try for free", "no credit card required", "get a quote",
        "get a free quote", "learn more", "contact us", "contact us today", "talk to an expert",
        "talk to our experts", "schedule your free consultation", "watch next", "read the review",
        // Labels whose date stands elsewhere, and ad labels.
        "published", "published on", "updated", "updated on", "last updated", "last updated on", "posted on",
        "date published", "sponsored ad", "sponsored ads", "paid ad", "advert", "adverts",
        // Widgets' and taxonomies' labels, readers' feedback.
        "text size", "tags", "filed under", "caption", "was this article helpful", "was this page helpful", "was this helpful",
        "was this post helpful", "did you find this article helpful", "did you find the article helpful",
        "did you find this helpful", "is this page useful",
        // Buttons' words left as text.
        "ok, got it", "got it", "hide", "show more", "show less", "see more", "view more", "load more", "read less", "see all",
        "view all", "show all", "tell us what you think",
        // A wire service's name alone: a picture's or the story's credit.
        "reuters", "associated press", "the associated press", "afp", "agence france-presse", "ap", "pti", "ians",
        "xinhua", "dpa", "upi", "efe", "by reuters", "by the associated press", "by associated press", "by afp", "by ap",
    ]

    /// Line prefixes (lowercased) that mark a short line as boilerplate.
    static let prefixes: [String] = [
        "read more:", "read more at", "read more about", "read more »", "read more>", "read also:", "also read:",
        "related:", "see also:", "more:", "watch:", "watch now:", "read:", "click here", "click to ",
        "tap here", "stay connected", "see price at", "check price at", "check price on", "buy now from", "buy now at",
        "sign up for", "sign up to", "sign up now", "subscribe to", "subscribe for",
        "follow us on", "follow us at", "follow @", "share on ", "share via ", "share this on",
        "image copyright", "photo copyright", "this article was originally published", "originally published",
        "get the latest", "download our app", "download the app", "for more news", "to subscribe",
        "like us on facebook", "join us on", "story continues", "article continues", "advertisement -",
        "credit:", "photo credit", "image credit", "image source:", "image courtesy", "photo courtesy", "image by ",
        "photo by ", "photograph by ", "photos by ", "image:", "photo:", "photograph:", "source:",
        "image caption", "media caption", "filed under:", "tags:", "h/t:", "h/t ",
        // Widgets' instructions: Medium's pictures, ratings.
        "press enter or click to view", "click a star", "click on a star",
        // Paywalls and comment links.
        "already have an account", "already a subscriber", "unlock this article", "this article is exclusive to",
        "to continue reading", "subscribe to continue", "create a free account", "comment via:", "twitter: @",
        "we are sorry,this video", "we are sorry, this video",
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
        "no credit card required", "prevent your screen from going dark", "found this article helpful", "found this helpful",
        "vote count:",
    ]

    /// Whether `line` (one trimmed line) is boilerplate.
    public static func isBoilerplate(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isBoilerplate($0) }
    }

    private static let exactBytes: Set<[UInt8]> = Set(exact.map { Array($0.utf8) })
    private static let prefixTable = PhraseTable(prefixes)
    /// Per byte: 1 a letter or digit (or a non-ASCII lead byte), 2 a space, 4 a possible menu or breadcrumb separator.
    private static let byteClasses: [UInt8] = (0..<256).map { value in
        let b = UInt8(value)
        var c: UInt8 = ByteClass.isASCIIAlnum(b) || b >= 0xC0 ? 1 : 0
        if b == 0x20 { c |= 2 }
        if b == UInt8(ascii: "|") || b == UInt8(ascii: ">") || b == 0xE2 || b == 0xC2 { c |= 4 }
        return c
    }
    private static let noticeBytes: [[UInt8]] = notices.map { Array($0.utf8) }

    /// A copyright line, a cookie notice, a wire service's credits in brackets, or the consent a form asks
    /// ("By signing up, you agree to our Terms of Use"; not "By clicking on the link, victims installed malware").
    private static func isNotice(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        if noticeBytes.contains(where: { starts(lowered, $0) }) { return true }
        if lowered[0] == UInt8(ascii: "("), isWireCredit(lowered, words: .max) { return true }
        guard consentBytes.contains(where: { starts(lowered, $0) }) else { return false }
        return consentWords.contains { contains(lowered, $0) }
    }

    private static let consentBytes: [[UInt8]] = [
        "by signing up", "by clicking", "by subscribing", "by submitting", "by registering", "by entering your",
        "by providing your", "by creating an account",
    ].map { Array($0.utf8) }
    private static let consentWords: [[UInt8]] = [" agree", "consent", "terms of", "privacy policy"].map { Array($0.utf8) }
    private static let containedBytes: [[UInt8]] = contained.map { Array($0.utf8) }
    private static let newsletter = Array("newsletter".utf8)
    private static let newsletterCalls: [[UInt8]] = ["sign up", "subscribe", "get our"].map { Array($0.utf8) }

    /// Whether the UTF-8 bytes of one trimmed line are boilerplate.
    public static func isBoilerplate(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = line.count
        guard count > 0 else { return false }
        let first = ByteClass.lower(line[0])
        // Copyright lines and cookie notices may start a long line; nothing else may.
        let noticeCandidate = first == UInt8(ascii: "(") || first == 0xC2 || first == UInt8(ascii: "c")
            || first == UInt8(ascii: "w") || first == UInt8(ascii: "t") || first == UInt8(ascii: "b")
        if count > 240, ByteClass.isASCIIAlnum(first) {
            return noticeCandidate && count <= 600 && lowercased(line) { lowered in isNotice(lowered) }
        }
        // One branch-free pass: any letter, how many words, any menu separator.
        var seen: UInt8 = 0
        var words = 1
        byteClasses.withUnsafeBufferPointer { classes in
            for b in line {
                let c = classes[Int(b)]
                seen |= c
                words &+= Int(c >> 1 & 1)
            }
        }
        if seen & 1 == 0 { return true }  // no letter or digit: "* * *", "---", "•"
        let separators = seen & 4 != 0
        guard count <= 240, words <= 40 else {
            return noticeCandidate && count <= 600 && lowercased(line) { lowered in isNotice(lowered) }
        }
        // A sentence that ends properly with many words is prose, whatever it starts with.
        let prose = words > 12 && (line[count - 1] == UInt8(ascii: ".") || line[count - 1] == UInt8(ascii: "\""))
        // Prose can only be a notice or a call to follow or subscribe: no lowercased copy needed.
        if prose && !noticeCandidate {
            return hasCall(line, words: words, foldingCase: true) || isDisclosure(line)
                || leadTable.begins(line, 0..<count, foldingCase: true)
                || words <= 40 && isFollowCall(line)
        }
        return lowercased(line) { lowered in
            if noticeCandidate, isNotice(lowered) { return true }
            if words <= 40, hasCall(lowered, words: words) || isDisclosure(lowered) || isFollowCall(lowered)
                || leadTable.begins(lowered, 0..<count) {
                return true
            }
            if words <= 40, isWireCredit(lowered, words: words) || isShortcode(lowered) { return true }
            if words <= 30, isCreditedCaption(lowered) || isBracketedCredit(lowered, words: words) || isStyleRule(line, words: words) { return true }
            if words <= 8, isImageCounter(lowered) || isCreditLine(lowered) || isAgencyCredit(lowered, words: words) { return true }
            // (A stamp may give both days: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019".)
            if words <= 14, isDateLine(lowered) { return true }
            if words <= 14, isByline(line, lowered, words: words) { return true }
            if words == 2, isCounter(lowered) { return true }
            if words <= 12, isReadingTime(lowered) { return true }
            if isContactLine(lowered, words: words) || (words == 1 && isLoneAddress(lowered)) { return true }
            if prose || words > 30 { return false }
            if words <= 8 {
                let key = stripped(lowered)
                if exactBytes.contains(key) || (words <= 3 && isHandle(key)) { return true }
                // (Capitals beyond ASCII folded too, for the few short lines that have them: "Реклама".)
                if key.contains(where: { $0 >= 0xC0 }), exactBytes.contains(Array(String(decoding: key, as: UTF8.self).lowercased().utf8)) {
                    return true
                }
            }
            if separators && (isMenu(lowered) || isBreadcrumb(line)) { return true }
            if prefixTable.begins(lowered, 0..<count) { return true }
            guard words <= 16 else { return false }
            for phrase in containedBytes where contains(lowered, phrase) {
                return phrase != newsletter || newsletterCalls.contains { contains(lowered, $0) }
            }
            return false
        }
    }

    static let dateWords: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday", "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst",
        "pdt", "ct", "cst", "cdt", "bst", "cet", "cest", "ist", "updated", "published", "posted", "last", "on",
        "at", "modified", "first", "date", "th", "st", "nd", "rd",
    ]

    /// A line that is only a day or a time stamp: "18 Nov 2019, 19:09", "Updated at 1:23 p.m.".
    static func isDateLine(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var numbers = 0
        var monthOrTime = false
        var time = false
        for word in text.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") }) {
            var token = Array(word)
            while let last = token.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ":") { token.removeLast() }
            if token.isEmpty { continue }
            if token.allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) {
                numbers += 1
                if token.contains(UInt8(ascii: ":")) || token.contains(UInt8(ascii: "/")) { time = true }
                continue
            }
            // "19th", "5pm"
            let digits = token.prefix { $0 &- 0x30 < 10 }
            let rest = String(decoding: token.dropFirst(digits.count), as: UTF8.self)
            guard dateWords.contains(rest) else { return false }
            if !digits.isEmpty { numbers += 1 }
            if rest == "am" || rest == "pm" || rest == "a.m" || rest == "p.m" { time = true }
            if rest.count >= 3 && !["updated", "published", "posted", "last", "modified", "first", "date"].contains(rest) { monthOrTime = true }
        }
        // A day needs two numbers ("5 September 2016"); "May 2016" alone may be a heading.
        return (numbers >= 2 && monthOrTime) || (numbers >= 1 && time)
    }

    /// A reading time, alone or at the end of a byline: "8 min read", "Feb 11, 2019 · 3 min read",
    /// "5-minute read", "Reading time: 4 minutes".
    static func isReadingTime(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if readingTimeLabels.contains(where: { starts(text, $0) }) { return true }
        var end = text.count
        while end > 0, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == 0x20 || text[end - 1] == UInt8(ascii: ")") { end -= 1 }
        let line = UnsafeBufferPointer(rebasing: text[..<end])
        // (Most lines do not end in "read": one comparison, no copies.)
        guard line.count > 6, line[(line.count - 5)...].elementsEqual(" read".utf8) else { return false }
        for suffix in readingTimeSuffixes {
            guard line.count > suffix.count + 1, line[(line.count - suffix.count)...].elementsEqual(suffix) else { continue }
            // A number before the unit, after a space or a hyphen: "3 min read", "5-minute read".
            var i = line.count - suffix.count - 1
            if line[i] == 0x20 || line[i] == UInt8(ascii: "-") { i -= 1 }
            return i >= 0 && line[i] &- 0x30 < 10
        }
        return false
    }

    private static let readingTimeLabels: [[UInt8]] = [
        "reading time:", "read time:", "estimated reading time",
        // Portuguese, Spanish, French, Italian, German and Dutch sites' labels.
        "tempo de leitura:", "tiempo de lectura:", "temps de lecture", "tempo di lettura:", "lesezeit:", "leestijd:",
    ].map { Array($0.utf8) }
    private static let readingTimeSuffixes: [[UInt8]] = ["min read", "mins read", "min. read", "minute read", "minutes read"].map { Array($0.utf8) }

    /// Gallery and page counters: "Image 1 of 5", "Photo 3/12", "Page 1 of 8", "(Image credit: …)".
    static func isImageCounter(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for label in imageLabels where starts(text, label) {
            let rest = text[label.count...]
            if rest.allSatisfy({ $0 &- 0x30 < 10 || $0 == 0x20 || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "o") || $0 == UInt8(ascii: "f") }) {
                return true
            }
        }
        return starts(text, imageCredit) || starts(text, photoCredit)
    }

    private static let imageLabels: [[UInt8]] = ["image ", "photo ", "picture ", "slide ", "page "].map { Array($0.utf8) }
    private static let imageCredit = Array("(image credit".utf8)
    private static let photoCredit = Array("(photo credit".utf8)

    /// Calls `body` with the line lowercased (ASCII letters only) in a temporary buffer.
    private static func lowercased(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: line.count) { buffer in
            for i in 0..<line.count { buffer[i] = ByteClass.lower(line[i]) }
            return body(UnsafeBufferPointer(buffer))
        }
    }

    private static func starts(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard text.count >= prefix.count else { return false }
        for i in 0..<prefix.count where text[i] != prefix[i] { return false }
        return true
    }

    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ phrase: [UInt8]) -> Bool {
        guard text.count >= phrase.count, let head = phrase.first else { return false }
        var i = 0
        while i + phrase.count <= text.count {
            if text[i] == head {
                var k = 1
                while k < phrase.count && text[i + k] == phrase[k] { k += 1 }
                if k == phrase.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Trailing punctuation, arrows and spaces, and leading arrows and bars, removed; inner
    /// spaces collapsed.
    private static func stripped(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var end = text.count
        while end > 0 {
            let b = text[end - 1]
            if b == 0x2E || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x3E || b == 0x20 || b == 0x7C || b == 0x2D || b == 0x2B {
                end -= 1
            } else if end >= 2, text[end - 2] == 0xC2, b == 0xBB {  // »
                end -= 2
            } else if end >= 3, text[end - 3] == 0xE2, (text[end - 2] == 0x80 && (b == 0xBA || b == 0xA6 || b == 0x94)) || (text[end - 2] == 0x86 && b == 0x92) {  // › … — →
                end -= 3
            } else {
                break
            }
        }
        var start = 0
        while start < end {
            let b = text[start]
            if b == 0x3E || b == 0x20 || b == 0x7C { start += 1 } else if start + 1 < end, b == 0xC2, text[start + 1] == 0xBB { start += 2 } else { break }
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var lastSpace = false
        for i in start..<max(start, end) {
            let b = text[i]
            if b == 0x20 || b == 0x09 {
                if !lastSpace { out.append(0x20) }
                lastSpace = true
            } else {
                out.append(b)
                lastSpace = false
            }
        }
        return out
    }

    /// "@handle" alone, or "@handle on Twitter".
    private static func isHandle(_ key: [UInt8]) -> Bool {
        guard key.first == UInt8(ascii: "@") else { return false }
        let parts = key.split(separator: 0x20)
        let handle = parts[0].dropFirst()
        guard !handle.isEmpty, handle.allSatisfy({ ByteClass.isASCIIAlnum($0) || $0 == UInt8(ascii: "_") }) else { return false }
        return parts.count == 1 || (parts.count <= 3 && Array(parts[1]) == Array("on".utf8))
    }

    /// A navigation line: three or more short items separated by "|", "•" or "·".
    private static func isMenu(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var items = 1
        var wordsInItem = 1
        var i = 0
        while i < text.count {
            let b = text[i]
            var separator = 0
            if b == UInt8(ascii: "|") { separator = 1 }
            else if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] == 0xA2 { separator = 3 }  // •
            else if b == 0xC2, i + 1 < text.count, text[i + 1] == 0xB7 { separator = 2 }  // ·
            if separator > 0 {
                items += 1
                wordsInItem = 1
                i += separator
                while i < text.count && text[i] == 0x20 { i += 1 }
                continue
            }
            if b == UInt8(ascii: ".") { return false }
            if b == 0x20, i + 1 < text.count, text[i + 1] != 0x20, text[i + 1] != UInt8(ascii: "|"), text[i + 1] != 0xE2, text[i + 1] != 0xC2 {
                wordsInItem += 1
                if wordsInItem > 3 { return false }
            }
            i += 1
        }
        return items >= 3
    }
}
