import HeraldCore
/// Words for offices in news English and the knowledge-base role titles they name.
public enum Offices {
    /// Title phrases (lowercased words) → role titles in the knowledge base, longest first.
    static let phrases: [(words: [String], titles: [String])] = [
        (["national", "security", "adviser"], ["national security adviser"]),
        (["national", "security", "advisor"], ["national security adviser"]),
        (["secretary", "of", "state"], ["secretary of state", "foreign minister"]),
        (["foreign", "minister"], ["foreign minister", "secretary of state", "foreign secretary"]),
        (["foreign", "secretary"], ["foreign secretary", "foreign minister"]),
        (["defence", "minister"], ["defence minister", "defense secretary"]),
        (["defense", "minister"], ["defence minister", "defense secretary"]),
        (["defense", "secretary"], ["defense secretary", "defence minister"]),
        (["defence", "secretary"], ["defense secretary", "defence minister"]),
        (["chancellor", "of", "the", "exchequer"], ["chancellor of the exchequer"]),
        (["secretary", "of", "the", "treasury"], ["treasury secretary"]),
        (["treasury", "secretary"], ["treasury secretary", "finance minister"]),
        (["finance", "minister"], ["finance minister", "treasury secretary", "chancellor of the exchequer", "treasurer"]),
        (["finance", "secretary"], ["finance minister", "treasury secretary"]),
        (["treasurer"], ["treasurer", "finance minister"]),
        (["prime", "minister"], ["head of government"]),
        (["vice", "president"], ["vice president"]),
        (["vice", "pres."], ["vice president"]),
        (["president"], ["head of state"]),
        (["pres."], ["head of state"]),
        (["premier"], ["head of government"]),
        (["taoiseach"], ["head of government"]),
        (["chancellor"], ["head of government"]),
        (["leader"], ["head of state", "head of government"]),
        (["king"], ["head of state"]),
        (["queen"], ["head of state"]),
    ]

    /// The longest office phrase that ends just before token `t` of `lower` (a text's words in lower
    /// case): where it starts, and the role titles it names ("Russian Foreign Minister": foreign minister).
    static func phrase(endingAt t: Int, in lower: [String]) -> (start: Int, titles: [String])? {
        for phrase in phrases where phrase.words.count <= t {
            let start = t - phrase.words.count
            if zip(phrase.words, lower[start..<t]).allSatisfy({ $0 == $1 }) { return (start, phrase.titles) }
        }
        return nil
    }

    /// The role titles of each office phrase, by its words ("prime minister": head of government).
    static let titlesByPhrase: [String: [String]] = Dictionary(phrases.map { ($0.words.joined(separator: " "), $0.titles) },
                                                               uniquingKeysWith: { first, _ in first })

    /// Words of job titles, which are not organisations ("Secretary of State", "National Security Adviser").
    public static let jobTitleWords: WordSet = [
        "secretary", "of", "state", "national", "security", "adviser", "advisor", "minister", "foreign", "defence",
        "defense", "prime", "president", "vice", "deputy", "chief", "executive", "officer", "general", "attorney",
        "treasury", "interior", "home", "finance", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
        "special", "representative", "director", "chairman", "chair", "head", "leader", "commander", "governor",
        "senator", "mayor", "premier", "chancellor", "the", "for", "affairs", "assistant", "under", "press", "staff",
        "speaker", "delegate", "congressman", "congresswoman", "superintendent", "commissioner", "majority", "minority",
    ]

    /// The words office phrases begin with.
    static let firstWords = WordSet(phrases.map { $0.words[0] })

    /// Courtesy and rank titles before a name ("Mr", "Gen.", "Sen.").
    public static let honorifics: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "gen", "gen.", "general",
        "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor", "minister", "secretary", "ambassador",
        "judge", "justice", "pope", "sheikh", "ayatollah", "colonel", "col.", "lt.", "captain", "capt.", "admiral",
        "adm.", "prof", "prof.", "professor", "mayor", "speaker", "spokesman", "spokeswoman", "chairman", "president", "pres.", "premier",
        "chancellor", "king", "queen", "prince", "princess", "emir", "sultan", "del.", "rev", "rev.", "reverend",
        "rabbi", "imam", "sgt", "sgt.", "maj.", "cpl.", "cmdr.", "cdr.", "pvt.", "pfc.", "brig.", "congressman", "congresswoman", "assemblyman", "assemblywoman",
        "councilman", "councilwoman", "alderman", "alderwoman", "sheriff", "archbishop", "sens.", "reps.", "gens.", "govs.",
    ]

    /// Party words, which are no part of a person's name ("Democrat Hillary Clinton", "Virginia Democrats").
    public static let partyWords: WordSet = [
        "democrat", "republican", "democratic", "gop", "tory", "labour", "conservative", "liberal", "libertarian",
        "independent", "socialist", "communist", "democrats", "republicans", "tories", "conservatives", "liberals",
    ]

    /// Verbs after which a capital speaks for its government ("Moscow said").
    static let actingVerbs: WordSet = [
        "said", "says", "has", "have", "had", "will", "would", "announced", "accused", "warned", "rejected", "denied",
        "demanded", "urged", "called", "condemned", "insisted", "responded", "threatened", "agreed", "refused",
        "wants", "wanted", "is", "was",
    ]

    /// Words before a month's name that show it is the month ("in May", "since May", "mid-May", "late May").
    static let monthBefore: WordSet = [
        "in", "on", "since", "until", "till", "by", "early", "late", "mid", "-", "last", "next", "this", "of", "from", "to",
        "through", "before", "after", "during",
    ]
}
