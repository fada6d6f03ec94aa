/// A CoNLL-U treebank read into documents of paragraphs of sentences (Universal Dependencies).
public struct CoNLLU: Sendable {
    /// One sentence: its text and its tokens' forms and part-of-speech tags.
    public struct Sentence: Sendable {
        public var id: String
        public var text: String
        public var forms: [String] = []
        public var upos: [String] = []
        public var xpos: [String] = []
        public var spaceAfter: [Bool] = []
        /// The MISC column of each token.
        public var misc: [String] = []
    }

    /// One document: paragraphs, each a list of sentences.
    public struct Document: Sendable {
        public var id: String
        public var paragraphs: [[Sentence]] = []

        /// The raw text: sentences of a paragraph joined by a space, paragraphs by a blank line,
        /// and the offsets (in Unicode scalars) where each sentence ends.
        public func rawText() -> (text: String, ends: [Int]) {
            var text = ""
            var ends: [Int] = []
            var scalars = 0
            for (p, paragraph) in paragraphs.enumerated() {
                if p > 0 {
                    text += "\n\n"
                    scalars += 2
                }
                for (s, sentence) in paragraph.enumerated() {
                    if s > 0 {
                        text += " "
                        scalars += 1
                    }
                    text += sentence.text
                    scalars += sentence.text.unicodeScalars.count
                    ends.append(scalars)
                }
            }
            return (text, ends)
        }
    }

    public var documents: [Document] = []

    /// All sentences in order.
    public var sentences: [Sentence] { documents.flatMap { $0.paragraphs.flatMap { $0 } } }

    /// Parses CoNLL-U text. Documents start at `# newdoc`, paragraphs at `# newpar`.
    public init(parsing text: String) {
        var document: Document?
        var sentence = Sentence(id: "", text: "")
        var newParagraph = true
        func finishSentence() {
            guard !sentence.forms.isEmpty || !sentence.text.isEmpty else { return }
            if document == nil { document = Document(id: "doc\(documents.count + 1)") }
            if newParagraph || document!.paragraphs.isEmpty { document!.paragraphs.append([]) }
            document!.paragraphs[document!.paragraphs.count - 1].append(sentence)
            newParagraph = false
            sentence = Sentence(id: "", text: "")
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                finishSentence()
            } else if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") {
                    if let finished = document { documents.append(finished) }
                    document = Document(id: Self.value(line) ?? "doc\(documents.count + 1)")
                    newParagraph = true
                } else if line.hasPrefix("# newpar") {
                    newParagraph = true
                } else if line.hasPrefix("# text =") {
                    sentence.text = Self.value(line) ?? ""
                } else if line.hasPrefix("# sent_id =") {
                    sentence.id = Self.value(line) ?? ""
                }
            } else {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 10, !columns[0].contains("-"), !columns[0].contains(".") else { continue }
                sentence.forms.append(String(columns[1]))
                sentence.upos.append(String(columns[3]))
                sentence.xpos.append(String(columns[4]))
                sentence.spaceAfter.append(!columns[9].contains("SpaceAfter=No"))
                sentence.misc.append(String(columns[9]))
            }
        }
        finishSentence()
        if let finished = document { documents.append(finished) }
    }

    private static func value(_ line: Substring) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        return String(line[line.index(after: equals)...].drop(while: { $0 == " " }))
    }
}
