import Foundation

/// Locations of the project and of ../shared, from this file's place in the tree.
enum Paths {
    static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let shared = ProcessInfo.processInfo.environment["HERALD_SHARED"] ?? project + "/../shared"
    static let seed = shared + "/seed/000_7970d370b2b5c3b6.txt"
    static let golden = project + "/Tests/HeraldTests/Golden"
}
