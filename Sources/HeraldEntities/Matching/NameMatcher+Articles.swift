extension NameMatcher {
    /// The Arabic article's words, as names write them before another word.
    static let arabicArticles: Set<String> = ["al", "el"]

    /// A name's other spelling with the Arabic article: joined by a hyphen where the name has a space ("Jabhat Al Nusra",
    /// written "Jabhat al-Nusra") and by a space where it has a hyphen ("al-Qaeda", written "Al Qaeda"), the article in
    /// either case; with its tokens' case requirements. Nil for a name without the article before a capitalised word.
    static func otherArticleSpelling(_ tokens: [String], casing: [UInt8]) -> ([String], [UInt8])? {
        var form: [String] = [], formCasing: [UInt8] = []
        var changed = false
        var k = 0
        while k < tokens.count {
            let isArticle = arabicArticles.contains(tokens[k].lowercased())
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
