@testable import OCRClean
import Testing
import TestSupport

/// The hand-written UTF-8 encoder (clean's output, every edit's text) must
/// write what Swift's own encoding writes, at every length of character.
@Suite struct UTF8EncodingTests {
    @Test func encodesEveryLengthAsSwiftDoes() {
        // The edges of each length, and text that mixes them in every order.
        let edges: [Unicode.Scalar] = [0x00, 0x0A, 0x7F, 0x80, 0x7FF, 0x800, 0x4E00, 0xD7FF, 0xE000, 0xFF0C, 0xFFFF,
                                       0x10000, 0x20BB7, 0x10FFFF].map { Unicode.Scalar($0)! }
        for scalar in edges {
            #expect(UTF8Bytes.of([scalar]) == Array(String(scalar).utf8), "U+\(String(scalar.value, radix: 16))")
        }
        var generator = SplitMix(seed: 5)
        let alphabet = edges + Array("在座谈中，\n38.3% é".unicodeScalars)
        for length in 0...64 {
            let scalars = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let expected = Array(String(String.UnicodeScalarView(scalars)).utf8)
            #expect(UTF8Bytes.of(scalars) == expected)
            #expect(String(scalars: scalars[...]) == String(String.UnicodeScalarView(scalars)))
        }
        #expect(String(scalars: [Unicode.Scalar]()) == "")
        // Runs of three-byte characters, encoded eight at a time, broken at
        // every place by characters of the other lengths, and slices that
        // start anywhere.
        let three = Array("在座谈中，推动数字化转型。".unicodeScalars) + [0x800, 0xD7FF, 0xE000, 0xFFFF].map { Unicode.Scalar($0)! }
        for length in 0...200 {
            let scalars = (0..<length).map { _ in
                Int.random(in: 0..<12, using: &generator) == 0 ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
                    : three[Int.random(in: 0..<three.count, using: &generator)]
            }
            let start = Int.random(in: 0...length, using: &generator)
            #expect(UTF8Bytes.of(scalars) == Array(String(String.UnicodeScalarView(scalars)).utf8), "\(length)")
            #expect(UTF8Bytes.of(scalars[start...]) == Array(String(String.UnicodeScalarView(scalars[start...])).utf8))
            #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
        }
    }
}
