import Foundation

extension PartOfSpeechTagger {
    /// The tagger whose weights Herald ships (`herald train pos` writes them).
    public static func standard() throws -> PartOfSpeechTagger {
        guard let url = Bundle.module.url(forResource: "pos", withExtension: "model", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw AveragedPerceptron.StorageError(description: "the part-of-speech model is missing from the build") }
        let (model, labels) = try AveragedPerceptron.deserialize(Array(data))
        return PartOfSpeechTagger(model: model, tags: labels)
    }
}
