@testable import OCRClean
import Testing
import TestSupport

@Suite struct ScalarSetTests {
    /// `firstIndex(outsidePlaneOf:in:)` agrees with asking `contains` a
    /// character at a time (a scalar beyond the plane stops it, member or
    /// not), in every range of random texts and of the seeds.
    @Test func theFirstCharacterOutsideIsWhereAPlainLookFindsIt() throws {
        let set = ScalarSet("在座谈中，。\n") .union(["😀"])
        func plain(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int {
            range.first { text[$0].value >= 0x10000 || !set.contains(text[$0]) } ?? range.upperBound
        }
        RandomTexts.forEveryRange(over: Array("在座谈中，。\n推动 a1😀".unicodeScalars), seed: 11) { text, range in
            let found = text.withUnsafeBufferPointer { set.firstIndex(outsidePlaneOf: $0, in: range) }
            #expect(found == plain(text, range), "\(text) \(range)")
        }
        let plane = CharacterClassifier().plane(withNoneOf: [.lineBreak, .invisible, .control])
        for name in Seeds.names {
            let text = Array(try Seeds.text(name).unicodeScalars)
            var from = 0
            while from < text.count {
                let found = text.withUnsafeBufferPointer { plane.firstIndex(outsidePlaneOf: $0, in: from..<$0.count) }
                #expect(found == (from..<text.count).first { !plane.contains(text[$0]) } ?? text.count)
                from = found + 1
            }
        }
    }
}
