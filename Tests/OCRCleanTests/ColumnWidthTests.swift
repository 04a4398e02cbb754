@testable import OCRClean
import Testing
import TestSupport

/// `ColumnWidth` reads each line's column from a window of lines around it,
/// kept counted as it slides down the page (`SlidingVotes`): it must read
/// what gathering the window's votes reads, line by line.
@Suite struct ColumnWidthTests {
    /// Returns how many lines have a column read (so a test knows it measured some).
    @discardableResult
    func expectSlidingReadsAsGathering(_ text: String, _ what: String) -> Int {
        let classifier = CharacterClassifier()
        let lines = PrintedLine.pages(of: Document(text), classifier: classifier).flatMap { $0 }
        let votes = ColumnWidth.Votes(lines)
        var start = 0, read = 0
        while start < lines.count {
            var end = start
            while end < lines.count, !lines[end].isPageBreak { end += 1 }
            let page = start..<min(end + 1, lines.count)
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * ColumnWidth.SlidingVotes.stride) { tables in
                var sliding = ColumnWidth.SlidingVotes(votes, page: page, tables: tables.baseAddress!)
                for index in page {
                    let gathered = ColumnWidth.estimate(votes, around: index, in: page, window: ColumnWidth.window / 2)
                    #expect(sliding.estimate(around: index) == gathered, "\(what): line \(index)")
                    if gathered != nil { read += 1 }
                }
            }
            start = page.upperBound
        }
        return read
    }

    @Test func readsTheSeedsAsGatheringDoes() throws {
        var read = 0
        for name in Seeds.names {
            read += expectSlidingReadsAsGathering(try Seeds.text(name), name)
        }
        #expect(read > 100)
    }

    /// Random pages of columns of a few widths, with headlines, whole
    /// paragraphs wider than any column, lines ending in a letter or a mark,
    /// jump markers and page breaks: blocks and windows of every shape.
    @Test func readsRandomColumnsAsGatheringDoes() {
        var generator = SplitMix(seed: 31)
        let letters = Array("发展经济高质量推动数字化转型营商环境")
        var read = 0
        for page in 0..<300 {
            var text = ""
            var column = Int.random(in: 8...30, using: &generator)
            for _ in 0..<Int.random(in: 1...80, using: &generator) {
                if Int.random(in: 0..<12, using: &generator) == 0 { column = Int.random(in: 8...30, using: &generator) }
                var line = ""
                let width: Int
                switch Int.random(in: 0..<20, using: &generator) {
                case 0: width = Int.random(in: 30...120, using: &generator)  // a whole paragraph, or wider than counted
                case 1: width = Int.random(in: 3...column, using: &generator)  // a short line
                case 2: width = column + 3  // a headline wider than the column
                default: width = column - Int.random(in: 0...1, using: &generator)
                }
                for _ in 0..<width { line.append(letters[Int.random(in: 0..<letters.count, using: &generator)]) }
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: break  // no punctuation: a headline, or no voter
                case 1: line += "。"
                case 2: line = "，" + line + "ab"  // half-width letters: a width in half characters
                case 3: line += "（下转2版）"
                default: line.insert("，", at: line.index(line.startIndex, offsetBy: width / 2))
                }
                text += line + (Int.random(in: 0..<3, using: &generator) == 0 ? "\n" : "\n\n")
                if Int.random(in: 0..<60, using: &generator) == 0 { text += "\u{0C}\n" }
            }
            read += expectSlidingReadsAsGathering(text, "page \(page)")
        }
        #expect(read > 3000)
    }

    /// `ColumnWidth.estimate` reads no column at all for lines with fewer
    /// than three voters that are not whole paragraphs (most pages of a
    /// later pass): no window of any size or side reads one there. Random
    /// pages of whole paragraphs, headlines and zero to two short punctuated
    /// lines, read by gathering every window: nothing is read; with a third
    /// short line some windows may read (the count is not a bound too low).
    @Test func readsNoColumnWithFewerThanThreeShortVoters() {
        var generator = SplitMix(seed: 37)
        let letters = Array("发展经济高质量推动数字化转型营商环境")
        var readWithThree = 0
        for page in 0..<400 {
            let short = page % 4  // (0 to 3 short punctuated lines)
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                let whole = Int.random(in: 0..<3, using: &generator) > 0
                let width = whole ? Int.random(in: 41...90, using: &generator) : Int.random(in: 3...20, using: &generator)
                var line = String((0..<width).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] })
                if whole { line.insert("，", at: line.index(line.startIndex, offsetBy: width / 2)) }  // (a headline if not)
                lines.append(line + (whole ? "。" : ""))
            }
            for _ in 0..<short {
                let width = Int.random(in: 6...38, using: &generator)
                let line = String((0..<width).map { _ in letters[Int.random(in: 0..<letters.count, using: &generator)] }) + "。"
                lines.insert(line, at: Int.random(in: 0...lines.count, using: &generator))
            }
            let printed = PrintedLine.pages(of: Document(lines.joined(separator: "\n\n")), classifier: CharacterClassifier()).flatMap { $0 }
            let estimated = ColumnWidth.estimate(printed)
            let votes = ColumnWidth.Votes(printed)
            let everyLine = printed.indices
            var gathered = false
            for index in everyLine {
                for window in [ColumnWidth.window / 2, ColumnWidth.window] {
                    for side in [ColumnWidth.Side.both, .before, .after] {
                        for acrossHeadlines in [false, true] {
                            if ColumnWidth.estimate(votes, around: index, in: everyLine, window: window, side: side,
                                                    acrossHeadlines: acrossHeadlines) != nil { gathered = true }
                        }
                    }
                }
            }
            if short < 3 {
                #expect(!gathered && estimated.allSatisfy { $0 == nil }, "page \(page)")
            } else if estimated.contains(where: { $0 != nil }) {
                readWithThree += 1
            }
        }
        #expect(readWithThree > 0)
    }
}
