import Testing
import HeraldCore
@testable import HeraldEntities

/// Organisations the knowledge base does not hold, by the way news names them.
struct OrganisationNamesTests {
    @Test func aCompanyNamedAgainWithoutItsLegalForm() throws {
        let found = try entities("Dutch bank ABN AMRO buys lender.\n\nABN AMRO Holding NV said on Friday it would buy a lender. The chairman said the purchase would make ABN AMRO one of the largest foreign banks.", date: "1996-12-07")
        let bank = found.first { $0.name == "ABN AMRO Holding NV" }
        #expect(bank?.kind == .organization && bank?.mentions.count == 2, "\(found.map { ($0.name, $0.mentions.count) })")
        // Also where the tagger read the short name as a person's; not one word, which may be the founder's.
        let firm = try entities("Salomon Brothers Inc raised its forecast. Analysts at Salomon Brothers agreed.", date: "1996-12-07")
        #expect(firm.map { "\($0.name) \($0.mentions.count)" } == ["Salomon Brothers Inc 2"])
        let founder = try entities("Michael R. Bloomberg founded Bloomberg L.P. in 1981. Bloomberg said he would run.", date: "2019-11-25")
        #expect(founder.first { $0.kind == .person }.map { $0.mentions.count } == 2, "\(founder.map { ($0.name, $0.mentions.count) })")
    }

    @Test func armiesAndCourtsByTheWordThatHeadsThem() throws {
        let found = try entities("The Indian Army has sent troops to the flooded district. The National Court found the official guilty.", date: "1996-12-07")
        #expect(found.first { $0.name == "Indian Army" }.map { ($0.kind, $0.actor) } ?? (.person, nil) == (.organization, "INDMIL"))
        #expect(found.first { $0.name == "National Court" }?.kind == .organization, "\(found.map(\.name))")
    }

    @Test func aPersonOfACourtWhoseNameHoldsItsCountry() throws {
        let found = try entities("Mr. Ryan said the criticism of the judge, Gonzalo P. Curiel of United States District Court, was racist.", date: "2016-06-09")
        #expect(found.first { $0.name == "Gonzalo P. Curiel" }?.actor == "USAJUD", "\(found.map { ($0.name, $0.actor) })")
        #expect(found.first { $0.name == "United States District Court" }?.kind == .organization)
    }

    @Test func aPeoplesWordThatSeveralCountriesShareNamesTheGreatestsBody() throws {
        // "American" is the word of the United States and of its territories.
        let found = try entities("His father was a chief petty officer in the American Navy.", date: "2016-10-07")
        #expect(found.first { $0.name == "American Navy" }?.actor == "USAMIL", "\(found.map { ($0.name, $0.actor) })")
    }

    @Test func armedGroupsAndSecurityServicesTheSourcesLack() throws {
        let found = try entities("Hayat Tahrir al-Sham seized Idlib, Shin Bet questioned the suspects, the Bundeswehr sent advisers and "
            + "the Haqqani network was blamed, a day after AQIM freed two hostages.", date: "2019-01-10")
        let actors = Dictionary(found.map { ($0.name, $0.actor ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(actors["Hayat Tahrir al-Sham"] == "SYRREBMUS", "\(actors)")
        #expect(actors["Shin Bet"] == "ISRSPY")
        #expect(actors["Bundeswehr"] == "DEUMIL")
        #expect(actors["Haqqani network"] == "AFGREB")
        #expect(actors["al-Qaeda in the Islamic Maghreb"] == "IMGREB")
    }

    @Test func aBodysNameAtTheEndOfALongerNameIsNotThatBody() throws {
        let found = try entities("Jonathan's People's Democratic Party accused Buhari's All Progressives Congress of rigging. "
            + "The Independent National Electoral Commission said turnout was high.", date: "2015-03-29")
        let names = found.map(\.name)
        #expect(names.contains("People's Democratic Party") && names.contains("All Progressives Congress"), "\(names)")
        #expect(names.contains("Independent National Electoral Commission"))
        #expect(!names.contains("Democratic Party") && !names.contains("The Independent"))
        // After "The" at a sentence's head too.
        let head = try entities("The People's Democratic Party lost the election.", date: "2015-03-29")
        #expect(head.map(\.name) == ["People's Democratic Party"], "\(head.map(\.name))")
        // A party's word before it is the body's majority, not a longer name; "The UN" stays the UN's.
        let american = try entities("A Republican Congress will not pass it. The UN Security Council met.", date: "2016-09-25")
        #expect(american.contains { $0.actor == "USALEG" } && american.contains { $0.actor == "IGOUNO" }, "\(american.map(\.name))")
    }

    @Test func islamicJihadIsPalestinianAndPoliceForcesHaveTheirCodes() throws {
        // The Phoenix dictionary lists "Islamic Jihad" under Hezbollah, after its name of the 1980s.
        let found = try entities("Islamic Jihad fired rockets from Gaza. Scotland Yard and the RCMP said officers of "
            + "Customs and Border Protection had been told.", date: "2019-05-05")
        let actors = Dictionary(found.map { ($0.name, $0.actor ?? "") }, uniquingKeysWith: { first, _ in first })
        #expect(actors["Palestinian Islamic Jihad"] == "PSEREB", "\(actors)")
        #expect(actors["Hezbollah"] == nil)
        #expect(actors["Metropolitan Police"] == "GBRCOP")
        #expect(actors["Royal Canadian Mounted Police"] == "CANCOP")
        #expect(actors["Customs and Border Protection"] == "USACOP")
        // "Gaza" alone is the Strip, not Mozambique's province of that name.
        #expect(try entities("Israeli jets struck targets in Gaza overnight.", date: "2019-05-05").first?.country == "PSE")
    }
}

/// Peoples' words of continents, read as countries' are.
struct ContinentalWordsTests {
    @Test func aContinentsPeoplesWordIsANationalityWord() throws {
        let document = try recognition.run(Document(text: "The order is a blow to European rival Airbus, and Africans and Asians will fly it. He prayed at the Emanuel African Methodist Episcopal Church in Charleston.",
                                                 publishedAt: "1996-12-07"))
        let words = (document.annotations[NationalityWords.self] ?? []).map { range in
            range.map { document.string(of: document.tokens[$0]) }.joined(separator: " ")
        }
        #expect(words.prefix(3) == ["European", "Africans", "Asians"], "\(words)")
        #expect(document.entities.first { $0.name == "Africa" }?.mentions.count == 1)
        // Inside a name, the word is the name's.
        #expect(document.entities.contains { $0.name == "Emanuel African Methodist Episcopal Church" && $0.kind == .organization }, "\(document.entities.map(\.name))")
    }

    /// A company's name with its legal form is the knowledge base's company of the name without it.
    @Test func companiesByTheirLegalNames() throws {
        let found = try entities("Companies including BMW AG, Honda Motor Co. Ltd. and Ford Motor Co. warned. BMW said more.", date: "2019-01-31")
        #expect(found.map { "\($0.name) \($0.actor ?? "-") \($0.mentions.count)" }
                == ["BMW MNCDEU 2", "Honda MNCJPN 1", "Ford Motor Company MNCUSA 1"], "\(found.map(\.name))")
    }

    /// The end of a body's longer name given first is that body's short name, where one longer name ends so.
    @Test func aBodysShortNameAfterItsFullName() throws {
        let found = try entities("""
            The Harwick Tax Policy Center published the study. Analysts at the Tax Policy Center said rates would rise.
            """, date: "2016-09-25")
        #expect(found.filter { $0.kind == .organization }.map { "\($0.name) \($0.mentions.count)" } == ["Harwick Tax Policy Center 2"],
                "\(found.map(\.name))")
    }

    /// Names ending in a firm's word are firms', not people's, and the firm's first word alone is the firm where no one
    /// bears it as a surname; a firm's word before another capitalised word leaves the name to go on.
    @Test func firmsByTheirLastWord() throws {
        let found = try entities("""
            The deal was backed by Dunmore Partners, Kestrel Capital Group and Harlow Street Productions. Analysts at \
            Vance Capital Markets doubted it. Brisco Capital bought the papers last year; Brisco papers have cut staff.
            """, date: "2018-04-02")
        for name in ["Dunmore Partners", "Kestrel Capital Group", "Harlow Street Productions", "Brisco Capital"] {
            #expect(found.first { $0.name == name }?.kind == .organization, "\(name): \(found.map { [$0.name, $0.kind.rawValue] })")
        }
        #expect(found.first { $0.name == "Brisco Capital" }?.mentions.count == 2, "\(found.map { [$0.name, $0.kind.rawValue] })")
        #expect(!found.contains { $0.name == "Vance Capital" }, "\(found.map(\.name))")
    }

    /// Fund managers' names end in "Management" and "Investments" as firms' do; a firm's word after an institution's
    /// "of" ends the institution's name instead.
    @Test func fundManagersAreFirms() throws {
        let found = try entities("""
            Ann Doyle, portfolio manager at Harkness Asset Management, sold the shares; Colter Management and Brenwick \
            Investments bought them. The Bureau of Land Management and the Office of Management and Budget said nothing.
            """, date: "2019-11-19")
        for name in ["Harkness Asset Management", "Colter Management", "Brenwick Investments", "Bureau of Land Management"] {
            #expect(found.first { $0.name == name }?.kind == .organization, "\(name): \(found.map { [$0.name, $0.kind.rawValue] })")
        }
        #expect(!found.contains { ["Land Management", "Management", "Harkness Asset"].contains($0.name) }, "\(found.map(\.name))")
    }

    /// Two common nouns or a couple's first names joined by "and" open an institution's name; other names before "and"
    /// do not.
    @Test func namesOfTwoJoinedByAnd() throws {
        let found = try entities("""
            The Ways and Means Committee met. The Tom and Jane Ashby Foundation gave money. Trump, Ryan and Republican \
            National Committee Chairman Reince Priebus will meet.
            """, date: "2016-05-06")
        let names = found.map(\.name)
        #expect(names.contains("Ways and Means Committee") && names.contains("Tom and Jane Ashby Foundation"), "\(names)")
        #expect(!names.contains("Tom") && !names.contains { $0.hasPrefix("Ryan and") }, "\(names)")
    }
}

