import Foundation
import OCRClean
import Testing

/// The one-file pages `scripts/generate` wrote in corpora/generated/, every
/// damage switched on: each cleans to text that cleaning leaves alone, and
/// its edit log replays (the seeds are checked the same way in EditLogTests).
@Suite struct GeneratedPagesTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora/generated")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".raw.txt") }.sorted()

    let cleaner = try! Cleaner()

    @Test(arguments: names)
    func cleaningIsIdempotentAndTheLogReplays(name: String) throws {
        let raw = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let once = try cleaner.clean(raw)
        #expect(try EditLog.replay(once.edits, on: raw) == once.text)
        #expect(try cleaner.clean(once.text).edits.isEmpty)
    }

    /// Pages are read alone: how blank lines are used and whether lines are
    /// whole paragraphs are each page's own, and a later pass reads again only
    /// the pages that changed. mixed-03 (its blank lines only at paragraph
    /// ends) once cleaned otherwise when followed by width-12 (a blank line
    /// after every line), as a streamed corpus puts them in one window.
    @Test func aPageCleansTheSameAloneAndAmongOthers() throws {
        let first = try String(contentsOf: Self.folder.appendingPathComponent("mixed-03.raw.txt"), encoding: .utf8)
        let second = try String(contentsOf: Self.folder.appendingPathComponent("width-12.raw.txt"), encoding: .utf8)
        let together = try cleaner.clean(first + "\n\u{0C}\n" + second).text
        let alone = try [first, second].map { try cleaner.clean($0).text }
        #expect(together == alone[0] + "\n\u{0C}\n\n" + alone[1])
    }

    @Test func thePagesAreThere() {
        #expect(Self.names.count >= 30)
    }
}
