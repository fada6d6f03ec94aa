import HeraldCore
import HeraldText
import Testing
@testable import HeraldEntities

/// Articles without a date, read in the era their office holders fit.
@Suite struct EraTests {
    @Test func daysCountBothWays() {
        for day in ["2016-09-05", "2000-02-29", "1999-12-31", "2017-01-20", "1970-01-01"] {
            #expect(Day.string(fromOrdinal: Day.ordinal(day)) == day)
        }
        #expect(Day.ordinal("2016-03-01") - Day.ordinal("2016-02-28") == 2)
        #expect(EntityResolution.Era(start: "2013-07-01", end: "2017-01-20").middle == "2015-04-11")
    }

    @Test func officesNamedTogetherFixTheEra() throws {
        let document = try recognition.run(Document(text: """
            President Barack Obama met Secretary of State John Kerry. The US President said the talks went well.
            """))
        let obama = try #require(document.entities.first { $0.name == "Barack Obama" })
        #expect(obama.role == "head of state")
        #expect(obama.mentions.count == 2, "the US President of 2013-2017 is Obama")
        // A former office says nothing of the era; offices still held read the article as of now.
        let former = try recognition.run(Document(text: "Former President Barack Obama met the US President."))
        #expect(former.entities.first { $0.name == "Barack Obama" }?.mentions.count == 1)
    }

    @Test func anEarlierPresidencyIsAnEraToo() throws {
        let document = try recognition.run(Document(text: """
            President Bill Clinton signed the bill. Vice President Al Gore and Prime Minister Tony Blair attended. \
            The US President thanked Congress.
            """))
        let clinton = try #require(document.entities.first { $0.name == "Bill Clinton" })
        #expect(clinton.mentions.count == 2 && clinton.actor == "USAGOV", "the US President of 1997-2001 is Clinton")
        #expect(document.entities.first { $0.name == "Tony Blair" }?.role == "head of government")
    }
}
