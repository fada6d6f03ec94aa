import HeraldCore
import HeraldText
import Testing
@testable import HeraldEntities

@Suite struct NameMatcherTests {
    @Test func accentedWordsMatchNamesWrittenWithout() throws {
        // The knowledge base writes these names without accents (the Factbook); a word with accents is
        // looked up as written, then without them.
        let document = try recognition.run(Document(
            text: "François Hollande met Enrique Peña Nieto in Mexico. Later Pena Nieto flew to Bogotá.", publishedAt: "2016-09-05"))
        let names = Set(document.entities.map(\.name))
        #expect(names.contains("Francois Hollande"))
        let pena = try #require(document.entities.first { $0.name == "Enrique Pena Nieto" })
        #expect(pena.mentions.count == 2)
        #expect(document.entities.contains { $0.country == "COL" && $0.kind == .geopolitical })
    }

    @Test func plainWordsDoNotMatchAccentedNames() throws {
        // GeoNames has Glória (Brazil); the English name Gloria is not it.
        let document = try recognition.run(Document(text: "Gloria Steinem spoke. Then Gloria left.", publishedAt: "2016-09-05"))
        #expect(!document.entities.contains { $0.kind == .geopolitical })
    }

    @Test func theTypographersApostropheReadsAsTheTypewritersUnlessTrainingAsksNot() throws {
        let document = try Pipeline.textComponents.reduce(into: Document(text: "Martin O’Malley spoke.")) { doc, component in try component.process(&doc) }
        let folding = NameMatcher(.standard).matches(in: document)
        #expect(folding.contains { $0.tokens.count >= 2 }, "Martin O’Malley is the knowledge base's Martin O'Malley")
        // The tagger's weights were trained on the gazetteer read as written.
        #expect(!NameMatcher(.standard, foldsApostrophes: false).matches(in: document).contains { $0.tokens.count >= 2 })
    }

    @Test func aNameOpeningWithTheYieldsToALongerOneFromItsNextWord() throws {
        // "The UN" is a name of the United Nations; "UN General Assembly" one of the Assembly.
        let found = try recognize("The UN General Assembly met in emergency session. The UN said so.", date: "2022-03-02")
        #expect(found.map(\.name) == ["UN General Assembly", "United Nations"], "\(found.map(\.name))")
    }

    @Test func russianGivenNamesInTheirOtherRomanisations() throws {
        // The knowledge base writes "Aleksandr Lukashenko" and "Dmitry Peskov"; the news also "Alexander" and "Dmitri".
        let found = try recognize("Alexander Lukashenko met Dmitri Peskov.", date: "2022-03-02")
        #expect(Set(found.map(\.name)) == ["Aleksandr Lukashenko", "Dmitry Peskov"], "\(found.map(\.name))")
    }

    @Test func theArabicArticleMatchesWithAHyphenOrASpace() throws {
        // The knowledge base (Phoenix) writes "Jabhat Al Nusra" and "al-Qaeda"; the press writes either.
        let document = try recognition.run(Document(text: "Fighters of Jabhat al-Nusra, which pledged allegiance to Al Qaeda, held the town.",
                                                    publishedAt: "2013-05-14"))
        func mentions(_ actor: String) -> [String] {
            document.entities.filter { $0.actor == actor }.flatMap(\.mentions).map { document.string($0.start..<$0.end) }
        }
        #expect(mentions("SYRREBMUS") == ["Jabhat al-Nusra"])
        #expect(mentions("IMGREB") == ["Al Qaeda"])
        #expect(!document.entities.contains { $0.name == "Qaeda" })
    }

    @Test func theArticlesOtherSpellingIsNotReadInsideALongerName() throws {
        // "Al-Thawra" is another name of the Syrian town of Al-Tabqa; "Maghawir al Thawra" is a rebel group.
        let found = try recognize("US troops trained the Maghawir al Thawra fighters near the border.", date: "2017-06-10")
        #expect(!found.contains { $0.kind == .geopolitical && $0.country == "SYR" })
    }

    /// Spellings of one Arabic name share a key; names that differ in a word's first letter or consonants do not.
    @Test func arabicNamesSpeltOtherwiseShareAKey() {
        func keys(_ name: String) -> [String] { NameMatcher.transliterationKeys(name.split(separator: " ")) }
        #expect(keys("Mohammed bin Rashid Al Maktoum").count == 2)
        #expect(keys("Mohammed bin Rashid Al Maktoum") == keys("Muhammad Bin Rashid Al Maktum"))
        #expect(keys("Khalifa bin Zayed Al Nahyan").first == keys("Khalifa bin Zayid Al - Nuhayyan").first)
        // Without the family's name after the father's.
        #expect(keys("Mohammed bin Zayed").first == keys("Muhammad Bin Zayid Al - Nuhayyan").last)
        #expect(keys("Ahmed al Ashry") != keys("Ahmed al - Sharaa") && keys("Mohamed El - Erian") != keys("Muhammad Al Ouran"))
        // Names of two words, or without a particle, have none.
        #expect(keys("Mohammed Salah").isEmpty && keys("Abu Bakr").isEmpty && keys("John Paul Jones").isEmpty)
    }

    @Test func wordsLowercaseAsUnicodeDoesAndCasingReadsTheirLetters() {
        // Against String.lowercased(), the typographer's apostrophe folded, for words in and beyond ASCII.
        let words = ["obama", "Obama", "NATO", "O’Malley", "O'Malley", "’s", "Peña", "ÉLYSÉE", "Москва", "ΑΘΗΝΑ", "北京", "U.S.", "G20", "", "İstanbul"]
        for word in words {
            let reference = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            #expect(NameMatcher.lowercased(word) == reference, "\(word)")
            #expect(NameMatcher.lowercased(word, foldingApostrophes: false) == word.lowercased(), "\(word)")
        }
        #expect(words.map(NameMatcher.casing) == [0, 1, 2, 1, 1, 0, 1, 2, 1, 2, 0, 2, 1, 0, 1], "\"G20\" has one letter")
    }
}
