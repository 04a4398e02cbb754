@testable import OCRClean
import Testing
import TestSupport

@Suite struct WordBreakerBoxTests {
    /// The word list answers questions about texts with ASCII in them (a
    /// date, a code, a space, a jump marker's page) by the stretch between
    /// ASCII characters that holds the cut: wherever it answers, the break
    /// iterator answers the same. Texts of ideographs that make words,
    /// CJK marks, every ASCII character, and characters the list leaves to
    /// the break iterator (kana, an ideographic space, full-width digits),
    /// cut everywhere.
    @Test func answersTextsWithASCIIAsTheBreakIteratorDoes() throws {
        let breaker = try WordBreakerBox()
        let words = Array("营商环境建设发展进一步合作创新会议召开拱墅举行数字化转型杭州钢铁集团".unicodeScalars)
        let marks = Array("，。、；：？！（）“”《》—…·".unicodeScalars)
        let ascii = (0x20...0x7E).compactMap(Unicode.Scalar.init) + ["\t", "\n"]
        let others = Array("にカ\u{3000}２％〇々".unicodeScalars)
        var generator = SplitMix(seed: 41)
        var answered = 0, asked = 0
        for _ in 0..<4_000 {
            var text: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0..<5:  // a piece of words, cut anywhere
                    let start = Int.random(in: 0..<words.count - 4, using: &generator)
                    text += words[start..<start + Int.random(in: 1...4, using: &generator)]
                case 5, 6: text.append(ascii[Int.random(in: 0..<ascii.count, using: &generator)])
                case 7: text += [ascii[Int.random(in: 0..<ascii.count, using: &generator)],
                                 ascii[Int.random(in: 0..<ascii.count, using: &generator)]]
                case 8: text.append(marks[Int.random(in: 0..<marks.count, using: &generator)])
                default: text.append(others[Int.random(in: 0..<others.count, using: &generator)])
                }
            }
            for cut in 0...text.count {
                asked += 1
                guard let listed = breaker.readsWordFromList(across: cut, in: text) else { continue }
                answered += 1
                #expect(try listed == breaker.readsWordWithBreaker(across: cut, in: text),
                        "\(text.map { String($0.value, radix: 16) }) at \(cut)")
            }
        }
        // (Most questions are the list's to answer: the check is on them.)
        #expect(answered * 10 > asked * 8)
    }
}
