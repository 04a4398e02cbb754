@testable import OCRClean
import Testing

/// The classifier's table is filled a run of alike scalars at a time, and the
/// common ideographs are answered without it: each answer must be what asking
/// ICU about the scalar alone gives.
@Suite struct CharacterClassifierTests {
    @Test func theTableAnswersAsEachScalarAskedAlone() {
        let classifier = CharacterClassifier()
        var wrong: [String] = []
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if classifier.classOf(scalar) != CharacterClassifier.classify(scalar) {
                wrong.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) scalars: \(wrong.prefix(20))")
    }

    @Test func scalarsAboveTheTableAreAskedAlone() {
        let classifier = CharacterClassifier()
        #expect(classifier.is("𠀀", .han))  // U+20000, CJK Extension B
        #expect(classifier.classOf("😀") == CharacterClassifier.classify("😀"))
    }

    /// `spaces` passes every character above U+3000 with one test: no space
    /// stands there (U+3000, the ideographic space, is the last White_Space
    /// character), nor a curly quote.
    @Test func noSpaceStandsAboveTheIdeographicSpace() {
        let classifier = CharacterClassifier()
        #expect(classifier.is("\u{3000}", .space))
        var spaces: [String] = []
        for value in UInt32(0x3001)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), classifier.is(scalar, .space) else { continue }
            spaces.append("U+" + String(value, radix: 16, uppercase: true))
        }
        #expect(spaces.isEmpty, "\(spaces)")
        #expect(["“", "”", "‘", "’"].allSatisfy { (scalar: Unicode.Scalar) in scalar.value < 0x3000 })
    }

    /// The sets the rules pass characters by, read off the table a word at a
    /// time, hold the characters the classifier gives none of the classes.
    @Test func aPlaneSetHoldsTheCharactersOfNoneOfItsClasses() {
        let classifier = CharacterClassifier()
        for classes: CharacterClass in [[.halfWidthMark, .fullwidthAlphanumeric], [.lineBreak, .invisible, .control], .space] {
            let set = classifier.plane(withNoneOf: classes)
            var wrong: [String] = []
            for value in UInt32(0)..<0x10000 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if set.contains(scalar) != classifier.classOf(scalar).isDisjoint(with: classes) {
                    wrong.append("U+" + String(value, radix: 16, uppercase: true))
                }
            }
            #expect(wrong.isEmpty, "\(classes): \(wrong.count) scalars: \(wrong.prefix(20))")
            #expect(!set.contains("😀"))  // (beyond the plane: classified)
        }
        let ranges = ScalarSet(planeRanges: [0x41..<0x44, 0xD7FF..<0xE001])
        #expect(["A", "B", "C", "\u{D7FF}", "\u{E000}"].allSatisfy { ranges.contains($0) })
        #expect(!ranges.contains("D") && !ranges.contains("\u{E001}"))
        // The characters of both sets, beyond the plane too.
        let both = ScalarSet("ABC😀𠮷").intersection(ScalarSet("BCD𠮷"))
        #expect(["B", "C", "𠮷"].allSatisfy { both.contains($0) })
        #expect(!both.contains("A") && !both.contains("D") && !both.contains("😀"))
    }
}
