import Foundation
import OCRClean
import Testing

/// Inputs the fuzzer (scripts/fuzz) found breaking a property, kept in
/// corpora/regressions/ as the raw bytes it fed: each must now clean, replay
/// and be stable under a second cleaning.
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
    /// file to corpora/regressions/). fuzz-idempotence-lead-mid-line.bin: a
    /// whole-paragraph line with a lead in its middle (…以高质量� 本报讯（记者…)
    /// before column lines; the first cleaning leaves …李志龙接待 / 落地开展座谈交流。
    /// apart (a later pass trusts a paragraph that stops mid-sentence), a
    /// second one joins them. fuzz-idempotence-paragraph-cut-mid-sentence.bin:
    /// the same on a page of seed text (…提请的有关人 / 创新、大谋发展…). Both
    /// need a sign that survives cleaning of where a whole paragraph was cut;
    /// seeds 001 and 002 cut paragraphs across blank lines the same way.
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
