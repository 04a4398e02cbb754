@testable import OCRClean
import Testing
import TestSupport

@Suite struct TextTableTests {
    /// Random insertions, look-ups and emptyings of a table of arena texts
    /// agree with a plain set of the same texts: through growth, collisions
    /// of short texts, texts equal in scalars but standing apart in the
    /// arena, and new generations.
    @Test func aTableOfArenaTextsActsAsASetOfTheirScalars() {
        let alphabet = Array("在座谈中，。合体".unicodeScalars)
        var generator = SplitMix(seed: 17)
        var arena = TextArena()
        var table = TextTable<Void>(capacity: 2)
        var model = Set<[Unicode.Scalar]>()
        for step in 0..<20_000 {
            let length = Int.random(in: 0...4, using: &generator)
            let scalars = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            let text = arena.append(scalars)
            #expect(Array(arena[text]) == scalars)
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<5:
                let inserted = table.insert(text, in: arena), expected = model.insert(scalars).inserted
                #expect(inserted == expected, "step \(step)")
            case 5..<9:
                #expect(table.contains(text, in: arena) == model.contains(scalars), "step \(step)")
            default:
                if Int.random(in: 0..<20, using: &generator) == 0 {
                    table.removeAll()
                    model.removeAll()
                }
            }
            #expect(table.count == model.count)
        }
    }

    /// A text's value is kept and changed in place, found by an equal text.
    @Test func aValueIsFoundByAnEqualText() {
        var arena = TextArena()
        var table = TextTable<Int>()
        let first = arena.append("新商业综合体".unicodeScalars)
        let insertedFirst = table.insert(first, 1, in: arena)
        #expect(insertedFirst)
        let again = arena.append("新商业综合体".unicodeScalars)
        let insertedAgain = table.insert(again, 2, in: arena)
        #expect(!insertedAgain)
        let entry = table.index(of: again, in: arena)
        #expect(entry != nil)
        if let entry {
            #expect(table[entry] == 1)
            table[entry] = 3
            #expect(table[entry] == 3)
        }
        let shorter = arena.append("新商业综合".unicodeScalars)
        #expect(table.index(of: shorter, in: arena) == nil)
    }
}
