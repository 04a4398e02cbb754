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

    /// The segment ends the word break gives `text`, negative for a segment
    /// that is not of ideographs.
    static func breakSegments(_ text: ArraySlice<Unicode.Scalar>, _ breaker: WordBreaker) throws -> [Int] {
        var ends: [Int] = []
        try breaker.forEachSegment(of: text) { range, kind in
            ends.append(kind == .ideographic ? range.upperBound : -range.upperBound)
        }
        return ends
    }

    static func listSegments(_ text: ArraySlice<Unicode.Scalar>, _ words: WordList) -> [Int]? {
        var ends: [Int] = []
        return words.forEachSegment(of: text) { range, kind in
            ends.append(kind == .ideographic ? range.upperBound : -range.upperBound)
        } ? ends : nil
    }

    @Test func segmentsChineseAsTheWordBreakDoes() throws {
        let words = try WordList(), breaker = try WordBreaker()
        let sentence = Array("在座谈中李志龙简要介绍了".unicodeScalars)
        #expect(Self.listSegments(sentence[...], words) == [1, 3, 4, 5, 6, 7, 9, 11, 12])
        #expect(Self.listSegments(sentence[...], words) == (try Self.breakSegments(sentence[...], breaker)))
        #expect(Self.listSegments(sentence[2...], words) == (try Self.breakSegments(sentence[2...], breaker)))
        #expect(Self.listSegments([][...], words) == [])
        // A mark between ideographs is a segment of its own.
        let marked = Array("在座谈中，李志龙简要“介绍”了。".unicodeScalars)
        #expect(Self.listSegments(marked[...], words) == [1, 3, 4, -5, 6, 7, 8, 10, -11, 13, -14, 15, -16])
        #expect(Self.listSegments(marked[...], words) == (try Self.breakSegments(marked[...], breaker)))
        // Anything else is the word break's to read: ASCII, digits, other
        // ideographs (a comma after a digit may join a number).
        #expect(Self.listSegments(Array("座谈,介绍".unicodeScalars)[...], words) == nil)
        #expect(Self.listSegments(Array("𠮷野家".unicodeScalars)[...], words) == nil)
        #expect(Self.listSegments(Array("2019年".unicodeScalars)[...], words) == nil)
    }

    /// Over every run of ideographs in the seeds, whole; over stretches of 1
    /// to 12 letters of the seeds, spaces taken out, that the list segments
    /// (marks and all); and over runs of 150 made of the seeds' ideographs
    /// and marks with all else taken out (longer than 64, the most the list
    /// segments without allocating), the list's segments are the word break's.
    @Test func segmentsEveryRunOfTheSeedsAsTheWordBreakDoes() throws {
        let words = try WordList(), breaker = try WordBreaker()
        let seeds = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        var compared = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let isIdeograph = { (scalar: Unicode.Scalar) in (0x4E00...0x9FFF).contains(scalar.value) }
            let marks = Set("，。、；：？！（）“”‘’《》【】「」『』—…·".unicodeScalars)
            for run in text.unicodeScalars.split(whereSeparator: { !isIdeograph($0) }).map(Array.init) {
                #expect(Self.listSegments(run[...], words) == (try Self.breakSegments(run[...], breaker)))
            }
            let letters = text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { $0 }
            for start in stride(from: 0, to: letters.count, by: 2) {
                let stretch = letters[start..<min(letters.count, start + 1 + start % 12)]
                guard let listed = Self.listSegments(stretch, words) else { continue }
                compared += 1
                #expect(listed == (try Self.breakSegments(stretch, breaker)),
                        "\(String(String.UnicodeScalarView(stretch)))")
            }
            let kept = letters.filter { isIdeograph($0) || marks.contains($0) }
            for start in stride(from: 0, to: kept.count, by: 150) {
                let run = kept[start..<min(kept.count, start + 150)]
                #expect(Self.listSegments(run, words) == (try Self.breakSegments(run, breaker)))
            }
        }
        #expect(compared > 2_000)
    }

    /// Random texts of the seeds' ideographs and marks, shuffled so that
    /// words and non-words meet in every way: the list's segments are the
    /// word break's, and its "no" holds, on each.
    @Test func agreesWithTheWordBreakOnRandomTexts() throws {
        let words = try WordList(), breaker = try WordBreaker()
        let seeds = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds")
        var letters: [Unicode.Scalar] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
            letters += try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8).unicodeScalars
                .filter { (0x4E00...0x9FFF).contains($0.value) || "，。、“”（）".unicodeScalars.contains($0) }
        }
        // Every mark the list reads alone, not only those the seeds hold, one
        // after every fifteenth letter.
        let marks = Array("，。、；：？！（）“”‘’《》【】「」『』—…·".unicodeScalars)
        letters = letters.enumerated().flatMap { offset, letter in
            offset % 15 == 14 ? [letter, marks[offset / 15 % marks.count]] : [letter]
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // (a fixed-seed LCG: the same texts every run)
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            // Pieces of two to five letters of the seeds, joined: words cut and rejoined.
            var text: [Unicode.Scalar] = []
            for _ in 0..<(1 + next(4)) {
                let start = next(letters.count - 5)
                text += letters[start..<start + 2 + next(4)]
            }
            #expect(Self.listSegments(text[...], words) == (try Self.breakSegments(text[...], breaker)),
                    "\(String(String.UnicodeScalarView(text)))")
            let cut = 1 + next(text.count - 1)
            if !words.mayReadWord(across: cut, in: text[...]) {
                #expect(try !WordListTests.breakReadsWord(across: cut, in: text, breaker))
            }
        }
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
