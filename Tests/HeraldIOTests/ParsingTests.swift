import Testing
@testable import HeraldIO
import HeraldCore

@Suite struct ParsingTests {
    @Test func parsesJSON() throws {
        let value = try JSONParser.parse(Array(#" {"a": [1, -2.5e1, true, null], "b": "x\"\u00e9\ud83d\ude00\n"} "#.utf8))
        #expect(value["a"] == .array([.number(1), .number(-25), .bool(true), .null]))
        #expect(value["b"] == .string("x\"é😀\n"))
    }

    @Test(arguments: [
        ("{\"a\": }", 6), ("[1, 2", 5), ("{\"a\" 1}", 5), ("\"open", 5), ("{} x", 3), ("tru", 0),
    ])
    func reportsWhereJSONBreaks(input: String, offset: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(input.utf8)) }
        do {
            _ = try JSONParser.parse(Array(input.utf8))
        } catch {
            #expect(error.offset == offset)
        }
    }

    @Test(arguments: [
        ("2016-09-05", "2016-09-05"), ("2016-09-05T10:00:00+02:00", "2016-09-05"), ("2016/09/05", "2016-09-05"), ("2016.09.05", "2016-09-05"),
        ("Mon, 05 Sep 2016 10:00:00 GMT", "2016-09-05"), ("September 5, 2016", "2016-09-05"),
        ("5 September 2016", "2016-09-05"), ("Sept. 5th, 2016", "2016-09-05"),
        ("4/24/2000 12:00:00 AM", "2000-04-24"), ("24/4/2000", "2000-04-24"), ("9/5/2016", "2016-09-05"),
        ("17.05.2021", "2021-05-17"),
    ])
    func normalizesPublicationDates(input: String, expected: String) {
        #expect(PublicationDate.normalize(input) == expected)
    }

    @Test func rejectsImpossibleDates() {
        #expect(PublicationDate.normalize("2016-02-30") == nil)
        #expect(PublicationDate.normalize("soon") == nil)
        #expect(!PublicationDate.isStrictDay("2016-9-5"))
        #expect(PublicationDate.isStrictDay("2016-02-29"))
        #expect(PublicationDate.inFileName("breitbart_2015-11-11_the-ninth.txt") == "2015-11-11")
        #expect(PublicationDate.inFileName("000_7970d370b2b5c3b6.txt") == nil)
    }
}
