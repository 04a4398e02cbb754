import Foundation
import Testing
@testable import OCRClean

/// A cleaner's runs share the word breakers they open (see `WordBreakerPool`).
struct WordBreakerPoolTests {
    /// Five seed pages cleaned one after another, as a folder's files are,
    /// open one breaker between them; cleaned at once on several threads,
    /// one a run at most, and each page as it is alone.
    @Test func runsOneAfterAnotherShareOneBreaker() async throws {
        let cleaner = try Cleaner()
        let texts = try Seeds.names.map(Seeds.text)
        let alone = try texts.map { try cleaner.clean($0).text }
        #expect(cleaner.breakers.opened == 1)
        let together = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, try cleaner.clean(text).text) }
            }
            var results = [String](repeating: "", count: texts.count)
            for try await (index, text) in group { results[index] = text }
            return results
        }
        #expect(together == alone)
        #expect(cleaner.breakers.opened <= texts.count)
    }
}
