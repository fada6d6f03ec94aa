import HeraldCore
import HeraldText
import Testing
@testable import HeraldEntities

/// Names as American political news writes them: titles, towns, parties and treaties.
@Suite struct NewsNamesTests {
    @Test func titlesAreNoNames() throws {
        let found = try recognize("""
            NATO grew, as Speaker of the House Newt Gingrich wanted. The U.N. General Assembly voted. \
            "It is destroying this committee," said Del. Stacey Plaskett of the Virgin Islands.
            """)
        let people = Set(found.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Newt Gingrich", "Stacey Plaskett"])
        #expect(!found.contains { $0.name == "Delaware" }, "Del. before a name is a delegate's title")
    }

    @Test func aStateNamedLikeACountry() throws {
        let states = try recognize("""
            Hillary Clinton captured Virginia, Georgia, Arkansas and Texas on Tuesday. Georgia businessman Bruce \
            LeVell backs Donald Trump in Ohio.
            """)
        #expect(states.first { $0.name == "Georgia" }?.country == "USA")
        #expect(states.first { $0.name == "Bruce LeVell" }?.actor == "USABUS")
        // In a list of countries, or beside its capital, it is the country.
        let countries = try recognize("The firm lobbied for Albania, Cyprus, Georgia and Kenya in Washington, Ohio and Texas.")
        #expect(countries.first { $0.name == "Georgia" }?.country == "GEO")
        let tbilisi = try recognize("Protesters in Tbilisi said Georgia would not yield. Senators in Ohio, Texas and Iowa agreed.")
        #expect(tbilisi.first { $0.name == "Georgia" }?.country == "GEO")
    }

    @Test func aSurnameAfterTheFullNameIsThePersonNotACompany() throws {
        let found = try recognize("""
            Eric Nordstrom, a security officer, asked for more staff in Libya. Nordstrom said the request was denied. \
            Shoppers at Nordstrom spent more.
            """)
        let eric = try #require(found.first { $0.name == "Eric Nordstrom" })
        #expect(eric.mentions.count >= 2)
    }

    @Test func headlinesInTitleCase() throws {
        let found = try recognize("""
            Sen. Ted Cruz spoke in Iowa on Monday.

            Why Clinton Does Not Trust The Polls In Ohio

            Donald Trump And Marco Rubio Miss The Mark On Trade

            Follow Pam Key on Twitter. National Republican Senatorial Committee Chairman Roger Wicker agreed.
            """)
        let names = Set(found.map(\.name))
        #expect(!names.contains("Clinton Does") && !names.contains("Trump And Marco Rubio"))
        #expect(names.isSuperset(of: ["Marco Rubio", "Ohio", "Pam Key", "National Republican Senatorial Committee"]))
    }

    @Test func aLeaderByHisSurnameWhereTheArticleNamesNoneOfTheirCountries() throws {
        let found = try recognize("Myanmar's leader Aung San Suu Kyi, 70, met Obama. Suu Kyi said the talks went well.",
                                 date: "2016-09-01")
        #expect(found.first { $0.name == "Aung San Suu Kyi" }?.actor == "MMRGOV")
        #expect(found.first { $0.name == "Barack Obama" }?.role == "head of state", "not Equatorial Guinea's prime minister")
    }

    @Test func middleInitialsOfAnOfficeHolder() throws {
        let found = try recognize("""
            Petro O. Poroshenko met Susan E. Rice and Vice President Joseph R. Biden Jr. in Washington. \
            John F. Kennedy had visited Kiev.
            """)
        let ids = found.map(\.name)
        #expect(ids.contains("Petro Poroshenko") && ids.contains("Susan Rice") && ids.contains("Joe Biden"))
        #expect(found.first { $0.name == "Petro Poroshenko" }?.actor == "UKRGOV")
        // Initials tell namesakes apart: no office holder of 2016 is John F. Kennedy.
        #expect(ids.contains("John F. Kennedy"))
    }

    @Test func theLeaderOfABodyTheArticleNames() throws {
        let found = try recognize("It was under Mr. Ban's watch that the U.N. established U.N. Women. Mr. Ban's successor takes over in January.")
        let ban = try #require(found.first { $0.name == "Ban Ki-moon" })
        #expect(ban.mentions.count == 2)
        #expect(ban.actor == "IGOUNO")
    }

    @Test func aTownReadPlainlyOnceIsTheTownThroughout() throws {
        let found = try recognize("Charlotte remains under a state of emergency. Charlotte Mayor Jennifer Roberts said the city would recover.")
        let charlotte = try #require(found.first { $0.name == "Charlotte" })
        #expect(charlotte.kind == .geopolitical)
        #expect(charlotte.mentions.count == 2)
        #expect(found.contains { $0.name == "Jennifer Roberts" && $0.kind == .person })
        let philadelphia = try recognize("""
            Gore plans to skip the festivities in Philadelphia, where Clinton will accept the nomination, his spokeswoman \
            told POLITICO.
            Philadelphia will actually mark the second straight Democratic convention that Gore will miss. He was not \
            in Charlotte, North Carolina, in 2012 either.
            """).filter { $0.name == "Philadelphia" }
        #expect(philadelphia.count == 1 && philadelphia.first?.kind == .geopolitical && philadelphia.first?.mentions.count == 2)
        let boston = try recognize("""
            BOSTON —Standing in front of a cheering crowd of 800 construction workers, Mayor Marty Walsh said Boston \
            would back Hillary Clinton.
            """).filter { $0.name.lowercased() == "boston" }
        #expect(boston.count == 1 && boston.first?.kind == .geopolitical && boston.first?.mentions.count == 2, "a dateline's town")
    }

    @Test func placesNamedAfterPeople() throws {
        let found = try recognize("On Sunday, Jimmy Tompkins played in Romare Bearden Park with his son.")
        #expect(found.contains { $0.name == "Romare Bearden Park" && $0.kind == .location })
        #expect(!found.contains { $0.name == "Park" })
    }

    @Test func aNationalityAfterAFirstNameIsASurname() throws {
        let found = try recognize("Trump critic Mark Cuban will sit in the front row. Cuban said he would go.")
        let cuban = try #require(found.first { $0.name == "Mark Cuban" })
        #expect(cuban.kind == .person && cuban.mentions.count == 2)
        #expect(!found.contains { $0.country == "CUB" })
    }

    @Test func partiesAndTreaties() throws {
        let found = try recognize("""
            Green Party presidential candidate Jill Stein was escorted out. "There is nothing more important \
            in Mexico than Nafta," said Luis Rubio.
            """)
        #expect(found.first { $0.name == "Green Party of the United States" }?.actor == "USAPTY")
        #expect(!found.contains { $0.name == "Nafta" || $0.name == "Green" })
        // An armed group the Phoenix dictionary lists under a name without a body's word ("JABHAT_AL_NUSRA",
        // "NUSRA_FRONT"); bodies the news names short.
        let bodies = try entities("The Nusra Front shelled Aleppo. The European Council met, and SCOTUS ruled.")
        #expect(bodies.first { $0.name.contains("Nusra") }?.actor == "SYRREBMUS", "\(bodies.map { ($0.name, $0.actor) })")
        #expect(bodies.first { $0.name == "European Council" }?.actor == "IGOEUREEC")
        #expect(bodies.first { $0.name == "Supreme Court of the United States" }?.actor == "USAJUD")
    }

    @Test func theHouseIsTheChamberOnlyInItsCountrysNews() throws {
        let us = try recognize("President Obama urged Congress to act. The Senate voted, and the House passed the bill. House Republicans objected.")
        #expect(us.first { $0.name == "United States House of Representatives" }?.mentions.count == 2)
        let uk = try recognize("House prices rose in London. Labour members left the House early.")
        #expect(!uk.contains { $0.name == "United States House of Representatives" })
    }

    @Test func americanDepartmentsByTheirShortNames() throws {
        let found = try recognize("""
            The U.S. government acted. A Homeland Security memo said so, and the Department of Homeland Security agreed. \
            DHS officials met. Veterans called the VA; officials at the Department of Veterans Affairs answered.
            """)
        #expect(found.first { $0.name == "Homeland Security Department (United States)" }?.mentions.count == 3)
        #expect(found.first { $0.name == "Veterans Affairs Department (United States)" }?.mentions.count == 2)
        let elsewhere = try recognize("In London, the Department of Health said DHS was a British term.")
        #expect(!elsewhere.contains { $0.name.hasSuffix("(United States)") })
    }

    @Test func koreaWithoutItsCompass() throws {
        let found = try recognize("World leaders denounce N. Korea test. Exports from Korea rose.")
        #expect(found.contains { $0.name == "North Korea" })
        #expect(found.contains { $0.name == "South Korea" })
    }

    @Test func speakersOfATranscript() throws {
        let found = try recognize("""
            Pence on the debate

            Gov. Mike Pence spoke on Sunday. Partial transcript as follows:

            "WALLACE: Will Gennifer Flowers be there?

            "PENCE: She will not be attending the debate.
            """)
        #expect(found.first { $0.name == "Mike Pence" }?.mentions.count == 2, "PENCE is Pence, not pence")
        #expect(found.contains { $0.name == "Wallace" && $0.kind == .person })
    }

    @Test func partyWordsAreNoPartOfNames() throws {
        let found = try recognize("""
            Democrat Hillary Clinton met Sens. Jon Tester in Ohio. Virginia Democrats cheered the economist \
            Douglas Holtz-Eakin, and Justice Department officials won the Erikson Prize. She spoke on the \
            Steve Harvey Morning Show.
            """)
        let people = Set(found.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Hillary Clinton", "Jon Tester", "Douglas Holtz-Eakin"])
        #expect(found.contains { $0.name == "Virginia" })
        #expect(found.contains { $0.name == "Democratic Party" })
        #expect(found.first { $0.name == "Justice Department (United States)" }?.actor == "USAJUD")
    }

    @Test func americanAgenciesAndTitlesOfTheSenate() throws {
        let found = try recognize("""
            Senate Minority Leader Harry Reid said the E.U. and the EPA agreed. The Federal Bureau of Prisons \
            disagreed, the Securities and Exchange Commission told CNBC.
            """)
        let names = Set(found.map(\.name))
        #expect(names.isSuperset(of: ["United States Senate", "Harry Reid", "European Union", "Environmental Protection Agency",
                                      "Federal Bureau of Prisons", "Securities and Exchange Commission", "CNBC"]))
        #expect(!names.contains("Senate Minority") && !names.contains("Federal Bureau"))
    }

    @Test func aSurnameSharedByTwoJoinsTheOneNamedFirst() throws {
        // The order is the article's, not that of a dictionary (which changes from run to run).
        let found = try recognize("Sandy Paradis met Sandra Paradis on Monday. Paradis said no, and Paradis left.")
        #expect(found.first { $0.name == "Sandy Paradis" }?.mentions.count == 3)
        #expect(found.first { $0.name == "Sandra Paradis" }?.mentions.count == 1)
    }

    @Test func aOneWordNameBesideACompanysWordsIsACompany() throws {
        let found = try recognize("""
            Mondelez announced it was laying off 600 workers in Chicago. Mondelez is the parent company of Nabisco, \
            and investors asked why Mondelez moved the plant to Mexico. Kerr said he would stay.
            """)
        #expect(found.first { $0.name == "Mondelez" }?.kind == .organization)
        #expect(found.first { $0.name == "Kerr" }?.kind != .organization, "a person the article calls he stays a person")
    }

    @Test func banksInOtherLanguagesAndStockExchanges() throws {
        let found = try recognize("Economists at Banco Pichincha in Quito agreed, and shares on the Warsaw Stock Exchange rose.")
        #expect(found.filter { $0.kind == .organization }.map(\.name) == ["Banco Pichincha", "Warsaw Stock Exchange"])
    }

    @Test func aClubByTheLastWordOfItsName() throws {
        let found = try entities("""
            Manchester United held

            Manchester United drew 1-1 with Chelsea in the premier league on Saturday. Striker Ole Gunnar Solskjaer gave \
            United the lead after 20 minutes. Sheffield Wednesday lost 2-0 at home on Wednesday.
            """, date: "1996-12-21")
        #expect(found.first(where: { $0.name == "Manchester United" })?.mentions.count == 2, "in full, then as United")
        #expect(found.first(where: { $0.name == "Sheffield Wednesday" })?.mentions.count == 1, "not the day")
    }

    @Test func aPersonReadInTwoPartsIsOne() throws {
        let found = try recognize("""
            Sen. Rand Paul campaigned in Iowa. Jeb Bush followed him, and Pope John Paul II was remembered.
            """, date: "2016-01-20")
        let people = Set(found.filter { $0.kind == .person }.map(\.name))
        #expect(people.isSuperset(of: ["Rand Paul", "Jeb Bush"]))
        #expect(!people.contains("Rand") && !people.contains("Paul") && !people.contains("Bush") && !people.contains { $0.hasPrefix("Pope") })
    }

    @Test func portfoliosAndInitialsAroundNames() throws {
        let found = try recognize("""
            The Iraqi Minister of Defense Hazem Shaalan spoke. The letter was signed by R. E. Glenn and by \
            Senate Minority Leader Harry Reid.
            """, date: "2004-11-15")
        let people = Set(found.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Hazem Shaalan", "R. E. Glenn", "Harry Reid"])
        #expect(found.contains { $0.name == "United States Senate" })
    }

    @Test func peoplesDiseasesAndDaysAreNoActors() throws {
        let text = """
            Clinton leads Sanders among Latinos, who will vote after Super Tuesday. As Zika virus cases grow in \
            Florida, officials said Zika could spread. Young Latinos and Muslims cheered.
            """
        let document = try recognition.run(Document(text: text, publishedAt: "2016-02-20"))
        let names = Set(document.entities.map(\.name))
        #expect(names.isDisjoint(with: ["Latinos", "Super", "Zika", "Muslims"]))
        #expect(try recognize("Shoppers lined up for Black Friday deals at the mall in Ohio.").allSatisfy { $0.actor != "TURREB" },
                "a shopping day, not a Turkish group of that name")
        let latina = try recognize("Sonia Sotomayor, the first Latina justice, spoke.")
        #expect(!latina.contains { $0.name == "Latina" }, "a people's word is no town")
        let others = (document.annotations[OtherNames.self] ?? []).map { name in
            name.tokens.map { document.string(of: document.tokens[$0]) }.joined(separator: " ")
        }
        #expect(others.contains("Super Tuesday") && others.contains("Latinos"))
        let oil = try recognize("U.S. crude oil slipped 0.1 per cent in New York. Brent crude, used to price international oils, gained.", date: "2019-01-23")
        #expect(!oil.contains { $0.name == "Brent" }, "an oil's benchmark is no one: \(oil.map(\.name))")
        let cup = try recognize("The Kremlin spent $14 billion hosting this year’s World Cup. Fans left once the World Cup was over.",
                                date: "2018-07-01")
        #expect(!cup.contains { $0.name == "World" }, "the word the tagger read before an event's word is the event's: \(cup.map(\.name))")
        let wifi = try recognize("You can use Wi-Fi, Bluetooth, or AirPlay 2 to stream music. It lacks Wi-Fi 6.", date: "2019-10-01")
        #expect(!wifi.contains { $0.name == "Wi" }, "half of a compound word names nothing: \(wifi.map(\.name))")
    }

    @Test func theHouseByItsMembersLeadersAndCommittees() throws {
        let found = try recognize("""
            Ryan speaks

            House Speaker Paul Ryan on Thursday declared he could not back Trump. Aides met with House members who \
            endorsed him, and senior House GOP leaders said they would campaign for House and Senate members alike.
            """, date: "2016-05-05")
        let house = try #require(found.first { $0.name == "United States House of Representatives" }, "\(found.map(\.name))")
        #expect(house.mentions.count == 4 && house.actor == "USALEG")
        #expect(!found.contains { $0.name == "House" })
        #expect(try recognize("The House of Ruth shelter opened a new house.").allSatisfy { $0.actor != "USALEG" })
    }

    @Test func canadianNewsByItsOwnNames() throws {
        let found = try recognize("""
            TORONTO - The Supreme Court of Canada ruled on Friday. Andrew Scheer, leader of the Conservative Party, said \
            the Green Party and the NDP would lose seats in Parliament. The Canadian Press reported it from Halifax, N.S., \
            and from B.C.
            """, date: "2018-10-01")
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "-") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Supreme Court of Canada"] == "CANJUD" && codes["Conservative Party of Canada"] == "CANPTY"
                && codes["Green Party of Canada"] == "CANPTY" && codes["New Democratic Party"] == "CANPTY"
                && codes["Parliament of Canada"] == "CANLEG" && codes["The Canadian Press"] == "CANMED", "\(codes)")
        #expect(found.first { $0.name == "Nova Scotia" } != nil && found.first { $0.name == "British Columbia" } != nil, "\(codes)")
        // A photo's credit before its caption gives the person no sector, nor its name to them; "B.C." after a number is an era.
        let credit = try recognize("""
            Canada's Parliament met. Adrian Wyld / The Canadian Press Andrew Scheer follows Sergeant-at-Arms Kevin Vickers. \
            The city was founded in 300 B.C. by Greeks.
            """, date: "2019-01-05")
        #expect(credit.first { $0.name == "Andrew Scheer" }?.actor == nil, "\(credit.map { ($0.name, $0.actor) })")
        #expect(!credit.contains { $0.name == "British Columbia" || $0.name == "B.C." })
    }

    @Test func lawsAndCourtCasesNameNoOne() throws {
        let text = """
            Court notes

            He vowed to defend the Constitution and the Bill of Rights. The justices upheld Roe v. Wade, and the \
            Dodd-Frank Act and the Patriot Act were debated again. She would repeal the Hyde Amendment. It is \
            Clinton vs. Trump now.
            """
        let document = try recognition.run(Document(text: text, publishedAt: "2016-02-17"))
        let names = document.entities.map(\.name)
        for part in ["Bill", "Roe", "Wade", "Frank Act", "Patriot Act", "Hyde"] { #expect(!names.contains(part), "\(part) in \(names)") }
        #expect(names.contains { $0.hasSuffix("Trump") }, "a contest is no court case")
        let laws = (document.annotations[OtherNames.self] ?? []).filter { $0.kind == .agreement }.map { name in
            name.tokens.map { document.string(of: document.tokens[$0]) }.joined(separator: " ")
        }
        for law in ["Bill of Rights", "Roe v. Wade", "Patriot Act"] { #expect(laws.contains(law), "\(law) in \(laws)") }
        // A chamber's numbered bill names no one, nor the person of that first name the article names.
        let bills = try recognize("""
            Just minutes before House Bill 1523 was to take effect, a judge blocked it. Bill Gates gave money, and Senate \
            Bill 5 and Bill C-51 passed.
            """, date: "2016-07-02")
        #expect(bills.filter { $0.kind == .person }.map(\.name) == ["Bill Gates"], "\(bills.map(\.name))")
        #expect(bills.first { $0.name == "Bill Gates" }?.mentions.count == 1)
    }

    @Test func statesBeforeTheirOfficesAndPlacesNamedLikePeople() throws {
        let found = try recognize("""
            Virginia Sen. Tim Kaine spoke in May. But Sen. Pat Toomey, who met Michael Bay at Trump Tower on May 18, \
            said Virginia's governor would wait until late May.
            """)
        #expect(found.first { $0.name == "Virginia" }?.kind == .geopolitical)
        #expect(found.first { $0.name == "Trump Tower" }?.kind == .location)
        #expect(found.first { $0.name == "Michael Bay" }?.kind == .person)
        #expect(!found.contains { $0.name == "May" || $0.name == "Buta" }, "the month and a common word are no one")
        let orlando = try recognize("They remembered the victims of the June 12 Orlando nightclub attack and an Orlando-based charity helped.")
        #expect(orlando.filter { $0.name == "Orlando" }.map(\.kind) == [.geopolitical])
    }

    @Test func internationalBodiesAndArmedGroupsByTheNamesTheNewsUses() throws {
        let found = try entities("The OECD and APEC met in Paris. Shares rose on the Nasdaq. The IRA and the Ku Klux Klan were named.", date: "1996-12-06")
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Organization for Economic Cooperation and Development"] == "IGOWSTBUS")
        #expect(codes["Asia-Pacific Economic Cooperation"] == "IGOASABUS")
        #expect(codes["Nasdaq"] == "USABUS")
        #expect(codes["Irish Republican Army"] == "WEUREB")
        #expect(codes["Ku Klux Klan"] == "USAREB")
        let parties = try entities("The Social Democrats called for early elections in Bonn. Democrats in Washington disagreed.", date: "1996-12-06")
        #expect(parties.filter { $0.actor == "USAPTY" }.map { $0.mentions.count } == [1], "\(parties.map(\.name))")
    }

    @Test func companiesByNamesThatAreNoEnglishWords() throws {
        let found = try entities("Siemens said exports would rise. Gazprom said so too, and Lufthansa agreed.")
        #expect(found.filter { $0.actor?.hasPrefix("MNC") == true }.map(\.name) == ["Siemens AG", "Gazprom", "Lufthansa"])
        // Companies of world business news that the sources lack, from Herald's own table.
        let more = try entities("Chrysler and Peugeot recalled cars, and Bancomer lent to Compaq.", date: "1996-12-06")
        #expect(more.map { "\($0.name) \($0.actor ?? "-")" } == ["Chrysler MNCUSA", "Peugeot MNCFRA", "Bancomer MNCMEX", "Compaq MNCUSA"])
    }

    @Test func anAcronymGivenInBracketsIsTheBodysWhereverItStands() throws {
        let found = try entities("The Bolivian Workers Federation (COB) called a strike. The COB said it would march, and COB leaders spoke.")
        #expect(found.map { ($0.name, $0.mentions.count) }.elementsEqual([("Bolivian Workers Federation", 4)], by: ==), "\(found.map(\.name))")
        let known = try entities("Algeria blamed the Armed Islamic Group (GIA) for the attack. The GIA has killed hundreds.", date: "1996-12-06")
        #expect(known.first { $0.name == "Armed Islamic Group" }?.mentions.count == 3, "the name, the acronym in brackets and after")
    }

    @Test func aMinistryWithoutItsCountryIsTheStorysCountrys() throws {
        let found = try entities("Interfax quoted a Defence Ministry source as saying troops had left Chechnya. Russia said so too. The Ministry of Finance disagreed.", date: "1996-12-06")
        #expect(found.filter { $0.name.contains("Ministry") }.map { $0.actor ?? "" } == ["RUSMIL", "RUSGOV"])
        // (Where no country leads the story, none is guessed; America's government has departments.)
        #expect(try entities("A Finance Ministry official said the budget was balanced.").isEmpty)
        let american = try entities("Barack Obama met Joe Biden in Washington and Texas. A senior Foreign Ministry official will handle North America.")
        #expect(!american.contains { $0.name.contains("Ministry") }, "\(american.map(\.name))")
    }

    @Test func anEventsNameLeavesTheSentencesThe() throws {
        let document = try recognition.run(Document(text: "T\n\nThe Davis Cup final will be played in Sweden.", publishedAt: "1996-12-06"))
        let events = (document.annotations[OtherNames.self] ?? []).map { document.tokens[$0.tokens].map { document.string(of: $0) }.joined(separator: " ") }
        #expect(events == ["Davis Cup"])
    }

    /// A handle of words run together is the person whose name it spells, or no one: no organisation "HillaryClinton".
    @Test func socialNetworkHandles() throws {
        let found = try recognize("""
            Hillary Clinton wrote on Twitter. — Hillary Clinton (@HillaryClinton) June 1, 2016. Tom Ashby (@TomAshby) \
            replied, and @TwitchyTeam laughed.
            """, date: "2016-06-02")
        #expect(found.filter { $0.kind == .person }.map { "\($0.name) \($0.mentions.count)" } == ["Hillary Clinton 3", "Tom Ashby 2"])
        #expect(found.map(\.name) == ["Hillary Clinton", "Twitter", "Tom Ashby"], "\(found.map(\.name))")
    }
}

