import Foundation
import OCRClean

/// The raw seed pages in `seeds/`, read from the package folder.
enum Seeds {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".txt") }.sorted() ?? []

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// A seed line that contains `fragment` (so tests quote real lines).
    static func line(containing fragment: String) throws -> String {
        for name in names {
            for line in try text(name).split(separator: "\n") where line.contains(fragment) {
                return String(line)
            }
        }
        throw NotFound(fragment: fragment)
    }

    struct NotFound: Error { let fragment: String }
}

extension Cleaner {
    /// Only the named rules, for tests of one rule.
    static func only(_ names: String...) throws -> Cleaner {
        try Cleaner(CleanOptions(disabled: Set(Pipeline.rules.map(\.name)).subtracting(names)))
    }
}
