import Foundation
import HeraldCore
import HeraldKnowledge
import HeraldText
import Testing
@testable import HeraldEntities

private func entities(_ text: String, date: String = "2016-09-05") throws -> [Entity] {
    try recognize(text, date: date)
}

@Suite struct EntityRecognizerTests {
    @Test func namesTitlesAndSurnamesAreOnePerson() throws {
        let found = try entities("President Barack Obama spoke. Mr Obama said the US President would go. Obama left.")
        let obama = try #require(found.first { $0.name == "Barack Obama" })
        #expect(obama.mentions.count == 4)
        #expect(obama.role == "head of state")
        #expect(obama.actor == "USAGOV")
        #expect(obama.country == "USA")
        #expect(!found.contains { $0.name == "United States" }, "the US in 'the US President' is part of the office")
    }

    @Test func countriesUnderTheirManyNames() throws {
        let found = try entities("The Russian Federation and Russia's allies met. The Russians agreed, the Kremlin said.")
        let russia = found.filter { $0.country == "RUS" && $0.kind == .geopolitical }
        #expect(russia.count == 1)
        #expect(russia.first?.mentions.count == 4)
        #expect(russia.first?.name == "Russia")
    }

    @Test func officesResolveAtTheArticleDate() throws {
        let in2016 = try entities("The British Prime Minister arrived.", date: "2016-09-05")
        #expect(in2016.first?.name == "Theresa May")
        let in2020 = try entities("The British Prime Minister arrived.", date: "2020-03-01")
        #expect(in2020.first?.name != "Theresa May")
    }

    @Test func officesAfterNationalitiesAndPossessives() throws {
        let found = try entities("The French president and the German chancellor met. Britain's prime minister left; China's President arrived.")
        let names = Set(found.filter { $0.kind == .person }.map(\.name))
        #expect(names == ["Francois Hollande", "Angela Merkel", "Theresa May", "Xi Jinping"])
        #expect(!found.contains { $0.name == "United Kingdom" }, "Britain's is part of the office")
    }

    @Test func aBareSurnameNeedsSupport() throws {
        let may = try entities("A decision is expected later this month, May said.")
        #expect(may.first?.name == "Theresa May")
        let month = try entities("The talks began in May and ended on May 5.")
        #expect(!month.contains { $0.kind == .person })
    }

    @Test func caseMatters() throws {
        let found = try entities("Al-Assad's forces have bombed us -backed Syrian rebels and US-backed fighters.")
        #expect(found.contains { $0.name == "Bashar al-Assad" })
        let usa = found.filter { $0.name == "United States" }
        #expect(usa.count == 1 && usa[0].mentions.count == 1)
    }

    @Test func seasAreLocations() throws {
        let found = try entities("Patrols in the South China Sea and the Black Sea grew.")
        #expect(found.filter { $0.kind == .location }.map(\.name).sorted() == ["Black Sea", "South China Sea"])
    }

    @Test func placesAreReadInTheArticlesCountry() throws {
        let found = try entities("Voters in Ohio, Nevada and Florida were polled.")
        #expect(found.filter { $0.kind == .geopolitical }.allSatisfy { $0.country == "USA" })
        // A small American namesake does not outweigh a capital.
        #expect(try entities("Attitudes hardened in England that year.").first?.name == "England", "a region, not a nationality word")
        let paris = try entities("The United States and Russia met in Paris on Monday.")
        #expect(paris.first { $0.name == "Paris" }?.country == "FRA")
    }

    @Test func firstNamesAreNotTownsAndJoinTheirPerson() throws {
        let found = try entities("Hillary Clinton spoke. Later Hillary’s aides and Senator Paul Ryanson left.")
        #expect(!found.contains { $0.kind == .geopolitical })
        let clinton = try #require(found.first { $0.name == "Hillary Clinton" })
        #expect(clinton.mentions.count == 2)
    }

    @Test func unknownPeopleTakeTheCountryThatDescribesThem() throws {
        let found = try entities("Russian Deputy Foreign Minister Ivan Quentinov said so. Mr Bloggs agreed.")
        let ivan = try #require(found.first { $0.name == "Ivan Quentinov" })
        #expect(ivan.country == "RUS")
        #expect(ivan.actor?.hasPrefix("RUS") == true)
        #expect(found.first { $0.name == "Bloggs" }?.country == nil)
        let general = try entities("Syrian army general Faris Quentinov denied it.")
        #expect(general.first { $0.name == "Faris Quentinov" }?.actor == "SYRMIL")
    }

    @Test func jobTitlesAreNotOrganisations() throws {
        let found = try entities("National Security Adviser Susan Rice met the Secretary of State and Deputy Foreign Minister Ivan Ivanovsky.")
        #expect(!found.contains { $0.kind == .organization })
    }

    @Test func unknownTitledPeopleAreStillPeople() throws {
        let found = try entities("Mr Quentin Fairweather, a local official, declined to comment.")
        #expect(found.contains { $0.kind == .person && $0.name == "Quentin Fairweather" })
        // Two titles in a row ("Mr President") name nobody by themselves.
        let titles = try entities("Thank you, Mr President. Mr President Quentin Fairweather spoke.")
        #expect(titles.allSatisfy { !$0.mentions.isEmpty && $0.mentions.allSatisfy { $0.end > $0.start } })
    }

    @Test func ministersOfTheG20AndHeadsOfBodiesAtTheDate() throws {
        let found = try entities("The Turkish defence minister met Japanese Foreign Minister Taro Kono in Ankara. Ban Ki-moon urged calm.",
                                 date: "2019-01-10")
        let akar = try #require(found.first { $0.name == "Hulusi Akar" })
        #expect(akar.actor == "TURMIL")
        #expect(akar.role == "defence minister")
        #expect(found.contains { $0.name == "Taro Kono" && $0.actor == "JPNGOV" })
        // Ban Ki-moon left the UN at the end of 2016: in 2019 he holds no office.
        let ban = try #require(found.first { $0.name == "Ban Ki-moon" })
        #expect(ban.kind == .person && ban.role == nil)
        let earlier = try entities("Ban Ki-moon urged calm.", date: "2015-05-01")
        #expect(earlier.first?.actor == "IGOUNO")
    }

    @Test func headsOfStateBeforeTheFactbooksHistory() throws {
        let found = try entities("The Russian president met the Japanese prime minister.", date: "2010-03-01")
        #expect(found.map(\.name) == ["Dmitry Medvedev", "Yukio Hatoyama"])
    }

    @Test func nationalityWordsAreRecordedApart() throws {
        let document = try recognition.run(Document(text: "Russian Foreign Minister Sergey Lavrov said the Russians would stay.",
                                                 publishedAt: "2016-09-05"))
        let words = (document.annotations[NationalityWords.self] ?? []).map { range in
            range.map { document.string(of: document.tokens[$0]) }.joined(separator: " ")
        }
        #expect(words == ["Russian", "Russians"])
        let groups = try recognition.run(Document(text: "Sunni and Shiite leaders met Kurdish and Christian groups.", publishedAt: "2016-09-05"))
        let affiliations = (groups.annotations[OtherNames.self] ?? []).filter { $0.kind == .affiliation }
            .map { groups.string(of: groups.tokens[$0.tokens.lowerBound]) }
        #expect(affiliations == ["Sunni", "Shiite", "Kurdish", "Christian"])
        let events = try recognition.run(Document(text: "After the World Cup and the Japanese Grand Prix, Ramadan began. Arabic is spoken.",
                                               publishedAt: "2016-09-05"))
        let names = (events.annotations[OtherNames.self] ?? []).map { name in
            name.tokens.map { events.string(of: events.tokens[$0]) }.joined(separator: " ") + ":" + name.kind.rawValue
        }
        #expect(names == ["World Cup:event", "Japanese Grand Prix:event", "Ramadan:event", "Arabic:language"])
    }

    @Test func theTaggersLongerNamesStandAndTownsNeedSupport() throws {
        let found = try entities("Boats return\n\nShrimp boats returned to the Gulf of Mexico near Texas City on Monday. Nice weather helped the fishermen.\n\nNICE, France (AP) — The mayor spoke.")
        #expect(found.contains { $0.name == "Gulf of Mexico" && $0.kind == .location })
        #expect(found.contains { $0.name == "Texas City" })
        #expect(!found.contains { $0.name == "Mexico" }, "Mexico is part of a longer name here")
        // "Nice weather" names no town; the dateline's "NICE, France" does.
        let nice = try #require(found.first { $0.name == "Nice" })
        #expect(nice.mentions.count == 1)
    }

    @Test func personNamesReadInPartAreWhole() {
        let words = ["He", "and", "his", "wife", "Manju", "Sam", "met", "Senator", "Ghulam", "Lone", "Center", "staff", "."]
        let sentenceOf = [Int](repeating: 0, count: words.count)
        let whole = EntityResolution.wholePersonNames([(5..<6, "PER"), (9..<10, "PER")], matches: [], words: words, sentenceOf: sentenceOf)
        #expect(whole.map(\.0) == [4..<6, 8..<10], "not over the title Senator, nor over Center")
        let first = EntityResolution.wholePersonNames([(1..<2, "PER")], matches: [], words: ["Yesterday", "Sam", "left"], sentenceOf: [0, 0, 0])
        #expect(first.map(\.0) == [1..<2], "a sentence's first word is capitalised whatever it is")
        // A double first name the tagger read as two people is one; a running mates' ticket is two.
        let double = ["said", "Anne", "-", "Marie", "Slaughter", "and", "the", "Clinton", "-", "Kaine", "campaign"]
        let names = EntityResolution.wholePersonNames([(1..<2, "PER"), (3..<5, "PER"), (7..<8, "PER"), (9..<10, "PER")], matches: [], words: double,
                                                      sentenceOf: [Int](repeating: 0, count: double.count), firstNames: ["Anne", "Marie", "Clinton"])
        #expect(names.map(\.0) == [1..<5, 7..<8, 9..<10])
    }

    @Test func taggedSpansBreakAtLowerCaseWords() {
        let words = ["the", "Gulf", "of", "Mexico", "near", "Texas", "City", "’s"]
        #expect(EntityResolution.nameParts(1..<8, words) == [1..<4, 5..<7])
        #expect(EntityResolution.nameParts(0..<2, ["Hillary", "’s"]) == [0..<1])
    }

    @Test func headlinesInCapitalsAreReadInTheirUsualCase() throws {
        let found = try entities("""
            Talks to go on

            ABERNATHY SAYS TALKS WITH US AND RUSSIA WILL GO ON

            Senator Hal Abernathy said on Tuesday that talks with the United States and Russia would go on.
            """)
        let abernathy = try #require(found.first { $0.name == "Hal Abernathy" })
        #expect(abernathy.kind == .person)
        #expect(abernathy.mentions.count == 2, "the headline's ABERNATHY, read as Abernathy, is the senator")
        #expect(found.first { $0.name == "United States" }?.mentions.count == 2, "US in capitals is the country")
        #expect(found.first { $0.name == "Russia" }?.mentions.count == 2)
        #expect(!found.contains { $0.name.uppercased() == "SAYS" || $0.name.uppercased() == "TALKS" })
    }

    @Test func organisationsNamedAfterPlaces() throws {
        let found = try entities("The Washington Post said students at Georgia Tech and workers at El Paso Energy would strike.")
        for name in ["Washington Post", "Georgia Tech", "El Paso Energy"] {
            #expect(found.contains { $0.name.hasSuffix(name) && $0.kind == .organization }, "\(name)")
        }
        #expect(!found.contains { $0.name == "Washington" || $0.name == "Georgia" || $0.name == "El Paso" })
        let heads = try entities("Researchers at the University of Texas told the Department of Housing and Urban Development so.")
        #expect(heads.contains { $0.name == "University of Texas" && $0.kind == .organization })
        #expect(heads.contains { $0.name == "Department of Housing and Urban Development" && $0.kind == .organization })
        #expect(!heads.contains { $0.name == "Texas" })
        let others = try entities("""
            The Club for Growth and the Center for American Progress paid the Foundation for Defense of Democracies, \
            said the National Association of Black Journalists and National Association of Hispanic Journalists.
            """)
        for name in ["Club for Growth", "Center for American Progress", "Foundation for Defense of Democracies",
                     "National Association of Black Journalists", "National Association of Hispanic Journalists"] {
            #expect(others.contains { $0.name == name && $0.kind == .organization }, "\(name)")
        }
    }

    @Test func aSurnameAfterTheFullNameIsThePersonNotATown() throws {
        let found = try entities("Joshua Abraham Norton was a citizen of San Francisco. In 1859 Norton declared himself emperor, and Norton later abolished Congress.")
        let norton = try #require(found.first { $0.name == "Joshua Abraham Norton" })
        #expect(norton.mentions.count == 3)
        #expect(!found.contains { $0.name == "Norton" })
        #expect(try entities("The World Health Organisation said so.").first?.name == "World Health Organization")
    }

    @Test func legislaturesPartiesAndCentralBanks() throws {
        let found = try entities("Congress passed the bill and the Fed raised rates. In London, Parliament debated while Labour and the Conservatives argued.")
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["United States Congress"] == "USALEG")
        #expect(codes["Federal Reserve"] == "USAGOV")
        #expect(codes["Parliament of the United Kingdom"] == "GBRLEG")
        #expect(codes["Labour Party"] == "GBRPTY")
        #expect(codes["Conservative Party"] == "GBRPTY")
    }

    @Test func ministriesOfACountry() throws {
        let found = try entities("The Russian Defence Ministry said its planes hit targets. Russia's Foreign Ministry denied it, and the U.S. Department of Defense declined to comment.")
        let codes = Dictionary(found.map { ($0.name, $0.actor ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(codes["Defence Ministry (Russia)"] == "RUSMIL")
        #expect(codes["Foreign Ministry (Russia)"] == "RUSGOV")
        #expect(codes["Defense Department (United States)"] == "USAMIL")
        #expect(found.first { $0.name == "Russia" }?.mentions.count == 1, "Russia's, before its ministry, is a mention of Russia")
        #expect(!found.contains { $0.name == "United States" }, "U.S. is part of the department's name")
    }

    @Test func clubsOnSportsPagesTownsElsewhere() throws {
        let sports = try entities("Leeds beat Chelsea 2-1 in the Premier League on Saturday. Leeds striker Smith scored twice and the coach "
            + "praised the defender, but the match in Leeds ended with a penalty.")
        let leeds = try #require(sports.first { $0.name == "Leeds United" })
        #expect(leeds.kind == .organization && leeds.actor == nil && leeds.mentions.count == 2, "a club is no political actor")
        #expect(sports.contains { $0.name == "Chelsea" && $0.kind == .organization })
        #expect(sports.contains { $0.name == "Leeds" && $0.kind == .geopolitical }, "the match in Leeds: the town")
        let politics = try entities("The council in Leeds voted on Tuesday. Leeds will build 400 homes, the mayor said.")
        #expect(!politics.contains { $0.name == "Leeds United" })
        #expect(try entities("Shares of Manchester United rose in New York.").contains { $0.name == "Manchester United" })
        #expect(!(try entities("The Forest Service said the fire in the Forest grew.")).contains { $0.name == "Nottingham Forest" })
    }

    @Test func wordsInCapitalsAreWords() throws {
        let found = try entities("WHO IS TO BLAME FOR THE US CRISIS? The WHO said the virus spread.")
        #expect(!found.contains { $0.name == "Islamic State" })
        #expect(found.first { $0.name == "World Health Organization" }?.mentions.count == 1)
        #expect(found.contains { $0.name == "United States" })
    }

    @Test func continentsAndWorldRegionsAreNoTowns() throws {
        let found = try entities("Leaders from Africa and Asia met in Europe, while ships crossed the Atlantic to the Horn of Africa.")
        for name in ["Africa", "Asia", "Europe", "Atlantic Ocean", "Horn of Africa"] {
            #expect(found.contains { $0.name == name && $0.kind == .location && $0.country == nil }, "\(name)")
        }
        #expect(!found.contains { $0.country == "TUN" || $0.country == "PHL" }, "not Mahdia, once Africa, nor Asia in the Philippines")
    }

    @Test func outletsAndTheAPsStateAbbreviations() throws {
        let found = try entities("Politico and NPR reported that Sen. Marco Rubio, R-Fla., spoke in Tampa, Fla., on Monday.")
        for name in ["Politico", "NPR"] {
            #expect(found.contains { $0.name == name && $0.kind == .organization && $0.actor == "USAMED" }, "\(name)")
        }
        #expect(found.first { $0.name == "Florida" }?.mentions.count == 2, "Fla. after a comma is one token, and Florida")
        #expect(!found.contains { $0.name == "Fla." })
        let wire = try entities("HANGZHOU, China (Herald Wire) — Leaders met.")
        #expect(wire.contains { $0.name == "Herald Wire" && $0.kind == .organization }, "an institution's words go on its name")
    }

    @Test func placesNamedAfterTownsAndPeople() throws {
        let found = try entities("Talks on the Hinkley Point nuclear project resumed, and boats left Tampa Bay for Coron Island.")
        for name in ["Hinkley Point", "Tampa Bay", "Coron Island"] {
            #expect(found.contains { $0.name == name && $0.kind == .location }, "\(name)")
        }
        #expect(!found.contains { $0.name == "Hinkley" || $0.name == "Tampa" })
    }

    @Test func leadersOfArmedGroupsArePeople() throws {
        let found = try entities("Hezbollah leader Hassan Nasrallah said Israel would pay. Nasrallah spoke from Beirut.")
        let leader = try #require(found.first { $0.name == "Hassan Nasrallah" })
        #expect(leader.kind == .person && leader.actor == "LBNREB")
        #expect(leader.mentions.count == 2, "his surname is his, not the group's")
        #expect(found.first { $0.name == "Hezbollah" }?.mentions.count == 1)
    }

    @Test func armedForcesAndAmericanDepartments() throws {
        let found = try entities("Officials at the Defense Department said the Israeli Defense Forces and the National Hurricane Center agreed.")
        #expect(found.first { $0.name.hasPrefix("Defense Department") }?.actor == "USAMIL")
        #expect(found.first { $0.name == "Israel Defense Forces" }?.actor == "ISRMIL")
        #expect(found.contains { $0.name == "National Hurricane Center" && $0.kind == .organization })
    }

    @Test func countriesWrittenInLowerCase() throws {
        let found = try entities("we flew from france to new zealand and florida, ate turkey and bought china in a shop, then took a van.")
        #expect(Set(found.map(\.name)) == ["France", "New Zealand", "Florida"], "not the bird, nor the porcelain, nor Van province")
        let state = try entities("She lives in Boston , Mass . and works there .")
        let mass = try #require(state.first { $0.name == "Massachusetts" }?.mentions.first)
        #expect(mass.end - mass.start == 4, "a full stop apart ends the sentence, not the name")
        // In a text written with capitals, a lower-case word is a place only in a country the text names.
        let hike = try entities("Hikers in Montana crossed rivers and lakes. The forest was quiet, and they reached florida later.")
        #expect(Set(hike.map(\.name)) == ["Montana", "Florida"], "no Nigerian, South Sudanese or Guernsey region")
        let regions = try entities("Voters in the Northeast and in Ohio backed him, the State Department's IG said at 9 a.m. EST.")
        #expect(regions.filter { $0.kind == .geopolitical }.compactMap(\.country).allSatisfy { $0 == "USA" },
                "no Icelandic region, no Slovenian or Burkinabe town")
    }

    /// GeoNames lists ordinary words among cities' other names ("Save" for Savé, Benin; "Rise" for
    /// Bangkit, Singapore): the knowledge base keeps none that English text writes in lower case.
    @Test func citiesOtherNamesThatAreWordsAreNoPlaces() throws {
        let found = try entities("Carson spoke in May to Save Our Youth, a nonprofit in Chicago. The super PAC Right to Rise paid for the ads.")
        #expect(found.filter { $0.kind == .geopolitical }.map(\.name) == ["Chicago"])
        // A town's other name of one word stands only where the story names its country ("Gaia" for Vila
        // Nova de Gaia, "Cabo" for Cabo de Santo Agostinho); a great city's stands anyway ("Kiev").
        let tips = try entities("Visit Gaia today. Tips from Cabo to you. Flights to Kiev were full.")
        #expect(tips.filter { $0.kind == .geopolitical }.compactMap(\.country) == ["UKR"])
        // Nor another city's name among a smaller city's (Issaquah, Washington, once "Englewood").
        let rally = try entities("The rally in Englewood drew a crowd, the New Jersey police said.")
        #expect(rally.contains { $0.name == "Englewood" } && !rally.contains { $0.name == "Issaquah" })
        #expect(try entities("Reporters met in Rome on Friday.").first?.country == "ITA", "a city's own name stands")
    }

    /// A town before its state or country is the one there, and the article's other mentions of the
    /// name are that town too; a region counts its country's share of people, so a small country's
    /// province does not outweigh a namesake city.
    @Test func townsByTheirStateOrCountryAndRegionsByTheirShare() throws {
        let primary = try entities("MANCHESTER, N.H. — Voters lined up early. Turnout in Manchester was high, officials said.")
        let manchester = try #require(primary.first { $0.name == "Manchester" })
        #expect(manchester.country == "USA" && manchester.mentions.count == 2, "not the Jamaican parish, nor the English city")
        let plant = try entities("Whirlpool makes dryers in Cleveland. The 1,300 workers at its plant in Cleveland, Tennessee, were told on Monday.")
        let cleveland = plant.filter { $0.name == "Cleveland" }
        #expect(cleveland.count == 1 && cleveland.first?.mentions.count == 2, "one Cleveland, the one in Tennessee")
        let list = try entities("The agency has offices in Boston, London, Berlin and Sydney, and works across the United States.")
        #expect(list.first { $0.name == "Boston" }?.country == "USA", "a list of towns, not Boston before England's capital")
        let oregon = try entities("Protesters marched in Portland on Sunday, and the governor of Oregon spoke.")
        #expect(oregon.first { $0.name == "Portland" }?.country == "USA", "not the Jamaican parish")
        #expect(try entities("She grew up on Long Island and works in Manhattan.").first { $0.name == "Long Island" }?.country == "USA")
        #expect(try entities("Trump flew to Palm Beach for the weekend.").first { $0.name == "Palm Beach" }?.country == "USA")
    }

    @Test func aBodyByItsNameAndItsInitialsIsOne() throws {
        let found = try entities("The United Nations met on Monday. U.N. officials said the UN would act, and OPEC agreed.")
        let un = found.filter { $0.actor == "IGOUNO" }
        #expect(un.count == 1 && un.first?.name == "United Nations" && un.first?.mentions.count == 3)
        #expect(found.first { $0.actor == "IGOOPC" }?.name == "Organization of Petroleum Exporting Countries")
    }

    /// Bodies the dictionary writes with capitalised small words ("Bank Of America") are found as the news
    /// writes them; the tagger's gazetteer still reads them as written, as it learnt them.
    @Test func bodiesWithSmallWordsInLowerCase() throws {
        let found = try entities("Bank of America and the Council of Europe said the International Committee of the Red Cross would help.")
        #expect(found.first { $0.name == "Bank of America" }?.actor == "MNCUSA")
        #expect(found.first { $0.name == "Council of Europe" }?.actor == "IGOEURCOE")
        #expect(found.first { $0.name == "International Committee of the Red Cross" }?.actor == "NGOHLHIRC")
        let document = try Pipeline(Pipeline.textComponents).run(Document(text: "Bank of America fell."))
        let matcher = NameMatcher(KnowledgeBase.standard)
        #expect(matcher.matches(in: document, smallWordsInAnyCase: true).first?.tokens == 0..<3)
        #expect(matcher.matches(in: document).first?.tokens != 0..<3)
    }

    @Test func bodiesNamedByOrdinaryWordsNeedTheirCountry() throws {
        let american = try entities("Conservatives in Texas cheered Donald Trump. The Organization of American States met. Youth voters stayed home.")
        #expect(!american.contains { $0.actor == "GBRPTY" }, "American conservatives")
        #expect(!american.contains { $0.actor == "MEAREB" || $0.actor == "FRAREB" }, "no Tanzim, no Gazteriak")
        let blog = try entities("In Washington, Zero Hedge asked whether the U.S. figures were right.")
        #expect(!blog.contains { $0.actor == "USAREB" }, "no Secret Organization Zero, American though it is")
        let british = try entities("The Conservatives won the vote in London, and Theresa May said Labour had lost.")
        #expect(british.first { $0.name == "Conservative Party" }?.actor == "GBRPTY")
        #expect(try entities("IS fighters took the town, the WHO said.").contains { $0.name == "Islamic State" }, "an acronym stays")
    }

    @Test func companiesByNamesThatAreNoOtherWord() throws {
        let found = try entities("Facebook and Google said on Monday that they would fight the fine.")
        #expect(found.contains { $0.name == "Google" && $0.kind == .organization })
        #expect(found.contains { $0.name == "Meta Platforms" && $0.actor == "MNCUSA" }, "Facebook, by the company that owns it")
    }

    @Test func aNameTheTaggerReadTwoWaysHasOneSense() throws {
        let document = try Pipeline(Pipeline.textComponents).run(Document(text: "Qarlo Vint spoke. Then Qarlo Vint left. Qarlo Vint won.", publishedAt: "2016-09-05"))
        let words = document.tokens.map { document.string(of: $0) }
        let at = words.indices.filter { words[$0] == "Qarlo" }
        var resolver = EntityResolution(document: document, base: KnowledgeBase.standard, words: words, matches: [],
                                        tagged: [(at[0]..<(at[0] + 2), "PER"), (at[1]..<(at[1] + 2), "ORG"), (at[2]..<(at[2] + 2), "PER")])
        let found = resolver.run()
        #expect(found.count == 1)
        #expect(found.first?.kind == .person && found.first?.mentions.count == 3)
    }

    @Test func aMinistersNameAfterHisPortfolioWithoutTheTagger() throws {
        let document = try Pipeline(Pipeline.textComponents).run(Document(text: """
            The Minister of Defense Hazem Shaalan spoke, and the president of the Communications Workers of America said no.
            """, publishedAt: "2004-11-15"))
        let words = document.tokens.map { document.string(of: $0) }
        var resolver = EntityResolution(document: document, base: KnowledgeBase.standard, words: words, matches: [])
        let people = resolver.run().filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Hazem Shaalan"], "not the union's 'Workers'")
        // The portfolio alone read as a name ("Defense") is none.
        let defense = try #require(words.firstIndex(of: "Defense"))
        var withPortfolio = EntityResolution(document: document, base: KnowledgeBase.standard, words: words, matches: [],
                                             tagged: [(defense..<(defense + 1), "PER")])
        #expect(withPortfolio.run().filter { $0.kind == .person }.map(\.name) == ["Hazem Shaalan"])
    }

    @Test func wordsThatNameTownsByChanceAreNoGazetteerFeature() {
        for word in ["But", "Can", "One", "May", "Friday", "March"] { #expect(NameMatcher.isWordFirst(word), "\(word)") }
        for word in ["Scotland", "Moscow", "Obama", "Xyzzyville"] { #expect(!NameMatcher.isWordFirst(word), "\(word)") }
    }

    @Test func resultsOnSportsPages() throws {
        let found = try entities("""
        Baseball results on Friday, with the winning pitcher and the league standings.
        Boston 5 Toronto 3
        Golf: leading scores after the first round of the tournament.
        69 Colin Montgomerie ( Scotland ), Ernie Els ( South Africa )
        """)
        #expect(found.contains { $0.name == "Boston" && $0.kind == .organization }, "a town beside a score is its team")
        #expect(found.contains { $0.name == "Colin Montgomerie" && $0.kind == .person })
        #expect(found.contains { $0.name == "Ernie Els" && $0.kind == .person })
        #expect(found.contains { $0.name == "South Africa" && $0.kind == .geopolitical })
        let scorers = try entities("""
        Soccer: leading scorers in the league after Sunday's matches.
        Oliver Bierhoff ( Udinese ) 12 , Batistuta ( Fiorentina ) 9
        Cricket: Australia 479 ( I. Healy 161 , W.H.S. Koerner 82 )
        """)
        for name in ["Batistuta", "I. Healy", "W.H.S. Koerner"] {
            #expect(scorers.contains { $0.name == name && $0.kind == .person }, "\(name)")
        }
        #expect(scorers.contains { $0.name == "Fiorentina" && $0.kind == .organization })
    }

    @Test func companiesByTheirLegalForm() throws {
        let found = try entities("Toyota Motor Corp said profits rose. Broken Hill Proprietary Co Ltd gained, analysts at Salomon Brothers Inc said.")
        let organisations = Set(found.filter { $0.kind == .organization }.map(\.name))
        #expect(organisations == ["Toyota Motor Corp", "Broken Hill Proprietary Co Ltd", "Salomon Brothers Inc"])
        #expect(!found.contains { $0.kind == .geopolitical }, "Broken Hill is part of the company's name, not a town")
        let sentenceHead = try entities("Sales fell. And Ford Motor Co. said so.")
        #expect(sentenceHead.contains { $0.name == "Ford Motor Co." })
        let titled = try entities("Senate Minority Leader Chuck Schumer spoke.")
        #expect(titled.contains { $0.name == "Chuck Schumer" && $0.kind == .person })
        let law = try entities("The Senate passed the Justice Against Sponsors of Terrorism Act on Friday.")
        #expect(!law.contains { $0.kind == .person }, "a law's title after \"Justice\" is no one")
        let principal = try entities("Her daughter's school, Sandy Hook Elementary, lost its leader: Sandy Hook Elementary Principal Dawn Hochsprung died.")
        #expect(principal.contains { $0.name == "Dawn Hochsprung" && $0.kind == .person }, "the title is no part of the name")
        let music = try entities("Leonard Blavatnik, the owner of Warner Music, gave money.")
        #expect(music.first { $0.name.hasPrefix("Warner Music") }?.kind == .organization, "the company, by its short name")
    }

    @Test func aFirstNameBeforeTheFullNameAndAFirstNameBeforeASurname() throws {
        let found = try entities("""
            The foundation was run by the couple and their daughter, Chelsea. Later Chelsea Clinton, its vice chair, \
            visited Ukraine. Justin Renel Joseph argues his case; Joseph, 33, acts as his own lawyer. Joseph P. Kahn wrote.
            """)
        #expect(found.first { $0.name == "Chelsea Clinton" }?.mentions.count == 2, "the daughter named first by her first name")
        #expect(found.filter { $0.kind == .geopolitical }.map(\.name) == ["Ukraine"], "Chelsea before a surname is no town")
        #expect(found.first { $0.name == "Justin Renel Joseph" }?.mentions.count == 2, "Joseph alone is his surname")
    }

    @Test func surnamesOfTwoWordsByAHyphenOrAParticle() throws {
        let found = try entities("Douglas Holtz-Eakin, an economist, spoke. Mr. Holtz-Eakin said taxes would rise.")
        #expect(found.map(\.name) == ["Douglas Holtz-Eakin"])
        #expect(found.first?.mentions.count == 2)
        #expect(EntityResolution.surname(ofKey: "Douglas Holtz - Eakin") == "Holtz - Eakin")
        #expect(EntityResolution.surname(ofKey: "Holtz - Eakin") == nil)
        #expect(EntityResolution.surname(ofKey: "Hillary Clinton") == "Clinton")
        #expect(EntityResolution.surname(ofKey: "Bill de Blasio") == "de Blasio")
        #expect(EntityResolution.surname(ofKey: "Marine Le Pen") == "Le Pen")
        #expect(EntityResolution.surname(ofKey: "De Blasio") == nil)
        #expect(EntityResolution.surname(ofKey: "Al Sharpton") == "Sharpton")
        #expect(try entities("Vincent van Gogh painted it, and Oscar de la Renta dressed her.").map(\.name) == ["Vincent van Gogh", "Oscar de la Renta"])
        let mayor = try entities("Mayor Bill de Blasio said the city would act. De Blasio spoke again on Tuesday.")
        #expect(mayor.map(\.name) == ["Bill de Blasio"] && mayor.first?.mentions.count == 2)
        let race = try entities("Lt. Gov. Carlos Lopez-Cantera would support it. Lopez-Cantera, a Republican, spoke. Schools matter, Lopez-Cantera said.")
        #expect(race.map(\.name) == ["Carlos Lopez-Cantera"], "the surname alone, which the tagger reads as two names, is his")
        #expect(race.first?.mentions.count == 3)
    }

    @Test func oneWordJoinsThePersonNamedInFull() throws {
        let found = try entities("""
        Sanders told voters in Iowa that he would fight on. Senator Bernie Sanders of Vermont spoke for an hour, and         Jennifer Kowalczyk, his adviser, said Kowalczyk had never seen a crowd like it. Sanders left at noon.
        """)
        let sanders = try #require(found.first { $0.name == "Bernie Sanders" })
        #expect(sanders.mentions.count == 3)
        #expect(found.first { $0.name == "Jennifer Kowalczyk" }?.mentions.count == 2)
        #expect(!found.contains { $0.name == "Sanders" || $0.name == "Kowalczyk" })
        let clintons = try entities("Hillary Clinton arrived with former President Bill Clinton. Clinton spoke first.")
        #expect(clintons.first { $0.name == "Hillary Clinton" }?.mentions.count == 2, "two Clintons: 'Clinton' is the one named first")
        #expect(clintons.first { $0.name == "Bill Clinton" }?.mentions.count == 1)
    }

    @Test func aStateStaysAPlaceAndALetterIsNoOne() throws {
        let found = try entities("Sen. Marco Rubio (R-Florida) said after Ted Cruz's Iowa win that Iowa's voters had spoken.")
        #expect(found.first { $0.name == "Iowa" }?.kind == .geopolitical)
        #expect(found.first { $0.name == "Iowa" }?.mentions.count == 2)
        #expect(!found.contains { $0.name == "R" })
    }

    @Test func theLeaderOfTheArticlesCountryByHisSurname() throws {
        // In September 2016 Barack Obama and Equatorial Guinea's prime minister Francisco Pascual Obama both led.
        let found = try entities("The United States Congress said the Obama administration had been slow. Rep. Smith agreed.")
        #expect(found.first { $0.name == "Barack Obama" }?.actor == "USAGOV")
        #expect(!found.contains { $0.name == "Rep." })
    }

    @Test func aBareSurnameOfAnOfficeHolderNearTheDate() throws {
        let found = try entities("Biden said the talks would go on, and Trump disagreed.", date: "2016-09-05")
        #expect(found.first { $0.name == "Joe Biden" }?.role == "vice president", "vice president at the date")
        #expect(found.contains { $0.name == "Donald Trump" }, "president within a year of the date")
        #expect(!(try entities("Trump disagreed.", date: "2012-03-01")).contains { $0.name == "Donald Trump" })
    }

    @Test func aForeignLeadersSurnameNeedsHisCountry() throws {
        let found = try entities("In Iowa, Senator Cruz and Governor Christie spoke; the Rickettses, who own the Chicago Cubs, gave money.",
                                 date: "2016-02-01")
        #expect(!found.contains { $0.name == "Perry Christie" }, "the Bahamas' prime minister is not in this story")
        #expect(found.contains { $0.name == "Chicago Cubs" })
    }
}
