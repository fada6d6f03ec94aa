import Foundation

extension EntityTagger {
    /// The first names the tagger is trained with (1990 US Census, the most frequent).
    public static func censusFirstNames() -> Set<String> { lists.censusFirstNames }

    /// The first names the tagger reads at work: the census's and the world's ("Petr", "Wasim"; see
    /// `herald train names`). Training reads the census's alone: they are nearly all the first names of
    /// its English text, and the world's there would mostly be other words, which weakens the feature.
    public static func standardFirstNames() -> Set<String> { lists.firstNames }

    /// The surnames the tagger reads as a feature (1990 US Census, the most frequent).
    public static func standardSurnames() -> Set<String> { lists.surnames }

    /// Those surnames in the census's order, the most frequent first.
    public static func standardSurnamesByFrequency() -> [String] { lists.surnamesByFrequency }

    /// The name lists, read once.
    private static let lists = NameLists()

    private struct NameLists: Sendable {
        let censusFirstNames: Set<String>, firstNames: Set<String>, surnames: Set<String>
        let surnamesByFrequency: [String]

        init() {
            censusFirstNames = Set(ResourceLines.read("first-names") ?? [])
            firstNames = censusFirstNames.union(ResourceLines.read("world-first-names") ?? [])
            surnamesByFrequency = ResourceLines.read("surnames") ?? []
            surnames = Set(surnamesByFrequency)
        }
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
