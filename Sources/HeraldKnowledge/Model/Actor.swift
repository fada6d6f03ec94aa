/// Someone or something the news names: a country, a person, an organisation, an armed group,
/// a news outlet or a place, with its CAMEO code and the roles it held over time.
public struct Actor: Sendable, Hashable {
    /// What kind of actor.
    public enum Kind: String, Sendable, CaseIterable {
        /// `place` is a city or region (GPE); `location` a sea, strait, mountain range or other place that governs nothing (LOC);
        /// `team` a sports club or franchise, an organisation that is no political actor.
        case country, person, organization, group, media, place, location, team
    }

    /// A role held for a time: "head of state" of the USA, coded `USAGOV`, from 2009-01-20.
    public struct Role: Sendable, Hashable {
        /// CAMEO-style code for the role ("USAGOV", "RUSMIL", "IGOUNO").
        public var code: String
        /// What the role is called ("head of state", "foreign minister").
        public var title: String
        /// First day, `YYYY-MM-DD`; nil when unknown (always, as far as the sources say).
        public var start: String?
        /// Last day; nil while it lasts.
        public var end: String?

        public init(code: String, title: String, start: String? = nil, end: String? = nil) {
            self.code = code
            self.title = title
            self.start = start
            self.end = end
        }

        /// How much a role's title says: 3 head of state or government, 2 a named office,
        /// 1 a sector ("government", "military"), 0 "elite".
        public var specificity: Int {
            if title.hasPrefix("head of") { return 3 }
            if title == "elite" { return 0 }
            return Self.sectorTitles.contains(title) ? 1 : 2
        }

        /// Titles that only name a sector.
        public static let sectorTitles: Set<String> = [
            "government", "military", "opposition", "rebel", "legislature", "judiciary", "police", "intelligence",
            "business", "media", "civilian", "education", "labor", "refugee", "health", "environment", "agriculture",
            "criminal", "international body", "NGO", "party", "insurgent", "armed forces", "separatist", "moderate", "radical",
        ]

        /// Whether the role was held on `day` (`YYYY-MM-DD`); with no day, whether it has no end.
        public func isHeld(on day: String?) -> Bool {
            guard let day else { return end == nil }
            if let start, day < start { return false }
            if let end, day > end { return false }
            return true
        }

        /// Whether the role is held at some time within `years` years of `day` (`YYYY-MM-DD`).
        public func isHeld(within years: Int, of day: String) -> Bool {
            guard let year = Int(day.prefix(4)) else { return false }
            let rest = day.dropFirst(4)
            func padded(_ year: Int) -> String { String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year) }
            let from = padded(year - years) + rest, to = padded(year + years) + rest
            if let start, start > to { return false }
            if let end, end < from { return false }
            return true
        }
    }

    /// Stable identifier ("c:USA", "p:barack-obama", "o:nato").
    public var id: String
    public var kind: Kind
    /// Canonical name ("Barack Obama", "Russia").
    public var name: String
    /// ISO 3166-1 alpha-3 of the actor's country; nil for international bodies.
    public var country: String?
    /// CAMEO-style code when the actor has one regardless of role ("USA", "IGOUNO", "SYRREB").
    public var code: String?
    public var roles: [Role]
    /// Where a place is.
    public var place: Place?

    /// Coordinates and region of a place.
    public struct Place: Sendable, Hashable {
        public var admin1: String?
        public var lat: Double
        public var lon: Double
        public var population: Int
        public init(admin1: String?, lat: Double, lon: Double, population: Int) {
            self.admin1 = admin1
            self.lat = lat
            self.lon = lon
            self.population = population
        }
    }

    public init(id: String, kind: Kind, name: String, country: String? = nil, code: String? = nil, roles: [Role] = [],
                place: Place? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.country = country
        self.code = code
        self.roles = roles
        self.place = place
    }

    /// The role held on `day`: the most specific one (head of state or government, then a named
    /// office, then a sector such as "government"), the latest begun among equals.
    public func role(on day: String?) -> Role? {
        mostSpecificRole { $0.isHeld(on: day) }
    }

    /// Of the roles `held` accepts, the most specific, the latest begun among equals.
    public func mostSpecificRole(where held: (Role) -> Bool) -> Role? {
        roles.filter(held).max { ($0.specificity, $0.start ?? "") < ($1.specificity, $1.start ?? "") }
    }
}

/// How a name refers to its actor.
public enum NameKind: String, Sendable, CaseIterable {
    /// A name or alias ("Russian Federation", "U.S.", "Putin").
    case alias
    /// A demonym or nationality adjective ("Russian"); plural nouns ("Russians") are `people`.
    case demonym
    /// The people of a country, as an actor ("the Russians").
    case people
    /// A place or building standing for a government ("the Kremlin", "the White House").
    case metonym
    /// A capital, which acts for its government when it acts ("Moscow said").
    case capital
    /// A person's surname alone ("Obama"), trusted only with support from the article.
    case surname
}
