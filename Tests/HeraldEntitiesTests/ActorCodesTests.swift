import HeraldCore
import HeraldText
import Testing
@testable import HeraldEntities

/// Actor codes beyond the knowledge base: people's from the titles the article gives them, organisations'
/// from their head words, world regions' from CAMEO's region codes.
@Suite struct ActorCodesTests {
    @Test func titledPeopleTakeTheirCountryAndSector() throws {
        let found = try recognize("""
            Texas Sen. Quentin Fairweather and Rep. Ada Pemberton (D-Calif.) met Ohio Gov. Tobias Wren on Monday. \
            Sen. Lena Marsh of Connecticut spoke next. A spokesman for Mrs. Pemberton declined to comment. \
            Former Iowa Gov. Milo Hart and Attorney General Nora Vance of Illinois disagreed. \
            White House spokesman Paul Dray said nothing. The Republicans met, and Republican presidential candidate \
            Hugo Lane waited. Georgia Sen. Ivy Stone and the Florida delegation left.
            """)
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Quentin Fairweather"] == "USALEG")
        #expect(codes["Ada Pemberton"] == "USALEG", "the spokesman's title is not hers")
        #expect(codes["Tobias Wren"] == "USAGOV")
        #expect(codes["Lena Marsh"] == "USALEG")
        // A name read with "of" and its state is the person, the state the state; one mention gives the
        // country, another the title.
        let paul = try recognize("Republican senators running for office, Ron Paul of Texas and Lindsey Graham, spoke. Sen. Paul left.")
        #expect(paul.first { $0.name == "Texas" }?.kind == .geopolitical)
        #expect(paul.first { $0.name == "Ron Paul" }?.actor == "USALEG")
        let home = try recognize("The race has two young senators, Quentin Fairweather of Texas and Milo Hart of Florida, in it.")
        #expect(home.first { $0.name == "Milo Hart" }?.actor == "USA")
        #expect(codes["Milo Hart"] == "USA", "a former office is no sector")
        #expect(codes["Nora Vance"] == "USAGOV", "an attorney general governs; an attorney is JUD")
        #expect(codes["Paul Dray"] == "USAGOV")
        #expect(codes["Hugo Lane"] == "USA", "an office sought is no sector")
        #expect(codes["Ivy Stone"] == "USALEG")
        #expect(found.first { $0.name == "Georgia" }?.country == "USA")
        // The title is the role the article gives them, written out.
        #expect(found.first { $0.name == "Quentin Fairweather" }?.role == "senator")
        #expect(found.first { $0.name == "Nora Vance" }?.role == "attorney general")
        #expect(found.first { $0.name == "Milo Hart" }?.role == nil, "a former office is no role")
        #expect(found.first { $0.name == "Florida" }?.country == "USA")
        // "Representative" written before a name is a legislator's title, as "Rep." is; a trade representative governs.
        let house = try recognize("Representative Ada Quill, a Michigan Democrat, met U.S. Trade Representative Milo Frome.")
        #expect(house.filter { $0.kind == .person }.map { "\($0.name) \($0.actor ?? "-")" } == ["Ada Quill USALEG", "Milo Frome USAGOV"])
        // Of two states of one name, the more populous country's, where the article names neither country.
        #expect(try recognize("Florida voted on Tuesday.").first?.country == "USA")
    }

    @Test func aTownsPossessiveBeforeATitle() throws {
        let found = try recognize("""
            Trump criticised London's newly elected mayor Quentin Fairweather on Monday in Washington, and \
            Chicago's outgoing mayor Milo Hart agreed with the White House.
            """)
        #expect(found.first { $0.name == "Quentin Fairweather" }?.actor == "GBRGOV")
        #expect(found.first { $0.name == "Milo Hart" }?.actor == "USAGOV")
    }

    @Test func aTitleIsItsOrganisationsOrTheArticlesCountrys() throws {
        let found = try recognize("""
            WASHINGTON — Sen. Ada Pemberton said on Monday that the United States would act. Judicial Watch President \
            Tom Brill and CNN President Jeff Zucker disagreed. Supreme Court Justice Nora Vance wrote the opinion. \
            Mayor Tobias Wren and President Hugo Lane met Ambassador Paul Dray in Chicago. Retired Sen. Ivy Stone \
            stayed home, and Deputy Secretary of State Milo Hart flew out.
            """)
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Ada Pemberton"] == "USALEG", "an American title in an article that names the United States")
        #expect(codes["Tom Brill"] == "-", "an organisation's president is no government's")
        #expect(codes["Jeff Zucker"] == "USAMED")
        #expect(codes["Nora Vance"] == "USAJUD")
        #expect(codes["Tobias Wren"] == "USAGOV", "a mayor in an American article")
        #expect(codes["Hugo Lane"] == "-", "an unknown president is another country's")
        #expect(codes["Paul Dray"] == "-", "an ambassador serves abroad")
        #expect(codes["Ivy Stone"] == "-")
        #expect(codes["Milo Hart"] == "USAGOV", "a deputy secretary is no sheriff's deputy")
    }

    @Test func homeOfficesAreOfTheDatelinesCountryInAStoryOfMany() throws {
        // Venezuela has fewer than half the article's mentions; the dateline says where the story is told.
        let found = try recognize("""
            CARACAS, Venezuela (Reuters) - Opposition leader Juan Pérez declared himself interim president on Wednesday, \
            and U.S. President Donald Trump recognized him. Nicolás Maduro said he was breaking relations with Washington. \
            Defense Minister Ramón Ortega stood by Maduro. Brazil's President Jair Bolsonaro and Colombia's Iván Duque \
            backed Pérez, while Russia and Turkey backed Maduro. Protester Luis Gómez was hurt.
            """, date: "2019-01-24")
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Juan Pérez"] == "VENOPP", "\(codes)")
        #expect(codes["Ramón Ortega"] == "VENGOV")
        #expect(codes["Luis Gómez"] == "-", "a protester may have come from anywhere")
    }

    @Test func aTitleInAnAppositive() throws {
        let found = try recognize("""
            Quentin Fairweather, the Vermont senator, said on Monday that Milo Hart, a former congressman, and \
            Nora Vance, who met the Ohio governor, were wrong.
            """)
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Quentin Fairweather"] == "USALEG")
        #expect(codes["Milo Hart"] == "-", "a former office")
        #expect(codes["Nora Vance"] == "-", "a relative clause is no title")
        // A name the tagger may miss is a person's before an appositive that names an office or trade.
        let apposed = try recognize("""
            Analysts said on Monday that Sergei Ryabkov, Russia's deputy foreign minister, was wrong. \
            Last Tuesday, a spokesman declined to comment. Zephyr Teachout, a New York congressional candidate, won.
            """)
        let people = Set(apposed.filter { $0.kind == .person }.map(\.name))
        #expect(people.isSuperset(of: ["Sergei Ryabkov", "Zephyr Teachout"]))
        #expect(!people.contains("Last Tuesday"))
        let aged = try recognize("Police said Amadou Magassa, 13, of Philadelphia was unhurt. Magassa went home.")
        #expect(aged.first { $0.name == "Amadou Magassa" }?.mentions.count == 2)
        #expect(apposed.first { $0.name == "Sergei Ryabkov" }?.actor == "RUSGOV")
    }

    @Test func aCaptainOnASportsPageIsNoSoldier() throws {
        let found = try recognize("""
            Tottenham beat Chelsea 2-1 in the Premier League on Saturday, and the manager praised his squad. He will \
            lean on his star players, including England captain Harry Kane, who scored twice.
            """)
        #expect(found.first { $0.name == "Harry Kane" }?.actor == "GBR")
    }

    @Test func worldRegionsCarryCAMEOsRegionCodes() throws {
        let regions = try recognize("Oil prices rose in the Middle East and Europe, while Southeast Asia waited.")
        #expect(regions.map { $0.actor ?? "-" } == ["MEA", "EUR", "SEA"])
    }

    @Test func headWordsNameSectorsAndPlacesCountries() throws {
        let document = try recognition.run(Document(text: """
            WASHINGTON — Students at Georgetown University protested on Monday, as President Barack Obama and the \
            Congress of the United States met. The House Ethics Committee said nothing, and the nominee waited for \
            the Judiciary Committee. The Melinda Gates \
            Foundation and George Washington University gave money to Carrier Corp. \
            and the Wilson Center.
            """, publishedAt: "2016-03-01"))
        let codes = Dictionary(document.entities.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Georgetown University"] == "USAEDU", "not Georgetown, Guyana, in an American story")
        #expect(codes["House Ethics Committee"] == "USALEG")
        #expect(codes["Judiciary Committee"] == "USALEG", "a legislature's committee by what it oversees")
        let benghazi = try recognize("Republicans on the House Benghazi Committee released their report.", date: "2016-06-28")
        #expect(benghazi.first { $0.name == "House Benghazi Committee" }?.actor == "USALEG", "the chamber's committee, not Libya's")
        let church = try recognize("Ali's brother hugged members of King Solomon Missionary Baptist Church in Louisville's west end.")
        #expect(!church.contains { $0.kind == .person && $0.name.hasSuffix("Church") }, "a church named after a king is no person")
        #expect(codes["Melinda Gates Foundation"] == "USANGO")
        #expect(codes["George Washington University"] == "USAEDU", "not the town of George, South Africa")
        #expect(codes["Carrier Corp."] == "USABUS")
        #expect(codes["Wilson Center"] == "-", "a center may be of any kind")
        let kind = try recognize("""
            Japanese technology investment company Zentrix Holdings Corp met President Barack Obama in Washington, \
            and the Chinese ambassador met Acme Widgets Inc. in Boston and Ohio.
            """)
        #expect(kind.first { $0.name == "Zentrix Holdings Corp" }?.actor == "JPNBUS")
        #expect(kind.first { $0.name == "Acme Widgets Inc." }?.actor == "USABUS", "the ambassador's country is not the company's")
        let more = try recognition.run(Document(text: """
            WASHINGTON — The Center for American Progress, the Massachusetts Institute of Technology and the \
            National Rifle Association met President Barack Obama and the Congress of the United States. The \
            Electoral College voted.
            """, publishedAt: "2016-03-01")).entities
        let moreCodes = Dictionary(more.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(moreCodes["Center for American Progress"] == "USANGO")
        #expect(moreCodes["Massachusetts Institute of Technology"] == "USAEDU")
        #expect(moreCodes["National Rifle Association"] == "USANGO")
        #expect(moreCodes["Electoral College"] == "-")
        let bodies = try recognition.run(Document(text: """
            WASHINGTON — U.S. officials said the Federal Bureau of Prisons, the West Virginia Department of Environmental \
            Protection and the Jupiter Police Department in Florida answered President Barack Obama; the Better \
            Business Bureau did not.
            """, publishedAt: "2016-03-01")).entities
        let bodyCodes = Dictionary(bodies.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(bodyCodes["Federal Bureau of Prisons"] == "USAGOV")
        #expect(bodyCodes["West Virginia Department of Environmental Protection"] == "USAGOV")
        #expect(bodies.first { $0.name.hasPrefix("Jupiter Police") }?.actor == "USACOP")
        #expect(bodyCodes["Better Business Bureau"] != "USAGOV", "a bureau by its own name is no government's")
        let envoy = try recognize("Former U.S. ambassador to Ukraine Marie Yovanovitch testified before the U.S. House Intelligence Committee.",
                                  date: "2019-11-18")
        #expect(envoy.first { $0.name == "Marie Yovanovitch" }?.country == "USA", "the country an envoy is sent to is not hers")
        #expect(envoy.contains { $0.name == "Ukraine" }, "the country apart from her name")
        #expect(envoy.first { $0.name == "U.S. House Intelligence Committee" }?.actor == "USALEG")
        let runner = try recognize("Chad Thomas won the race in Atlanta.")
        #expect(runner.contains { $0.name == "Chad Thomas" } && !runner.contains { $0.name == "Chad" }, "a first name that names a country too")
    }

    @Test func placesInNamesAndChambersOfOtherCountries() throws {
        func run(_ text: String) throws -> [Entity] { try recognize(text, date: "2019-11-01") }
        // A state of a big country before a namesake in a small one.
        let florida = try run("Paul Torrey, a professor at the University of Florida, said the data were clear.")
        #expect(florida.first { $0.name == "University of Florida" }?.actor == "USAEDU")
        // A great town abroad in a body's name gives its country even in an American story; the body's head word names no
        // town ("University", Florida).
        let capeTown = try run("Americans in Ohio and Texas voted, said Pieter Vosloo, a professor at the University of Cape Town.")
        #expect(capeTown.first { $0.name == "University of Cape Town" }?.actor == "ZAFEDU", "\(capeTown.map { [$0.name, $0.actor] })")
        // "Senate" in a Nigerian story that names nothing American is not the US Senate.
        let nigeria = try run("Lawmakers in Nigeria and Ghana met in Abuja. The Senate President Bukola Saraki spoke.")
        #expect(!nigeria.contains { $0.name == "United States Senate" })
        #expect(nigeria.first { $0.name == "Bukola Saraki" }?.actor != "USALEG")
        #expect(try run("The Senate voted on Tuesday in Washington.").contains { $0.name == "United States Senate" })
        // A company's or an outlet's name says nothing of where the story is: "the Supreme Court" of a Canadian story is Canada's.
        let ottawa = try run("Uber drivers in Ottawa and Toronto, Ontario, protested, the Associated Press reported. The Supreme Court ruled.")
        #expect(ottawa.first { $0.actor?.hasSuffix("JUD") == true }?.actor == "CANJUD", "\(ottawa.map { [$0.name, $0.actor] })")
        // "Virgin Islands" alone names either territory: the American one in an American story.
        let caucus = try run("Democrats in the Virgin Islands held their caucus, the U.S. party said.")
        #expect(caucus.first { $0.name.hasSuffix("Virgin Islands") }?.actor == "VIR")
        #expect(try run("Tortola is the largest of the British Virgin Islands.").first { $0.name.hasSuffix("Virgin Islands") }?.actor == "VGB")
        #expect(try run("Voters in the USVI and Guam cast ballots.").first { $0.name.hasSuffix("Virgin Islands") }?.actor == "VIR")
    }

    @Test func aLeadersTitleBeforeASurnameNamesWhoHeldTheOffice() throws {
        let found = try recognize("""
            Hillary Clinton spoke in Ohio. Donald Trump invited Gennifer Flowers, who once had an affair with \
            President Clinton. Prime Minister Blair backed the war, and President Bush sent the troops.
            """, date: "2016-09-25")
        let clinton = try #require(found.first { $0.name == "Bill Clinton" })
        #expect(clinton.mentions.count == 1)
        // A title kept after office is a courtesy: no role, no sector.
        #expect(clinton.role == nil && clinton.actor == "USA")
        let hillary = try #require(found.first { $0.name == "Hillary Clinton" })
        #expect(hillary.mentions.count == 1 && hillary.role == nil && hillary.actor == "USA")
        #expect(found.contains { $0.name == "Tony Blair" && $0.country == "GBR" })
        #expect(found.contains { $0.name == "George W. Bush" }, "the latest President Bush by the date")
    }

    @Test func titlesKeptAfterOfficeNameTheirHolders() throws {
        let found = try recognize("""
            Debate notes

            Mr. Sanders said that Secretary Clinton voted for the war in Iraq. With Governor Bush and Senator Rubio \
            still in the race, the field is crowded. Former Gov. Mike Huckabee endorsed him.
            """, date: "2016-02-10")
        for name in ["Hillary Clinton", "Jeb Bush", "Mike Huckabee"] {
            let person = try #require(found.first { $0.name == name }, "\(name) in \(found.map(\.name))")
            // (A courtesy: no role, no sector.)
            #expect(person.role == nil && person.actor == "USA", "\(name)")
        }
        #expect(found.first { $0.name == "Marco Rubio" }?.actor == "USALEG", "a senator at the date keeps his office")
        // The surname alone elsewhere is the one the title named.
        let speaker = try recognize("Trump said: \"I am not ready to support Speaker Ryan's agenda.\" He did not mention Ryan again.", date: "2016-05-05")
        #expect(speaker.filter { $0.kind == .person }.map(\.name) == ["Donald Trump", "Paul Ryan"], "\(speaker.map(\.name))")
        #expect(speaker.first { $0.name == "Paul Ryan" }?.mentions.count == 2)
    }

    @Test func americanOfficialsByNameAndSurname() throws {
        let found = try recognize("""
            Bernie Sanders endorsed her on Tuesday. McConnell said the Senate would not act, and Justice \
            Sonia Sotomayor dissented.
            """, date: "2016-09-25")
        #expect(found.first { $0.name == "Bernie Sanders" }?.actor == "USALEG")
        #expect(found.first { $0.name == "Mitch McConnell" }?.role == "senate majority leader")
        #expect(found.first { $0.name == "Sonia Sotomayor" }?.actor == "USAJUD")
        let byFirstName = try recognize("Many will never vote for Hillary, Kellyanne Conway said.", date: "2016-09-25")
        #expect(byFirstName.contains { $0.name == "Hillary Clinton" }, "as the news calls her")
        #expect(byFirstName.first { $0.name == "Kellyanne Conway" }?.country == "USA")
        // A surname shared with a leader of a country the story does not name is the other office holder's.
        let governor = try recognize("Trump mocked Marco Rubio, as Christie did in New Hampshire.", date: "2016-09-01")
        #expect(governor.first { $0.mentions.count == 1 && $0.name.hasSuffix("Christie") }?.name == "Chris Christie")
    }

    @Test func anOfficeAfterItsCountryAndATextEndingWithACountry() throws {
        let found = try recognize("Russian Foreign Minister Sergey Lavrov met the US President. Talks went on with Russia", date: "2016-09-05")
        #expect(found.first { $0.name == "Barack Obama" }?.mentions.count == 1, "\(found.map(\.name))")
        #expect(found.first { $0.name == "Sergey Lavrov" }?.actor == "RUSGOV")
        #expect(found.first { $0.name == "Russia" } != nil)
        // A premier league is no premier's.
        let league = try recognize("Results of English premier league matches on Saturday. The British premier said he would stay.", date: "1996-12-07")
        #expect(league.first { $0.name == "John Major" }?.mentions.count == 1)
        // A party's MP sits in its country's legislature.
        let mp = try recognize("NDP MP Nathan Cullen said so. RNC chief of staff Katie Walsh said so.", date: "2018-10-01")
        #expect(mp.first { $0.name == "Nathan Cullen" }?.actor == "CANLEG")
        #expect(mp.first { $0.name == "Katie Walsh" }?.actor == "USAPTY")
    }

    @Test func justicesByTheirTitle() throws {
        let found = try recognize("Justice Kennedy, a Reagan appointee, has been the swing vote. Chief Justice Roberts wrote.", date: "2016-03-04")
        #expect(found.first { $0.name == "Anthony Kennedy" }?.actor == "USAJUD", "\(found.map(\.name))")
        #expect(found.first { $0.name == "John G. Roberts" }?.role == "chief justice", "\(found.map(\.name))")
    }

    @Test func presidentsOfThePastBySurname() throws {
        let found = try recognize("""
            His second term mirrors those of Presidents Reagan and Clinton. Photos of U.S. presidents hang in the hall. \
            Eisenhower warned of it.
            """, date: "2016-08-22")
        let names = found.filter { $0.kind == .person }.map(\.name)
        #expect(names == ["Ronald Reagan", "Bill Clinton", "Dwight D. Eisenhower"], "\(names)")
        let earlier = try recognize("It was the party of President Lincoln, and FDR built on it. Walter Mondale lost.", date: "2016-08-22")
        #expect(earlier.filter { $0.kind == .person }.map { [$0.name, $0.country] } == [["Abraham Lincoln", "USA"], ["Franklin D. Roosevelt", "USA"],
                                                                                       ["Walter Mondale", "USA"]], "\(earlier.map(\.name))")
        // "The Bush administration" is the last President Bush's; "a Clinton administration" is one to come.
        let term = try recognize("After much controversy, the Bush administration gave in. Would a Clinton administration?", date: "2016-04-01")
        #expect(term.filter { $0.kind == .person }.map(\.name) == ["George W. Bush", "Clinton"], "\(term.map(\.name))")
    }

    @Test func aRareSurnameAloneIsItsOneBearer() throws {
        let found = try recognize("""
            Hillary and Obama and Panetta all told me it was the video, she said in Washington. The police were \
            de-Giuliani-ized. Obsequious pandering to Trump belies his reputation.
            """, date: "2015-12-24")
        let names = found.filter { $0.kind == .person }.map(\.name)
        for name in ["Leon Panetta", "Rudy Giuliani", "Donald Trump"] { #expect(names.contains(name), "\(name) in \(names)") }
        // Not a common surname, a first name, or a namesake of a country the story does not name.
        let others = try recognize("""
            Clinton spoke in Iowa. A pastor said Jesus loves the town. A low FICO score can cost you in Ohio.
            """, date: "2016-03-15")
        #expect(others.filter { $0.kind == .person }.allSatisfy { $0.actor == nil }, "\(others.map { [$0.name, $0.actor] })")
    }

    /// The one bearer of a surname who led a country the story names before its date is that leader, however common the
    /// surname; not at the end of another name.
    @Test func aFormerLeaderBySurname() throws {
        let found = try recognize("Voters in Ohio and Iowa said Trump did not represent the party of Reagan.", date: "2016-03-02")
        #expect(found.first { $0.name == "Ronald Reagan" }?.mentions.count == 1, "\(found.map(\.name))")
        let seoul = try recognize("Crowds in Seoul, South Korea, filled Sunlit Park on Saturday.", date: "2018-09-01")
        #expect(!seoul.contains { $0.kind == .person }, "\(seoul.map(\.name))")
    }

    /// A leader of a chamber's majority or minority is a legislator, and their title no organisation; an office before
    /// "under" is someone else's ("majority leader under" a president is not the president's).
    @Test func chamberLeadersAndOfficesUnderAnother() throws {
        let found = try entities("""
            The bill was also introduced in the Senate by Minority Leader Harry Reid (D-Nev.). Orrin Pask, who was Senate \
            leader under Jeb Carver, spoke.
            """, date: "2016-07-26")
        #expect(!found.contains { $0.kind == .organization && $0.name == "Minority" }, "\(found.map(\.name))")
        #expect(found.first { $0.name == "Jeb Carver" }.map { $0.actor == nil } == true, "\(found.map { [$0.name, $0.actor ?? "-"] })")
    }
}
