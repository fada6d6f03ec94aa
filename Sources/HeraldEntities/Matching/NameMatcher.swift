import HeraldCore
import HeraldKnowledge
import HeraldModels
import HeraldText

/// Finds knowledge-base names in tokenized text: a trie over lowercased tokens, longest match
/// first, with the case of the name respected (a capitalised word in the name must be
/// capitalised in the text, an all-capitals word must be in capitals: "US" is not "us").
public final class NameMatcher: Sendable {
    /// A name found in the text: tokens `tokens` name the knowledge-base names `names`.
    public struct Match: Sendable, Hashable {
        public var tokens: Range<Int>
        public var names: [Int]
    }

    private let tokenIDs: [String: Int32]
    /// The same ids by packed key, for short ASCII tokens: no string is made to look them up;
    /// tokens of up to 8 bytes, packed into one integer, in an open-addressing table.
    private let shortIDs: [ShortKey: Int32]
    private let tinyIDs: FeatureTable
    /// The trie: (state, token id) → next state.
    private let edges: FeatureTable
    /// The trie's first step, by token id (-1 where no name begins with the token): a small array read
    /// for every token, so that the large table is probed only inside a name.
    private let firstStates: [Int32]
    /// For each state, the forms of names that end there (an empty list for most).
    private let accepts: [[Int32]]
    /// For each form, its name and its tokens' case requirements (a name's other spelling has its own).
    private let formNames: [Int32]
    private let formCasing: [[UInt8]]
    /// For each form, whether it is another spelling that begins with the Arabic article (see ``otherArticleSpelling(_:casing:)``).
    private let formOpensWithArticle: [Bool]
    /// For each name, its tokens' case requirements: 0 none, 1 capitalised, 2 all capitals.
    private let casing: [[UInt8]]
    /// The id of the word "the" (-2 if no name has it), whose names yield to longer ones from the next word.
    private let theID: Int32
    /// For each name, the kind of its actor (a look-up that copies no actor).
    let actorKinds: [Actor.Kind]
    /// Whether the typographer's apostrophe reads as the typewriter's (see ``lowercased(_:foldingApostrophes:)``).
    let foldsApostrophes: Bool
    /// People's Arabic names by the keys their spellings share (see ``transliterationKeys(_:)``): actors' indexes.
    let transliterations: [String: [Int32]]

    /// Builds the matcher for every name of `base`. `foldsApostrophes` false reads "O’Malley" and "O'Malley" apart, as
    /// the matcher did when the shipped tagger's weights were trained (`herald train ner` reads its gazetteer so).
    public init(_ base: KnowledgeBase, foldsApostrophes: Bool = true) {
        self.foldsApostrophes = foldsApostrophes
        let tokenizer = Tokenizer()
        var tokenIDs: [String: Int32] = [:]
        var edges: [UInt64: Int32] = [:]
        // (Sized for the knowledge base's names at the outset: growing the tables took a tenth of a start-up.)
        tokenIDs.reserveCapacity(base.names.count)
        edges.reserveCapacity(2 * base.names.count)
        var accepts: [[Int32]] = [[]]
        accepts.reserveCapacity(2 * base.names.count)
        var casing: [[UInt8]] = []
        casing.reserveCapacity(base.names.count)
        var formNames: [Int32] = [], formCasing: [[UInt8]] = [], formOpensWithArticle: [Bool] = []
        formNames.reserveCapacity(base.names.count)
        formCasing.reserveCapacity(base.names.count)
        formOpensWithArticle.reserveCapacity(base.names.count)
        var states: Int32 = 1
        var transliterations: [String: [Int32]] = [:]
        for (index, name) in base.names.enumerated() {
            let bytes = Array(name.text.utf8)
            let tokens = tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
            // The name of a country, a state or province or a city of a million that is no common word may
            // be written in lower case ("france", "new zealand", "florida", "chicago"; not "turkey" or "reading").
            let actor = base.actors[name.actor]
            let wellKnown = actor.kind == .country || actor.kind == .place && (actor.id.hasPrefix("a:") || (actor.place?.population ?? 0) >= 1_000_000)
            // (Not a particle of people's names in lower case: "van" is no Turkish province.)
            let lowerCaseToo = wellKnown && name.kind == .alias
                && tokens.allSatisfy { Truecaser.standard.usualCase(ofLowercased: $0.lowercased()) != false }
                && !Self.countriesThatAreWords.contains(name.text.lowercased())
                && !(tokens.count == 1 && EntityResolution.nameConnectors.contains(tokens[0].lowercased()))
            // (A small word inside a name the dictionary capitalised, "Bank Of America", is marked: the
            // resolver reads it in any case, the tagger's gazetteer as written.)
            casing.append(tokens.enumerated().map { offset, token in
                if lowerCaseToo { return 0 }
                let casing = Self.casing(token)
                return offset > 0 && casing == 1 && KnowledgeBase.smallWords.contains(token.lowercased()) ? Self.smallWordCasing : casing
            })
            guard !tokens.isEmpty else { continue }
            if actor.kind == .person {
                for key in Self.transliterationKeys(tokens) { transliterations[key, default: []].append(Int32(name.actor)) }
            }
            // A final period the text may keep with its word: "Fla." after a comma is one token ("Tampa, Fla.").
            var forms = [(tokens, casing[casing.count - 1], false)]
            if tokens.count >= 2, tokens.last == ".", bytes.count >= 2, bytes[bytes.count - 2] != 0x20 {
                forms.append((tokens.dropLast(2) + [tokens[tokens.count - 2] + "."], casing[casing.count - 1], false))
            }
            if let (other, otherCase) = Self.otherArticleSpelling(tokens, casing: casing[casing.count - 1]) {
                forms.append((other, otherCase, Self.isArabicArticle(other[0])))
            }
            for (form, formCase, opensWithArticle) in forms {
                var state: Int32 = 0
                for token in form {
                    let key = Self.lowercased(token, foldingApostrophes: foldsApostrophes)
                    let id: Int32
                    if let known = tokenIDs[key] { id = known } else {
                        id = Int32(tokenIDs.count)
                        tokenIDs[key] = id
                    }
                    let edge = UInt64(UInt32(state)) << 32 | UInt64(UInt32(id))
                    if let next = edges[edge] { state = next } else {
                        edges[edge] = states
                        state = states
                        states += 1
                        accepts.append([])
                    }
                }
                accepts[Int(state)].append(Int32(formNames.count))
                formNames.append(Int32(index))
                formCasing.append(formCase)
                formOpensWithArticle.append(opensWithArticle)
            }
        }
        self.tokenIDs = tokenIDs
        self.transliterations = transliterations
        theID = tokenIDs["the"] ?? -2
        var shortIDs: [ShortKey: Int32] = [:]
        var tinyIDs: [UInt64: Int32] = [:]
        for (token, id) in tokenIDs {
            var text = token
            guard let key = text.withUTF8({ ShortKey($0, 0..<$0.count) }) else { continue }
            if key.high == 0 { tinyIDs[key.low] = id } else { shortIDs[key] = id }
        }
        self.shortIDs = shortIDs
        self.tinyIDs = FeatureTable(tinyIDs)
        self.edges = FeatureTable(edges)
        var firstStates = [Int32](repeating: -1, count: tokenIDs.count)
        for (edge, state) in edges where edge >> 32 == 0 { firstStates[Int(edge & 0xFFFF_FFFF)] = state }
        self.firstStates = firstStates
        self.accepts = accepts
        self.formNames = formNames
        self.formCasing = formCasing
        self.formOpensWithArticle = formOpensWithArticle
        self.casing = casing
        actorKinds = base.names.map { base.actors[$0.actor].kind }
    }

    /// The trie's state after `state` reads token `id`, or -1.
    @inline(__always) private func next(_ state: Int32, _ id: Int32) -> Int32 {
        state == 0 ? firstStates[Int(id)] : edges.row(UInt64(UInt32(state)) << 32 | UInt64(UInt32(id)))
    }

    /// Whether name `name` has its word at `offset` in capitals ("US", "UN").
    func isAcronym(_ name: Int, at offset: Int) -> Bool { offset < casing[name].count && casing[name][offset] == 2 }

    /// Countries whose names are common words in lower case.
    static let countriesThatAreWords: WordSet = ["china", "turkey", "chad", "guinea", "japan", "jordan", "georgia"]

    /// `token` in lower case: ASCII by its bytes, the rest by Unicode's rules, the typographer's apostrophe as the
    /// typewriter's ("O’Malley" is the knowledge base's "O'Malley", "’s" its "'s").
    static func lowercased(_ token: String, foldingApostrophes: Bool = true) -> String {
        // (ASCII in one pass over the bytes, copied only when a capital is met: a start-up lowercases every name's words.)
        var token = token, isASCII = true
        // (Nil when nothing changes.)
        let ascii = token.withUTF8 { bytes -> String? in
            var capital = false
            for byte in bytes {
                if byte >= 0x80 { isASCII = false; return nil }
                if byte &- 0x41 < 26 { capital = true }
            }
            guard capital else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in bytes.indices { out[k] = bytes[k] &- 0x41 < 26 ? bytes[k] | 0x20 : bytes[k] }
                return bytes.count
            }
        }
        if isASCII { return ascii ?? token }
        let lowered = token.lowercased()
        guard foldingApostrophes else { return lowered }
        // (The apostrophe's last byte first, a byte's test, before the scalars.)
        guard lowered.utf8.contains(0x99), lowered.unicodeScalars.contains("\u{2019}") else { return lowered }
        var folded = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars { folded.append(scalar == "\u{2019}" ? "'" : scalar) }
        return String(folded)
    }

    /// The casing mark of a capitalised small word inside a name.
    static let smallWordCasing: UInt8 = 3

    static func casing(_ token: String) -> UInt8 {
        // ASCII first, without Unicode property look-ups.
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return asciiCasing(token.utf8) }
        // (The letters counted as they come, with no array of them.)
        var first: Unicode.Scalar?, letters = 0, allCapitals = true
        for scalar in token.unicodeScalars where scalar.properties.isAlphabetic {
            if first == nil { first = scalar }
            letters += 1
            if allCapitals, !scalar.properties.isUppercase { allCapitals = false }
        }
        guard let first else { return 0 }
        if letters >= 2, allCapitals { return 2 }
        return first.properties.isUppercase ? 1 : 0
    }

    /// The casing mark of token `index` of `document`, read from the text's bytes (through a string beyond ASCII only).
    static func casing(ofToken index: Int, in document: Document) -> UInt8 {
        let bytes = document.text[document.tokens[index].range]
        return bytes.allSatisfy({ $0 < 0x80 }) ? asciiCasing(bytes) : casing(document.string(of: document.tokens[index]))
    }

    /// ``casing(_:)`` of ASCII bytes.
    @inline(__always) private static func asciiCasing(_ bytes: some Sequence<UInt8>) -> UInt8 {
        var letters = 0, capitals = 0, firstIsCapital = false
        for byte in bytes where (byte | 0x20) &- 0x61 < 26 {
            let isCapital = byte &- 0x41 < 26
            if letters == 0 { firstIsCapital = isCapital }
            letters += 1
            if isCapital { capitals += 1 }
        }
        if letters >= 2, capitals == letters { return 2 }
        return firstIsCapital ? 1 : 0
    }

    /// The names in `document`, longest first at each place, left to right, not overlapping;
    /// names for which `excluded` is true are passed over.
    /// With `smallWordsInAnyCase`, a name's small words the dictionary capitalised match in lower case too
    /// ("Bank of America" for "Bank Of America").
    public func matches(in document: Document, excluding excluded: (Int) -> Bool = { _ in false },
                        smallWordsInAnyCase lenient: Bool = false) -> [Match] {
        // (ShortKey folds ASCII case the way `lowercased()` does; other tokens take the string path.)
        let tokens = document.tokens
        // Per token, its id and the id of its form without accents, when that differs: a word with accents
        // is also its knowledge-base name written without them ("Peña" for "Pena", "François" for
        // "Francois", even where another name has "François"); not the reverse: "Gloria" is not Glória.
        let ids = document.text.withUnsafeBufferPointer { p in
            tokens.map { token -> (exact: Int32, folded: Int32) in
                if let key = ShortKey(p, token.range) {
                    return (key.high == 0 ? tinyIDs.row(key.low) : shortIDs[key] ?? -1, -1)
                }
                let word = document.string(of: token)
                let exact = tokenIDs[Self.lowercased(word, foldingApostrophes: foldsApostrophes)] ?? -1
                guard LatinFolding.mayFold(word), let folded = tokenIDs[LatinFolding.folded(word)], folded != exact else {
                    return (exact, -1)
                }
                return (exact, folded)
            }
        }
        var result: [Match] = []
        var i = 0
        // (Most documents have no word with accents the knowledge base knows without them: one path
        // through the trie from each token, without trying both readings of such words.)
        let folded = ids.contains { $0.folded >= 0 }
        func longest(from i: Int) -> Match? {
            if folded { return longestMatch(from: i, ids: ids, in: document, excluding: excluded, lenient: lenient) }
            var best: Match?
            var state: Int32 = 0
            var j = i
            while j < tokens.count, case let id = ids[j].exact, id >= 0,
                  case let next = next(state, id), next >= 0
            {
                state = next
                j += 1
                if !accepts[Int(state)].isEmpty, let found = fitting(state, i..<j, in: document, excluding: excluded, lenient: lenient) {
                    best = found
                }
            }
            return best
        }
        while i < tokens.count {
            var best = longest(from: i)
            // A name that opens with "The" yields to a longer one from its next word: "The UN" of "The UN General
            // Assembly" is the General Assembly's.
            if let found = best, found.tokens.count > 1, ids[i].exact == theID, let later = longest(from: i + 1),
               later.tokens.upperBound > found.tokens.upperBound {
                best = later
            }
            if var best {
                i = best.tokens.upperBound
                // A full stop written apart ends the sentence, not the name ("Mass ." of "Mass.").
                if best.tokens.count > 1, document.text[document.tokens[best.tokens.upperBound - 1].range].elementsEqual([UInt8(ascii: ".")]) {
                    best.tokens = best.tokens.lowerBound..<(best.tokens.upperBound - 1)
                }
                result.append(best)
            } else {
                i += 1
            }
        }
        return result
    }

    /// The names written as exactly `words` (in any case): a look-up of the trie by words.
    func names(writtenAs words: [String]) -> [Int] {
        var state: Int32 = 0
        for word in words {
            guard let id = tokenIDs[Self.lowercased(word, foldingApostrophes: foldsApostrophes)],
                  case let next = next(state, id), next >= 0 else { return [] }
            state = next
        }
        return accepts[Int(state)].map { Int(formNames[Int($0)]) }
    }

    /// The longest name that fits from token `i`, each word read as written and, where it has accents
    /// the knowledge base writes without, as that too.
    private func longestMatch(from i: Int, ids: [(exact: Int32, folded: Int32)], in document: Document,
                              excluding excluded: (Int) -> Bool, lenient: Bool) -> Match? {
        var best: Match?
        func step(_ state: Int32, _ id: Int32, _ j: Int) {
            guard id >= 0, case let next = next(state, id), next >= 0 else { return }
            if !accepts[Int(next)].isEmpty, (best?.tokens.upperBound ?? 0) <= j,
               let found = fitting(next, i..<(j + 1), in: document, excluding: excluded, lenient: lenient) { best = found }
            guard j + 1 < ids.count else { return }
            step(next, ids[j + 1].exact, j + 1)
            step(next, ids[j + 1].folded, j + 1)
        }
        step(0, ids[i].exact, i)
        step(0, ids[i].folded, i)
        return best
    }

    /// The names ending at trie state `state` that fit `tokens` (not excluded, case respected), as a match; nil if none.
    private func fitting(_ state: Int32, _ tokens: Range<Int>, in document: Document, excluding excluded: (Int) -> Bool,
                         lenient: Bool) -> Match? {
        var names: [Int] = []
        // The other spelling of a name that opens with the article is not read inside a longer name ("Maghawir al Thawra"
        // is no "Al-Thawra").
        let forms = accepts[Int(state)]
        let insideName = tokens.lowerBound > 0 && forms.contains { formOpensWithArticle[Int($0)] }
            && Self.casing(ofToken: tokens.lowerBound - 1, in: document) > 0
        for form in forms.map(Int.init) where !(insideName && formOpensWithArticle[form]) {
            let name = Int(formNames[form])
            if !names.contains(name), !excluded(name), fits(formCasing[form], tokens: tokens, in: document, lenient: lenient) { names.append(name) }
        }
        return names.isEmpty ? nil : Match(tokens: tokens, names: names)
    }

    /// Whether `match` holds only because a name's small words were read in any case ("Bank of America"):
    /// none of its names fits as written. (A look at the names' casing marks first: most have no small word.)
    func needsSmallWordsInAnyCase(_ match: Match, in document: Document) -> Bool {
        guard match.names.contains(where: { casing[$0].contains(Self.smallWordCasing) }) else { return false }
        return !match.names.contains { fits(casing[$0], tokens: match.tokens, in: document) }
    }

    /// Whether the text's case fits the name's.
    private func fits(_ required: [UInt8], tokens: Range<Int>, in document: Document, lenient: Bool = false) -> Bool {
        for (offset, index) in tokens.enumerated() where offset < required.count {
            var need = required[offset]
            if need == Self.smallWordCasing { need = lenient ? 0 : 1 }
            guard need > 0 else { continue }
            let have = Self.casing(ofToken: index, in: document)
            if need == 2 && have != 2 { return false }
            if need == 1 && have == 0 { return false }
        }
        return true
    }
}
