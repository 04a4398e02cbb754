@testable import OCRClean
import Testing
import TestSupport

@Suite struct ScalarSearchTests {
    /// The plain search the eight-at-a-time one must agree with.
    static func plain(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        scalars.firstIndex { $0 == "转" || $0 == "接" }
    }

    @Test func findsTheFirstOfEitherCharacterWhereverItStands() {
        let line = Array("本报讯记者林韬通讯员王凯区委书记李志龙赴杭钢集团（下转7版）".unicodeScalars)
        #expect(ScalarSearch.firstIndex(of: "转", or: "接", in: line[...]) == Self.plain(line[...]))
        // Every length up to three blocks, the character at every place and
        // nowhere, in slices that do not start at 0.
        let filler = Array("推动数字化转型发展".unicodeScalars).filter { $0 != "转" }
        for length in 0...24 {
            var text = (0..<length + 3).map { filler[$0 % filler.count] }
            #expect(ScalarSearch.firstIndex(of: "转", or: "接", in: text[3...]) == nil)
            for place in 3..<text.count {
                let kept = text[place]
                text[place] = place % 2 == 0 ? "转" : "接"
                #expect(ScalarSearch.firstIndex(of: "转", or: "接", in: text[3...]) == place)
                #expect(ScalarSearch.firstIndex(of: "转", or: "接", in: text[place...]) == place)
                if place > 3 { #expect(ScalarSearch.firstIndex(of: "转", or: "接", in: text[3..<place]) == nil) }
                text[place] = kept
            }
        }
    }

    @Test func agreesWithAPlainSearchOnTheSeeds() throws {
        for name in Seeds.names {
            let scalars = Array(try Seeds.text(name).unicodeScalars)
            var from = 0
            while from <= scalars.count {
                let found = ScalarSearch.firstIndex(of: "转", or: "接", in: scalars[from...])
                #expect(found == Self.plain(scalars[from...]))
                guard let found else { break }
                from = found + 1
            }
        }
    }

    @Test func countsFeedsAsAPlainCountDoes() throws {
        let alphabet = Array("在座谈中，\n\n\u{0C}38.3%".unicodeScalars)
        var generator = SplitMix(seed: 3)
        for length in Array(0...40) + [1000] {
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let counted = ScalarSearch.feeds(in: text)
            #expect(counted.lineFeeds == text.count { $0 == "\n" }, "\(length)")
            #expect(counted.formFeeds == text.count { $0 == "\u{0C}" }, "\(length)")
        }
        for name in Seeds.names {
            let text = Array(try Seeds.text(name).unicodeScalars)
            #expect(ScalarSearch.feeds(in: text).lineFeeds == text.count { $0 == "\n" })
        }
    }

    /// The first scalar that may be a space or a curly quote is found where
    /// a plain look finds it, in every range of random texts and of the
    /// seeds; and every space and curly quote of the plane may be one.
    @Test func findsTheFirstScalarThatMaySpaceOrQuoteAsAPlainLookDoes() throws {
        RandomTexts.forEveryRange(over: Array("在座谈中，。 \u{3000}“38.3%a、\u{A0}”\t".unicodeScalars), seed: 5) { text, range in
            let found = text.withUnsafeBufferPointer { ScalarSearch.firstIndexMaySpaceOrQuote(in: $0, range) }
            #expect(found == range.first { ScalarSearch.maySpaceOrQuote(text[$0]) } ?? range.upperBound, "\(text) \(range)")
        }
        for name in Seeds.names {
            let text = Array(try Seeds.text(name).unicodeScalars)
            var from = 0
            while from < text.count {
                let found = text.withUnsafeBufferPointer { ScalarSearch.firstIndexMaySpaceOrQuote(in: $0, from..<$0.count) }
                #expect(found == (from..<text.count).first { ScalarSearch.maySpaceOrQuote(text[$0]) } ?? text.count)
                from = found + 1
            }
        }
        let classifier = CharacterClassifier()
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if classifier.is(scalar, .space) || "“”‘’".unicodeScalars.contains(scalar) {
                #expect(ScalarSearch.maySpaceOrQuote(scalar), "U+\(String(value, radix: 16))")
            }
        }
    }
}
