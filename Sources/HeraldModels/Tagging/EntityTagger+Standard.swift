import Foundation

extension EntityTagger {
    /// The first names the tagger is trained with (1990 US Census, the most frequent).
    public static func censusFirstNames() -> Set<String> { nameList("first-names") }

    /// The first names the tagger reads at work: the census's and the world's ("Petr", "Wasim"; see
    /// `herald train names`). Training reads the census's alone: they are nearly all the first names of
    /// its English text, and the world's there would mostly be other words, which weakens the feature.
    public static func standardFirstNames() -> Set<String> { censusFirstNames().union(nameList("world-first-names")) }

    /// The surnames the tagger reads as a feature (1990 US Census, the most frequent).
    public static func standardSurnames() -> Set<String> { Set(standardSurnamesByFrequency()) }

    /// Those surnames in the census's order, the most frequent first.
    public static func standardSurnamesByFrequency() -> [String] { names("surnames") }

    private static func nameList(_ resource: String) -> Set<String> { Set(names(resource)) }

    private static func names(_ resource: String) -> [String] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    /// The tagger whose weights Herald ships (`herald train ner` writes them).
    public static func standard() throws -> EntityTagger {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw AveragedPerceptron.StorageError(description: "the entity model is missing from the build") }
        return try EntityTagger(weights: Array(data))
    }

    /// A tagger over weights as `herald train ner` writes them, with the standard name lists.
    public init(weights bytes: [UInt8]) throws {
        let (model, labels) = try AveragedPerceptron.deserialize(bytes)
        self.init(model: model, labels: labels, firstNames: Self.standardFirstNames(), surnames: Self.standardSurnames())
    }
}
