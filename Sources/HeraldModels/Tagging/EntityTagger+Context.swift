extension EntityTagger {
    /// A sentence as the tagger's features read it. Each token's hashes and word-list flags are computed when a
    /// feature first asks for them: most words of a text are tagged O without features (see ``EntityTagger/classes(_:)``).
    struct Context: TaggingContext {
        /// What the features read of one token (or pad).
        struct Token {
            var hashes: WordFeatures.Hashes
            /// A first name or surname as written ("Will", not "will"); a title ("Mr.", "President").
            var firstName = false, surname = false, titled = false
        }

        let words: [String]
        let gazetteer: [UInt8]
        /// Words without capitals, digits or letters beyond ASCII ("said", "of", ",", "“"): see ``isPlain(_:)``.
        let plain: [Bool]
        let lexicon: Lexicon
        /// The tokens read so far, after ``WordFeatures/Hashes/pad`` pads (set from the start); nil where not read.
        private var tokens: [Token?]

        var count: Int { words.count }

        init(_ input: Input, lexicon: Lexicon) {
            words = input.words
            gazetteer = input.gazetteer
            plain = input.words.map(Self.isPlain)
            self.lexicon = lexicon
            let pad = WordFeatures.Hashes.pad
            tokens = [Token?](repeating: nil, count: input.words.count + 2 * pad)
            for p in 0..<pad {
                tokens[p] = Token(hashes: WordFeatures.Hashes.startPads[p])
                tokens[pad + input.words.count + p] = Token(hashes: WordFeatures.Hashes.endPads[p])
            }
        }

        /// Token `i` (from `-pad`), read now if not before.
        private mutating func token(_ i: Int) -> Token {
            let k = i + WordFeatures.Hashes.pad
            if let token = tokens[k] { return token }
            let word = words[i]
            // Words without capitals, digits or letters beyond ASCII are scored only inside a name (rarely):
            // their affixes are hashed then.
            var token = Token(hashes: WordFeatures.Hashes(word, affixes: !plain[i]))
            // First names and surnames as written ("Will", not "will").
            if let first = word.utf8.first, first &- 0x41 < 26 {
                let hash = FeatureHash.of(word.utf8)
                token.firstName = lexicon.firstNames.row(hash) >= 0
                token.surname = lexicon.surnames.row(hash) >= 0
            }
            token.titled = lexicon.titles.row(token.hashes.word) >= 0
            tokens[k] = token
            return token
        }

        /// Whether `word` has no capital, digit or letter beyond ASCII: lower-case ASCII words and punctuation,
        /// the typographic kind too ("“", "—", "’").
        static func isPlain(_ word: String) -> Bool {
            var word = word
            return word.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    i += 1
                    if byte &- 0x41 < 26 || byte &- 0x30 < 10 { return false }
                    guard byte >= 0x80 else { continue }
                    // General Punctuation, U+2000–U+203F: E2 80 80–BF.
                    guard byte == 0xE2, i + 1 < bytes.count, bytes[i] == 0x80, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xBF else { return false }
                    i += 2
                }
                return true
            }
        }

        func gaz(_ i: Int) -> Int { i >= 0 && i < gazetteer.count ? Int(gazetteer[i]) : 0 }

        mutating func features(_ i: Int, _ previous: Int, _ previous2: Int, into out: inout FeatureList) {
            let before2 = token(i - 2), before = token(i - 1), this = token(i), after = token(i + 1), after2 = token(i + 2)
            let w = this.hashes.word, shape = this.hashes.shape
            out.reset()
            out.add(0)
            out.add(1) { $0.add(hash: w) }
            out.add(2) { $0.add(hash: shape) }
            let affix = plain[i] ? WordFeatures.Hashes.affixHashes(of: words[i]) : this.hashes.affixes
            out.add(3) { $0.add(hash: affix.suffix3) }
            out.add(4) { $0.add(hash: affix.suffix2) }
            out.add(5) { $0.add(hash: affix.prefix2) }
            out.add(6) { $0.add(hash: before.hashes.word) }
            out.add(7) { $0.add(hash: after.hashes.word) }
            out.add(8) { $0.add(hash: before.hashes.shape) }
            out.add(9) { $0.add(hash: after.hashes.shape) }
            out.add(10) { $0.add(previous) }
            out.add(11) { $0.add(previous); $0.add(previous2) }
            out.add(12) { $0.add(previous); $0.add(hash: shape) }
            out.add(13) { $0.add(gaz(i)) }
            out.add(14) { $0.add(gaz(i - 1)) }
            out.add(15) { $0.add(gaz(i + 1)) }
            out.add(16) { $0.add(gaz(i)); $0.add(hash: shape) }
            out.add(17) { $0.add(this.firstName ? 1 : 0); $0.add(hash: shape) }
            out.add(18) { $0.add(before.firstName ? 1 : 0); $0.add(hash: shape) }
            out.add(19) { $0.add(before.titled ? 1 : 0); $0.add(hash: shape) }
            out.add(20) { $0.add(i == 0 ? 1 : 0); $0.add(hash: shape) }
            out.add(21) { $0.add(previous); $0.add(hash: w) }
            out.add(22) { $0.add(hash: before.hashes.word); $0.add(hash: w) }
            out.add(23) { $0.add(gaz(i)); $0.add(previous) }
            out.add(24) { $0.add(this.surname ? 1 : 0); $0.add(hash: shape) }
            out.add(25) { $0.add(before.firstName ? 1 : 0); $0.add(this.surname ? 1 : 0); $0.add(after.surname ? 1 : 0) }
            out.add(26) { $0.add(hash: affix.suffix4) }
            out.add(27) { $0.add(hash: before2.hashes.word) }
            out.add(28) { $0.add(hash: after2.hashes.word) }
        }
    }
}
