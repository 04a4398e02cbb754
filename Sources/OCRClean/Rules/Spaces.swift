/// `spaces`: stray spaces out, meaningful spaces kept (CONVENTIONS.md §2).
///
/// Runs after the paragraphs are rebuilt, so it sees each paragraph on one
/// line. A space of any kind (ASCII, U+3000, U+00A0, U+2002…: Unicode
/// White_Space) is
/// - removed between two CJK characters in body text: `在 座谈中` → `在座谈中`,
///   `推动 数 字 化转型 发 展` → `推动数字化转型发展`;
/// - removed next to full-width punctuation: `以 来，拱 墅与` → `以来，拱墅与`,
///   and between a quotation mark and CJK text in a sentence:
///   `聚焦“千亩空间 ”，` → `聚焦“千亩空间”，`;
/// - removed inside a number: `38 .3%` → `38.3%`, `1. 9%` → `1.9%`;
/// - kept as one ASCII space between the roles and names of a byline,
///   `本 报 讯（记 者  林 韬  通 讯 员 黄朝文）` → `本报讯（记者 林韬 通讯员 黄朝文）`,
///   after a bare 本报讯 (`本报讯  近日，…` → `本报讯 近日，…`), between the
///   parts of a headline or caption (`建一流营商环境  拼一流经济业绩` →
///   `建一流营商环境 拼一流经济业绩`), and inside a quoted name or slogan between
///   two phrases of four or more characters
///   (`“建一流营商环境 拼一流经济业绩”高质量发展大会`);
/// - otherwise (Latin words, Latin next to CJK) collapsed to one ASCII space.
public struct Spaces: Rule {
    public init() {}
    public let name = "spaces"
    /// Each line is read alone.
    public let readsPagesAlone = true
    /// …without the spaces at its ends (the layout rule's): blank lines and
    /// edge spaces give it nothing to judge.
    public let readsLinesNotLayout = true
    public let summary = "removes stray spaces in words and numbers; keeps byline, headline and slogan spaces"

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        var changes: [Change] = []
        // (Room for a change every sixteen characters, about what raw pages
        // need, more than enough for clean ones.)
        changes.reserveCapacity(document.scalars.count / 16)
        for line in document.lines {
            try lineChanges(document.scalars, line.range, context, into: &changes)
        }
        return changes
    }

    /// How many times a line is judged again as this rule leaves it (see
    /// `lineChanges`); each time removes a run of spaces, and a hostile line
    /// of thousands of them must not be read thousands of times.
    static let settlingRounds = 8

    /// The line's changes, judged until they settle. A space kept for what
    /// lies around it — a slogan's two halves of a length, a headline's parts
    /// — was measured with the spaces this rule removes still in place; a
    /// second cleaning measures without them, and must find what the first
    /// left (“� 本报�记李志龙接 待省二轻 酨省…”: 接 待 splits a word and goes;
    /// measured with it, 待省二轻 | 酨省消费第 matched as a slogan's halves,
    /// without it 记李志龙接待省二轻 does not). So such a line is judged again
    /// as the rule leaves it, and what goes then goes now.
    /// (Appended to `all`, the page's changes: an array of each line's own
    /// cost an allocation a line.)
    private func lineChanges(_ s: [Unicode.Scalar], _ line: Range<Int>, _ context: RuleContext,
                             into all: inout [Change]) throws {
        var measured = false
        let start = all.count
        try judgedLine(s, line, context, measured: &measured, into: &all)
        guard measured, all.count > start else { return }
        var changes = Array(all[start...])
        var rounds = 0
        while measured, !changes.isEmpty, rounds < Self.settlingRounds {
            let shifted = changes.map {
                Change(range: $0.range.lowerBound - line.lowerBound..<$0.range.upperBound - line.lowerBound,
                       replacement: $0.replacement, note: $0.note)
            }
            let left = Cleaner.apply(shifted, to: Array(s[line]))
            measured = false
            var again: [Change] = []
            try judgedLine(left, 0..<left.count, context, measured: &measured, into: &again)
            if again.isEmpty { break }
            changes = Self.folding(again, at: line.lowerBound, into: changes)
            rounds += 1
        }
        all.replaceSubrange(start..., with: changes)
    }

    /// `later` — changes to a line as `earlier` left it, counted from the
    /// line's start, each removing a run of spaces — made changes of the line
    /// as it was, in `earlier`'s offsets. (A run `earlier` had made one space
    /// goes whole; letters are never removed, so a run of the line as left is
    /// a run of the line as it was.)
    static func folding(_ later: [Change], at lineStart: Int, into earlier: [Change]) -> [Change] {
        var result: [Change] = []
        result.reserveCapacity(earlier.count + later.count)
        // An offset of the line as left plus `delta` is one of the text as it was.
        var delta = lineStart
        var next = 0
        for change in later {
            // The earlier changes before this one stand as they are.
            while next < earlier.count,
                  earlier[next].range.lowerBound - delta + earlier[next].replacement.count <= change.range.lowerBound {
                delta += earlier[next].range.count - earlier[next].replacement.count
                result.append(earlier[next])
                next += 1
            }
            if next < earlier.count, earlier[next].range.lowerBound - delta == change.range.lowerBound {
                // The space an earlier change left goes: the run it replaced goes.
                result.append(Change(range: earlier[next].range, replacement: change.replacement, note: change.note))
                delta += earlier[next].range.count - earlier[next].replacement.count
                next += 1
            } else {
                result.append(Change(range: change.range.lowerBound + delta..<change.range.upperBound + delta,
                                     replacement: change.replacement, note: change.note))
            }
        }
        result += earlier[next...]
        return result
    }

    private func judgedLine(_ s: [Unicode.Scalar], _ line: Range<Int>, _ context: RuleContext,
                            measured: inout Bool, into changes: inout [Change]) throws {
        let classifier = context.classifier
        // Edge spaces are the layout rule's.
        var start = line.lowerBound, end = line.upperBound
        while start < end, classifier.is(s[start], .space) { start += 1 }
        while end > start, classifier.is(s[end - 1], .space) { end -= 1 }
        guard start < end else { return }
        let content = start..<end
        // A line that ends by introducing a list (…4个方面：) is not a heading
        // either; a headline may hold one (石桥街道：走访企业协调破难 推动园区提质增效).
        // Nor is a news lead, which may reach its first clause mark only on
        // the next page (本报讯（通讯员 郑贵越）设计总部中心、精品 酒店、健康产).
        // (Both read when the line has a space to judge: many lines have none.)
        var read = false, heading = false, bylines: [Byline] = []
        var quoteDepth = 0
        var index = content.lowerBound
        while index < content.upperBound {
            // (Han characters, full-width marks, digits and Latin letters,
            // nearly every character, are neither spaces nor curly quotes:
            // they are passed eight at a time.)
            index = s.withUnsafeBufferPointer { ScalarSearch.firstIndexMaySpaceOrQuote(in: $0, index..<content.upperBound) }
            guard index < content.upperBound else { break }
            let scalar = s[index]
            let kind = classifier.classOf(scalar)
            guard kind.contains(.space) else {
                if !kind.contains(.han) {
                    if scalar == "“" || scalar == "‘" { quoteDepth += 1 }
                    if scalar == "”" || scalar == "’" { quoteDepth = max(0, quoteDepth - 1) }
                }
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < content.upperBound, classifier.is(s[runEnd], .space) { runEnd += 1 }
            let run = index..<runEnd
            if !read {
                read = true
                heading = !content.contains { classifier.is(s[$0], .clausePunctuation) } && s[content.upperBound - 1] != "："
                    && !s[content].lazy.filter { !classifier.is($0, .space) }.prefix(3).elementsEqual(UnitSplit.lead)
                bylines = Self.bylines(in: s, content, classifier)
            }
            let verdict = try judge(run, s, content, heading: heading, inQuote: quoteDepth > 0,
                                    bylines: bylines, context, measured: &measured)
            switch verdict {
            case .remove(let why):
                changes.append(.remove(run, note: why))
            case .keep:
                if run.count > 1 || s[run.lowerBound] != " " {
                    changes.append(Change(range: run, replacement: [" "], note: "one space"))
                }
            }
            index = runEnd
        }
    }

    enum Verdict {
        case remove(String)
        case keep
    }

    private func judge(_ run: Range<Int>, _ s: [Unicode.Scalar], _ content: Range<Int>, heading: Bool,
                       inQuote: Bool, bylines: [Byline], _ context: RuleContext, measured: inout Bool) throws -> Verdict {
        let classifier = context.classifier
        let left = s[run.lowerBound - 1], right = s[run.upperBound]
        if Self.breaksNumber(run, s, classifier) { return .remove("space inside a number") }
        if let byline = bylines.first(where: { $0.inside.contains(run.lowerBound) }) {
            let at = s[byline.inside.lowerBound..<run.lowerBound].count { !classifier.is($0, .space) }
            return byline.boundaries.contains(at) ? .keep : .remove("space inside a byline name or role")
        }
        // The two halves of a dash (定下了不少新目标— —).
        if left == "—" && right == "—" { return .remove("space inside a dash") }
        if classifier.is(left, .cjkPunctuation) || classifier.is(right, .cjkPunctuation) {
            return .remove("space next to full-width punctuation")
        }
        let cjk: CharacterClass = [.han, .kana]
        // Curly quotes are ambiguous-width (English has them too), but between
        // a quote and a Han character in a sentence a space is OCR's
        // (聚焦“千亩空间 ”， → 聚焦“千亩空间”，); a headline's parts may
        // end or open with a quote, so its spaces are judged below.
        if !heading, Self.quotes.contains(left) && classifier.is(right, cjk)
            || classifier.is(left, cjk) && Self.quotes.contains(right) {
            return .remove("space next to a quotation mark")
        }
        guard classifier.is(left, cjk), classifier.is(right, cjk) else { return .keep }
        if Self.afterBareLead(run, s, content) { return .keep }
        if heading {
            measured = true
            let before = Self.chunk(before: run.lowerBound, s, content, classifier)
            let after = Self.chunk(after: run.upperBound, s, content, classifier)
            guard before >= 2 && after >= 2 else { return .remove("space between spaced-out characters") }
            // A headline's space parts phrases; one that splits a word is
            // OCR's (…区法院和区检 察院提请的有关人事, cut short by a 下转).
            return try Self.splitsWord(run, s, context) ? .remove("space inside a word") : .keep
        }
        // (A space of a letter-spaced run, 幸 福 感, splits no slogan.)
        if inQuote, Self.isLetter(run.lowerBound - 2, s, content, classifier),
           Self.isLetter(run.upperBound + 1, s, content, classifier), Self.inSlogan(run, s, content, classifier) {
            measured = true
            // A slogan's two halves match (建一流营商环境 拼一流经济业绩) and the
            // space splits no word (营商环 境最优区 splits 环境).
            let before = Self.phrase(before: run.lowerBound, s, content, classifier)
            let after = Self.phrase(after: run.upperBound, s, content, classifier)
            if before >= 4 && after >= 4 && abs(before - after) <= 1,
               try !Self.splitsWord(run, s, context) { return .keep }
        }
        return .remove("space between CJK characters")
    }

    static let quotes: ScalarSet = ["“", "”", "‘", "’"]

    /// digit ␣ . digit, digit . ␣ digit, digit ␣ %: one number cut by OCR.
    static func breaksNumber(_ run: Range<Int>, _ s: [Unicode.Scalar], _ classifier: CharacterClassifier) -> Bool {
        let left = s[run.lowerBound - 1], right = s[run.upperBound]
        let isDigit = { (scalar: Unicode.Scalar) in classifier.is(scalar, .digit) }
        // The letters beyond, past more stray spaces (4 . 5%).
        var probe = run.upperBound + 1
        while probe < s.count, s[probe] == " " { probe += 1 }
        let afterRight = probe < s.count ? s[probe] : " "
        probe = run.lowerBound - 2
        while probe >= 0, s[probe] == " " { probe -= 1 }
        let beforeLeft = probe >= 0 ? s[probe] : " "
        if isDigit(left) && right == "." && isDigit(afterRight) { return true }
        if left == "." && isDigit(beforeLeft) && isDigit(right) { return true }
        if isDigit(left) && (right == "%" || right == "‰" || right == "％") { return true }
        return false
    }

    /// Whether the dictionary reads a word across the space (营商环 境 → 环境).
    static func splitsWord(_ run: Range<Int>, _ s: [Unicode.Scalar], _ context: RuleContext) throws -> Bool {
        let before = s[max(0, run.lowerBound - 3)..<run.lowerBound]
        var joined = [Unicode.Scalar]()  // (one array for both sides)
        joined.reserveCapacity(6)
        joined.append(contentsOf: before)
        joined.append(contentsOf: s[run.upperBound..<min(s.count, run.upperBound + 3)])
        return try context.readsWordAcross(joined, cut: before.count)
    }

    /// Whether the quotation around `run` is a slogan (‘聚势启新程 奋力拼经济’):
    /// closed on the line, at most 24 letters, no clause punctuation. A long
    /// quoted passage (“区块链已 经应用到各个领域，…) is body text.
    static func inSlogan(_ run: Range<Int>, _ s: [Unicode.Scalar], _ content: Range<Int>,
                         _ classifier: CharacterClassifier) -> Bool {
        var open = run.lowerBound - 1
        while open >= content.lowerBound, s[open] != "“", s[open] != "‘" { open -= 1 }
        var close = run.upperBound
        while close < content.upperBound, s[close] != "”", s[close] != "’" { close += 1 }
        guard open >= content.lowerBound, close < content.upperBound else { return false }
        let inside = s[(open + 1)..<close]
        return inside.count(where: { !classifier.is($0, .space) }) <= 24
            && !inside.contains { classifier.is($0, .clausePunctuation) }
    }

    /// 本报讯 followed by a space and the text, with no byline in brackets.
    /// (Read where it stands: asked of nearly every space, an array of the
    /// letters before the space was made for each.)
    static func afterBareLead(_ run: Range<Int>, _ s: [Unicode.Scalar], _ content: Range<Int>) -> Bool {
        let start = content.lowerBound, lead = UnitSplit.lead
        return run.lowerBound - start == lead.count && lead.indices.allSatisfy { s[start + $0] == lead[$0] }
    }

    /// Characters since the previous space (or the line's start).
    static func chunk(before index: Int, _ s: [Unicode.Scalar], _ content: Range<Int>,
                      _ classifier: CharacterClassifier) -> Int {
        var probe = index - 1
        while probe >= content.lowerBound, !classifier.is(s[probe], .space) { probe -= 1 }
        return index - probe - 1
    }

    static func chunk(after index: Int, _ s: [Unicode.Scalar], _ content: Range<Int>,
                      _ classifier: CharacterClassifier) -> Int {
        var probe = index
        while probe < content.upperBound, !classifier.is(s[probe], .space) { probe += 1 }
        return probe - index
    }

    /// Han or kana characters in a row, up to a space or a punctuation mark;
    /// spaces that letter-space a run (“ 没 有 走 在前列也是) do not end it, so
    /// the phrase counts the same before and after they are removed.
    static func phrase(before index: Int, _ s: [Unicode.Scalar], _ content: Range<Int>,
                       _ classifier: CharacterClassifier) -> Int {
        var probe = index - 1, count = 0
        while probe >= content.lowerBound {
            if classifier.is(s[probe], [.han, .kana]) {
                count += 1
            } else if !letterSpacing(probe, s, content, classifier) {
                break
            }
            probe -= 1
        }
        return count
    }

    static func phrase(after index: Int, _ s: [Unicode.Scalar], _ content: Range<Int>,
                       _ classifier: CharacterClassifier) -> Int {
        var probe = index, count = 0
        while probe < content.upperBound {
            if classifier.is(s[probe], [.han, .kana]) {
                count += 1
            } else if !letterSpacing(probe, s, content, classifier) {
                break
            }
            probe += 1
        }
        return count
    }

    /// A single space between two letters, the one before it lone (no letter before it).
    static func letterSpacing(_ index: Int, _ s: [Unicode.Scalar], _ content: Range<Int>,
                              _ classifier: CharacterClassifier) -> Bool {
        s[index] == " " && isLetter(index - 1, s, content, classifier) && isLetter(index + 1, s, content, classifier)
            && !isLetter(index - 2, s, content, classifier)
    }

    /// Whether `index` is inside the line and holds a Han or kana letter.
    static func isLetter(_ index: Int, _ s: [Unicode.Scalar], _ content: Range<Int>,
                         _ classifier: CharacterClassifier) -> Bool {
        content.contains(index) && classifier.is(s[index], [.han, .kana])
    }

    /// The bylines of a line: a bracket right after 本报讯 (spaced out or not),
    /// or a bracket at the start of the line, that holds roles and names; and
    /// the same after a sentence's end, where a lead starts inside a line
    /// (…提振赛。本报讯（记者 林翰 通讯员 黄朝文）…: a copy of the sentence
    /// before it removed, the byline starts its line, and a second cleaning
    /// must read it as the first did).
    static func bylines(in s: [Unicode.Scalar], _ content: Range<Int>, _ classifier: CharacterClassifier) -> [Byline] {
        var result: [Byline] = []
        // (Brackets are few: each is found eight characters at a time, and
        // the letters before it are counted back from it.)
        var from = content.lowerBound
        while let index = ScalarSearch.firstIndex(of: "（", or: "(", in: s[from..<content.upperBound]) {
            from = index + 1
            var letters = 0, before = index
            while before > content.lowerBound, letters <= 3 {
                before -= 1
                let scalar = s[before]
                if scalar == "。" || scalar == "！" || scalar == "？" { break }
                if !classifier.is(scalar, .space) { letters += 1 }
            }
            if letters <= 3, let byline = Byline.read(at: index, in: s, line: content, classifier: classifier) {
                result.append(byline)
            }
        }
        return result
    }
}
