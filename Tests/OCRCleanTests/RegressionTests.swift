import Foundation
import OCRClean
import Testing

/// Inputs the fuzzer (scripts/fuzz) found breaking a property, kept in
/// corpora/regressions/ as the raw bytes it fed: each must now clean, replay
/// and be stable under a second cleaning. (generate-seed7-width-19-idempotence.txt
/// is a held-out generated page, `scripts/generate --seed 7`, that a second
/// cleaning changed: a few short paragraphs measured a column there.)
@Suite struct RegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpora/regressions")

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test(arguments: names)
    func propertiesHold(name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let text = String(decoding: bytes, as: UTF8.self)  // as the fuzzer decodes it
        let cleaner = try Cleaner()
        let result = try cleaner.clean(text)
        #expect(try EditLog.replay(result.edits, on: text) == result.text)
        #expect(try cleaner.clean(result.text).edits.isEmpty)
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.names.isEmpty)
    }

    /// Fuzzer finds not fixed yet, in corpora/regressions-open/: a known issue
    /// each, so that the suite says so the day one is fixed (then move the
    /// file to corpora/regressions/).
    /// fuzz-idempotence-label-between-whole-paragraphs.bin: the first cleaning
    /// leaves a short line between two whole paragraphs, the first stopping
    /// mid-sentence (…一季 / 产丈�、首 / 况普遍高于…); a second one reads it
    /// as a caption cutting the sentence, moves it and joins the two.
    static let openFolder = folder.deletingLastPathComponent().appendingPathComponent("regressions-open")
    static let openNames: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: openFolder.path)) ?? []).sorted()

    @Test(arguments: openNames)
    func openFinds(name: String) throws {
        let bytes = try Data(contentsOf: Self.openFolder.appendingPathComponent(name))
        let text = String(decoding: bytes, as: UTF8.self)
        let cleaner = try Cleaner()
        let result = try cleaner.clean(text)
        #expect(try EditLog.replay(result.edits, on: text) == result.text)
        let again = try cleaner.clean(result.text)
        withKnownIssue("not yet stable under a second cleaning") {
            #expect(again.edits.isEmpty)
        }
    }
}
