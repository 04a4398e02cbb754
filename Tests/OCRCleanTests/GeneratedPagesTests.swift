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

    @Test func thePagesAreThere() {
        #expect(Self.names.count >= 30)
    }
}
