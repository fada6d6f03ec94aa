import HeraldCore

/// How a token that ends with its own period behaves at a possible sentence end.
public enum AbbreviationClass: Sendable {
    /// Never ends a sentence: titles before names ("Mr.", "Gen.", "Lt.").
    case title
    /// Ends a sentence only before a word that usually starts one ("Inc.", "U.S.", "etc.", "W.").
    case mayEnd
}

/// The English news abbreviations the tokenizer keeps whole and the splitter reasons about.
enum Abbreviations {
    /// Titles and ranks that precede a name.
    static let titles = ShortKeyTable(words: [
        "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gen", "gens", "lt", "col", "cols", "maj",
        "capt", "cpt", "cmdr", "cdr", "adm", "sgt", "cpl", "pvt", "pfc", "brig", "sen", "sens", "rep", "reps",
        "gov", "govs", "pres", "supt", "det", "insp", "rev", "fr", "hon", "amb", "atty", "gov't", "st", "ste",
        "mt", "ft", "sr", "jr", "mme", "mlle", "msgr", "rt", "fmr",
    ])

    /// Abbreviations that may close a sentence.
    static let general = ShortKeyTable(words: [
        "etc", "inc", "corp", "ltd", "co", "cos", "bros", "plc", "llc", "dept", "univ", "assn", "est", "approx",
        "fig", "figs", "vol", "vols", "ed", "eds", "pp", "cf", "al", "vs", "v", "nos", "tel", "ext", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tues", "thurs", "ave", "blvd",
        "hwy", "mins", "hrs", "yr", "yrs", "min", "max", "misc", "intl", "natl", "govt", "mfg", "avg", "ref",
    ])

    /// Abbreviations that count only before a number ("No. 1", "Nos. 3 and 4", "Art. 5").
    static let beforeNumber = ShortKeyTable(words: ["no", "art", "sec", "para", "p", "op", "ch", "pt"])

    /// AP-style US state abbreviations: abbreviations only after a comma ("Seattle, Wash.").
    static let states = ShortKeyTable(words: [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
        "tex", "va", "vt", "wash", "wis", "wyo", "wva", "nd", "sd", "nh", "nj", "nm", "ny", "nc", "sc", "ri",
    ])

    /// The class of `p[range]`, a word without its final period, or nil if a period after it is a full stop.
    ///
    /// - Parameters:
    ///   - nextIsDigit: the next non-space character is a digit.
    ///   - afterComma: the previous token is a comma.
    static func classify(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, nextIsDigit: Bool,
                         afterComma: Bool) -> AbbreviationClass?
    {
        let n = range.count
        guard n > 0 else { return nil }
        let first = p[range.lowerBound]
        // Initials: "W", "J".
        if n == 1 { return ByteClass.isASCIILetter(first) ? .mayEnd : nil }
        // Dotted acronyms: "U.S", "U.N", "e.g", "p.m", "Ph.D".
        if isDotted(p, range) { return .mayEnd }
        guard let key = ShortKey(p, range) else { return nil }
        let capitalized = ByteClass.isASCIIUpper(first)
        if titles.contains(key) { return capitalized || key == ShortKey("st") ? .title : nil }
        if general.contains(key) { return .mayEnd }
        if nextIsDigit && beforeNumber.contains(key) { return .title }
        if afterComma && capitalized && states.contains(key) { return .mayEnd }
        // "Del." before a name elsewhere is a delegate's title (Virginia's and Maryland's House of Delegates).
        if capitalized && key == ShortKey("del") { return .title }
        return nil
    }

    /// Letters separated by single periods, at least one period ("U.S", "e.g", "Ph.D").
    private static func isDotted(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var sawDot = false
        var runLength = 0
        for i in range {
            let b = p[i]
            if b == UInt8(ascii: ".") {
                guard runLength > 0 else { return false }
                sawDot = true
                runLength = 0
            } else if ByteClass.isASCIILetter(b) {
                runLength += 1
                if runLength > 2 { return false }
            } else {
                return false
            }
        }
        return sawDot && runLength > 0
    }
}
