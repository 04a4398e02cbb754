@testable import OCRClean
import Testing
import TestSupport

@Suite struct WordAnswersTests {
    /// The context's kept answers agree with the dictionary asked afresh:
    /// over many questions, asked again and again, more than its table holds
    /// (so entries are overwritten), of every length up to ten letters.
    @Test func keptAnswersAreTheDictionarysAnswers() throws {
        let context = RuleContext(classifier: CharacterClassifier())
        let breaker = try WordBreakerBox()
        let alphabet = Array("环境建设营商发展进一步议合作创新，。a1".unicodeScalars)
        var generator = SplitMix(seed: 23)
        var questions: [([Unicode.Scalar], Int)] = []
        for _ in 0..<12_000 {
            let length = Int.random(in: 1...10, using: &generator)
            let joined = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            questions.append((joined, Int.random(in: 0...length, using: &generator)))
        }
        // The same letters cut everywhere: inside a word and at its ends.
        for text in ["营商环境", "进一步建议建设", "推动数字化转型发展", "拱墅与省二轻集团"] {
            let joined = Array(text.unicodeScalars)
            for cut in 0...joined.count { questions.append((joined, cut)) }
        }
        for round in 0..<2 {
            for (joined, cut) in questions {
                let kept = try context.readsWordAcross(joined, cut: cut)
                let asked = try breaker.readsWord(across: cut, in: joined)
                #expect(kept == asked, "round \(round): \(String(String.UnicodeScalarView(joined))) at \(cut)")
            }
        }
    }
}
