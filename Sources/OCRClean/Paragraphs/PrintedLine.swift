/// One printed line of a page, as the paragraph rules measure it.
struct PrintedLine {
    /// The line's text without spaces at either end, in document offsets.
    let content: Range<Int>
    /// The whole line (without its line feed).
    let line: Range<Int>
    /// Printed width in full-width characters: Han, kana, full-width punctuation
    /// and the CJK quotes count 1; Latin letters, digits and ASCII marks 1/2;
    /// spaces 0 (OCR puts them where a justified line was letter-spaced).
    let width: Double
    /// Closing quotes, brackets and punctuation marks ending the line, which
    /// may stand past the column's edge (…便利化“一件事”。 in a column of 17;
    /// spaces OCR put between them do not count).
    let trailingMarks: Double
    /// The next line opens with a quote or bracket, which a typesetter never
    /// leaves at a line's end: this line may be a full line one short
    /// (推动政策直达快享， / “亲清在线·政策超市” in a column of 10).
    var nextOpens = false
    /// Marks past the column's edge that may be where a first line short by its
    /// indent ends (考察期间，大家边走边学、); none when the line may have been
    /// pushed short by an opening mark instead.
    var hangingMarks: Double { nextOpens ? 0 : trailingMarks }
    /// Characters other than spaces.
    let characters: Int
    /// Blank lines between this line and the one before.
    let blankLinesBefore: Int
    /// Spaces inside the line (not at its ends), and how many of them are runs of two or more.
    let innerSpaces: Int
    let doubleSpaces: Int
    /// Clause punctuation anywhere in the line: ，。；！？ (not ： or 、, which headlines
    /// have), or a list of three or more 、.
    let hasSentencePunctuation: Bool
    /// The line ends a sentence: 。！？… or ： (or —— before a list), possibly
    /// followed by a closing quote or bracket.
    let endsSentence: Bool
    /// The line starts a unit that always begins a paragraph: 本报讯, ■, ——, （一）, 一、...
    let startsUnit: Bool
    /// The line starts a numbered section heading (一、…, （一）…).
    let startsSection: Bool
    /// The line leaves a round bracket open (本报讯（记者 郑斌 通讯).
    let leavesBracketOpen: Bool
    /// The line ends with a 下转 jump marker: the text after it belongs elsewhere.
    let endsWithJump: Bool
    /// The line holds a jump marker of either direction.
    let hasJumpMarker: Bool
    /// A form feed or a `=== 第N版 ===` line: the page ends here.
    let isPageBreak: Bool
    /// First and last characters (never spaces).
    let first: Unicode.Scalar
    let last: Unicode.Scalar

    /// Splits a document into its non-blank printed lines, page by page:
    /// each page's lines, the page break that ends it last (the last page's
    /// a line of no text at the document's end). (An array a
    /// page, as the paragraph rule reads them: a window's lines in one
    /// array had every line copied again into its page's.)
    static func pages(of document: Document, classifier: CharacterClassifier) -> [[PrintedLine]] {
        let scalars = document.scalars
        var pages: [[PrintedLine]] = []
        var result: [PrintedLine] = []
        result.reserveCapacity(min(document.lines.count, 256))
        let hanging = Self.hanging
        // (Every line of every page passes here, on two passes: the lines
        // are read through a bare pointer, and asked about as slices of it,
        // which an array's reference counting does not follow around.)
        scalars.withUnsafeBufferPointer { scalars in
            var blanks = 0
            for (number, line) in document.lines.enumerated() {
                var start = line.range.lowerBound, end = line.range.upperBound
                while start < end, classifier.is(scalars[start], .space) { start += 1 }
                while end > start, classifier.is(scalars[end - 1], .space) { end -= 1 }
                guard start < end else { blanks += 1; continue }
                var halfWidths = 0, characters = 0, innerSpaces = 0, doubleSpaces = 0, run = 0
                var punctuation = false, enumerationCommas = 0, turns = false, joins = false, brackets = 0
                let text = scalars[start..<end]
                // The 、 of a section number (二、…) numbers; it does not punctuate.
                let startsSection = UnitStart.isSectionHeading(text)
                let numberMark = startsSection ? text.firstIndex(of: "、") : nil
                // (The loop passes a run of ideographs, most of a line, in a
                // tight loop, and looks at a character's identity only when
                // its class leaves it in question.)
                var index = start
                while index < end {
                    let scalar = scalars[index]
                    if CharacterClassifier.isIdeograph(scalar), scalar != "转", scalar != "接" {
                        var past = index + 1
                        while past < end, CharacterClassifier.isIdeograph(scalars[past]),
                              scalars[past] != "转", scalars[past] != "接" { past += 1 }
                        run = 0
                        characters += past - index
                        halfWidths += 2 * (past - index)
                        index = past
                        continue
                    }
                    defer { index += 1 }
                    let kind = classifier.classOf(scalar)
                    if kind.contains(.space) {
                        run += 1
                        if run == 1 { innerSpaces += 1 } else if run == 2 { doubleSpaces += 1 }
                        continue
                    }
                    run = 0
                    characters += 1
                    halfWidths += kind.contains(.wide) ? 2 : 1
                    if kind.contains(.clausePunctuation) {
                        if index != numberMark { punctuation = true }
                        continue
                    }
                    switch scalar {
                    case "、": if index != numberMark { enumerationCommas += 1 }
                    case "转": turns = true
                    case "（", "(": brackets += 1
                    case "）", ")": brackets = max(0, brackets - 1)
                    case "接": joins = true
                    default: break
                    }
                }
                // A list that long is a sentence's, not a headline's (…上 / 塘街道、祥符街道、
                // 米市巷街道、东新街道、区委人才 / 办、…).
                if enumerationCommas >= 3 { punctuation = true }
                // Marks hanging past the column's edge, spaces between them aside.
                var trailingMarks = 0
                for scalar in text.reversed() {
                    if hanging.contains(scalar) { trailingMarks += 1 } else if !classifier.is(scalar, .space) { break }
                }
                // Jump markers need their 转 or 接: most lines are spared the
                // look (and the array slice it reads).
                var opensWithJump = false, endsWithJump = false, hasJumpMarker = false
                if turns || joins {
                    let marked = document.scalars[start..<end]
                    opensWithJump = joins && JumpMarker.startsWithBackwardJump(marked, classifier: classifier)
                    endsWithJump = turns && JumpMarker.endsWithForwardJump(marked, classifier: classifier)
                    hasJumpMarker = !JumpMarker.find(in: marked, classifier: classifier).isEmpty
                }
                result.append(PrintedLine(
                    content: start..<end, line: line.range, width: Double(halfWidths) / 2,
                    trailingMarks: Double(trailingMarks),
                    characters: characters,
                    blankLinesBefore: blanks, innerSpaces: innerSpaces, doubleSpaces: doubleSpaces,
                    hasSentencePunctuation: punctuation,
                    endsSentence: Self.endsSentence(text),
                    startsUnit: startsSection || UnitStart.startsWithLead(text) || opensWithJump,
                    startsSection: startsSection, leavesBracketOpen: brackets > 0,
                    endsWithJump: endsWithJump, hasJumpMarker: hasJumpMarker,
                    isPageBreak: PageBreak.matches(text),
                    first: scalars[start], last: scalars[end - 1]))
                blanks = 0
                if result[result.count - 1].isPageBreak {
                    Self.end(page: &result, into: &pages, linesLeft: document.lines.count - number - 1)
                }
            }
        }
        // The input's last page ends as every other page does, with a page
        // break (of no text, at the input's end): the rules that weigh a line
        // against the next read its last line as they read any page's. (A
        // page read alone and the same page before the next file of its
        // issue parted on their last lines, a fuzz find; no seed, corpus or
        // bench page changed.)
        if let last = result.last, !last.isPageBreak {
            let end = document.scalars.count
            result.append(PrintedLine(
                content: end..<end, line: end..<end, width: 0, trailingMarks: 0, characters: 0,
                blankLinesBefore: 1, innerSpaces: 0, doubleSpaces: 0, hasSentencePunctuation: false,
                endsSentence: false, startsUnit: false, startsSection: false, leavesBracketOpen: false,
                endsWithJump: false, hasJumpMarker: false, isPageBreak: true, first: "\u{0C}", last: "\u{0C}"))
        }
        Self.end(page: &result, into: &pages, linesLeft: 0)
        return pages
    }

    /// Adds a page's lines to `pages`, each told whether the next opens with
    /// a quote or bracket, and starts the next page's. (The lines' arrays
    /// passed in, not held by a function inside `pages(of:)`: held, every
    /// use of them in its loop was checked for exclusive access.)
    private static func end(page lines: inout [PrintedLine], into pages: inout [[PrintedLine]], linesLeft: Int) {
        guard !lines.isEmpty else { return }
        for index in lines.indices.dropLast() where openers.contains(lines[index + 1].first) {
            lines[index].nextOpens = true
        }
        let size = lines.count
        pages.append(lines)
        lines = []
        lines.reserveCapacity(min(linesLeft, max(64, size)))
    }

    static let sentencePunctuation = CharacterClass.clauseMarks
    static let finalPunctuation: ScalarSet = ["。", "！", "？", "…", "：", "!", "?"]
    static let openers: ScalarSet = ["“", "‘", "「", "『", "（", "(", "《", "【"]
    static let closers: ScalarSet = ["”", "’", "」", "』", "）", ")", "》", "】"]
    /// Marks no line may open with, which a typesetter hangs past the column
    /// instead (an ellipsis too: 精品酒店、健康产业城…… is a full line of 10).
    static let hanging: ScalarSet = closers.union(CharacterClass.clauseMarks).union(["、", "：", "…"])

    /// 。！？… or ： at the end, possibly inside closing quotes or brackets.
    static func endsSentence<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text) -> Bool where Text.Index == Int {
        // (Most lines end with an ideograph, neither a mark nor a closer: they
        // are answered before the sets of them are looked up.)
        if let last = text.last, CharacterClassifier.isIdeograph(last) { return false }
        // (OCR may space the two halves of the dash: 定下了不少新目标— —.)
        if text.count > 2, text.last == "—",
           text.dropLast().reversed().first(where: { $0 != " " && $0 != "\u{3000}" }) == "—" { return true }
        var index = text.endIndex - 1
        while index >= text.startIndex, closers.contains(text[index]) { index -= 1 }
        return index >= text.startIndex && finalPunctuation.contains(text[index])
    }
}
