import Testing
@testable import HeraldEntities

/// The byte-level test of initials the resolution reads words with.
@Suite struct InitialsTests {
    @Test func initialsAreCapitalsEachBeforeAFullStop() {
        for word in ["J.", "F.D.", "U.S.", "A.B.C.D."] { #expect(EntityResolution.isInitials(word), "\(word)") }
        for word in ["j.", "JF", "J", "U.S", "A.B.C.D.E.", "É.", "", "Mr."] { #expect(!EntityResolution.isInitials(word), "\(word)") }
    }
}
