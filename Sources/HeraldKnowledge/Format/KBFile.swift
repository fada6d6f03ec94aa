/// The knowledge-base file format, `herald-kb 1`: UTF-8 text, one record a line, fields
/// separated by tabs, `#` starting a comment line. The built resource and user files share it;
/// a user file loaded after the resource adds actors, names and roles, and an actor line with an
/// existing id replaces that actor.
///
/// ```
/// # herald-kb 1
/// A  <id>  <kind>  <canonical name>  <country ISO3 or ->  <code or ->
/// R  <id>  <code>  <title>  <start YYYY-MM-DD or ->  <end or ->
/// N  <id>  <name as written>  <alias|demonym|people|metonym|capital|surname>
/// P  <id>  <first-level region or ->  <latitude>  <longitude>  <population>
/// G  <agent word>  <sector code>
/// ```
///
/// Kinds are `country`, `person`, `organization`, `group`, `media`, `place` (a city or region),
/// `location` (a sea, strait or other place that governs nothing) and `team` (a sports club). A role line gives
/// what an actor was between two days ("USAGOV", "head of state"); a person with no role line
/// has no code. Names are matched case-insensitively on word boundaries, capitalised in the text.
public enum KBFile {
    /// The format's first line.
    public static let header = "# herald-kb 1"

    /// A line that does not read.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public var source: String
        public var line: Int
        public var message: String
        public var description: String { "\(source):\(line): \(message)" }
    }

    /// Reads `text` into `base`.
    public static func read(_ text: String, source: String, into base: inout KnowledgeBase) throws(FormatError) {
        try read(bytes: Array(text.utf8), source: source, into: &base)
    }

    /// Reads the UTF-8 `bytes` of a file into `base`.
    public static func read(bytes: [UInt8], source: String, into base: inout KnowledgeBase) throws(FormatError) {
        // Lines and fields are cut at their bytes ("\n", "\t") and made strings only when read: splitting the text by
        // characters took most of a start-up.
        var number = 0
        var lineStart = 0
        var fields: [Range<Int>] = []
        // The id of the line before and its actor: an actor's lines follow each other, so most ids are looked up once.
        var lastID = 0..<0, lastIndex: Int?
        while lineStart < bytes.count {
            number += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            let end = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd
            if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for k in lineStart...end where k == end || bytes[k] == UInt8(ascii: "\t") {
                fields.append(fieldStart..<k)
                fieldStart = k + 1
            }
            func string(_ i: Int) -> String { String(decoding: bytes[fields[i]], as: UTF8.self) }
            // (A field is given unless empty or "-".)
            func isGiven(_ i: Int) -> Bool {
                i < fields.count && !fields[i].isEmpty && !(fields[i].count == 1 && bytes[fields[i].lowerBound] == UInt8(ascii: "-"))
            }
            func field(_ i: Int) -> String? { isGiven(i) ? string(i) : nil }
            func fail(_ message: String) -> FormatError { FormatError(source: source, line: number, message: message) }
            /// The actor of the id in field 1, which an earlier line added.
            func actor(_ record: String) throws(FormatError) -> Int {
                if let lastIndex, fields[1].count == lastID.count, bytes[fields[1]].elementsEqual(bytes[lastID]) { return lastIndex }
                let id = string(1)
                guard let i = base.index[id] else { throw fail("\(record) for unknown actor '\(id)'") }
                (lastID, lastIndex) = (fields[1], i)
                return i
            }
            switch string(0) {
            case "A":
                guard fields.count >= 4, let id = field(1), let kindText = field(2), let name = field(3) else {
                    throw fail("an actor line needs id, kind and name")
                }
                guard let kind = Actor.Kind(rawValue: kindText) else { throw fail("unknown kind '\(kindText)'") }
                let existing = base.index[id].map { base.actors[$0] }
                let i = base.add(Actor(id: id, kind: kind, name: name, country: field(4), code: field(5), roles: existing?.roles ?? [],
                                       place: existing?.place))
                (lastID, lastIndex) = (fields[1], i)
            case "R":
                guard fields.count >= 4, isGiven(1), let code = field(2) else { throw fail("a role line needs id and code") }
                base.addRole(Actor.Role(code: code, title: field(3) ?? "", start: field(4), end: field(5)), at: try actor("role"))
            case "N":
                guard fields.count >= 3, isGiven(1), let name = field(2) else { throw fail("a name line needs id and name") }
                let i = try actor("name")
                let kind = field(3).map { NameKind(rawValue: $0) } ?? .alias
                guard let kind else { throw fail("unknown name kind '\(string(3))'") }
                base.addName(name, at: i, kind: kind)
            case "P":
                guard fields.count >= 6, isGiven(1), let lat = Double(string(3)), let lon = Double(string(4)), let population = Int(string(5))
                else { throw fail("a place line needs id, region, latitude, longitude and population") }
                base.setPlace(Actor.Place(admin1: field(2), lat: lat, lon: lon, population: population), at: try actor("place"))
            case "G":
                guard fields.count >= 3, let word = field(1), let sector = field(2) else { throw fail("an agent line needs word and sector") }
                base.addAgent(word, sector: sector)
            default:
                throw fail("unknown record '\(string(0))' (expected A, R, N, P or G)")
            }
        }
    }

    /// Writes `base` in the format, actors sorted by id, so that rebuilds diff cleanly.
    public static func write(_ base: KnowledgeBase, comments: [String]) -> String {
        var out = header + "\n"
        for comment in comments { out += "# \(comment)\n" }
        var namesByActor: [Int: [KnowledgeBase.Name]] = [:]
        for name in base.names { namesByActor[name.actor, default: []].append(name) }
        let order = base.actors.indices.sorted { base.actors[$0].id < base.actors[$1].id }
        func f(_ s: String?) -> String { s ?? "-" }
        for i in order {
            let actor = base.actors[i]
            out += "A\t\(actor.id)\t\(actor.kind.rawValue)\t\(actor.name)\t\(f(actor.country))\t\(f(actor.code))\n"
            if let place = actor.place {
                out += "P\t\(actor.id)\t\(f(place.admin1))\t\(place.lat)\t\(place.lon)\t\(place.population)\n"
            }
            for role in actor.roles.sorted(by: { ($0.start ?? "", $0.code) < ($1.start ?? "", $1.code) }) {
                out += "R\t\(actor.id)\t\(role.code)\t\(role.title)\t\(f(role.start))\t\(f(role.end))\n"
            }
            for name in (namesByActor[i] ?? []).sorted(by: { ($0.kind.rawValue, $0.text) < ($1.kind.rawValue, $1.text) }) {
                out += "N\t\(actor.id)\t\(name.text)\t\(name.kind.rawValue)\n"
            }
        }
        for (word, sector) in base.agents.sorted(by: { $0.key < $1.key }) { out += "G\t\(word)\t\(sector)\n" }
        return out
    }
}
