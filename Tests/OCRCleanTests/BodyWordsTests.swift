@testable import OCRClean
import Testing
import TestSupport

/// `BodyWords` segments a body only in the runs that hold a headline's
/// word: it must find exactly the words segmenting the whole body finds.
@Suite struct BodyWordsTests {
    /// Every dictionary word of any seed, asked of each seed's text: found
    /// exactly when segmenting that seed whole finds it. (A character taken
    /// for one that cuts every dictionary range, which a range holds, parts
    /// words the whole body has.)
    @Test func findsTheWordsOfTheWholeBodyInTheSeeds() throws {
        let breaker = try WordBreakerBox()
        let texts = try Seeds.names.map(Seeds.text)
        let wholes = try texts.map { text in
            let scalars = text.scalarArray
            return try StructureReader.words(scalars, in: scalars.indices, breaker)
        }
        let asked = wholes.reduce(into: Set<String>()) { $0.formUnion($1) }.sorted()
        #expect(asked.count > 1_000)
        for (text, whole) in zip(texts, wholes) {
            var body = BodyWords(text)
            let found = try asked.filter { try body.contains($0.scalarArray, breaker: breaker) }
            #expect(Set(found) == whole)
        }
    }

    /// The same on texts of words cut anywhere, CJK marks, ASCII, kana and
    /// full-width characters mixed at random.
    @Test func findsTheWordsOfTheWholeBodyInMixedText() throws {
        let breaker = try WordBreakerBox()
        let words = Array("营商环境建设发展进一步合作创新会议召开拱墅举行数字化转型杭州钢铁集团".unicodeScalars)
        let others = Array("，。、；：？！（）“”《》—…·にカー・\u{3000}２％〇々 a1-\n".unicodeScalars)
        var generator = SplitMix(seed: 7)
        for _ in 0..<300 {
            var text: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                if Bool.random(using: &generator) {
                    let start = Int.random(in: 0..<words.count - 6, using: &generator)
                    text += words[start..<start + Int.random(in: 1...6, using: &generator)]
                } else {
                    text.append(others[Int.random(in: 0..<others.count, using: &generator)])
                }
            }
            let whole = try StructureReader.words(text, in: text.indices, breaker)
            // Asked: the text's words, and the words of the pieces' source.
            let asked = whole.union(try StructureReader.words(words, in: words.indices, breaker))
            var body = BodyWords(String(String.UnicodeScalarView(text)))
            let found = try asked.filter { try body.contains($0.scalarArray, breaker: breaker) }
            #expect(Set(found) == whole, "\(String(String.UnicodeScalarView(text)))")
        }
    }
}
