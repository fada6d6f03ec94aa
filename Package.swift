// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Herald",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Herald", targets: ["Herald"]),
        .executable(name: "herald", targets: ["herald"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // zlib, for reading .gz inputs (Debian: zlib1g-dev).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // SHA-256 with the x86 SHA extensions, for content ids at disk speed.
        .target(name: "CHeraldSupport"),
        // The document model, the pipeline and the JSON contract. No other Herald target below it.
        .target(name: "HeraldCore", dependencies: ["CHeraldSupport"], linkerSettings: [.linkedLibrary("m")]),
        // Cleaning, tokenization and sentence splitting for news English.
        .target(name: "HeraldText", dependencies: ["HeraldCore"]),
        // Readers: plain text, JSON and JSON Lines records, directories, standard input, gzip.
        .target(name: "HeraldIO", dependencies: ["HeraldCore", "CZlib"]),
        // Evaluation against treebanks and benchmarks in ../shared/eval and ../shared/train.
        .target(name: "HeraldEval", dependencies: ["HeraldCore", "HeraldText", "HeraldIO", "HeraldHTML", "HeraldEntities", "HeraldModels"]),
        // Web pages: a tolerant HTML parser, article body extraction and page metadata.
        .target(name: "HeraldHTML", dependencies: ["HeraldCore", "HeraldIO", "HeraldText"]),
        // The knowledge base: countries, people with dated roles, bodies, groups, places; its build.
        .target(name: "HeraldKnowledge", dependencies: ["HeraldCore", "HeraldIO"],
                exclude: ["Curated"], resources: [.copy("Resources/herald.kb.gz")]),
        // Entities: knowledge-base names in the text, offices, surnames, canonical actors.
        .target(name: "HeraldEntities", dependencies: ["HeraldCore", "HeraldText", "HeraldKnowledge", "HeraldModels"]),
        // Statistical models: an averaged perceptron, the part-of-speech tagger, their weights.
        .target(name: "HeraldModels", dependencies: ["HeraldCore"], resources: [.copy("Resources")]),
        // The public face: the standard pipeline, batch analysis of inputs.
        .target(name: "Herald", dependencies: ["HeraldCore", "HeraldText", "HeraldIO", "HeraldHTML", "HeraldKnowledge", "HeraldEntities"]),
        // The `herald` commands, as a library so that tests can run them.
        .target(name: "HeraldCommands", dependencies: [
            "Herald", "HeraldEval", "HeraldIO", "HeraldKnowledge", "HeraldModels",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "herald", dependencies: ["HeraldCommands"]),

        .testTarget(name: "HeraldCoreTests", dependencies: ["HeraldCore"]),
        .testTarget(name: "HeraldTextTests", dependencies: ["HeraldText"]),
        .testTarget(name: "HeraldIOTests", dependencies: ["HeraldIO"]),
        .testTarget(name: "HeraldTests", dependencies: ["Herald"], resources: [.copy("Golden")]),
        .testTarget(name: "HeraldHTMLTests", dependencies: ["HeraldHTML"]),
        .testTarget(name: "HeraldKnowledgeTests", dependencies: ["HeraldKnowledge"]),
        .testTarget(name: "HeraldEntitiesTests", dependencies: ["HeraldEntities"]),
        .testTarget(name: "HeraldModelsTests", dependencies: ["HeraldModels"]),
        .testTarget(name: "HeraldEvalTests", dependencies: ["HeraldEval"]),
        .testTarget(name: "HeraldCommandsTests", dependencies: ["HeraldCommands"]),
    ]
)
