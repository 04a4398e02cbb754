import Foundation
import ICUKit
import Testing

@Suite struct WordListTests {
    /// Whether the word break reads a word of ideographs across `cut`.
    static func breakReadsWord(across cut: Int, in text: [Unicode.Scalar], _ breaker: WordBreaker) throws -> Bool {
        var across = false
        try breaker.forEachSegment(of: text[...]) { range, kind in
            if range.lowerBound < cut && range.upperBound > cut && kind == .ideographic { across = true }
        }
        return across
    }

    @Test func answersTheSeedsJoins() throws {
        let words = try WordList()
        // 营商环 | 境最优: 环境 runs across; 营商 | 环境: nothing does.
        #expect(words.mayReadWord(across: 3, in: Array("营商环境最优".unicodeScalars)[...]))
        #expect(!words.mayReadWord(across: 2, in: Array("营商环境最优".unicodeScalars)[...]))
        // No letters on one side: no word across.
        #expect(!words.mayReadWord(across: 0, in: Array("座谈".unicodeScalars)[...]))
        #expect(!words.mayReadWord(across: 2, in: Array("座谈".unicodeScalars)[...]))
        // Text it cannot be sure about is left to the word break: kana, an
        // ideograph outside the main block, a compatibility ideograph.
        #expect(words.mayReadWord(across: 1, in: Array("にほ".unicodeScalars)[...]))
        #expect(words.mayReadWord(across: 1, in: Array("𠮷野".unicodeScalars)[...]))
        #expect(words.mayReadWord(across: 1, in: Array("\u{F900}于".unicodeScalars)[...]))
        // A slice is read from its own start.
        let text = Array("创立于营商环境".unicodeScalars)
        #expect(words.mayReadWord(across: 3, in: text[3...]))
        #expect(!words.mayReadWord(across: 2, in: text[3...]))
    }

    /// The list's "no" is a promise: over every stretch of up to eight
    /// letters of the seeds and every cut in it, where the list says no word
    /// runs across, the word break reads none.
    @Test func neverSaysNoWhereTheWordBreakReadsAWord() throws {
        let words = try WordList(), breaker = try WordBreaker()
        let seeds = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        var asked = 0, no = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
            let letters = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
                .unicodeScalars.filter { !$0.properties.isWhitespace }.map { $0 }
            // (Every third start: each seed gives a few thousand questions.)
            for start in stride(from: 0, to: max(0, letters.count - 8), by: 3) {
                let stretch = Array(letters[start..<start + 8])
                for cut in 1..<stretch.count {
                    asked += 1
                    guard !words.mayReadWord(across: cut, in: stretch[...]) else { continue }
                    no += 1
                    #expect(try !Self.breakReadsWord(across: cut, in: stretch, breaker),
                            "\(String(String.UnicodeScalarView(stretch))) at \(cut)")
                }
            }
        }
        // (The promise is checked on tens of thousands of questions, a third
        // or more of them answered no.)
        #expect(asked > 10_000)
        #expect(no * 3 > asked)
    }
}
