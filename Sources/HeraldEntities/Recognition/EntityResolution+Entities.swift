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
            let role = if let era { actor.role(during: era) } else { actor.role(on: day) }
            let kind: Entity.Kind = switch actor.kind {
            case .person: .person
            case .organization, .group, .media, .team: .organization
            case .country, .place: .geopolitical
            case .location: .location
            }
            // A person without an office at the date takes the sector and title the article describes ("rebel leader X").
            var described = actor.kind == .person && role == nil ? description(of: ranges, affiliations) : nil
            // (A leader's title kept after office is a courtesy: "President Clinton" in 2016 is no head of state.)
            if let title = described?.role, isFormerLeaderTitle(title, of: actorIndex) {
                described?.sector = nil
                described?.role = nil
            }
            let code: String? = switch actor.kind {
            case .person: role?.code ?? actor.country.map { $0 + (described?.sector ?? "") }
            case .country, .place: actor.country
            // A world region by CAMEO's region code ("MEA", "EUR"), a sea or strait by its country if any.
            case .location: actor.code ?? actor.country
            default: actor.code
            }
            let entity = Entity(id: "", kind: kind, name: displayName(actor.name, ranges), country: actor.country,
                                role: actor.kind == .person ? role?.title ?? described?.role : nil, actor: code,
                                mentions: mentionList(ranges))
            records.append((ranges.map(\.lowerBound).min()!, entity))
        }
        // (One letter names no one: "I" at the head of a quotation.)
        for (name, ranges) in unknownPeople where name.count > 1 {
            var entity = Entity(id: "", kind: .person, name: written(name, ranges), mentions: mentionList(ranges))
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
                                mentions: mentionList(ministry.ranges))
            records.append((ministry.ranges.map(\.lowerBound).min()!, entity))
        }
        for (name, other) in unknownOthers {
            var entity = Entity(id: "", kind: other.kind, name: written(name, other.ranges), mentions: mentionList(other.ranges))
            if other.kind == .organization, let (country, actor) = organisationActor(name, other.ranges, affiliations) {
                entity.country = country
                entity.actor = actor
            }
            // A town the knowledge base lacks, named with its region ("Ashton, Md."), is the region's country's.
            if other.kind == .location, let country = regionCountry(after: other.ranges) {
                entity.kind = .geopolitical
                entity.country = country
                entity.actor = country
            }
            records.append((other.ranges.map(\.lowerBound).min()!, entity))
        }
        return records.sorted { $0.first != $1.first ? $0.first < $1.first : $0.entity.name < $1.entity.name }.enumerated().map { number, record in
            var entity = record.entity
            entity.id = "e\(number + 1)"
            return entity
        }
    }

    /// A knowledge-base name as the article writes it where the dictionaries write it in capitals and the
    /// article does not ("COSTCO" is "Costco"; "NATO" stays).
    private func displayName(_ name: String, _ ranges: [Range<Int>]) -> String {
        guard name.utf8.count >= 5, name.utf8.allSatisfy({ $0 &- 0x41 < 26 }) else { return name }
        for range in ranges where range.count == 1 && words[range.lowerBound] != name && words[range.lowerBound].uppercased() == name {
            return words[range.lowerBound]
        }
        return name
    }

    /// A name found as words (`name`, its words joined by spaces) as the text writes it: without the
    /// spaces its words had not there ("Holtz-Eakin", not "Holtz - Eakin").
    /// (Loops, not closures that read `self`: such a closure copies the whole state.)
    private func written(_ name: String, _ ranges: [Range<Int>]) -> String {
        for range in ranges where range.count > 1 {
            // (Most names have a space between each two words: no string is built for them.)
            var joined = false
            for t in range.dropFirst() where document.tokens[t].start == document.tokens[t - 1].end { joined = true; break }
            guard joined, words[range].joined(separator: " ") == name else { continue }
            var text = words[range.lowerBound]
            for t in range.dropFirst() {
                if document.tokens[t].start > document.tokens[t - 1].end { text += " " }
                text += words[t]
            }
            return text
        }
        return name
    }

    /// The mentions at `ranges`, in the text's order.
    private func mentionList(_ ranges: [Range<Int>]) -> [Mention] {
        var list: [Mention] = []
        list.reserveCapacity(ranges.count)
        for tokens in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            list.append(Mention(sentence: sentenceOf[tokens.lowerBound], start: Int(document.tokens[tokens.lowerBound].start),
                                end: Int(document.tokens[tokens.upperBound - 1].end)))
        }
        return list
    }
}
