/// The column width around each line, learned from the lines themselves.
///
/// In a justified column most lines are exactly as wide as the column, so the
/// most common width among nearby body lines is the column width. It is
/// learned per window, because one page mixes columns of different widths
/// (seed 003's last article is twice as wide as the rest).
enum ColumnWidth {
    /// Lines on each side that vote.
    static let window = 12
    /// Above this many characters a line is not a column line but a whole paragraph.
    static let longLine = 40.0
    /// A line without sentence punctuation up to this wide can be a headline.
    static let longHeading = 80.0

    /// The column width at each line; nil where lines are whole paragraphs.
    ///
    /// Justified lines are the column's full width or one character less (a
    /// mark squeezed or not), so the width is read high: the 70th percentile of
    /// the body lines around, provided enough of them agree on it.
    /// Lines never vote across a page break: each page is measured alone, so a
    /// page reads the same whether it is cleaned alone or inside an issue.
    static func estimate(_ lines: [PrintedLine]) -> [Double?] {
        // A window reads a column only from three voters or more, fewer than
        // a third of them whole paragraphs: where the lines hold fewer than
        // three voters that are not, no window does (a page of the rules'
        // own output, its paragraphs each on a line: most pages of a later
        // pass, whose votes were gathered and read for every line for nothing).
        if lines.count(where: { isVoter($0) && $0.width <= longLine }) < 3 {
            return [Double?](repeating: nil, count: lines.count)
        }
        var result: [Double?] = []
        result.reserveCapacity(lines.count)
        let votes = Votes(lines)
        // (The sliding window's tables, in scratch memory: see `SlidingVotes`.)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * SlidingVotes.stride) { tables in
            var pageStart = 0
            while pageStart < lines.count {
                var pageEnd = pageStart
                while pageEnd < lines.count, !lines[pageEnd].isPageBreak { pageEnd += 1 }
                if pageEnd < lines.count { pageEnd += 1 }  // the break line belongs to the page it ends
                let page = pageStart..<pageEnd
                var nearer = SlidingVotes(votes, page: page, tables: tables.baseAddress!)
                for index in page {
                    // Where two columns of different widths meet, the nearer lines decide.
                    let read = nearer.estimate(around: index)
                        ?? estimate(votes, around: index, in: page, window: window)
                        // Where two columns meet and their lines disagree, the side
                        // whose column the line fits (the first line of a narrower
                        // block: 会前，李志龙 赴杭州市 / 知识产权交易服务中心和浙…).
                        ?? nearerSide(lines, votes, around: index, in: page)
                        // A short article between two wide headlines: its own
                        // lines are too few to vote alone.
                        ?? estimate(votes, around: index, in: page, window: window, acrossHeadlines: true)
                    result.append(read.map { sideFitting(lines, votes, index, in: page, over: $0) ?? $0 })
                }
                pageStart = pageEnd
            }
        }
        return result
    }

    /// The column of one side for a line that does not fit the column read
    /// across it but fits that side's, three or more wider or narrower: the
    /// lines of two blocks outvoted a block's first line (…保障。 / 绍兴医疗器械
    /// 科创园总占地 / 面积300亩，… opens a block of 14 under one of 26) or a
    /// line near its end (命健康产业蓬 勃发展提供了思路 / 参考。 above one of 20).
    static func sideFitting(_ lines: [PrintedLine], _ votes: Votes, _ index: Int, in page: Range<Int>,
                            over read: Double) -> Double? {
        let line = lines[index]
        let fits = { (column: Double) in line.width >= column - 3 && line.width <= column + 1.5 }
        // (A paragraph's last line fits no column: 企合作迈上新台阶。)
        guard !fits(read), !line.endsSentence else { return nil }
        // A line goes on with the block above it only inside a sentence, and
        // opens the block below only after one.
        let ended = index == page.lowerBound || lines[index - 1].endsSentence
        let side = ended ? Side.after : .before
        // (Read from enough lines: a paragraph printed twice is no block,
        // 随后，李志龙一行前往顺丰集团拜访。在与企业 twice after a block of 25.)
        guard let column = estimate(votes, around: index, in: page, window: window, side: side, voters: 5),
              abs(column - read) >= 3, fits(column) else { return nil }
        // An unpunctuated line, maybe a headline or a label, only with its
        // neighbour on that side (在与企业 / a headline stays unmeasured).
        let neighbour = side == .before ? index - 1 : index + 1
        guard line.hasSentencePunctuation || page.contains(neighbour)
                && lines[neighbour].width >= column - 1 && lines[neighbour].width <= column + 1.5 else { return nil }
        return column
    }

    /// Whether a line votes for its column: a body line (sentence punctuation,
    /// 6 wide or more). (A voter wider than `longLine` is a whole paragraph.)
    static func isVoter(_ line: PrintedLine) -> Bool {
        line.hasSentencePunctuation && line.width >= 6
    }

    /// Which lines around a line vote: on both sides, or only up to it, or only from it on.
    enum Side {
        case both, before, after
    }

    /// The column of the side nearer the line's width; a line without
    /// punctuation, maybe a headline, takes a side only if it fills that
    /// column (拱墅区党政代表团赴有关高校学习考察, 17 between columns of 13 and
    /// 20, stays unmeasured).
    static func nearerSide(_ lines: [PrintedLine], _ votes: Votes, around index: Int, in page: Range<Int>) -> Double? {
        let line = lines[index]
        return [Side.before, .after]
            .compactMap { estimate(votes, around: index, in: page, window: window, side: $0) }
            .filter { line.hasSentencePunctuation || (line.width >= $0 - 1 && line.width <= $0 + 1.5) }
            .min { abs($0 - line.width) < abs($1 - line.width) }
    }

    /// What the estimates read of each line, gathered once: they are asked
    /// for every line, several times, about overlapping windows.
    struct Votes {
        /// Each line's width, and whether it votes: a body line (sentence
        /// punctuation, 6 wide or more), and whether it ends in a letter.
        let width: [Double]
        let votes: [Bool]
        let endsInLetter: [Bool]
        /// How many of the lines before each index vote, and how many of
        /// those voters are whole paragraphs (a window's counts are differences).
        let votersBefore: [Int]
        let wholeParagraphsBefore: [Int]
        /// For each line, the nearest line before it and the nearest after it
        /// that separates two blocks (see `isBlockSeparator`; -1 and the line
        /// count where there is none): a window stops at them, and is asked
        /// for several times a line.
        let separatorBefore: [Int]
        let separatorAfter: [Int]

        init(_ lines: [PrintedLine]) {
            // (One reading of the lines for all the tables, each made with
            // room for them: they were read six times, into arrays that grew.)
            let count = lines.count
            var width: [Double] = [], votes: [Bool] = [], endsInLetter: [Bool] = [], separates: [Bool] = []
            var voters = [0], whole = [0]
            width.reserveCapacity(count)
            votes.reserveCapacity(count)
            endsInLetter.reserveCapacity(count)
            separates.reserveCapacity(count)
            voters.reserveCapacity(count + 1)
            whole.reserveCapacity(count + 1)
            for index in 0..<count {
                let lineWidth = lines[index].width
                let voting = isVoter(lines[index])
                width.append(lineWidth)
                votes.append(voting)
                endsInLetter.append(lines[index].trailingMarks == 0)
                separates.append(isBlockSeparator(lines, index))
                voters.append(voters[index] + (voting ? 1 : 0))
                whole.append(whole[index] + (voting && lineWidth > longLine ? 1 : 0))
            }
            var before = [Int](repeating: -1, count: count), after = [Int](repeating: count, count: count)
            for index in lines.indices.dropFirst() {
                before[index] = separates[index - 1] ? index - 1 : before[index - 1]
            }
            for index in lines.indices.reversed().dropFirst() {
                after[index] = separates[index + 1] ? index + 1 : after[index + 1]
            }
            self.width = width
            self.votes = votes
            self.endsInLetter = endsInLetter
            separatorBefore = before
            separatorAfter = after
            votersBefore = voters
            wholeParagraphsBefore = whole
        }
    }

    static func estimate(_ votes: Votes, around index: Int, in page: Range<Int>, window: Int,
                         side: Side = .both, acrossHeadlines: Bool = false, voters: Int = 3) -> Double? {
        var low = max(page.lowerBound, index - window), high = min(page.upperBound, index + window + 1)
        switch side {
        case .both: break
        case .before: high = index + 1
        case .after: low = index
        }
        // A headline wider than the lines around it spans the columns of the
        // article below it, which may be narrower than the one above
        // (…体育场举行。 / 文晖街道：定制政策小课堂 将“关爱”送上门 / 深化重点…):
        // the lines beyond it do not vote.
        if !acrossHeadlines {
            low = max(low, votes.separatorBefore[index] + 1)
            high = min(high, votes.separatorAfter[index])
        }
        // Too few body lines around to tell; or among whole paragraphs a line
        // (the rules' own output, seeds 001 and 002), where a few short ones
        // would measure a column that is not there (区委书记接受浙江日报专访
        // 建一流营商环境 拼一流经济业绩 / 第6赛季（中国站）举办权，…举行。 is
        // no headline before a column line). (Counted before any vote is read.)
        let count = votes.votersBefore[high] - votes.votersBefore[low]
        let wholeParagraphs = votes.wholeParagraphsBefore[high] - votes.wholeParagraphsBefore[low]
        guard count >= voters, wholeParagraphs * 3 < count else { return nil }
        // (Asked for every line, several times: the votes go in scratch memory
        // on the stack, not in arrays of their own.)
        let room = max(high - low, 1)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * room) { scratch in
            let widthsBase = scratch.baseAddress!, letterBase = widthsBase + room
            var letterCount = 0, voted = 0
            for line in low..<high where votes.votes[line] {
                widthsBase[voted] = votes.width[line]  // (in half characters: exact)
                voted += 1
                if votes.endsInLetter[line] { letterBase[letterCount] = votes.width[line]; letterCount += 1 }
            }
            let widths = UnsafeMutableBufferPointer(start: widthsBase, count: count)
            let letterEnding = UnsafeBufferPointer(start: letterBase, count: letterCount)
            // (A window's few votes: insertion sort, without the library's
            // merge sort and its buffer.)
            for next in 1..<max(count, 1) {
                let width = widths[next]
                var slot = next
                while slot > 0, widths[slot - 1] > width {
                    widths[slot] = widths[slot - 1]
                    slot -= 1
                }
                widths[slot] = width
            }
            var column = widths[Int(Double(count - 1) * 0.7)]
            // Lines ending in a mark may stand a character past the column (the
            // mark hangs), so the vote can read one too wide; lines ending in a
            // letter never do: when several of them and none reaches the width
            // read, the column is a character narrower (…的举措。 15 wide in a
            // column of 14 whose letter-ending lines are all 14).
            if letterCount >= 3, letterEnding.allSatisfy({ $0 <= column - 1 }),
               letterEnding.count(where: { $0 == column - 1 }) * 2 >= letterCount {
                column -= 1
            }
            // …and when most of them fill a character more than the width read,
            // the lines ending in a mark were short ones, last lines and first
            // lines whose mark hangs, and the column is a character wider (…产城人
            // 融合发展。 / 三是聚焦“千亿投资”，打好项目攻坚赛。 19 wide in a column
            // of 20 whose letter-ending lines are 20).
            else if letterCount >= 3, letterEnding.count(where: { $0 == column + 1 }) * 2 > letterCount {
                column += 1
            }
            // Most lines of a column fill it: within a character of its width, or
            // short by the two-character indent that OCR lost.
            let close = widths.count(where: { $0 >= column - 3 && $0 <= column + 1 })
            guard close * 2 >= count, column < longLine else { return nil }
            return column
        }
    }

    /// `estimate(votes, around: index, in: page, window: window / 2)` for each
    /// line of a page in turn. The windows of successive lines overlap but for
    /// a line at either end, and both ends only move down the page (a block
    /// separator ahead is one behind later), so the votes are kept counted by
    /// width, a line added and one dropped at a step, and the width read is
    /// found in the counts: a line's votes are not gathered and sorted again.
    /// (Asked for every line: gathering and sorting a window's votes, in no
    /// order a branch could predict, was 6% of a run's time.)
    struct SlidingVotes {
        let votes: Votes
        let page: Range<Int>
        /// The window's voters by width in half characters, all of them (the
        /// first `stride` counts) and those ending in a letter (the next);
        /// a width past `widestCounted` counts as that. (The caller's
        /// scratch memory, read and written through the pointer: asked for
        /// every line, an array of them was checked at each count and asked
        /// whether its storage was shared.)
        private let all: UnsafeMutablePointer<Int32>
        private var letters: UnsafeMutablePointer<Int32> { all + Self.stride }
        private var letterCount = 0
        private var low: Int, high: Int
        /// The width last read, and how many voters, and how many of those
        /// ending in a letter, are that wide or narrower: the next line's
        /// width is found by stepping from it, the column's width changing
        /// little from line to line, not by counting up from nothing.
        private var last = 0, atOrBelow = 0, lettersAtOrBelow = 0

        static let widestCounted = 96
        static let stride = widestCounted + 3

        /// A window over `page`, counting in `tables` (room for `2 * stride`
        /// counts, used by this window alone while it is asked).
        init(_ votes: Votes, page: Range<Int>, tables: UnsafeMutablePointer<Int32>) {
            self.votes = votes
            self.page = page
            all = tables
            all.initialize(repeating: 0, count: 2 * Self.stride)
            low = page.lowerBound
            high = page.lowerBound
        }

        mutating func estimate(around index: Int) -> Double? {
            let window = ColumnWidth.window / 2
            // (The window of `ColumnWidth.estimate`, both sides, not across headlines.)
            let newLow = max(page.lowerBound, index - window, votes.separatorBefore[index] + 1)
            let newHigh = min(page.upperBound, index + window + 1, votes.separatorAfter[index])
            while high < newHigh { count(high, 1); high += 1 }
            while low < newLow { count(low, -1); low += 1 }
            let count = votes.votersBefore[high] - votes.votersBefore[low]
            let wholeParagraphs = votes.wholeParagraphsBefore[high] - votes.wholeParagraphsBefore[low]
            guard count >= 3, wholeParagraphs * 3 < count else { return nil }
            // The width read high: the 70th percentile of the votes (see `ColumnWidth.estimate`).
            let rank = Int(Double(count - 1) * 0.7)
            while atOrBelow <= rank {
                last += 1
                atOrBelow += Int(all[last])
                lettersAtOrBelow += Int(letters[last])
            }
            while last > 0, atOrBelow - Int(all[last]) > rank {
                atOrBelow -= Int(all[last])
                lettersAtOrBelow -= Int(letters[last])
                last -= 1
            }
            var column = last
            // A column read this wide is none, a character either way: see
            // `widestCounted`. (Nor one this narrow, which no voter is, 6
            // wide at least: the tables are read below it without checks.)
            guard column < Self.widestCounted - 14, column >= 2 else { return nil }
            // (No letter-ending voter wider than a character less than the
            // width read: all of them are that wide or narrower.)
            let lettersUpToOneLess = lettersAtOrBelow - Int(letters[column]) - Int(letters[column - 1])
            if letterCount >= 3, lettersUpToOneLess == letterCount, Int(letters[column - 2]) * 2 >= letterCount {
                column -= 2
            } else if letterCount >= 3, Int(letters[column + 2]) * 2 > letterCount {
                column += 2
            }
            var close = 0
            for width in max(0, column - 6)...(column + 2) { close += Int(all[width]) }
            guard close * 2 >= count, Double(column) / 2 < longLine else { return nil }
            return Double(column) / 2
        }

        private mutating func count(_ line: Int, _ step: Int32) {
            guard votes.votes[line] else { return }
            let width = min(Int(votes.width[line] * 2), Self.widestCounted)
            all[width] += step
            if width <= last { atOrBelow += Int(step) }
            if votes.endsInLetter[line] {
                letters[width] += step
                letterCount += Int(step)
                if width <= last { lettersAtOrBelow += Int(step) }
            }
        }
    }

    /// An unpunctuated line at least three characters wider than the lines on
    /// both sides of it, or a 下转 marker: the article stops there, and the
    /// one after it may be set wider (联动楼委 / 会、物业服务企业、重点 / （下转 8版）
    /// / a headline / a column of 28).
    static func isBlockSeparator(_ lines: [PrintedLine], _ index: Int) -> Bool {
        guard index > 0, index + 1 < lines.count else { return false }
        let line = lines[index]
        if line.endsWithJump { return true }
        return !line.hasSentencePunctuation && !line.startsUnit
            && line.width >= lines[index - 1].width + 3 && line.width >= lines[index + 1].width + 3
    }
}
