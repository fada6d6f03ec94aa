import Testing
@testable import HeraldText

@Suite struct PhraseTableTests {
    private let table = PhraseTable(["contributed reporting", "follow us on", "caption"])

    private func occurs(_ text: String, folding: Bool = true) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { table.occurs(in: $0, foldingCase: folding) }
    }

    @Test func findsAnyPhraseAnywhereInEitherCaseWhenFolding() {
        #expect(occurs("Ann Lee Contributed Reporting."))
        #expect(!occurs("Ann Lee Contributed Reporting.", folding: false))
        #expect(occurs("wp-caption-text") && occurs("imgCAPTION"))
        #expect(!occurs("contributed report") && !occurs("capti"), "a phrase cut short by the end is none")
        #expect(!occurs(""))
    }

    @Test func beginsAndOccursWithinARange() {
        let bytes = Array("xx-caption-yy".utf8)
        bytes.withUnsafeBufferPointer { p in
            #expect(table.begins(p, 3..<10, foldingCase: true))
            #expect(!table.begins(p, 2..<10, foldingCase: true))
            #expect(table.occurs(in: p, 0..<10, foldingCase: true))
            #expect(!table.occurs(in: p, 0..<9, foldingCase: true), "the phrase must end within the range")
        }
    }
}
