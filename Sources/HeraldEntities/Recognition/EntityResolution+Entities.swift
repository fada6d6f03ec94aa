import HeraldCore
import HeraldKnowledge

/// The resolution's entities, as the output contract gives them.
extension EntityResolution {
    /// The entities found, in the order of their first mentions, numbered.
    func entities() -> [Entity] {
        var records: [(first: Int, entity: Entity)] = []
        let affiliations = affiliations()
        for (actorIndex, ranges) in mentions where !ranges.isEmpty {
            let actor = base.actors[actorIndex]
            let role = actor.role(on: day)
            let kind: Entity.Kind = switch actor.kind {
            case .person: .person
            case .organization, .group, .media, .team: .organization
            case .country, .place: .geopolitical
            case .location: .location
            }
            // A person without an office at the date takes the sector and title the article describes ("rebel leader X").
            let described = actor.kind == .person && role == nil ? description(of: ranges, affiliations) : nil
            let code: String? = switch actor.kind {
            case .person: role?.code ?? actor.country.map { $0 + (described?.sector ?? "") }
            case .country, .place: actor.country
            // A world region by CAMEO's region code ("MEA", "EUR"), a sea or strait by its country if any.
            case .location: actor.code ?? actor.country
            default: actor.code
            }
            let entity = Entity(id: "", kind: kind, name: actor.name, country: actor.country,
                                role: actor.kind == .person ? role?.title ?? described?.role : nil, actor: code,
                                mentions: ranges.sorted { $0.lowerBound < $1.lowerBound }.map(mention))
            records.append((ranges.map(\.lowerBound).min()!, entity))
        }
        // (One letter names no one: "I" at the head of a quotation.)
        for (name, ranges) in unknownPeople where name.count > 1 {
            var entity = Entity(id: "", kind: .person, name: written(name, ranges), mentions: ranges.sorted { $0.lowerBound < $1.lowerBound }.map(mention))
            let described = description(of: ranges, affiliations)
            entity.role = described.role
            if let country = described.country {
                entity.country = country
                entity.actor = country + (described.sector ?? "")
            }
            records.append((ranges.map(\.lowerBound).min()!, entity))
        }
        for (name, ministry) in ministries {
            let entity = Entity(id: "", kind: .organization, name: name, country: ministry.country, actor: ministry.actor,
                                mentions: ministry.ranges.sorted { $0.lowerBound < $1.lowerBound }.map(mention))
            records.append((ministry.ranges.map(\.lowerBound).min()!, entity))
        }
        for (name, other) in unknownOthers {
            var entity = Entity(id: "", kind: other.kind, name: written(name, other.ranges), mentions: other.ranges.sorted { $0.lowerBound < $1.lowerBound }.map(mention))
            if other.kind == .organization, let (country, actor) = organisationActor(name, other.ranges, affiliations) {
                entity.country = country
                entity.actor = actor
            }
            records.append((other.ranges.map(\.lowerBound).min()!, entity))
        }
        return records.sorted { $0.first != $1.first ? $0.first < $1.first : $0.entity.name < $1.entity.name }.enumerated().map { number, record in
            var entity = record.entity
            entity.id = "e\(number + 1)"
            return entity
        }
    }

    /// A name found as words (`name`, its words joined by spaces) as the text writes it: without the
    /// spaces its words had not there ("Holtz-Eakin", not "Holtz - Eakin").
    private func written(_ name: String, _ ranges: [Range<Int>]) -> String {
        // (Most names have a space between each two words: no string is built for them.)
        func joined(_ range: Range<Int>) -> Bool { range.dropFirst().contains { document.tokens[$0].start == document.tokens[$0 - 1].end } }
        guard let range = ranges.first(where: { $0.count > 1 && joined($0) && words[$0].joined(separator: " ") == name }) else { return name }
        var text = words[range.lowerBound]
        for t in range.dropFirst() {
            if document.tokens[t].start > document.tokens[t - 1].end { text += " " }
            text += words[t]
        }
        return text
    }

    private func mention(_ tokens: Range<Int>) -> Mention {
        let start = Int(document.tokens[tokens.lowerBound].start)
        let end = Int(document.tokens[tokens.upperBound - 1].end)
        return Mention(sentence: sentenceOf[tokens.lowerBound], start: start, end: end)
    }
}
