import HeraldCore

/// Arabic names written in Latin letters, which news and the knowledge base's sources spell apart: "Mohammed bin
/// Rashid Al Maktoum" and "Muhammad Bin Rashid Al Maktum", "Khalifa bin Zayed Al Nahyan" and "Khalifa bin Zayid
/// Al-Nuhayyan" are one name each.
extension NameMatcher {
    /// Particles of Arabic names: a father's ("bin", "ibn", "bint"), the article ("al", "el"), "abu", "abd".
    static let arabicParticles: WordSet = ["bin", "ibn", "bint", "al", "el", "abu", "abd"]
    /// The particles that name a father: the name's next word is his.
    static let fathersParticles: WordSet = ["bin", "ibn", "bint"]
    /// The article, which the skeleton reads as "l" and which opens a family's name after the father's.
    static let articles: WordSet = ["al", "el"]

    /// The keys under which a person's Arabic name is found whatever its spelling (see ``skeleton(_:)``): of a name of
    /// three words or more with a particle among words with capitals; with a father's name followed by the family's
    /// ("Muhammad Bin Zayid Al-Nuhayyan"), also of the name without the family's ("Muhammad Bin Zayid"). None for
    /// other names.
    static func transliterationKeys<S: StringProtocol>(_ tokens: [S]) -> [String] {
        // (Most names have no particle: a test of their short words first.)
        guard tokens.count >= 3, tokens.contains(where: { $0.utf8.count <= 4 && arabicParticles.contains(EntityResolution.lowercase(String($0))) })
        else { return [] }
        let words = tokens.filter { $0 != "-" }
        let lower = words.map { $0.lowercased() }
        let particles = lower.indices.filter { arabicParticles.contains(lower[$0]) }
        guard words.count >= 3, !particles.isEmpty, words.count - particles.count >= 2,
              words.indices.allSatisfy({ particles.contains($0) || words[$0].first?.isUppercase == true }) else { return [] }
        var keys = [skeleton(words)]
        if let father = lower.firstIndex(where: fathersParticles.contains), father > 0, father + 2 < words.count,
           articles.contains(lower[father + 2]) {
            keys.append(skeleton(words[...(father + 1)]))
        }
        return keys
    }

    /// A name's letters in ASCII, lower case, as spellings of one Arabic name agree on them: each word's first letter,
    /// then its consonants without vowels ("y" too), each run of one once, and "q" read as "k" ("Maktoum" and "Maktum",
    /// "Zayed" and "Zayid", "Nahyan" and "Nuhayyan"); the article ("al", "el") as "l". (A vowel that begins a word
    /// stays: "Ashry" is not "Sharaa", nor "Erian" "Ouran".)
    static func skeleton<C: Collection>(_ words: C) -> String where C.Element: StringProtocol {
        var bytes: [UInt8] = []
        for word in words {
            let article = articles.contains(EntityResolution.lowercase(String(word)))
            for (offset, var byte) in word.utf8.enumerated() {
                if byte &- 0x41 < 26 { byte |= 0x20 }
                guard byte &- 0x61 < 26, offset == 0 && !article || !"aeiouy".utf8.contains(byte) else { continue }
                if byte == UInt8(ascii: "q") { byte = UInt8(ascii: "k") }
                if bytes.last != byte || offset == 0 { bytes.append(byte) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The people of the knowledge base whose Arabic names have the keys `words` have (see ``transliterationKeys(_:)``):
    /// those of the first key that any has.
    func peopleTransliterated<S: StringProtocol>(_ words: [S]) -> [Int] {
        for key in Self.transliterationKeys(words) {
            if let people = transliterations[key] { return Array(Set(people.map(Int.init))).sorted() }
        }
        return []
    }
}
