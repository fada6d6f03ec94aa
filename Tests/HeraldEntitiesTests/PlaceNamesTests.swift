import HeraldCore
import Testing
@testable import HeraldEntities

/// Places: towns, states and regions that share names, and the evidence each needs.
@Suite struct PlaceNamesTests {
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

    @Test func continentsAndWorldRegionsAreNoTowns() throws {
        let found = try entities("Leaders from Africa and Asia met in Europe, while ships crossed the Atlantic to the Horn of Africa.")
        for name in ["Africa", "Asia", "Europe", "Atlantic Ocean", "Horn of Africa"] {
            #expect(found.contains { $0.name == name && $0.kind == .location && $0.country == nil }, "\(name)")
        }
        #expect(!found.contains { $0.country == "TUN" || $0.country == "PHL" }, "not Mahdia, once Africa, nor Asia in the Philippines")
    }

    @Test func citiesByTheirEnglishNames() throws {
        // GeoNames calls them Hannover and Köln; English news, as Phoenix's country dictionary does, Hanover and Cologne.
        let found = try entities("HANOVER, Germany - The European Union's ministers met, then flew to Cologne.", date: "1996-11-24")
        #expect(found.filter { $0.kind == .geopolitical && $0.country == "DEU" }.map(\.name) == ["Hannover", "Germany", "Köln"])
        #expect(found.first(where: { $0.name == "European Union" })?.mentions.map { $0.end - $0.start } == ["European Union".count], "a sentence's 'The' is no part of it")
    }

    @Test func aDatelinesTownOnASportsPageIsNoTeam() throws {
        let found = try entities("""
            Sampras beats Becker

            HANOVER, Germany 1996-11-24

            Pete Sampras beat Boris Becker 3-6 7-6 7-6 6-7 6-4 to win the ATP Tour World Championship on Sunday.
            """, date: "1996-11-24")
        #expect(found.first(where: { $0.name == "Hannover" })?.kind == .geopolitical)
        #expect(!found.contains { $0.name == "Hanover 96" }, "not the club")
    }

    @Test func placesNamedAfterTownsAndPeople() throws {
        let found = try entities("Talks on the Hinkley Point nuclear project resumed, and boats left Tampa Bay for Coron Island.")
        for name in ["Hinkley Point", "Tampa Bay", "Coron Island"] {
            #expect(found.contains { $0.name == name && $0.kind == .location }, "\(name)")
        }
        #expect(!found.contains { $0.name == "Hinkley" || $0.name == "Tampa" })
        // A geography word within a name the tagger read as a person's makes it a place too.
        // After "port of", a town's name is the town's, no company's.
        let port = try entities("Britain's carmakers warned. Trucks pass through the Port of Dover every day.", date: "2019-01-31")
        #expect(port.map { "\($0.name) \($0.country ?? "-")" } == ["United Kingdom GBR", "Dover GBR"], "\(port.map(\.name))")
        let tower = try entities("He licensed his name to Trump Tower Manila, a tower in the Philippines.", date: "2016-06-10")
        #expect(tower.first?.name == "Trump Tower Manila" && tower.first?.kind == .location, "\(tower.map(\.name))")
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
        // So is a country, and days shortened and acronyms in capitals are no towns.
        let words = try entities("The band's reunion tour stops in Ohio. Add one Fresno chile. Closed on Sun & Mon. DACA recipients waited.")
        #expect(words.filter { $0.kind == .geopolitical }.map(\.name) == ["Ohio"], "\(words.map(\.name))")
        // Nor a word the casing lexicon has not met, though the text names the place in capitals elsewhere.
        let wedding = try entities("Veil or hair accessories.\n\nBride's shoes and jewelry.\n\nHair styling for the bride and the bridal party.")
        #expect(wedding.first { $0.name == "Bride" }.map(\.mentions.count) ?? 0 <= 1, "\(wedding.map { ($0.name, $0.mentions.count) })")
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
        // A saint's city as the news shortens it, where no great namesake bears the short name.
        let suburbs = try entities("He called Estonia a suburb of St. Petersburg. She flew to St Petersburg.")
        #expect(suburbs.filter { $0.name == "Saint Petersburg" }.map(\.country) == ["RUS"], "\(suburbs.map { ($0.name, $0.country) })")
        #expect(try entities("Biden spent Thursday in St. Paul, Minnesota.").first { $0.name == "Saint Paul" }?.country == "USA")
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
        let postal = try entities("Kasich spoke on Tuesday at Baldwin Wallace University in Berea, OH, after winning the primary.")
        #expect(postal.first { $0.name == "Berea" }?.country == "USA", "a state by its postal code, not Lesotho's Berea")
        let unknown = try entities("The finals were held in Gladstone, NJ, and the senator spoke in Fairfield, Iowa, on Monday.")
        #expect(unknown.filter { $0.name == "Gladstone" || $0.name == "Fairfield" }.map { $0.country ?? "-" } == ["USA", "USA"],
                "towns the knowledge base does not know, their states' and not namesakes elsewhere: \(unknown.map { "\($0.name) \($0.country ?? "-")" })")
        let listed = try entities("His successes were overshadowed by turmoil in Paris, Ukraine, Libya and Syria.")
        #expect(listed.contains { $0.name == "Paris" && $0.country == "FRA" }, "a list, not Paris in Ukraine")
        let cities = try entities("The tour stops in several cities, including Los Angeles, New York, London and Paris.")
        #expect(cities.contains { $0.name == "Los Angeles" }, "a list, not a town of New York State")
    }

    @Test func compoundsAndSlogansAreWeakEvidenceOfPlacesAbroad() throws {
        let compounds = try entities("He lost Miami-Dade in Florida. The 20th century brought Kennedy-Nixon and the Lincoln-Douglas debates.")
        #expect(!compounds.contains { $0.country == "CHN" || $0.country == "COL" || $0.country == "IRL" }, "\(compounds.map(\.name))")
        let slogan = try entities("Supporters of Bernie Sanders chanted \"Feel the Bern!\" in Iowa, and spread the Bern, a volunteer said.")
        #expect(!slogan.contains { $0.country == "CHE" }, "a slogan, not the Swiss canton")
        #expect(try entities("The Beijing-based maker sold phones in Ohio.").contains { $0.name == "Beijing" }, "a compound's place stands")
        #expect(try entities("Q: Where did you grow up? A: St. Croix in the U.S. Virgin Islands – the most beautiful island.")
            .allSatisfy { $0.country != "FRA" }, "the rest of a longer name")
        let words = try entities("An Introduction to Oral Proficiency and Organic Pest Control, taught in Ohio.")
        #expect(words.filter { $0.kind == .geopolitical }.map(\.name) == ["Ohio"], "\(words.map(\.name))")
        #expect(try entities("The attack in Nice shocked the world.").contains { $0.name == "Nice" && $0.country == "FRA" }, "a town after \"in\"")
        let small = try entities("So you teach Plato to plumbers? They read about Roth conversions in Ohio.")
        #expect(small.filter { $0.kind == .geopolitical }.map(\.name) == ["Ohio"], "small towns abroad need their country: \(small.map(\.name))")
    }

    @Test func citiesTheTaggerReadsAsPeopleStayCities() throws {
        let found = try recognize("""
        Campaign notes

        Martin O'Malley, the former governor of Maryland and former mayor of Baltimore, stressed his executive experience on Tuesday.
        """, date: "2016-01-26")
        #expect(found.contains { $0.name == "Baltimore" && $0.kind == .geopolitical && $0.country == "USA" }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "Baltimore" && $0.kind == .person })
        // A surname the knowledge base knows stays the person's, whatever town bears it.
        let bush = try recognize("Campaign notes\n\nBush told donors in Iowa that he would stay in the race.", date: "2016-01-26")
        #expect(!bush.contains { $0.name.hasPrefix("B") && $0.kind == .geopolitical }, "\(bush.map(\.name))")
        // A town abroad the story gives nothing else of, read as a person, is the person: Kennedy is a district of Bogotá.
        let kennedy = try recognize("The senator invoked Kennedy in his speech in Ohio. Justice Kennedy joined the majority.", date: "2016-06-01")
        #expect(!kennedy.contains { $0.country == "COL" }, "\(kennedy.map { ($0.name, $0.country) })")
        #expect(kennedy.filter { $0.kind == .person }.map(\.mentions.count) == [2], "\(kennedy.map(\.name))")
        let bogota = try recognize("Protesters gathered in Kennedy, the largest district of Bogotá, Colombia.", date: "2016-06-01")
        #expect(bogota.first { $0.name == "Kennedy" }?.country == "COL", "\(bogota.map { ($0.name, $0.country) })")
        // A great city named like a first name is the city, where the story names no one of that first name and
        // lists the name with no one ("Denver"; the cast's "Sydney").
        let denver = try recognize("The mayor of Denver spoke on Monday. Denver's police chief agreed.", date: "2016-06-01")
        #expect(denver.map { "\($0.name) \($0.kind) \($0.mentions.count)" } == ["Denver geopolitical 2"], "\(denver.map(\.name))")
        let cast = try recognize("The date went with Alex, Erika, Katie, Sydney and Heather. Sydney tried to win the rose back.", date: "2019-02-01")
        #expect(!cast.contains { $0.kind == .geopolitical }, "\(cast.map(\.name))")
    }

    /// A name that ends in a division's word is the division, and so is each name of a list its plural ends.
    @Test func countiesAreNoPeople() throws {
        let found = try recognize(
            "The race runs from Jefferson County in Colorado to Scott County in Iowa, and through Arapahoe and Jefferson counties.",
            date: "2016-08-08")
        #expect(!found.contains { $0.kind == .person }, "\(found.map { ($0.name, $0.kind) })")
        #expect(found.contains { $0.name == "Jefferson County" && $0.kind == .location })
        let village = try recognize("Their father built Trump Village in Coney Island.", date: "2016-01-04")
        #expect(village.first { $0.name == "Trump Village" }?.kind == .location, "\(village.map { ($0.name, $0.kind) })")
    }

    /// Kosovo, which ISO 3166-1 lacks, under the Phoenix dictionary's code; places written without stops
    /// ("DC", "NYC"); "U.S." after a hyphen ("the Mexico-U.S. border", "non-U.S. citizens").
    @Test func placesTheNewsWritesItsOwnWay() throws {
        let kosovo = try entities("Kosovars in Pristina marked Kosovo's independence from Serbia.")
        #expect(kosovo.first { $0.name == "Kosovo" }?.actor == "KSV", "\(kosovo.map { ($0.name, $0.actor) })")
        #expect(kosovo.first { $0.name == "Pristina" }?.country == "KSV")
        let found = try recognize("After four decades in DC, he marched in NYC Pride. The Mexico-U.S. border was closed to non-U.S. citizens.")
        #expect(found.first { $0.name == "Washington, D.C." }?.country == "USA", "\(found.map { ($0.name, $0.country) })")
        #expect(found.first { $0.name == "New York City" }?.country == "USA")
        #expect(found.first { $0.name == "United States" }?.mentions.count == 2 && !found.contains { $0.name == "U.S" })
        // A state's postal code after a comma, a party's letter or "in"; elsewhere two capitals are no state.
        let codes = try recognize("The show moves to Mountain View, CA, then Palm Bay, FL. Rep. Chris Collins, R-NY, came. The PA system failed.")
        #expect(codes.filter { $0.kind == .geopolitical && $0.name != "Mountain View" && $0.name != "Palm Bay" }.map(\.name).sorted()
                    == ["California", "Florida", "New York"], "\(codes.map(\.name))")
        #expect(!codes.contains { $0.name == "Pennsylvania" || $0.name == "CA Inc" })
    }

    /// A planet's name in a story about space is no town's, unless its state follows; elsewhere it is the town's.
    @Test func planetsInStoriesAboutSpace() throws {
        let space = try entities("NASA found a plume on Jupiter's moon Europa, near Jupiter's pole. In Jupiter, Florida, crowds watched.")
        let towns = space.filter { $0.name == "Jupiter" && $0.country == "USA" }
        #expect(towns.count == 1 && towns.first?.mentions.count == 1, "\(space.map { ($0.name, $0.country, $0.mentions.count) })")
        let golf = try entities("He bought two more courses in Florida, the Ritz Carlton Golf Club in Jupiter and Doral near Miami.")
        #expect(golf.first { $0.name == "Jupiter" }?.country == "USA")
        // A moon is a place in a story about space, however the tagger reads it.
        let moon = try recognize("""
            Astronomers now think that Europa's plumes come and go. The water may come from melted ice within Europa's \
            shell, NASA said.
            """, date: "2019-11-19")
        #expect(moon.filter { $0.name == "Europa" }.map(\.kind).allSatisfy { $0 == .location }, "\(moon.map { ($0.name, $0.kind) })")
        #expect(moon.first { $0.name == "Europa" }?.mentions.count == 2)
    }

    @Test func aLargeCityWhoseNameIsNoWordNeedsNoPreposition() throws {
        let found = try entities("Rebels shelled Grozny overnight. Fans in Reading cheered; reading is fun.", date: "1996-12-06")
        #expect(found.first { $0.name == "Grozny" }?.actor == "RUS")
        #expect(found.filter { $0.kind == .geopolitical }.count == 2, "\(found.map(\.name))")
    }

    /// A town's name is the town of the country the story names most, even after a namesake abroad, and a region of a
    /// country the story does not name does not outweigh a town of the country it does.
    @Test func townsOfTheStorysCountry() throws {
        let found = try entities("""
            Voters in Surrey, Vancouver and Burnaby, B.C., went to the polls, and a few in Bridgeview. Richmond and Delta followed on Sunday.
            """, date: "2018-10-20")
        #expect(found.filter { $0.name == "Richmond" || $0.name == "Delta" }.map { $0.country ?? "-" } == ["CAN", "CAN"],
                "\(found.map { [$0.name, $0.country] })")
    }

    @Test func aStateBeforeState() throws {
        let found = try recognize("The campaign opened offices in Iowa and Ohio. Its Virginia state director, Mike Tallon, wrote to the firm.")
        #expect(found.first { $0.name == "Virginia" }?.kind == .geopolitical, "\(found.map { [$0.name, $0.country] })")
        #expect(found.first { $0.name == "Virginia" }?.country == "USA")
    }

    @Test func americasRegions() throws {
        let found = try recognize("Voters in New England and the Rust Belt turned out; Midwest farmers stayed home.")
        #expect(found.map { "\($0.name) \($0.country ?? "-")" } == ["New England USA", "Rust Belt USA", "Midwest USA"], "\(found.map(\.name))")
    }

    @Test func citiesWrittenWithoutTheirAccents() throws {
        let found = try entities("Talks moved from Montreal to Gdansk and then to Medellin.")
        #expect(found.map { $0.country ?? "" } == ["CAN", "POL", "COL"], "\(found.map(\.name))")
    }

    /// A word of English with a capital before a word of geography names a place with it, and a surname there is no
    /// one's: "Central Park" in 2016 is not Park Geun-hye; a title before the surname is the person's.
    @Test func landmarksNamedWithWordsOfEnglish() throws {
        let found = try entities("""
            They walked across Central Park to the river. Later, President Park met Obama in Seoul.
            """, date: "2016-05-01")
        #expect(found.first { $0.name == "Central Park" }?.kind == .location, "\(found.map { [$0.name, $0.actor ?? "-"] })")
        #expect(found.first { $0.name == "Park Geun-hye" }?.mentions.count == 1, "\(found.map { [$0.name, $0.actor ?? "-"] })")
    }

    /// A surname after a plural title is its holder's; after another word with a capital, another person's.
    @Test func surnamesAfterPluralTitlesAndAfterOtherWords() throws {
        let found = try entities("""
            The policy broke with Presidents Reagan and Bush. The director, Spike Lee, spoke after Magic Johnson.
            """, date: "2016-05-01")
        #expect(found.contains { $0.name == "Ronald Reagan" }, "\(found.map(\.name))")
        #expect(!found.contains { $0.name.hasSuffix(" Johnson") && $0.name != "Magic Johnson" }, "\(found.map(\.name))")
    }

    /// A name before a comma and a region that ends the phrase is a town of the region, the knowledge base's or one it
    /// lacks, whatever the tagger read; not in a list of regions or places.
    @Test func townsBeforeTheirRegions() throws {
        let found = try entities("""
            Dana Pell, 59, of Quarrytown, Md., watched. Lou Hart of Pinecrest, Ala., came too. The tour went through \
            Ohio, Florida, and Texas, and then St. Petersburg, Tehran, and Damascus.
            """, date: "2016-07-26")
        for town in ["Quarrytown", "Pinecrest"] {
            let entity = found.first { $0.name == town }
            #expect(entity?.kind == .geopolitical && entity?.country == "USA", "\(town): \(found.map { [$0.name, $0.country ?? "-"] })")
        }
        #expect(found.contains { $0.name == "Lou Hart" }, "\(found.map(\.name))")
        #expect(found.first { $0.name == "Ohio" }?.country == "USA" && found.first { $0.name.hasSuffix("Petersburg") }?.country == "RUS",
                "\(found.map { [$0.name, $0.country ?? "-"] })")
    }
}
