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
}
