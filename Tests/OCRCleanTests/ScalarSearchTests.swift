@testable import OCRClean
import Testing

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
}
