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
}
