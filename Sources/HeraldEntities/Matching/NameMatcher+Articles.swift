extension NameMatcher {
    /// Whether `token` is the Arabic article ("al", "el") in any case, as names write it before another word: a test of
    /// its bytes, run for every word of every name at start-up.
    static func isArabicArticle(_ token: String) -> Bool {
        var bytes = token.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), bytes.next() == nil else { return false }
        return (first | 0x20 == UInt8(ascii: "a") || first | 0x20 == UInt8(ascii: "e")) && second | 0x20 == UInt8(ascii: "l")
    }

    /// A name's other spelling with the Arabic article: joined by a hyphen where the name has a space ("Jabhat Al Nusra",
    /// written "Jabhat al-Nusra") and by a space where it has a hyphen ("al-Qaeda", written "Al Qaeda"), the article in
    /// either case; with its tokens' case requirements. Nil for a name without the article before a capitalised word.
    static func otherArticleSpelling(_ tokens: [String], casing: [UInt8]) -> ([String], [UInt8])? {
        guard tokens.contains(where: isArabicArticle) else { return nil }
        var form: [String] = [], formCasing: [UInt8] = []
        var changed = false
        var k = 0
        while k < tokens.count {
            let isArticle = isArabicArticle(tokens[k])
            let hyphen = isArticle && k + 2 < tokens.count && tokens[k + 1] == "-"
            let word = hyphen ? k + 2 : k + 1
            guard isArticle, word < tokens.count, word < casing.count, casing[word] == 1 || casing[word] == 2 else {
                form.append(tokens[k])
                formCasing.append(k < casing.count ? casing[k] : 0)
                k += 1
                continue
            }
            form.append(tokens[k])
            formCasing.append(0)
            if !hyphen {
                form.append("-")
                formCasing.append(0)
            }
            changed = true
            k = word
        }
        return changed ? (form, formCasing) : nil
    }
}
