import Foundation
import HeraldCore
import HeraldKnowledge
import HeraldText
import Testing
@testable import HeraldEntities

@Suite struct EntityRecognizerTests {
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
        // A country's short name in "-i" before a word in lower case is its people's adjective; after "in", the country.
        let saudi = try recognition.run(Document(text: "A Saudi dissident who lived in Saudi for years met Thai police.", publishedAt: "2016-09-05"))
        let adjectives = (saudi.annotations[NationalityWords.self] ?? []).map { saudi.string(of: saudi.tokens[$0.lowerBound]) }
        #expect(adjectives == ["Saudi", "Thai"])
        #expect(saudi.entities.first(where: { $0.name == "Saudi Arabia" })?.mentions.count == 1)
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
        // (The knowledge base's company where it knows the name without its legal form: "Toyota Motor".)
        #expect(organisations == ["Toyota Motor", "Broken Hill Proprietary Co Ltd", "Salomon Brothers Inc"])
        #expect(!found.contains { $0.kind == .geopolitical }, "Broken Hill is part of the company's name, not a town")
        // A name the dictionaries write in capitals is shown as the article writes it; country codes stay.
        let capitals = try entities("Boeing and Exxon lobbied NATO members, and the University of Liverpool studied it.", date: "2016-03-01")
        #expect(capitals.contains { $0.name == "Boeing" && $0.actor == "MNCUSA" } && capitals.contains { $0.name == "NATO" }, "\(capitals.map(\.name))")
        #expect(capitals.first { $0.name == "University of Liverpool" }?.country == "GBR", "a body by the great town its name holds")
        let sentenceHead = try entities("Sales fell. And Ford Motor Co. said so.")
        #expect(sentenceHead.contains { $0.name == "Ford Motor Company" && $0.actor == "MNCUSA" && $0.mentions.first?.end == 30 }, "the name with its legal form")
        let titled = try entities("Senate Minority Leader Chuck Schumer spoke.")
        #expect(titled.contains { $0.name == "Chuck Schumer" && $0.kind == .person })
        let law = try entities("The Senate passed the Justice Against Sponsors of Terrorism Act on Friday.")
        #expect(!law.contains { $0.kind == .person }, "a law's title after \"Justice\" is no one")
        let principal = try entities("Her daughter's school, Sandy Hook Elementary, lost its leader: Sandy Hook Elementary Principal Dawn Hochsprung died.")
        #expect(principal.contains { $0.name == "Dawn Hochsprung" && $0.kind == .person }, "the title is no part of the name")
        let music = try entities("Leonard Blavatnik, the owner of Warner Music, gave money.")
        #expect(music.first { $0.name.hasPrefix("Warner Music") }?.kind == .organization, "the company, by its short name")
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

    @Test func anotherLanguagesTextIsReadForItsLongNamesAndCountriesOnly() throws {
        let indonesian = """
            Sejarah Islam

            Kita harus hati-hati terhadap aliran yang menyimpang dari ajaran Nabi. Para sahabat meng-Islam-kan orang \
            tanpa paksaan, dan Imam Abu Hanifah belajar dari Ja'far Ash Shadiq di Madinah. Berita dari Iran dan Libya \
            menunjukkan bahwa perpecahan itu masih terasa sampai hari ini, kata para ulama yang ada di sana dengan sedih.
            """
        let document = try recognition.run(Document(text: indonesian, publishedAt: "2015-10-27"))
        #expect(document.warnings.contains { $0.code == "not-english" })
        let names = document.entities.map(\.name)
        #expect(names.contains("Iran") && names.contains("Libya"), "\(names)")
        #expect(!document.entities.contains { $0.country == "JPN" }, "'Kita' (we) is no Japanese town")
        // A list of English names has few function words of any language, and is read as English.
        let list = try recognition.run(Document(text: (1...40).map { "\($0) Kyle Busch 5040 5 1 17 27" }.joined(separator: "\n"), publishedAt: "2019-11-20"))
        #expect(!list.warnings.contains { $0.code == "not-english" })
    }
}
