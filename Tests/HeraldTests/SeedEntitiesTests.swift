import Testing
@testable import Herald

/// On the seed, every person, country and organisation under its canonical name, one entity per referent.
@Suite struct SeedEntitiesTests {
    @Test func canonicalActorsOfTheSeed() throws {
        let document = try #require(try Herald.analyze(path: Paths.seed, options: ReaderOptions(defaultDate: "2016-09-05")).first)
        var byName: [String: Entity] = [:]
        for entity in document.entities {
            #expect(byName[entity.name] == nil, "\(entity.name) appears as two entities")
            byName[entity.name] = entity
        }
        let expected: [(String, Entity.Kind, String?)] = [
            ("Barack Obama", .person, "USAGOV"), ("Vladimir Putin", .person, "RUSGOV"), ("John Kerry", .person, "USAGOV"),
            ("Sergey Lavrov", .person, "RUSGOV"), ("Susan Rice", .person, "USAGOV"), ("Theresa May", .person, "GBRGOV"),
            ("Xi Jinping", .person, "CHNGOV"), ("Bashar al-Assad", .person, "SYRGOV"), ("United States", .geopolitical, "USA"),
            ("Russia", .geopolitical, "RUS"), ("Syria", .geopolitical, "SYR"), ("China", .geopolitical, "CHN"),
            ("United Kingdom", .geopolitical, "GBR"), ("Turkey", .geopolitical, "TUR"), ("Philippines", .geopolitical, "PHL"),
            ("Ukraine", .geopolitical, "UKR"), ("Laos", .geopolitical, "LAO"), ("Hangzhou", .geopolitical, "CHN"),
            ("TASS", .organization, "RUSMED"), ("G20", .organization, "IGO"), ("Islamic State", .organization, "IMGREB"),
            ("al-Qaeda", .organization, "IMGREB"), ("UN Security Council", .organization, "IGOUNO"), ("Kurds", .organization, "KUR"),
        ]
        for (name, kind, actor) in expected {
            let entity = try #require(byName[name], "missing \(name)")
            #expect(entity.kind == kind, "\(name)")
            #expect(entity.actor == actor, "\(name)")
        }
        let obama = try #require(byName["Barack Obama"])
        #expect(Set(obama.mentions.map { document.string($0.start..<$0.end) }) == ["Barack Obama", "Obama", "Mr Obama", "US President"])
        let russia = try #require(byName["Russia"])
        #expect(Set(russia.mentions.map { document.string($0.start..<$0.end) }) == ["Russian Federation", "Russia", "Russians"])
        #expect(byName["United States"]?.mentions.contains { document.string($0.start..<$0.end) == "White House" } == true)
    }

    /// Without a date, the seed is read in the era its office holders fit ("President Barack Obama",
    /// "Secretary of State John Kerry", "National Security Adviser Susan Rice": 2013–2017), not as of now.
    @Test func theSeedWithoutADateIsReadInItsEra() throws {
        let document = try #require(try Herald.analyze(path: Paths.seed).first)
        #expect(document.publishedAt == nil)
        let obama = try #require(document.entities.first { $0.name == "Barack Obama" })
        #expect(obama.role == "head of state")
        #expect(obama.mentions.contains { document.string($0.start..<$0.end) == "US President" })
        #expect(!document.entities.contains { $0.name == "Donald Trump" })
        #expect(document.entities.first { $0.name == "Bashar al-Assad" }?.actor == "SYRGOV")
        // "May" alone: the one British leader of that name in the era (prime minister from July 2016).
        let may = try #require(document.entities.first { $0.name == "Theresa May" })
        #expect(may.country == "GBR")
        #expect(may.role == "head of government" && may.actor == "GBRGOV", "the office she held in the era, not the middle day's")
        #expect(may.mentions.map { document.string($0.start..<$0.end) } == ["May", "May"])
    }
}
