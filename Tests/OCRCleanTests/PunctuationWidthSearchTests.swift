@testable import OCRClean
import Testing

/// The width rule passes eight characters at a time over text that holds
/// nothing for it: it must never pass one it would change.
@Suite struct PunctuationWidthSearchTests {
    @Test func noCharacterTheRuleSeeksIsPassed() {
        let classifier = CharacterClassifier()
        let sought = (0..<0x11000).compactMap { Unicode.Scalar($0) }.filter {
            classifier.is($0, PunctuationWidth.sought)
        } + ["😀", "𠮷"]  // (beyond the plane: looked at one by one)
        #expect(sought.count > 60)
        let filler = Array("推动数字化转型发展，在座谈中。2023年".unicodeScalars)
        for scalar in sought {
            for place in [0, 5, 7, 8, 13, 23] {
                var text = (0..<32).map { filler[$0 % filler.count] }
                text[place] = scalar
                let stop = text.withUnsafeBufferPointer { PunctuationWidth.pastPlainBlocks($0, from: 0) }
                #expect(stop <= place, "U+\(String(scalar.value, radix: 16)) at \(place)")
            }
        }
        // Text with none of them, nor a digit (which shares their range),
        // is passed to its last whole block.
        let letters = filler.filter { !("0"..."9").contains($0) }
        let plain = (0..<35).map { letters[$0 % letters.count] }
        #expect(plain.withUnsafeBufferPointer { PunctuationWidth.pastPlainBlocks($0, from: 0) } == 32)
        #expect(plain.withUnsafeBufferPointer { PunctuationWidth.pastPlainBlocks($0, from: 3) } == 35)
    }
}
