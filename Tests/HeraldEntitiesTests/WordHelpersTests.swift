import Testing
@testable import HeraldEntities

/// The byte-level helpers the resolution reads words with, against the Character-level reading they replace.
@Suite struct WordHelpersTests {
    @Test func nameWordsSplitAsSplittingAtSpacesDoes() {
        for name in ["Barack Obama", "Bill de Blasio", "Holtz - Eakin", "  Abd al-Fattah  el-Sisi ", "Zoë", "", " ", "Đinđić Zoran"] {
            #expect(EntityResolution.nameWords(name) == name.split(separator: " "), "\(name)")
        }
    }

    @Test func initialsAreCapitalsEachBeforeAFullStop() {
        for word in ["J.", "F.D.", "U.S.", "A.B.C.D."] { #expect(EntityResolution.isInitials(word), "\(word)") }
        for word in ["j.", "JF", "J", "U.S", "A.B.C.D.E.", "É.", "", "Mr."] { #expect(!EntityResolution.isInitials(word), "\(word)") }
    }
}
