import ICUKit
import Testing

@Suite struct WordBreakerTests {
    @Test func dictionarySegmentsASeedSentence() throws {
        // Seed 000: 在 座谈中，李志龙简要介 绍 — once the stray spaces are gone the
        // dictionary must see 座谈 and 介绍 as words.
        let segments = try WordBreaker(locale: "zh").segments("在座谈中李志龙简要介绍了")
        let words = segments.map(\.text)
        #expect(words.contains("座谈"))
        #expect(words.contains("介绍"))
        #expect(segments.map(\.text).joined() == "在座谈中李志龙简要介绍了")
        #expect(segments.first { $0.text == "座谈" }?.isDictionaryWord == true)
        #expect(segments.first { $0.text == "座谈" }?.scalarRange == 1..<3)
    }

    @Test func kindsOfSegments() throws {
        let segments = try WordBreaker().segments("增长38.3%，R&D研发")
        let byText = Dictionary(segments.map { ($0.text, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["增长"] == .ideographic)
        #expect(byText["38.3"] == .number)
        #expect(byText["，"] == WordSegment.Kind.none)
        #expect(byText["R"] == .letter)
    }

    @Test func aSingleHanCharacterIsNotADictionaryWord() throws {
        let segments = try WordBreaker().segments("了")
        #expect(segments.count == 1)
        #expect(segments[0].isDictionaryWord == false)
    }

    @Test func scalarOffsetsSurviveCharactersOutsideTheBMP() throws {
        // 𠮷 (U+20BB7) is two UTF-16 units but one scalar.
        let segments = try WordBreaker().segments("𠮷野家座谈")
        #expect(segments.map(\.text).joined() == "𠮷野家座谈")
        #expect(segments.last?.scalarRange.upperBound == 5)
    }

    @Test func reusingOneBreakerGivesTheSameAnswer() throws {
        let breaker = try WordBreaker()
        let first = try breaker.segments("推动数字化转型发展")
        _ = try breaker.segments("完全不同的一段文字")
        #expect(try breaker.segments("推动数字化转型发展") == first)
        #expect(try breaker.segments("").isEmpty)
        // A text longer than any before it: the breaker's buffers grow.
        let long = String(repeating: "推动数字化转型发展𠮷野家", count: 500)
        #expect(try breaker.segments(long) == WordBreaker().segments(long))
        #expect(try breaker.segments("推动数字化转型发展") == first)
    }
}
