import HeraldCore
import HeraldText
import Testing
@testable import HeraldEntities

/// Actor codes of organisations the knowledge base lacks: the sector of their head word, the country
/// of the place they name or of the article.
@Suite struct OrganisationActorsTests {
    private let pipeline = try! Pipeline(Pipeline.textComponents + [EntityRecognizer()])

    @Test func headWordsNameSectorsAndPlacesCountries() throws {
        let document = try pipeline.run(Document(text: """
            WASHINGTON — Students at Georgetown University protested on Monday, as President Barack Obama and the \
            Congress of the United States met. The House Ethics Committee said nothing. The Melinda Gates Foundation and George Washington University gave money to Carrier Corp. \
            and the Wilson Center.
            """, publishedAt: "2016-03-01"))
        let codes = Dictionary(document.entities.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Georgetown University"] == "USAEDU", "not Georgetown, Guyana, in an American story")
        #expect(codes["House Ethics Committee"] == "USALEG")
        #expect(codes["Melinda Gates Foundation"] == "USANGO")
        #expect(codes["George Washington University"] == "USAEDU", "not the town of George, South Africa")
        #expect(codes["Carrier Corp."] == "USABUS")
        #expect(codes["Wilson Center"] == "-", "a center may be of any kind")
        let more = try pipeline.run(Document(text: """
            WASHINGTON — The Center for American Progress, the Massachusetts Institute of Technology and the \
            National Rifle Association met President Barack Obama and the Congress of the United States. The \
            Electoral College voted.
            """, publishedAt: "2016-03-01")).entities
        let moreCodes = Dictionary(more.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(moreCodes["Center for American Progress"] == "USANGO")
        #expect(moreCodes["Massachusetts Institute of Technology"] == "USAEDU")
        #expect(moreCodes["National Rifle Association"] == "USANGO")
        #expect(moreCodes["Electoral College"] == "-")
    }

    @Test func placesInNamesAndChambersOfOtherCountries() throws {
        func run(_ text: String) throws -> [Entity] { try pipeline.run(Document(text: text, publishedAt: "2019-11-01")).entities }
        // A state of a big country before a namesake in a small one.
        let florida = try run("Paul Torrey, a professor at the University of Florida, said the data were clear.")
        #expect(florida.first { $0.name == "University of Florida" }?.actor == "USAEDU")
        // "Senate" in a Nigerian story that names nothing American is not the US Senate.
        let nigeria = try run("Lawmakers in Nigeria and Ghana met in Abuja. The Senate President Bukola Saraki spoke.")
        #expect(!nigeria.contains { $0.name == "United States Senate" })
        #expect(nigeria.first { $0.name == "Bukola Saraki" }?.actor != "USALEG")
        #expect(try run("The Senate voted on Tuesday in Washington.").contains { $0.name == "United States Senate" })
    }
}
