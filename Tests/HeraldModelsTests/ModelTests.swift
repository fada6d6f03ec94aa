import Testing
@testable import HeraldModels

@Suite struct ModelTests {
    private let toy: [(words: [String], tags: [String])] = [
        (["The", "talks", "ended", "."], ["DET", "NOUN", "VERB", "PUNCT"]),
        (["Obama", "left", "Laos", "."], ["PROPN", "VERB", "PROPN", "PUNCT"]),
        (["The", "leaders", "met", "in", "Hangzhou", "."], ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]),
    ]

    @Test func learnsAndAveragesAToyCorpus() {
        let tagger = PartOfSpeechTagger.train(toy, iterations: 8)
        #expect(tagger.tag(["The", "talks", "ended", "."]) == ["DET", "NOUN", "VERB", "PUNCT"])
    }

    @Test func trainingIsReproducibleAndTheFileRoundTrips() throws {
        let a = PartOfSpeechTagger.train(toy, iterations: 4), b = PartOfSpeechTagger.train(toy, iterations: 4)
        let bytes = a.model.serialized(labels: a.tags)
        #expect(bytes == b.model.serialized(labels: b.tags))
        let (model, labels) = try AveragedPerceptron.deserialize(bytes)
        let loaded = PartOfSpeechTagger(model: model, tags: labels)
        #expect(loaded.tag(["Obama", "left", "Laos", "."]) == a.tag(["Obama", "left", "Laos", "."]))
    }

    @Test func theMeanOfModelsAveragesEachFeaturesWeights() {
        var a = AveragedPerceptron(classes: 2), b = AveragedPerceptron(classes: 2)
        a.rows = [7: 0, 9: 1]
        a.weights = [1, -1, 4, 0]
        b.rows = [7: 0]
        b.weights = [3, 1]
        let mean = AveragedPerceptron.mean(of: [a, b])
        var scores = [Float](repeating: 0, count: 2)
        mean.scores([7], into: &scores)
        #expect(scores == [2, 0])
        // A feature one model lacks counts as 0 there.
        mean.scores([9], into: &scores)
        #expect(scores == [2, 0] && mean.featureCount == 2)
    }

    /// A finished model of up to eight classes adds a row's weights eight lanes at a time; the sums are the
    /// scalar loop's, to the bit, whatever the order of the features.
    @Test func laneScoringAddsAsTheLoopDoes() {
        var model = AveragedPerceptron(classes: 7)
        model.rows = [1: 0, 2: 1, 3: 2]
        model.weights = (0..<21).map { Float($0) * 0.1 - 0.73 }
        var scalar = [Float](repeating: 0, count: 7)
        model.scores([3, 1, 2, 5, 1], into: &scalar)
        model.finish()
        var lanes = [Float](repeating: 0, count: 7)
        model.scores([3, 1, 2, 5, 1], into: &lanes)
        #expect(lanes == scalar && lanes.map(\.bitPattern) == scalar.map(\.bitPattern))
    }

    @Test func badModelFilesAreRefused() {
        #expect(throws: AveragedPerceptron.StorageError.self) { try AveragedPerceptron.deserialize(Array("nonsense".utf8)) }
        let good = PartOfSpeechTagger.train(toy, iterations: 1)
        let bytes = good.model.serialized(labels: good.tags)
        #expect(throws: AveragedPerceptron.StorageError.self) { try AveragedPerceptron.deserialize(Array(bytes.prefix(bytes.count - 3))) }
    }

    @Test func theShippedTaggerTagsNews() throws {
        let tagger = try PartOfSpeechTagger.standard()
        let tags = tagger.tag(["President", "Barack", "Obama", "said", "Monday", "gaps", "in", "trust", "remain", "."])
        #expect(tags[2] == "PROPN")
        #expect(tags[3] == "VERB")
        #expect(tags[6] == "ADP")
        #expect(tags[9] == "PUNCT")
    }

    @Test func theShippedEntityTaggerFindsNamesConsistentWithItsLabels() throws {
        let tagger = try EntityTagger.standard()
        let words = ["Barack", "Obama", "met", "Vladimir", "Putin", "in", "Hangzhou", "on", "Monday", "."]
        // The knowledge base's codes as the recognizer gives them: two people and a place.
        let person = EntityTagger.Gazetteer.person, place = EntityTagger.Gazetteer.location
        let gazetteer: [UInt8] = [person.code(beginning: true), person.code(beginning: false), 0,
                                  person.code(beginning: true), person.code(beginning: false), 0, place.code(beginning: true), 0, 0, 0]
        let input = EntityTagger.Input(words: words, gazetteer: gazetteer)
        let labels = tagger.tag(input)
        let names = tagger.names(input)
        #expect(names.contains { $0.0 == 0..<2 && $0.1 == "PER" })
        #expect(names.contains { $0.0 == 3..<5 && $0.1 == "PER" })
        // Every name begins where a label begins one, and no I- label follows an O.
        for (range, type) in names { #expect(labels[range.lowerBound] == "B-" + type) }
        for (before, label) in zip(labels, labels.dropFirst()) where label.hasPrefix("I-") { #expect(before != "O") }
    }

    @Test func firstNamesOfTheWorldAtWorkOfTheCensusInTraining() {
        let names = EntityTagger.standardFirstNames(), census = EntityTagger.censusFirstNames()
        #expect(["Petr", "Goran", "Wasim", "Zoran", "John", "Mary"].allSatisfy(names.contains))
        #expect(census.contains("John") && !["Petr", "Goran"].contains(where: census.contains))
        // Words, places, brands and days are no one's first name.
        #expect(!["Navy", "Tesla", "Audi", "Wednesday", "Galaxy", "Islam", "Jong"].contains(where: names.contains))
    }

    @Test func aTokensFeaturesDoNotDependOnWhichTokensWereReadBefore() throws {
        // The context reads tokens when features first ask for them: read in any order, each token's features are the same.
        let tagger = try EntityTagger.standard()
        let words = ["“", "Mr.", "Obama", "met", "Zoran", "Đinđić", "’s", "aides", "in", "1996", "at", "U.S.", "expense", ",", "”", "he", "said"]
        let input = EntityTagger.Input(words: words, gazetteer: [UInt8](repeating: 0, count: words.count))
        func features(order: [Int]) -> [Int: [UInt64]] {
            var context = EntityTagger.Context(input, lexicon: tagger.lexicon)
            var list = FeatureList(capacity: 32)
            var out: [Int: [UInt64]] = [:]
            for i in order {
                context.features(i, 1, 2, into: &list)
                out[i] = list.values
            }
            return out
        }
        let forward = features(order: Array(words.indices)), backward = features(order: words.indices.reversed())
        #expect(forward == backward)
        #expect(forward.count == words.count && forward.values.allSatisfy { $0.count == 29 })
    }

    @Test func resourceLinesSkipCommentsAndEmptyLines() {
        let text = "# a comment\nJohn\n\nMary\r\n#'s\nZoë"
        #expect(ResourceLines.lines(Array(text.utf8)) == ["John", "Mary", "Zoë"])
        #expect(ResourceLines.lines([]) == [])
        #expect(ResourceLines.read("first-names")?.contains("John") == true)
    }
}
