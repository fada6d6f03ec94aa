import HeraldKnowledge

/// The time an article without a date is read at. "President Barack Obama", "Secretary of State John
/// Kerry" and "National Security Adviser Susan Rice" together say the story is from between July 2013
/// and January 2017, as a careful reader knows without a dateline; read at today's date instead, "the
/// US President" would be whoever holds the office now.
extension EntityResolution {
    /// A span of days, `YYYY-MM-DD`, both ends included.
    struct Era: Equatable {
        var start: String
        var end: String

        /// Its middle day: the day roles are read at.
        var middle: String { Day.string(fromOrdinal: (Day.ordinal(start) + Day.ordinal(end)) / 2) }
    }

    /// The era that the offices the article gives the people it names fit best ("President Barack
    /// Obama": his presidency): the span most of them share. Nil when the article names no one by an
    /// office, or when every office it names is still held (read as of now), or when they fit no span.
    static func era(matches: [NameMatcher.Match], words: [String], lower: [String], base: KnowledgeBase) -> Era? {
        // Per titled mention: the spans of the roles its title names.
        var constraints: [[(start: String, end: String)]] = []
        for match in matches {
            let t = match.tokens.lowerBound
            guard t > 0, let titles = title(endingAt: t, words: words, lower: lower) else { continue }
            let people = Set(match.names.map { base.names[$0].actor }.filter { base.actors[$0].kind == .person })
            guard people.count == 1, let person = people.first else { continue }
            let spans = base.actors[person].roles.filter { titles.contains($0.title) && ($0.start != nil || $0.end != nil) }
                .map { (start: $0.start ?? "0001-01-01", end: $0.end ?? "9999-12-31") }
            if !spans.isEmpty { constraints.append(spans) }
        }
        guard !constraints.isEmpty else { return nil }
        // The span's start is one of the roles' starts: the one most constraints hold at (the latest of equals).
        var best: (count: Int, era: Era)?
        for start in Set(constraints.flatMap { $0.map(\.start) }).sorted() {
            let holding = constraints.compactMap { spans in spans.first { $0.start <= start && start <= $0.end } }
            guard let end = holding.map(\.end).min(), holding.count >= (best?.count ?? 1) else { continue }
            best = (holding.count, Era(start: holding.map(\.start).max()!, end: end))
        }
        // Offices still held say nothing against reading the article as of now.
        guard let era = best?.era, era.end != "9999-12-31" else { return nil }
        return era
    }

    /// The role titles an office phrase just before token `t` names ("President", "Secretary of State",
    /// "Russian Foreign Minister"), unless the office is a former one.
    private static func title(endingAt t: Int, words: [String], lower: [String]) -> [String]? {
        guard let phrase = Offices.phrase(endingAt: t, in: lower), words[phrase.start].utf8.first.map({ $0 &- 0x41 < 26 }) == true,
              !isFormerOffice(before: phrase.start, lower) else { return nil }
        return phrase.titles
    }
}

extension Actor {
    /// The role read for an article of `era` without a date: the most specific one held at some
    /// time in it ("May" beside "President Barack Obama" in 2013–2017 is the prime minister she was
    /// from July 2016, not the home secretary of the era's middle), the latest begun among equals.
    func role(during era: EntityResolution.Era) -> Role? {
        mostSpecificRole { $0.isHeld(during: era) }
    }
}

extension Actor.Role {
    /// Whether the role is held all through `era`.
    func isHeld(throughout era: EntityResolution.Era) -> Bool { isHeld(on: era.start) && isHeld(on: era.end) }

    /// Whether the role is held at some time in `era`.
    func isHeld(during era: EntityResolution.Era) -> Bool { (start ?? era.start) <= era.end && (end ?? era.end) >= era.start }
}

/// Days as `YYYY-MM-DD` strings and as counts of days, for the middle of a span.
enum Day {
    /// Days since 0000-03-01 of the proleptic Gregorian calendar.
    static func ordinal(_ day: String) -> Int {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        let (m, d) = (parts[1], parts[2])
        let y = parts[0] - (m <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    }

    static func string(fromOrdinal n: Int) -> String {
        let era = (n >= 0 ? n : n - 146_096) / 146_097
        let dayOfEra = n - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(v).count)) + String(v) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
