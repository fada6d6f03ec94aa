import Testing
import HeraldText

@Suite struct LatinFoldingTests {
    @Test func foldsDiacriticsAndLigatures() {
        #expect(LatinFolding.folded("Peña") == "pena")
        #expect(LatinFolding.folded("Erdoğan") == "erdogan")
        #expect(LatinFolding.folded("Łódź") == "lodz")
        #expect(LatinFolding.folded("Straße") == "strasse")
        #expect(LatinFolding.folded("Ærø") == "aero")
        #expect(LatinFolding.folded("Ponta") == "ponta")
        #expect(LatinFolding.folded("Timișoara") == "timisoara")
        #expect(LatinFolding.folded("Cafe\u{301}") == "cafe", "a combining accent is dropped")
        #expect(LatinFolding.folded("Москва") == "москва", "other scripts are only lowercased")
        #expect(LatinFolding.folded("2×3") == "2×3")
    }

    @Test func onlyLettersWithDiacriticsNeedFolding() {
        #expect(LatinFolding.mayFold("Peña") && LatinFolding.mayFold("Łódź") && LatinFolding.mayFold("Timișoara"))
        #expect(!LatinFolding.mayFold("Trump’s") && !LatinFolding.mayFold("“") && !LatinFolding.mayFold("Москва"))
    }
}
