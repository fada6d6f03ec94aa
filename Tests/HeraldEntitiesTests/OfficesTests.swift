import HeraldCore
import Testing

/// Offices named by their titles, of countries and of bodies, resolved at the article's date.
@Suite struct OfficesTests {
    /// The people found in `text`, by the words of each mention.
    private func holders(_ text: String, date: String) throws -> [String: String] {
        let found = try recognize(text, date: date).filter { $0.kind == .person }
        let bytes = Array(text.utf8)
        return Dictionary(found.flatMap { entity in
            entity.mentions.map { (String(decoding: bytes[$0.start..<$0.end], as: UTF8.self), entity.name) }
        }, uniquingKeysWith: { first, _ in first })
    }

    /// A country's office before a name is that person's title, whether the knowledge base knows the name or only the
    /// tagger reads it: no mention of the office's holder at the date.
    @Test func anOfficeBeforeANameIsTheNamesTitle() throws {
        let people = try recognize("The US President Tom Ashby agreed with Senator Tim Corder, as did the US President.",
                                   date: "2019-11-20").filter { $0.kind == .person }
        #expect(people.map { "\($0.name) \($0.mentions.count)" } == ["Tom Ashby 1", "Tim Corder 1", "Donald Trump 1"], "\(people.map(\.name))")
    }

    @Test func aBodysOfficeNamesItsHolderAtTheDate() throws {
        let text = """
            The NATO Secretary General met the head of the World Bank. The EU's foreign policy chief and the president of the \
            European Commission arrived later, as did the Fed chair.
            """
        let in2012 = try holders(text, date: "2012-05-01")
        #expect(in2012["NATO Secretary General"] == "Anders Fogh Rasmussen", "\(in2012)")
        #expect(in2012["head of the World Bank"] == "Robert Zoellick")
        #expect(in2012["EU's foreign policy chief"] == "Catherine Ashton")
        #expect(in2012["president of the European Commission"] == "José Manuel Barroso")
        #expect(in2012["Fed chair"] == "Ben Bernanke")
        let in2020 = try holders(text, date: "2020-03-01")
        #expect(in2020["NATO Secretary General"] == "Jens Stoltenberg", "\(in2020)")
        #expect(in2020["president of the European Commission"] == "Ursula von der Leyen")
        #expect(in2020["Fed chair"] == "Jerome Powell")
    }

    @Test func anOfficeThatNamesNoOneAtTheDate() throws {
        let text = """
            The former US President spoke, and so did an ex-British prime minister and the deputy US secretary of state. \
            A US president would not. IMF chief economist Maury Obstfeld said so. The UN General Assembly voted, and the \
            head of the UN refugee agency spoke.
            """
        let found = try recognize(text, date: "2016-09-05")
        let people = found.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Maury Obstfeld"], "\(people)")
        #expect(found.contains { $0.name == "International Monetary Fund" })
        #expect(found.contains { $0.name == "UN General Assembly" })
    }

    /// The Factbook's archive stood still from 2017 to 2020 for some countries; Herald's table gives those years' leaders.
    @Test func leadersTheArchiveMisses() throws {
        let found = try holders("The Swiss president met the Peruvian president and the Lebanese prime minister.", date: "2019-03-01")
        #expect(found["Swiss president"] == "Ueli Maurer", "\(found)")
        #expect(found["Peruvian president"] == "Martín Vizcarra")
        #expect(found["Lebanese prime minister"] == "Saad Hariri")
        let slovakia = try recognize("The Slovak president spoke.", date: "2017-05-01")
        #expect(slovakia.first { $0.kind == .person }?.name == "Andrej Kiska")
        // Before the Factbook's history, Herald's table: and Iran's president heads its government, under no president.
        let earlier = try holders("The Iraqi prime minister met the Nigerian president, the Iranian president and the Polish president.",
                                  date: "2010-06-01")
        #expect(earlier["Iraqi prime minister"] == "Nuri Al Maliki", "\(earlier)")
        #expect(earlier["Nigerian president"] == "Goodluck Jonathan")
        #expect(earlier["Iranian president"] == "Mahmoud Ahmadinejad")
        #expect(earlier["Polish president"] == "Bronislaw Komorowski", "acting president after Lech Kaczyński's death")
        // South Korea's prime ministers, whom the Factbook leaves out, calling the president the head of government;
        // two presidents of one family name are two people.
        let korea = try holders("The South Korean prime minister met the South Korean president.", date: "2021-03-01")
        #expect(korea == ["South Korean prime minister": "Chung Sye Kyun", "South Korean president": "Moon Jae In"], "\(korea)")
        let lee = try holders("The South Korean president spoke.", date: "2025-09-01")
        #expect(lee["South Korean president"] == "Lee Jae-myung", "\(lee)")
        let arabSpring = try holders("The Palestinian president met the Tunisian president.", date: "2012-03-01")
        #expect(arabSpring == ["Palestinian president": "Mahmoud Abbas", "Tunisian president": "Moncef Marzouki"], "\(arabSpring)")
    }

    /// A name with a middle initial the knowledge base writes without is the one who held the office its title gives.
    @Test func aFormerPresidentByHisInitialledName() throws {
        let found = try recognize("President Viktor F. Yanukovych fled to Russia. Yanukovych was ousted.", date: "2016-08-02")
        let people = found.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Viktor Yanukovych"], "\(people.map(\.name))")
        #expect(people.first?.mentions.count == 2)
    }

    /// Heads of international bodies before 2007, and the UN's envoys, are the table's.
    @Test func earlierHeadsOfBodiesAndEnvoys() throws {
        let found = try recognize("U.N. Secretary-General Kofi Annan met NATO Secretary-General Javier Solana.", date: "1998-03-01")
        #expect(found.filter { $0.kind == .person }.map { "\($0.name) \($0.actor ?? "-")" } == ["Kofi Annan IGOUNO", "Javier Solana IGOWSTNAT"])
        let envoy = try recognize("Staffan de Mistura spoke in Geneva. Mr. de Mistura said talks would resume.", date: "2016-02-01")
        #expect(envoy.first { $0.kind == .person }.map { "\($0.name) \($0.actor ?? "-") \($0.mentions.count)" } == "Staffan de Mistura IGOUNO 2")
    }

    /// The British royal family by their names and titles, the monarch Britain's head of state.
    @Test func theBritishRoyalFamily() throws {
        let found = try recognize("Queen Elizabeth II spoke. Prince Andrew, the Duke of York, quit. Andrew said nothing.", date: "2019-11-18")
        let people = found.filter { $0.kind == .person }.map { "\($0.name) \($0.actor ?? "-") \($0.mentions.count)" }
        #expect(people == ["Elizabeth II GBRGOV 1", "Prince Andrew GBRELI 3"], "\(people)")
        let king = try holders("The British king spoke.", date: "2023-05-06")
        #expect(king["British king"] == "Charles III", "\(king)")
        let queen = try holders("The British queen spoke.", date: "2019-02-01")
        #expect(queen["British queen"] == "Elizabeth II", "\(queen)")
    }

    /// A chamber or a party the knowledge base knows as America's, after another country, is that country's.
    @Test func anotherCountrysLegislature() throws {
        let found = try recognize("Brazil's Congress voted. Congress will act again.", date: "2016-09-05")
        let bodies = found.filter { $0.kind == .organization }.map { "\($0.name) \($0.actor ?? "-") \($0.mentions.count)" }
        #expect(bodies == ["Congress (Brazil) BRALEG 2"], "\(bodies)")
        // Two countries' congresses leave the bare name as it was.
        let two = try recognize("Brazil's Congress voted. The Peruvian Congress met. Congress will act again.", date: "2016-09-05")
        #expect(two.filter { $0.kind == .organization }.map(\.name) == ["Congress (Brazil)", "Congress (Peru)", "United States Congress"])
        let american = try recognize("The US Congress and the Philippine Senate voted. The Senate met.", date: "2016-09-05")
        let chambers = american.filter { $0.kind == .organization }.map { "\($0.name) \($0.actor ?? "-")" }
        #expect(chambers == ["United States Congress USALEG", "Senate (Philippines) PHLLEG", "United States Senate USALEG"], "\(chambers)")
        // So is a party: the knowledge base's own of that country where it knows one.
        let parties = try recognize("A lawmaker from Germany's Green Party spoke. Canada's Conservative Party lost.", date: "2016-01-07")
        #expect(parties.filter { $0.kind == .organization }.map { "\($0.name) \($0.actor ?? "-")" }
                == ["Green Party (Germany) DEUPTY", "Conservative Party of Canada CANPTY"])
        // A longer party's name with its country is that party's, not America's Democrats'.
        let german = try recognize("Groups including the extremist National Democratic Party of Germany face a hearing.", date: "2016-01-07")
        #expect(german.map { "\($0.name) \($0.actor ?? "-")" } == ["National Democratic Party of Germany DEUPTY"], "\(german.map(\.name))")
    }
}
