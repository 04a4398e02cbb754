/// The paragraph decisions for one page: which line breaks join, which lines
/// are headings, which lines are captions that cut a sentence, and the
/// changes that carry those decisions out.
struct PageLayout {
    let lines: [PrintedLine]
    let document: Document
    let weights: BreakWeights
    let context: RuleContext
    let columns: [Double?]
    /// Blank lines stand after nearly every line (they say nothing), or only at
    /// some paragraph ends (they are a signal).
    let blankLinesAreSignals: Bool
    private(set) var headingLike: [Bool]
    /// A heading line that goes on the line before it: a headline too long for
    /// one line (二、2025年发展主要目标和 / 政府工作安排), printed without the
    /// blank line that follows every other line.
    private(set) var continuesHeading: [Bool]
    /// The short last line of a paragraph whose first line ended a sentence
    /// (随后，李志龙一行前往顺丰集团拜访。 / 在与企业): it joins that line,
    /// however short of the column the first line is.
    private(set) var endsFirstLinesParagraph: Set<Int> = []
    /// The page reads as clean text, the rules' own output: see
    /// `readsAsCleanText`. (Asked on the first pass only: a later pass reads
    /// the rules' output whatever it looks like.)
    let isCleanText: Bool
    /// The rules' own output is read: a later pass. (The context's pass,
    /// read once: a class's variable is checked for exclusive access at
    /// every read, and `decide` asked it for every line.)
    let laterPass: Bool

    init(lines: [PrintedLine], document: Document, weights: BreakWeights, context: RuleContext) throws {
        self.lines = lines
        self.document = document
        self.weights = weights
        self.context = context
        columns = ColumnWidth.estimate(lines)
        laterPass = context.pass > 0
        isCleanText = !laterPass && Self.readsAsCleanText(lines, document: document, classifier: context.classifier)
        // (How the page's own lines use blank lines: not the break that ends
        // the page, whose blank line is the file's or the one an issue puts
        // between its files. Counted, it tipped a page's reading from one to
        // the other, a fuzz find.)
        let text = lines.last?.isPageBreak == true ? lines.dropLast() : lines[...]
        let withBlank = text.dropFirst().count { $0.blankLinesBefore > 0 }
        blankLinesAreSignals = withBlank > 0 && Double(withBlank) < 0.6 * Double(text.count - 1)
        let columns = self.columns
        headingLike = lines.indices.map { Self.isHeadingLike(lines[$0], column: columns[$0]) }
        // A line that looks like a heading but whose sentence runs on into the
        // next line (集成电路产业是现代信息产 / 业的基础…, 研究院创立 / 于2019年…)
        // is body text cut by OCR.
        // Unpunctuated lines between the end of a paragraph and a news lead are
        // headlines, even when they happen to fit the column (seed 003:
        // …贡献更大力量。 / 合力推动更多实质性业务落地 / 拱墅与省二轻集团开展座谈交流 / 本报讯…).
        for lead in lines.indices where lines[lead].startsUnit {
            var first = lead
            // (A 下转 marker ends the article before: the headlines stand after it,
            // …区检察院提请的有关 / 人事（下转9版） / 冯晶在…会上要求 / 本报讯….)
            while first > 0, lead - first < 4, !lines[first - 1].hasSentencePunctuation,
                  !lines[first - 1].startsUnit, !lines[first - 1].endsWithJump { first -= 1 }
            // The line before ended its paragraph: with a sentence, as a heading,
            // or short in its column (…深化招投标, its article cut there), and
            // shorter than a first line short by its indent (会议指出，要深入学习).
            let ended = first == 0 || lines[first - 1].endsSentence || headingLike[first - 1]
                || lines[first - 1].endsWithJump
                || columns[first - 1].map { lines[first - 1].width < $0 - 3 } ?? false
            if first < lead, ended {
                for index in first..<lead { headingLike[index] = true }
            }
        }
        // A headline that happens to fit the column: an unpunctuated line
        // between the end of a paragraph and the indented first line of the
        // next (…会议精神。 / 区“1515”攻坚行动商圈建设专题推进会召开 / 　　科创平台是…).
        // Two such lines, the second short, are two headlines (…活动有效推进。 /
        // 拱墅区党政代表团赴有关高校学习考察 / 世界女子曲棍球赛将在拱墅举行 / 　　促进
        // 产学研…): as body text the second would end a paragraph mid-sentence.
        // (A line ending in a colon introduces what follows, as body text does:
        // 具 / 大武林商圈 / 体工作中要着重把握好4个方面： / 一要….)
        func bare(_ line: PrintedLine) -> Bool {
            !line.hasSentencePunctuation && !line.startsUnit && !line.hasJumpMarker && !line.isPageBreak
                && line.last != "：" && line.last != ":"
        }
        // (A paragraph ended before a line short in its column, whatever its
        // last mark: …三是拓展招引渠道， / 区“1515”攻坚行动商圈建设专题推进会召开 /
        // 六是聚焦…, its article cut there; not when a jump marker shortened
        // it: （上接1版）设，推 / 动杭钢数字经济片区再 / 开发，….)
        // Three short is short enough inside a paragraph (…全流程闭环。深化招投标
        // in a column of 27), not for a first line, short by its indent and
        // maybe a space (本报讯 近日，经国际曲棍球联合会及国 in a column of 20).
        func afterEnd(_ index: Int, _ headingLike: [Bool]) -> Bool {
            guard index > 0 else { return true }
            let before = lines[index - 1]
            if before.endsSentence || headingLike[index - 1] || before.isPageBreak || before.endsWithJump { return true }
            guard !before.hasJumpMarker, let column = columns[index - 1] else { return false }
            let firstLine = before.startsUnit || index < 2 || lines[index - 2].endsSentence || headingLike[index - 2]
            return before.width < column - (firstLine ? 3 : 2.5)
        }
        for index in lines.indices where !headingLike[index] {
            let line = lines[index]
            // (Not a full line before one a character short: a paragraph's first
            // two lines look the same, 健康产业园二期项目位 / 于平炼路与溪居路交叉 /
            // 口东南侧，总投资约; before a first line short by the whole indent it
            // may be, 建一流营商环境 拼一流经济业绩 / 合力推动更多实质性业务落地 / 促进产
            // 学研融通创新。坚.)
            let second = index > 0 && !afterEnd(index, headingLike) && bare(lines[index - 1])
                && afterEnd(index - 1, headingLike) && columns[index].map { column in
                    line.width < column - 1 || index + 1 < lines.count
                        && lines[index + 1].width - lines[index + 1].hangingMarks <= column - 1.5
                        // (…unless the first is short by the indent: 会前还专题传达了学习 /
                        // 了杭州市第十四届人民代表 / 大会第三次会议精神。)
                        && !Self.isIndented(lines[index - 1], column: column)
                } ?? false
            guard bare(line), afterEnd(index, headingLike) || second else { continue }
            guard index + 1 < lines.count else { headingLike[index] = index > 0; continue }
            let next = lines[index + 1]
            if blankLinesAreSignals && next.blankLinesBefore == 0 { continue }
            if next.startsUnit || headingLike[index + 1] {
                headingLike[index] = true
            } else if let column = columns[index + 1], Self.isIndented(next, column: column),
                      // …unless the line is itself an indented first line before a full line
                      // (张利明感谢拱墅一直以来对 / 集团发展提供的支持帮助。他表): not when it is
                      // as long as the next or longer (…会议精神 / 在杭州钢铁集团…), or the next is short
                      // of the column by more than a squeezed mark (…工作时要求 / 回首2022年…),
                      // a mark hanging past its end aside (…总书记 / 李志龙在讲话中指出，要总结
                      // 成绩、鼓舞干劲， in a column of 22).
                      !Self.isIndented(line, column: column) || line.width >= next.width
                          || next.width - next.hangingMarks <= column - 1.5,
                      next.hasSentencePunctuation || index + 2 == lines.count || lines[index + 2].width > next.width,
                      // A line that fills the column before one a character short
                      // is a paragraph's full line before a squeezed one (…竣工。 /
                      // 健康产业园二期项目位于平炼路与 / 溪居路交叉口东南侧 ，总投资约).
                      line.width < column - 1 || line.width > column + 1.5
                          || next.width - next.hangingMarks <= column - 1.5 {
                headingLike[index] = true
                if second { headingLike[index - 1] = true }
            }
        }
        let blankAfterEveryLine = !blankLinesAreSignals && withBlank * 10 >= (text.count - 1) * 6
        continuesHeading = lines.indices.map { index in
            guard index > 0, blankAfterEveryLine else { return false }
            let line = lines[index], before = lines[index - 1]
            return line.blankLinesBefore == 0 && line.width <= 10 && line.width < before.width
                && line.doubleSpaces == 0 && before.doubleSpaces == 0 && !line.hasSentencePunctuation
                && !before.hasSentencePunctuation && !line.startsUnit
                && !line.isPageBreak && !before.isPageBreak  // (a form feed is narrow too)
        }
        // A heading-like line that a word runs on from is body text cut short
        // (集成电路产业是现代信息产 / 业的基础…, 研究院创立 / 于2019年…). On a
        // page of whole-paragraph lines, where only headlines are short, the
        // evidence must be strong: the line ends in a piece of a word and the
        // next does not open a sentence, or the next opens with a word that
        // always binds to what is before it — else a headline is glued to
        // the paragraph after it (谢村商业金融用房效果图 / 为企业… gives 图为).
        let wholeLinePage = text.count { $0.width > ColumnWidth.longLine } * 2 > text.count
        for index in lines.indices.dropLast() where headingLike[index] && !headingLike[index + 1] {
            let next = lines[index + 1]
            let strict = wholeLinePage && columns[index] == nil
            // Among whole paragraphs a spaced line is a headline (…协调破难 推动园区提质增效).
            if strict && lines[index].innerSpaces > 0 { continue }
            // In a column, a short line after a full one that does not end its
            // sentence is no piece of body text (a justified paragraph has no
            // short line inside) but a caption cutting the sentence: a word
            // that binds backwards after it does not make it body text
            // (…建强中欧人才交流 / 同舟共破浪 / 与创新合作中心…), a word cut across it does.
            let insideSentence = index > 0 && columns[index - 1].map { column in
                let before = lines[index - 1]
                return !headingLike[index - 1] && !before.endsSentence
                    && before.width >= column - 1 && before.width <= column + 1.5
            } ?? false
            // A spaced line before a whole paragraph (the rules' own output) is
            // a headline, and a bound word opening the paragraph followed a
            // jump marker now gone (加快科创领域集聚成势 塑造高质量发展新动能 /
            // （接1版）等生命健康产业入驻…).
            let spacedHeadline = lines[index].innerSpaces > 0 && next.width > ColumnWidth.longLine
            // Outside a column a short line under a headline is part of
            // its block, and a bound word after it followed a jump marker now
            // gone (…推进会召开 / 浙江日报记者手记 / （上接1版）了助力…); a short
            // line after body text is the first piece of a cut one (…参加。 /
            // 国科大杭州高等研究院创立 / 于2019年…).
            let afterHeading = index > 0 && headingLike[index - 1]
            // A label that cuts a sentence between two full lines is no piece of
            // a printed line split by OCR when it and the next line together
            // are wider than the column: a word read across it (ICU's 红的 in
            // 成绩 / 奋进开门红 / 的取得) does not make it body text.
            if insideSentence, lines[index].width <= Self.longestLabel,
               let column = columns[index], lines[index].width + next.width > column + 1.5 { continue }
            if !next.startsUnit, try continuesInto(lines[index], next, cuttingWord: strict)
                || !insideSentence && !spacedHeadline && !(afterHeading && columns[index] == nil) && startsWithBoundWord(next, strongly: strict) {
                headingLike[index] = false
            }
        }
        // A line that fits its column, cut from the rest of a word by a caption
        // (国科大杭州高等研究院 创 / 郑斌摄 / 立于2019年), is body text, not a
        // headline above the caption; so is a line that fills the column, or
        // all of it but the indent, when the line after the caption is a full
        // one, which goes on with a sentence (该商务区还坚持联 / 大武林商圈 /
        // 动楼委会、物业服务企: ICU lacks 联动 there; …企业集团。 / 半山基地作为杭钢
        // 集团 / 大武林商圈 / 数字产业发 展的主战场，).
        for index in lines.indices.dropLast(2) where headingLike[index] && headingLike[index + 1]
            && !headingLike[index + 2] {
            guard let column = columns[index], lines[index].width <= column + 1.5,
                  lines[index + 1].width < column - 3.5, !lines[index].startsUnit, !lines[index + 2].startsUnit
            else { continue }
            // (Short by the indent it is a first line only after a paragraph's
            // end: after a sentence cut off it is a headline, …闭环。深化招投标 /
            // 牢固树立大抓招商大抓项目导向 为高质量发展蓄势赋能 / a headline / 我们也….)
            let fits = lines[index].width >= column - 1
                || lines[index].width >= column - 3 && (index == 0 || lines[index - 1].endsSentence
                    || headingLike[index - 1] || lines[index - 1].isPageBreak)
            let firstLineCut = fits && columns[index + 2].map { lines[index + 2].width >= $0 - 1 } ?? false
            if try firstLineCut || continuesInto(lines[index], lines[index + 2]) { headingLike[index] = false }
        }
        // The short last line of a paragraph that ends mid-sentence (its
        // article cut there and continued elsewhere) is not a headline: a
        // line after body text that stops mid-sentence, followed by a
        // headline, a lead or nothing, cannot be a caption (no sentence runs
        // on after it) and no headline follows an unfinished sentence
        // (…前往顺丰集团拜访。在 / 在与企业 / 加快科创领域集聚成势…).
        //
        // So is a short line after a paragraph's first line that ends a
        // sentence: a first line is short by the indent because its paragraph
        // goes on (随后，李志龙一行前往 顺丰集团拜访。 / 在与企业 / a headline).
        for index in lines.indices.dropFirst() where headingLike[index] {
            let line = lines[index], before = lines[index - 1]
            let afterFirstLine = before.endsSentence && index >= 2 && !before.startsUnit
                && line.width <= Self.longestLabel  // (not a headline: 持续推动教育科技人才产业一体化发展)
                && (lines[index - 2].endsSentence || headingLike[index - 2])
                && columns[index - 1].map { Self.isIndented(before, column: $0) } ?? false
            guard !headingLike[index - 1], !before.endsSentence || afterFirstLine, !before.endsWithJump, !before.isPageBreak,
                  // (Body text: punctuated, running on into the line (工作汇 / 报时), or
                  // carrying on the sentence of the line before it (…总书记听取吉林省委
                  // 和省政府工作 / 汇报时).)
                  try before.hasSentencePunctuation || continuesInto(before, line)
                      || index >= 2 && !headingLike[index - 2] && lines[index - 2].hasSentencePunctuation
                          && !lines[index - 2].endsSentence,
                  !line.startsUnit, !line.startsSection, !line.isPageBreak,
                  // (A spaced line is a headline's, unless a word runs on into it:
                  // …习近平总 书记听 / 取 吉林省委和省政府工作汇报时.)
                  // A space with a lone letter on one side is OCR's, not a
                  // headline's (吉林省委和省政府工作汇报 时).
                  try line.innerSpaces == 0 || line.doubleSpaces == 0 && (!partsPhrases(line) || continuesInto(before, line)),
                  !["■", "●", "◆"].contains(line.first),
                  // In a column, and short as a last line is, not as wide as a
                  // headline. (Among whole-paragraph lines nothing tells it
                  // from a label, and cleaning clean text must change nothing.)
                  let column = columns[index], line.width < column - 1.5,
                  // …and after a full line: after a short one the paragraph had
                  // ended (团拜访。在与企业 / 李志龙赴企业走访调研时强调 / 本报讯…).
                  before.width >= column - 3,
                  index + 1 == lines.count || headingLike[index + 1] || lines[index + 1].startsUnit
                      || lines[index + 1].isPageBreak
            else { continue }
            headingLike[index] = false
            if afterFirstLine { endsFirstLinesParagraph.insert(index) }
        }
        // A line that closes the bracket the line before left open goes on
        // with it, however the two measure (本报讯（通讯 / 员 郑贵越）设计总部中心、).
        for index in lines.indices.dropFirst() where closesBracket(index - 1, index) {
            headingLike[index] = false
            headingLike[index - 1] = false
        }
        // …also past a caption between them (本报讯（通讯 / 郑斌摄 / 员 郑贵越）设计
        // 总部中心、): the caption cuts the lead's byline.
        for index in lines.indices.dropFirst(2) where headingLike[index - 1]
            && lines[index - 1].width <= Self.longestLabel && closesBracket(index - 2, index) {
            headingLike[index] = false
            headingLike[index - 2] = false
        }
    }

    /// Whether a page reads as clean text rather than OCR's: one blank line
    /// between every two lines, no spaces at their ends, no jump marker, no
    /// half-width mark beside a Han character. OCR of whole paragraphs leaves
    /// some trace of itself (seeds 001 and 002: 仪式,新任命), where a paragraph
    /// that stops mid-sentence went on after a column's end (…业投资 / 总额千…);
    /// on clean text it was cut by a jump marker a cleaning removed
    /// (…拱墅区人民政府代区长敖煜新 / 创新、大谋发展…), or it ended short of a
    /// column (…合作更深入， / 政企合作不断取得…).
    static func readsAsCleanText(_ lines: [PrintedLine], document: Document,
                                 classifier: CharacterClassifier) -> Bool {
        // (Asked only where it decides something: of a whole paragraph that stops mid-sentence.)
        guard lines.contains(where: { $0.width > ColumnWidth.longLine && !$0.endsSentence }) else { return false }
        let text = lines.filter { !$0.isPageBreak }
        for (index, line) in text.enumerated() {
            if index > 0 && line.blankLinesBefore != 1 || line.content != line.line || line.hasJumpMarker {
                return false
            }
        }
        let scalars = document.scalars
        for line in text {
            for index in line.content where CharacterClass.halfWidthMarks.contains(scalars[index]) {
                if index > line.content.lowerBound && classifier.is(scalars[index - 1], .han)
                    || index + 1 < line.content.upperBound && classifier.is(scalars[index + 1], .han) {
                    return false
                }
            }
        }
        return true
    }

    /// Whether a space of the line parts two phrases, as a headline's spaces
    /// do (导向 为高质量): two letters or more on each side, and no word of the
    /// dictionary across it (工作汇 报时, 汇报 时 are OCR's).
    func partsPhrases(_ line: PrintedLine) throws -> Bool {
        let classifier = context.classifier
        var runs: [[Unicode.Scalar]] = [[]]
        for scalar in document.scalars[line.content] {
            if classifier.is(scalar, .space) {
                if !runs[runs.count - 1].isEmpty { runs.append([]) }
            } else {
                runs[runs.count - 1].append(scalar)
            }
        }
        for (left, right) in zip(runs, runs.dropFirst()) where left.count >= 2 && right.count >= 2 {
            if try !context.readsWordAcross(Array(left.suffix(3)), Array(right.prefix(3))) { return true }
        }
        return false
    }

    /// Whether `first` leaves a round bracket open that `second` closes
    /// before opening another.
    func closesBracket(_ first: Int, _ second: Int) -> Bool {
        guard lines[first].leavesBracketOpen else { return false }
        for scalar in document.scalars[lines[second].content] {
            if scalar == "）" || scalar == ")" { return true }
            if scalar == "（" || scalar == "(" { return false }
        }
        return false
    }

    /// Labels and photo credits are shorter than this (同舟共破浪, 郑斌摄); headlines are not.
    static let longestLabel = 8.0

    /// One-character words that cannot open a sentence: they bind to what
    /// comes before (的, 了, 于…). Asked of ICU's first word of a line, so 于是
    /// or 和平 (words of their own) do not count.
    static let boundWords: ScalarSet = [
        "的", "地", "得", "了", "着", "过", "于", "及", "等", "之", "与", "并", "而", "或",
    ]

    /// Those of them that never open a sentence (与…相比, 并且, 而在, 着力 and
    /// 地处, which ICU's dictionary lacks, can).
    static let stronglyBoundWords: ScalarSet = ["的", "得", "了", "于", "及", "等", "之"]

    func startsWithBoundWord(_ line: PrintedLine, strongly: Bool = false) throws -> Bool {
        guard (strongly ? Self.stronglyBoundWords : Self.boundWords).contains(line.first) else { return false }
        let head = head(of: line)
        let first = try context.wordBreaker().segments(of: head, in: 0..<head.count).first
        return first?.range.count == 1
    }

    /// A line that is not body text: no sentence punctuation, and it does not
    /// fit the column (a headline runs wider, a caption or label is short,
    /// double spaces separate a headline's parts).
    static func isHeadingLike(_ line: PrintedLine, column: Double?) -> Bool {
        if line.startsSection && !line.hasSentencePunctuation { return true }
        // A byline alone on its line: ■ 拱墅区人民政府代区长  敖煜新.
        if ["■", "●", "◆"].contains(line.first) && !line.hasSentencePunctuation { return true }
        if line.hasSentencePunctuation || line.startsUnit || line.isPageBreak { return false }
        // Text before a 下转 marker is the end of a paragraph (…提请的有关 / 人事（下转9版）).
        if line.endsWithJump && !["（", "(", "下", "转"].contains(line.first) { return false }
        // A line ending in a colon announces what follows: the end of a
        // paragraph (具体工作中要 / 着重把握好4个方面：), not a caption or headline.
        if line.last == "：" || line.last == ":" { return false }
        // So does a dash that ends the line (…拱墅 / 定下了不少新目标— — / 区领导…).
        if line.endsSentence { return false }
        guard let column, line.width <= column + 6 else { return line.width < ColumnWidth.longHeading }
        if line.doubleSpaces > 0 { return true }
        // A justified line with few characters is letter-spaced, not a heading.
        if line.innerSpaces >= 2 { return false }
        // (Marks hanging past the edge make no headline: 覆盖”、服务“全链条”、
        // is 12 wide in a column of 10. A headline may end in a quote, never
        // in a comma: 合力打造更具韧性活力竞争力的“地瓜经济” is one.)
        let hanging = line.last == "、" || CharacterClass.clauseMarks.contains(line.last) ? line.trailingMarks : 0
        return line.width - hanging > column + 1.5 || line.width < column - 3.5
    }

    /// A paragraph's first line: short of the column by the two-character
    /// indent that OCR lost (a character either way for squeezed marks), or
    /// short by it up to closing marks that hang past the column's edge
    /// (精准打好政策“组合拳”。 in a column of 12).
    static func isIndented(_ line: PrintedLine, column: Double) -> Bool {
        let set = line.width - line.hangingMarks
        return line.width >= column - 3 && line.width <= column - 1
            || line.hangingMarks > 0 && set >= column - 3 && set <= column - 2
    }

    // MARK: Decisions

    enum Join {
        /// A paragraph ends between the two lines.
        case breakHere
        /// The lines are one paragraph.
        case join
    }

    /// Whether a paragraph ends between line `index - 1` and line `index`, in
    /// a paragraph that started at line `start`.
    func decide(_ index: Int, paragraphStart start: Int) throws -> Join {
        let before = lines[index - 1], after = lines[index]
        if continuesHeading[index] { return .join }
        // A dash opens a list item after a sentence's end (…新篇章。 / ——聚焦…), but
        // inside a sentence that filled its line it is the sentence's own dash
        // (…召开了一个重要会议 / ——高质量发展大会。).
        let dashInSentence = after.first == "—" && !before.endsSentence
            && columns[index - 1].map { before.width >= $0 - 1 } ?? false
        if after.startsUnit && !dashInSentence || before.endsWithJump || before.isPageBreak || after.isPageBreak {
            return .breakHere
        }
        // A paragraph printed twice: all its lines come again after its end (…在 与企 业 /
        // …在与企业); the duplicates rule removes the copy once it stands apart.
        // (A sentence printed twice inside a paragraph goes on past a full line.)
        let endedHere = before.endsSentence || columns[index - 1].map { before.width <= $0 - 1.5 } ?? true
        if endedHere, start < index, index + (index - start) <= lines.count,
           (start..<index).allSatisfy({ sameLetters(lines[$0], lines[$0 + index - start]) }) {
            return .breakHere
        }
        // A numbered section heading ends with its first sentence.
        if lines[start].startsSection && before.endsSentence { return .breakHere }
        // On the rules' own output, a whole paragraph that ends mid-sentence was
        // cut by a jump marker the first pass saw and a later rule removed:
        // what follows is another paragraph, unless the dictionary says a word
        // runs on across the break. The rules' output is what a later pass
        // reads, and what a second cleaning reads (clean text must stay as
        // it is).
        if laterPass || isCleanText, before.width > ColumnWidth.longLine, !before.endsSentence {
            return try continuesInto(before, after) || startsWithBoundWord(after) ? .join : .breakHere
        }
        // The lines this pass joins to such a whole paragraph are one with it:
        // where the next pass would join the next line to them, so does this
        // one (a pass a line, a run of short lines whose words run on from
        // one to the next ran out of passes: a fuzz find). Where it would not,
        // the line's own signals decide, as they do for the lines before.
        if laterPass || isCleanText, !before.endsSentence, start < index - 1,
           lines[start].width > ColumnWidth.longLine {
            let (letters, cut) = lettersAcross(paragraph: start..<index, after)
            if try context.readsWordAcross(letters, cut: cut) || startsWithBoundWord(after) { return .join }
        }
        if headingLike[index - 1] || headingLike[index] { return .breakHere }
        if endsFirstLinesParagraph.contains(index) || closesBracket(index - 1, index) { return .join }
        var score = before.endsSentence ? weights.endsSentence : weights.endsMidSentence
        // Column signals only between lines of the column (not whole paragraphs).
        if let column = columns[index - 1], before.width - before.trailingMarks <= column + 1.5,
           after.width - after.trailingMarks <= column + 1.5 {
            // A paragraph's first line is short by the indent OCR lost: short
            // by that much, and followed by a full line, it is a full line.
            let indentedFirst = start == index - 1 && Self.isIndented(before, column: column) && after.width >= column - 1
            if indentedFirst {
                score += weights.fullLine
            } else if before.width <= column - 1.5 {
                score += weights.shortLine
            } else if before.width >= column - 1 {
                score += weights.fullLine
            }
            // A mark may hang past the edge of a first line too (考察期间，大家边走边学、
            // in a column of 13: eleven characters after the indent, and the 、).
            let hangs = after.width - after.hangingMarks
            // A first line is short by the indent because its paragraph goes on
            // below it; a line that ends its sentence before another first line,
            // a headline or a lead would be a paragraph of one line, which may
            // be any length, and a paragraph's last line as likely (…主持会议并讲话。
            // / 吴才敏、杨国琴等区四套班子领导参加。 / 会议指出，要认真学习…, in a
            // column of 20; …招商大使颁发聘书。 / 相关部门、街道领取了《2023年经济
            // 工作任务书》。 / a headline, in one of 26).
            let endsAlone = after.endsSentence && (index + 1 == lines.count || lines[index + 1].startsUnit
                || headingLike[index + 1] || lines[index + 1].isPageBreak
                || columns[index + 1].map { Self.isIndented(lines[index + 1], column: $0) } ?? false)
            // (Only where both lines read the same column: at the edge of a
            // block a column one too wide makes a full line look indented.)
            if !endsAlone, let next = columns[index], after.width >= next - 3,
               after.width <= next - 1.5 || hangs >= next - 3 && hangs <= next - 2 && column == next {
                score += weights.indentedNext
                if before.endsSentence { score += weights.sentenceThenIndent }
            }
        }
        if blankLinesAreSignals {
            score += after.blankLinesBefore > 0 ? weights.blankLine : weights.noBlankLine
        }
        return score > 0 ? .breakHere : .join
    }

    /// Runs of heading-like lines that cut a sentence: the line before does not
    /// end a sentence, the line after goes on with it, and the dictionary does
    /// not say the cut line is the real continuation.
    func captionRuns() throws -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var index = 1
        while index < lines.count - 1 {
            guard headingLike[index], !headingLike[index - 1], !continuesHeading[index] else { index += 1; continue }
            var end = index
            while end + 1 < lines.count, headingLike[end + 1], end - index < 2 { end += 1 }
            let before = lines[index - 1]
            guard end + 1 < lines.count, !headingLike[end + 1] else { index = end + 1; continue }
            let after = lines[end + 1]
            // A caption sits under its photo inside the column: a line wider
            // than the column is a headline (…拜访。在 / 与企业 / 拱墅与省二轻集团
            // 开展座谈交流 in a column of 10), not a caption.
            let short = lines[index...end].allSatisfy { line in
                line.width <= 16 && columns[index - 1].map { line.width <= $0 + 1.5 } ?? true
            }
            // A jump marker alone on its line is no caption: what follows it
            // never continues the sentence before it.
            guard !before.isPageBreak, !after.isPageBreak,
                  !lines[index...end].contains(where: { $0.hasJumpMarker }) else { index = end + 1; continue }
            // Among whole-paragraph lines (seeds 001, 002, and the rules' own
            // output) a paragraph that stops mid-sentence was as likely cut by
            // a jump marker (…拜访。在与企业 / 拱墅与省二轻集团开展座谈交流 /
            // 深化重点…): the lines after it cut its sentence only when they
            // are as short as a label or photo credit (大武林商圈, 郑斌摄) or the
            // dictionary joins a word across them.
            let amongWholeLines = columns[index - 1] == nil
            // On a page that reads as clean text a label after a whole paragraph
            // is where a cleaning put it (…向新向好。一季 / 产丈、首 / 况普遍高于…,
            // a paragraph a removal left unfinished): only a word the dictionary
            // reads across it says it still cuts a sentence. (A later pass of
            // the same cleaning still joins around labels its first pass left.)
            let placedByCleaning = amongWholeLines && isCleanText
            // In a column a caption cuts a sentence where a line wrapped, after
            // a full line; after a short one the paragraph had ended (…三是拓展
            // 招引渠道， / 扫一扫 观看专访视频 / 拱墅一直是…: its article went on
            // elsewhere).
            // (Or inside brackets the line after the caption closes.)
            let cutAtWrap = columns[index - 1].map { before.width >= $0 - 3 } ?? true || closesBracket(index - 1, end + 1)
            // A full line after the run is no paragraph's first line (that one
            // is short by its indent): it goes on with a sentence, so the short
            // run cannot be where the paragraph above it ended, whatever word
            // the dictionary reads across it (…领域，最 / 大武林商圈 / 简单就是…).
            let afterContinues = columns[end + 1].map { after.width >= $0 - 1 } ?? false
            if short, cutAtWrap, !before.endsSentence, !before.endsWithJump, !after.startsUnit,
               try afterContinues || !continuesInto(before, lines[index]) || continuesInto(before, after),
               try !amongWholeLines
                   || !placedByCleaning && lines[index...end].allSatisfy({ $0.width < Self.longestLabel })
                   || continuesInto(before, after) {
                runs.append(index...end)
            }
            index = end + 1
        }
        return runs
    }

    /// Whether joining `first` and `second` makes a dictionary word across
    /// the join; with `cuttingWord`, only when `first` alone ends in a lone
    /// character (the piece of a word the join completes) and `second` does
    /// not open with a one-character word that often opens a sentence.
    func continuesInto(_ first: PrintedLine, _ second: PrintedLine, cuttingWord: Bool = false) throws -> Bool {
        let (letters, cut) = lettersAcross(first, second)
        let straddles = try context.readsWordAcross(letters, cut: cut)
        guard straddles, cuttingWord else { return straddles }
        guard !Self.sentenceOpeners.contains(second.first) else { return false }
        let alone = try context.wordBreaker().segments(of: letters, in: 0..<cut)
        return alone.last.map { $0.range.count == 1 && $0.kind == .ideographic } ?? false
    }

    /// The last four letters of `first` (its `tail`) and the first four of
    /// `second` (its `head`), in one array, and where the first line's end:
    /// what the dictionary is asked about a join. (Asked thousands of times
    /// a run: one array, not one for each side and one for both.)
    func lettersAcross(_ first: PrintedLine, _ second: PrintedLine) -> (letters: [Unicode.Scalar], cut: Int) {
        let scalars = document.scalars, classifier = context.classifier
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(8)
        for scalar in scalars[tailStart(of: first)..<first.content.upperBound] where !classifier.is(scalar, .space) {
            letters.append(scalar)
        }
        let cut = Self.appendHead(of: second, to: &letters, in: document, classifier)
        return (letters, cut)
    }

    /// `lettersAcross` for the lines `paragraph` joined into one: its last
    /// four letters may come from more than its last line (…进一步建 joined
    /// from …进 / 一步建).
    func lettersAcross(paragraph: Range<Int>, _ second: PrintedLine) -> (letters: [Unicode.Scalar], cut: Int) {
        var letters: [Unicode.Scalar] = []
        letters.reserveCapacity(8)
        for index in paragraph.reversed() where letters.count < 4 {
            let line = lines[index]
            for scalar in document.scalars[line.content].reversed() where !context.classifier.is(scalar, .space) {
                letters.append(scalar)
                if letters.count == 4 { break }
            }
        }
        letters.reverse()
        let cut = Self.appendHead(of: second, to: &letters, in: document, context.classifier)
        return (letters, cut)
    }

    /// Appends the first four letters of `second` to `letters` (a line's
    /// last ones) and returns where they start. (In place: the letters are
    /// asked about thousands of times a run, and an array made of the tail's
    /// copy was a second one each time.)
    private static func appendHead(of second: PrintedLine, to letters: inout [Unicode.Scalar], in document: Document,
                                   _ classifier: CharacterClassifier) -> Int {
        let cut = letters.count
        for scalar in document.scalars[second.content] where !classifier.is(scalar, .space) {
            letters.append(scalar)
            if letters.count - cut == 4 { break }
        }
        return cut
    }

    /// One-character words that often open a sentence (为企业送政策…, 在座谈中…).
    static let sentenceOpeners: ScalarSet = [
        "为", "在", "对", "将", "把", "从", "向", "据", "经", "当", "因", "但", "如", "就", "也", "都", "还",
        "又", "再", "即", "更", "已",
    ]

    /// Whether two lines hold the same letters, spaces aside.
    func sameLetters(_ first: PrintedLine, _ second: PrintedLine) -> Bool {
        guard first.characters == second.characters, first.first == second.first, first.last == second.last
        else { return false }
        let space = context.classifier
        return document.scalars[first.content].lazy.filter { !space.is($0, .space) }
            .elementsEqual(document.scalars[second.content].lazy.filter { !space.is($0, .space) })
    }

    /// The first and the last four letters of a line, for the dictionary:
    /// stray spaces (做 好服务) would cut the words it is asked about.
    func head(of line: PrintedLine) -> [Unicode.Scalar] {
        Array(document.scalars[line.content].lazy.filter { !self.context.classifier.is($0, .space) }.prefix(4))
    }

    func tail(of line: PrintedLine) -> [Unicode.Scalar] {
        document.scalars[tailStart(of: line)..<line.content.upperBound].filter { !context.classifier.is($0, .space) }
    }

    /// Where the last four letters of a line start. (Found, then copied: one array.)
    func tailStart(of line: PrintedLine) -> Int {
        var start = line.content.upperBound, letters = 0
        while start > line.content.lowerBound, letters < 4 {
            start -= 1
            if !context.classifier.is(document.scalars[start], .space) { letters += 1 }
        }
        return start
    }

    /// One-character function words no one writes twice (unlike 等等, 的的确确).
    static let neverDoubled: ScalarSet = [
        "了", "及", "由", "在", "和", "与", "是", "为", "对", "将", "把", "从", "向", "于", "并", "或", "而", "被",
    ]

    /// Words of these bulletins that ICU's dictionary does not hold, so that
    /// 学习 / 习近平 or 优惠 / 惠企政策 would look like a character printed
    /// twice (ICU reads 习|近平, 惠|企); the district's 大城北, 大武林 and 大和平
    /// (持续放大 / 大城北) too.
    static let wordsTheDictionaryLacks: [[Unicode.Scalar]] = [
        "习近平", "惠企", "惠民", "助企", "业态", "大城北", "大武林", "大和平",
    ]
        .map { Array($0.unicodeScalars) }

    /// Whether the first character of `second` repeats the last of `first` by
    /// accident of the break: with both copies the repeated character stands
    /// alone as a one-character word, with one copy it is inside a word.
    func printedTwice(_ first: PrintedLine, _ second: PrintedLine) throws -> Bool {
        guard first.last == second.first, context.classifier.is(first.last, .han) else { return false }
        let tail = tail(of: first), head = head(of: second)
        let breaker = try context.wordBreaker()
        let both = tail + head
        let segments = try breaker.segments(of: both, in: 0..<both.count)
        let alone = segments.contains {
            $0.range.count == 1 && ($0.range.lowerBound == tail.count - 1 || $0.range.lowerBound == tail.count)
        }
        // ICU reads the two copies as one reduplicated word: see below.
        let asPair = segments.contains { $0.range == (tail.count - 1)..<(tail.count + 1) }
        guard alone || asPair else { return false }
        // A word that ends with the character, then one that starts with it,
        // is written twice on purpose (学习 / 习近平, 为人 / 人民).
        let tailWords = try breaker.segments(of: tail, in: 0..<tail.count)
        let headWords = try breaker.segments(of: head, in: 0..<head.count)
        let endsWord = tailWords.last.map { $0.range.count >= 2 && $0.kind == .ideographic } ?? false
        let startsWord = headWords.first.map { $0.range.count >= 2 && $0.kind == .ideographic } ?? false
        if endsWord && (startsWord || Self.wordsTheDictionaryLacks.contains(where: { head.starts(with: $0) })) {
            return false
        }
        // A function word is never written twice (通过了 / 了关于, 及 / 及一批).
        if Self.neverDoubled.contains(first.last) { return true }
        if Self.numerals.contains(first.last) { return numeralPrintedTwice(tail, head) }
        // ICU reads the two copies as one reduplicated word (重重, 提提, 娇娇): one
        // copy was printed twice when one side alone holds it in a word (多重 /
        // 重目标, 率提 / 提升); when neither does it is doubled on purpose (大 /
        // 大降低, a name's 徐娇 / 娇).
        if asPair {
            if endsWord != startsWord { return true }
            // Neither side holds it, and ICU's dictionary knows the pair as a
            // word of its own (省省, 曲曲, 严严): one copy was printed twice
            // (扛起“全省 / 省消费, 手曲 / 曲棒垒球), unless Chinese writes the
            // character twice on purpose (大 / 大降低) or the pair ends a name
            // in a list of names (通讯员 徐娇 / 娇 石钰辰).
            if Self.reduplicated.contains(first.last) { return false }
            let next = second.content.lowerBound + 1
            return next < second.content.upperBound
                && !context.classifier.is(document.scalars[next], .space)
                && !["）", ")", "、", "，"].contains(document.scalars[next])
        }
        // With one copy, a word that holds it says it was printed twice.
        let once = tail + head.dropFirst()
        if try breaker.segments(of: once, in: 0..<once.count).contains(where: {
            $0.range.count >= 2 && $0.kind == .ideographic && $0.range.contains(tail.count - 1)
        }) { return true }
        // ICU's dictionary lacks many words of these bulletins (提质增效, 共赢,
        // 产业链): a character it reads alone on both sides of the break, and
        // that Chinese does not reduplicate (人人, 牢牢, 重重), is printed twice.
        return !endsWord && !startsWord && !Self.reduplicated.contains(first.last)
    }

    /// A numeral is written twice in a name (“十五 / 五”规划, “八 / 八战略”),
    /// a year (二〇二 / 二年) and 一一 before a verb (一 / 一对应); anywhere
    /// else a numeral before a word was printed twice (二 / 二季度, 十三 /
    /// 三届, 两 / 两场, 一 / 一次, 一 / 一流).
    func numeralPrintedTwice(_ tail: [Unicode.Scalar], _ head: [Unicode.Scalar]) -> Bool {
        let numeral = tail[tail.count - 1]
        let before = tail.count >= 2 ? tail[tail.count - 2] : nil
        if before == "第" { return true }
        if before == "〇" || before == "零" { return false }
        guard head.count >= 2, context.classifier.is(head[1], .han) else { return false }
        let doubled = [numeral] + head
        if Self.doubledNumeralNames.contains(where: { doubled.starts(with: $0) }) { return false }
        if numeral == "一" { return Self.countedAfterOne.contains(head[1]) }
        return true
    }

    /// Names written with a numeral twice (浙江's 八八战略).
    static let doubledNumeralNames: [[Unicode.Scalar]] = ["八八战略", "十五五"].map { Array($0.unicodeScalars) }
    /// Measure words and the like that follow 一 (一次, 一种, 一流): before them 一一 is one 一 printed twice.
    static let countedAfterOne = ScalarSet("次种个批项流起步年名位条件场轮届季天月直些样般切定体同系")

    /// Characters written twice on purpose in AA and AABB forms (人人,
    /// 牢牢守住, 扎扎实实, 干货满满), which a break may fall between.
    static let reduplicated = ScalarSet(
        "人天常看多年个处事时步家户层条样件点纷渐刚仅往稳牢紧实扎明默深久频连节声真好大轻慢静悄高滚熊等谢试想说走坐满")
    static let numerals = ScalarSet("一二三四五六七八九十百千万亿零两")

    // MARK: Changes

    /// The page's changes, appended to `changes` (the document's: a page's
    /// own array, appended to it, copied every change and its text again).
    func changes(into changes: inout [Change]) throws {
        // The caption run after each line, if any (asked of every line).
        var captionAfter = [ClosedRange<Int>?](repeating: nil, count: lines.count)
        for run in try captionRuns() { captionAfter[run.lowerBound - 1] = run }

        var pendingCaptions: [ClosedRange<Int>] = []
        var index = 1
        // Joins the line `next` to the paragraph ending with line `last`.
        func join(_ last: Int, _ next: Int, over run: ClosedRange<Int>?) throws {
            let first = lines[last], second = lines[next]
            // Only the line breaks (and what stands between them) go: spaces at
            // the ends of the two lines stay for the spaces rule, which knows
            // whether they mean something (a byline cut after 通讯员 ).
            let gap = first.line.upperBound..<second.line.lowerBound
            let separator = Self.separator(after: first.last, before: second.first, classifier: context.classifier)
            var note = "line wrap"
            if let run {
                let texts = run.map { document.string(lines[$0].content) }
                note = "line wrap across \(texts.joined(separator: " / ")) (moved after the paragraph)"
                pendingCaptions.append(run)
            }
            changes.append(Change(range: gap, replacement: first.content.upperBound == first.line.upperBound
                                  && second.content.lowerBound == second.line.lowerBound ? separator : [],
                                  note: note))
            // A character printed twice at a break (冲刺“开 / 开门红”, 重点 /
            // 点企业) is printed once; the dictionary tells it from a word
            // written twice (学习 / 习近平).
            if try printedTwice(first, second) {
                changes.append(.remove(second.content.lowerBound..<second.content.lowerBound + 1,
                                       note: "\(String(second.first)) printed twice at a break"))
            }
        }
        // Puts the captions of the paragraph that ends with line `last` after it.
        func placeCaptions(after last: Int) {
            guard !pendingCaptions.isEmpty else { return }
            let texts = pendingCaptions.flatMap { run in run.map { document.string(lines[$0].content) } }
            let inserted = texts.map { "\n\n" + $0 }.joined()
            changes.append(Change(range: lines[last].content.upperBound..<lines[last].content.upperBound,
                                  replacement: inserted, note: "moved here: it cut the paragraph"))
            pendingCaptions = []
        }

        var paragraphStart = 0
        while index < lines.count {
            if let run = captionAfter[index - 1] {
                let next = run.upperBound + 1
                try join(index - 1, next, over: run)
                index = next + 1
                continue
            }
            if try decide(index, paragraphStart: paragraphStart) == .join {
                try join(index - 1, index, over: nil)
            } else {
                placeCaptions(after: index - 1)
                paragraphStart = index
            }
            index += 1
        }
        placeCaptions(after: lines.count - 1)
    }

    static let wordEnd: ScalarSet = [",", ".", ";", ":", "!", "?", ")"]

    /// What a join puts between two lines: nothing between CJK characters; one
    /// space between Latin words only where the line clearly ended a word.
    static func separator(after last: Unicode.Scalar, before first: Unicode.Scalar,
                          classifier: CharacterClassifier) -> [Unicode.Scalar] {
        if wordEnd.contains(last), classifier.is(first, [.latinLetter, .digit]) { return [" "] }
        return []
    }
}
