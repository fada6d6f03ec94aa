/// Short lines that credit or count rather than tell: bylines, editors, wire credits, pictures' credits,
/// publication stamps and readers' reactions, and the lines of a style sheet that leaked into the text (see
/// ``BoilerplateRules/isBoilerplate(_:)-(UnsafeBufferPointer<UInt8>)``). The article's author and date are
/// metadata; in its body they are furniture.
extension BoilerplateRules {
    /// Whether a line of up to eight words is a credit: "Written by Jane Roe", "Edited by", "Reviewed by,",
    /// "Contributing Writer", "Updated: Jan 31", "Published 10:19am 19 December 2025". A line that begins
    /// alike but says more ("Published by Helvetiq", "Written Communication") is none. `lowered` is the line
    /// in lower case.
    static func isCreditLine(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        for prefix in creditPrefixes where startsWord(lowered, prefix) { return true }
        for stamp in stampWords where startsWord(lowered, stamp) && isStamp(lowered[stamp.count...]) { return true }
        return false
    }

    /// Whether a line is a byline: "by" and names, each of two words or more in capitals, joined by commas and
    /// "and", not a sentence: "By Jane Roe", "by | Apr 21, 2025", "By LISA MASCARO, MARY CLARE JALONICK and ERIC
    /// TUCKER" ("By Functionality" heads a list; "By Monday, the river had risen." is a sentence).
    static func isByline(_ line: UnsafeBufferPointer<UInt8>, _ lowered: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words >= 3, line.count > 3, lowered[0] == UInt8(ascii: "b"), lowered[1] == UInt8(ascii: "y"), line[2] == 0x20,
              line[line.count - 1] != UInt8(ascii: ".") else { return false }
        if line[3] == UInt8(ascii: "|") { return true }
        var names = 0
        for word in line[3...].split(separator: 0x20) {
            if word.elementsEqual("and".utf8) || word.elementsEqual("&".utf8) { continue }
            // (The names, then a separator and a date: "By Haley Hoekstra • March 12, 2025".)
            if names > 0, Self.bylineSeparators.contains(where: { word.elementsEqual($0) }) {
                return isStamp(lowered[(word.endIndex - line.startIndex)...])
            }
            guard let first = word.first, first &- 0x41 < 26 else { return false }
            names += 1
        }
        return true
    }

    /// Whether a line is a wire service's credits: in brackets and closing them, "(Reporting by Jane Roe;
    /// Editing by Sam Poe)"; without, with a semicolon or in eight words or fewer ("Additional reporting by
    /// Linh Tat."). "Reporting by the paper showed that …" is none, nor a credit that runs on into the next
    /// paragraph. `lowered` is the line in lower case.
    static func isWireCredit(_ lowered: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        var start = 0
        while start < lowered.count, lowered[start] == UInt8(ascii: "(") || lowered[start] == UInt8(ascii: "-") { start += 1 }
        let rest = lowered[start...]
        guard wireCreditOpenings.contains(where: { rest.starts(with: $0) }) else { return false }
        if lowered[0] == UInt8(ascii: "(") {
            var end = lowered.count
            while end > 0, lowered[end - 1] == UInt8(ascii: ".") || lowered[end - 1] == 0x20 { end -= 1 }
            return end > 0 && lowered[end - 1] == UInt8(ascii: ")")
        }
        return words <= 8 || rest.contains(UInt8(ascii: ";"))
    }

    private static let wireCreditOpenings: [[UInt8]] = [
        "reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "reported by",
    ].map { Array($0.utf8) }

    /// Whether a short line is a style sheet's, leaked into the text: a class's or an id's selector that opens a
    /// block (".image-wrap img {", "@media screen and (max-width: 600px) {"; not code's ".then(function() {") or a
    /// declaration of a property styles have ("padding-top:20px;", "-webkit-border-radius: 50px;"; not "default: break;").
    static func isStyleRule(_ line: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= 6, let first = line.first, let last = line.last else { return false }
        if last == UInt8(ascii: "{") {
            return line.starts(with: "@media".utf8)
                || (first == UInt8(ascii: ".") || first == UInt8(ascii: "#")) && !line.contains(UInt8(ascii: "("))
        }
        guard last == UInt8(ascii: ";"), let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              line[..<colon].allSatisfy({ $0 &- 0x61 < 26 || $0 == UInt8(ascii: "-") }) else { return false }
        return styleProperties.contains { line.starts(with: $0) }
    }

    /// Beginnings of the properties style sheets set most.
    private static let styleProperties: [[UInt8]] = [
        "width", "height", "max-", "min-", "margin", "padding", "border", "float", "display", "position", "color",
        "background", "font", "text-", "line-height", "letter-spacing", "vertical-align", "top", "left", "right",
        "bottom", "z-index", "overflow", "opacity", "-webkit-", "-moz-", "-ms-", "box-", "transition", "transform",
        "cursor", "clear", "visibility", "white-space",
    ].map { Array($0.utf8) }

    /// Whether a short line is a picture's credit in brackets: "(Reed Saxon / Associated Press)", "(AP Photo/Evan Vucci)".
    static func isBracketedCredit(_ lowered: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        words <= 8 && lowered.first == UInt8(ascii: "(") && lowered.last == UInt8(ascii: ")") && lowered.contains(UInt8(ascii: "/"))
    }

    /// Whether a line is a picture's caption that ends in its credit: "Protesters wore masks (Image: GETTY )".
    static func isCreditedCaption(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = lowered.count
        while end > 0, lowered[end - 1] == 0x20 { end -= 1 }
        guard end > 0, lowered[end - 1] == UInt8(ascii: ")"), let open = lowered[..<end].lastIndex(of: UInt8(ascii: "(")) else { return false }
        return captionCredits.contains { lowered[(open + 1)...].starts(with: $0) }
    }

    private static let captionCredits: [[UInt8]] = ["image:", "photo:", "picture:", "pictured:", "credit:", "photograph:"].map { Array($0.utf8) }

    /// Whether a line is a blog engine's shortcode left in the text: "[button link="…"]Send us your review[/button]",
    /// "[caption id="a1"]…[/caption]". `lowered` is the line in lower case.
    static func isShortcode(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lowered.count > 4, lowered[0] == UInt8(ascii: "["), lowered[1] &- 0x61 < 26,
              let close = lowered.firstIndex(of: UInt8(ascii: "]")) else { return false }
        let name = lowered[1..<close].prefix { $0 &- 0x61 < 26 || $0 == UInt8(ascii: "_") }
        var end = lowered.count
        while end > 0, lowered[end - 1] == 0x20 || lowered[end - 1] == UInt8(ascii: ".") { end -= 1 }
        let closing = Array("[/".utf8) + Array(name) + [UInt8(ascii: "]")]
        return end >= closing.count && lowered[(end - closing.count)..<end].elementsEqual(closing)
    }

    /// Whether a line of up to six words credits a picture agency: "Bloomberg via Getty Images.", "Getty/Instagram.",
    /// "AFP/Getty Images". `lowered` is the line in lower case.
    static func isAgencyCredit(_ lowered: UnsafeBufferPointer<UInt8>, words: Int) -> Bool {
        guard words <= 6 else { return false }
        var end = lowered.count
        while end > 0, lowered[end - 1] == UInt8(ascii: ".") || lowered[end - 1] == 0x20 { end -= 1 }
        let line = lowered[..<end]
        return line.starts(with: "getty/".utf8) || line.reversed().starts(with: "getty images".utf8.reversed())
    }

    /// Marks that part a byline's names from its date.
    private static let bylineSeparators: [[UInt8]] = ["•", "|", "·", "—", "–", "-"].map { Array($0.utf8) }

    /// Beginnings of lines that credit the article's people.
    private static let creditPrefixes: [[UInt8]] = [
        "written by", "edited by", "reviewed by", "fact checked by", "fact-checked by", "medically reviewed by",
        "contributing writer", "contributing editor", "contributor", "translated by",
    ].map { Array($0.utf8) }

    /// Words that stamp the article's dates.
    private static let stampWords: [[UInt8]] = ["last updated", "updated", "published", "posted"].map { Array($0.utf8) }

    /// Whether what follows a stamp's word is nothing or a day and a time: "", ": Jan 31", " on 2025-12-19",
    /// " 10:19am 19 December 2025", and then perhaps who posted it: " on October 27, 2015 by Admin" (not " figures
    /// show the economy grew 2 percent.").
    private static func isStamp(_ rest: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var digits = false
        let tokens = rest.split(whereSeparator: { [0x20, 0x2C, 0x2D, 0x2F, 0x3A, 0x7C, 0x2E].contains($0) })
        for (index, token) in tokens.enumerated() {
            if digits, token.elementsEqual("by".utf8) { return tokens.count - index - 1 <= 3 }
            let number = token.prefix { $0 &- 0x30 < 10 }
            if !number.isEmpty { digits = true }
            let word = token.dropFirst(number.count)
            guard word.isEmpty || dateWords.contains(String(decoding: word, as: UTF8.self)) else { return false }
        }
        return digits || rest.isEmpty
    }

    /// Whether `text` begins with `prefix` as whole words: the end, a space, a colon or a comma after it.
    private static func startsWord(_ text: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard text.count >= prefix.count, text.prefix(prefix.count).elementsEqual(prefix) else { return false }
        guard text.count > prefix.count else { return true }
        let next = text[prefix.count]
        return next == 0x20 || next == UInt8(ascii: ":") || next == UInt8(ascii: ",")
    }

    /// A count of readers' reactions: "12 comments", "1 reply", "3.4K shares", "950 views".
    static func isCounter(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let space = lowered.firstIndex(of: 0x20), space > 0, lowered[0] &- 0x30 < 10,
              lowered[..<space].allSatisfy({ $0 &- 0x30 < 10 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "k") })
        else { return false }
        return counterNouns.contains(String(decoding: lowered[(space + 1)...], as: UTF8.self))
    }

    private static let counterNouns: Set<String> = ["comment", "comments", "reply", "replies", "share", "shares", "view", "views", "likes"]
}
