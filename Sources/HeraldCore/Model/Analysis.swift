// The analysis records of the article JSON contract (shared/spec/article-json.md).
// Offsets here are UTF-8 byte offsets into `Document.text`; the JSON writer turns them into
// Unicode scalar offsets.

/// A place where an entity is mentioned.
public struct Mention: Sendable, Hashable {
    /// Index of the sentence holding the mention.
    public var sentence: Int
    /// First byte in ``Document/text``.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Creates a mention.
    public init(sentence: Int, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// A canonical real-world referent: a person, organisation, country or place, with its mentions.
public struct Entity: Sendable, Hashable {
    /// Entity types of the contract.
    public enum Kind: String, Sendable {
        case person = "PERSON", organization = "ORG", geopolitical = "GPE", location = "LOC"
    }
    /// Document-local id ("e1").
    public var id: String
    /// The type.
    public var kind: Kind
    /// The canonical name ("Barack Obama").
    public var name: String
    /// ISO 3166-1 alpha-3 of the entity's country, nil for international bodies.
    public var country: String?
    /// The role held at the article's date ("head of state").
    public var role: String?
    /// CAMEO-style actor code ("USAGOV").
    public var actor: String?
    /// Where it is mentioned.
    public var mentions: [Mention]

    /// Creates an entity.
    public init(id: String, kind: Kind, name: String, country: String? = nil, role: String? = nil,
                actor: String? = nil, mentions: [Mention] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.country = country
        self.role = role
        self.actor = actor
        self.mentions = mentions
    }
}

/// A quotation and who said it.
public struct Quote: Sendable, Hashable {
    /// How the words are reported.
    public enum Kind: String, Sendable { case direct, partial, indirect }
    /// Index of the sentence where the quote starts.
    public var sentence: Int
    /// First byte of the quoted words.
    public var start: Int
    /// One past their last byte.
    public var end: Int
    /// The kind.
    public var kind: Kind
    /// Canonical name of the speaker, nil when the text does not say.
    public var speaker: String?
    /// Id of the speaker's entity.
    public var speakerEntity: String?
    /// The words that name the speaker.
    public var speakerText: String?
    /// The verb or phrase that introduces the quote ("said").
    public var cue: String?

    /// Creates a quote.
    public init(sentence: Int, start: Int, end: Int, kind: Kind, speaker: String? = nil,
                speakerEntity: String? = nil, speakerText: String? = nil, cue: String? = nil) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.kind = kind
        self.speaker = speaker
        self.speakerEntity = speakerEntity
        self.speakerText = speakerText
        self.cue = cue
    }
}

/// A geocoded place.
public struct Location: Sendable, Hashable {
    public var name: String
    public var country: String?
    public var admin1: String?
    public var lat: Double?
    public var lon: Double?

    /// Creates a location.
    public init(name: String, country: String? = nil, admin1: String? = nil, lat: Double? = nil, lon: Double? = nil) {
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.lat = lat
        self.lon = lon
    }
}

/// A CAMEO-coded event: `source` did `code` to `target`.
public struct Event: Sendable, Hashable {
    public var sentence: Int
    public var source: String?
    public var target: String?
    public var sourceEntity: String?
    public var targetEntity: String?
    /// CAMEO event code ("040").
    public var code: String
    /// Two-digit CAMEO root ("04").
    public var root: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int
    /// Goldstein scale value of `code`.
    public var goldstein: Double
    /// ISO date of the event, when known.
    public var date: String?
    public var location: Location?
    /// Byte range of the words that expressed it.
    public var start: Int
    public var end: Int

    /// Creates an event.
    public init(sentence: Int, source: String?, target: String?, sourceEntity: String? = nil,
                targetEntity: String? = nil, code: String, root: String, quadClass: Int, goldstein: Double,
                date: String? = nil, location: Location? = nil, start: Int, end: Int) {
        self.sentence = sentence
        self.source = source
        self.target = target
        self.sourceEntity = sourceEntity
        self.targetEntity = targetEntity
        self.code = code
        self.root = root
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.date = date
        self.location = location
        self.start = start
        self.end = end
    }
}

/// A date expression resolved against the publication date.
public struct DateMention: Sendable, Hashable {
    public var sentence: Int
    public var start: Int
    public var end: Int
    /// ISO 8601 at the precision the text gives ("2016-09-05", "2016-09", "2016-W35").
    public var value: String

    /// Creates a date mention.
    public init(sentence: Int, start: Int, end: Int, value: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.value = value
    }
}

/// Whether the article reads as one story.
public struct Integrity: Sendable, Hashable {
    /// A definite reference with nothing to refer to: where it stands, as a mention does.
    public typealias OrphanReference = Mention
    /// A sentence that also appears in an earlier article.
    public struct Reuse: Sendable, Hashable {
        public var sentence: Int
        public var article: String
        public var similarity: Double
        public init(sentence: Int, article: String, similarity: Double) {
            self.sentence = sentence
            self.article = article
            self.similarity = similarity
        }
    }
    /// True when stitched from unrelated stories; nil until judged.
    public var patchwork: Bool?
    public var score: Double?
    public var foreignSentences: [Int]
    public var orphanReferences: [OrphanReference]
    public var reusedFrom: [Reuse]

    /// Creates an integrity record; the default is "not judged".
    public init(patchwork: Bool? = nil, score: Double? = nil, foreignSentences: [Int] = [],
                orphanReferences: [OrphanReference] = [], reusedFrom: [Reuse] = []) {
        self.patchwork = patchwork
        self.score = score
        self.foreignSentences = foreignSentences
        self.orphanReferences = orphanReferences
        self.reusedFrom = reusedFrom
    }
}
