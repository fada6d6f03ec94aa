import Testing
@testable import HeraldModels

@Suite struct TruecaserTests {
    @Test func sentencesInCapitalsAreRecognised() {
        #expect(Truecaser.isShouted(["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"]))
        #expect(!Truecaser.isShouted(["The", "US", "and", "NATO", "met"]))
        #expect(!Truecaser.isShouted(["UN", "-", "1996"]), "fewer than three words with letters")
    }

    @Test func usualFormsAreCountedWhereCaseTellsSomething() {
        let forms = Truecaser.usualForms(of: [
            ["Talks", "in", "Lisbon", "ended", "."],
            ["Lisbon", "talks", "ended", "in", "Lisbon", "."],
            ["NATO", "met", "where", "NATO", "meets", "."],
            ["TALKS", "IN", "LISBON", "ENDED"],
        ])
        // First words and sentences in capitals tell nothing: "talks" and "NATO" are counted once.
        #expect(forms == ["Lisbon", "ended", "in"])
        let all = Truecaser.usualForms(of: [["In", "Lisbon", "talks"], ["In", "lisbon", "talks"], ["The", "Lisbon", "talks"]])
        #expect(all == ["Lisbon", "talks"], "the most frequent form, seen at least twice")
        // A word's forms count together; of forms as frequent, the first in byte order.
        let tied = [["A", "Obama"], ["A", "OBAMA"], ["A", "obama"]]
        #expect(Truecaser.usualForms(of: tied, minimumCount: 3) == ["OBAMA"])
        #expect(Truecaser.usualForms(of: tied, minimumCount: 4).isEmpty)
    }

    @Test func theDocumentsOwnFormsComeFirst() {
        let truecaser = Truecaser(usualForms: ["may", "talks", "NATO", "Turkey"])
        #expect(truecaser.cased("TALKS") == "talks")
        #expect(truecaser.cased("NATO") == "NATO")
        #expect(truecaser.cased("TURKEY") == "Turkey")
        #expect(truecaser.cased("ABERNATHY") == "Abernathy", "a word known to no one is a name")
        #expect(truecaser.cased("1996") == "1996")
        let document = Truecaser.DocumentForms([["Prime", "Minister", "Theresa", "May", "arrived", "."]])
        #expect(truecaser.cased("MAY") == "may")
        #expect(truecaser.cased("MAY", in: document) == "May")
    }
}
