/// `stitch`: joins an article that jumps pages (CONVENTIONS.md §3).
///
/// When an input holds several pages of one issue (separated by form feeds or
/// `=== 第N版 ===` lines, numbered by those lines, or — after a form feed — by
/// the caller or by the form feeds before them),
/// the paragraph cut by （下转7版） on page 1 goes on with the text that follows
/// （上接1版） on page 7: the continuation is moved to page 1 and joined as if
/// the page break were a line break — into the cut sentence when it did not
/// end, as new paragraphs when it did — and removed from page 7. The markers
/// themselves are left for `jump-markers`, which logs and removes them.
///
/// With several candidates on the target page, the one whose text continues
/// the cut sentence (the join makes a dictionary word) is taken; when that
/// does not decide, nothing is stitched and the ambiguity is reported.
///
/// Raw → clean: page 1 `…在与企 业（下转7版）`, page 7 `（上接1版）家代表座谈…`
/// → page 1 `…在与企业家代表座谈…`, page 7 without the continuation.
public struct Stitch: Rule {
    public init() {}
    public let name = "stitch"
    public let summary = "joins an article cut by （下转N版） with its continuation after （上接M版） on page N"

    struct Paragraph {
        let range: Range<Int>
        let page: Int
    }

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let s = document.scalars
        let classifier = context.classifier
        // Nothing is stitched, nor said, without a line that ends with a 下转
        // marker: most windows have none left once the markers are removed,
        // and are spared the reading of their paragraphs.
        guard Self.hasLineEndingWithForwardJump(document, classifier) else { return [] }
        // Paragraphs (non-blank lines) and the page each is on.
        var paragraphs: [Paragraph] = []
        var pageNumbers: [Int] = []
        var pageIndex = 0
        // A page opened by a `=== 第N版 ===` line is page N; one opened by a
        // form feed (or the first) takes its number from the form feeds
        // before it: the caller's number for it, else its place among them.
        // (The caller numbers the pages between form feeds, as a stream's
        // look-ahead does: counted over all breaks, a form feed after a
        // separator line took a number one too high.)
        var formFeeds = 0
        var explicitNext: Int?
        for line in document.lines where line.range.contains(where: { !classifier.is(s[$0], .space) }) {
            if PageBreak.matches(s[line.range]) {
                pageIndex += 1
                explicitNext = PageBreak.page(ofSeparator: s[line.range].filter { !classifier.is($0, .space) })
                if explicitNext == nil { formFeeds += 1 }
                if pageNumbers.count < pageIndex { pageNumbers.append(pageNumbers.last.map { $0 + 1 } ?? 1) }
                continue
            }
            if pageNumbers.count == pageIndex {
                pageNumbers.append(explicitNext ?? context.pageNumbers?[safe: formFeeds] ?? formFeeds + 1)
            }
            paragraphs.append(Paragraph(range: line.range, page: pageIndex))
        }
        guard pageNumbers.count > 1 else { return [] }

        // Cut paragraphs and continuations.
        var cuts: [(paragraph: Int, target: Int)] = []
        var continuations: [(paragraph: Int, from: Int)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let text = s[paragraph.range]
            // (Most paragraphs have no marker: the search for one, by its 转
            // or 接, is all they cost; a line's end reads one only where its
            // whole text does.)
            let markers = JumpMarker.find(in: text, classifier: classifier)
            guard !markers.isEmpty else { continue }
            if JumpMarker.endsWithForwardJump(text, classifier: classifier), let last = markers.last {
                cuts.append((index, last.page))
            }
            if let first = markers.first, first.direction == .continuedFrom,
               s[paragraph.range.lowerBound..<first.range.lowerBound].allSatisfy({ classifier.is($0, .space) }) {
                continuations.append((index, first.page))
            }
        }

        var changes: [Change] = []
        var used = Set<Int>()
        for cut in cuts {
            let cutPage = paragraphs[cut.paragraph].page
            let candidates = continuations.filter {
                !used.contains($0.paragraph) && $0.from == pageNumbers[cutPage]
                    && pageNumbers[paragraphs[$0.paragraph].page] == cut.target
                    && paragraphs[$0.paragraph].page != cutPage
            }
            guard let chosen = try choose(candidates.map(\.paragraph), after: cut.paragraph, paragraphs, s, context) else {
                if candidates.isEmpty {
                    context.report(self, "page \(pageNumbers[cutPage]): the article continues on page \(cut.target), but no （上接\(pageNumbers[cutPage])版） is there in this input")
                } else {
                    context.report(self, "page \(pageNumbers[cutPage]): \(candidates.count) continuations on page \(cut.target) could follow the cut paragraph; none stitched")
                }
                continue
            }
            used.insert(chosen)
            // The continuation: up to the next article (a news lead or a headline) or the page's end.
            var last = chosen
            while last + 1 < paragraphs.count, paragraphs[last + 1].page == paragraphs[chosen].page,
                  !Self.startsNextArticle(s[paragraphs[last + 1].range]) {
                last += 1
            }
            // A marker alone on its line belongs to the paragraph next to it.
            var moved = (chosen...last).map { document.string(paragraphs[$0].range) }
            if moved.count > 1, Self.withoutMarkers(s[paragraphs[chosen].range], classifier).isEmpty {
                moved[0...1] = [moved[0] + moved[1]]
            }
            var cutParagraph = cut.paragraph
            if cutParagraph > 0, paragraphs[cutParagraph - 1].page == cutPage,
               Self.withoutMarkers(s[paragraphs[cutParagraph].range], classifier).isEmpty {
                cutParagraph -= 1
            }
            let cutText = Self.withoutMarkers(s[paragraphs[cutParagraph].range], classifier)
            let continues = !PrintedLine.endsSentence(cutText[...])
            let insertion = (continues ? "" : "\n\n") + moved.joined(separator: "\n\n")
            let at = paragraphs[cutParagraph].range.upperBound
            changes.append(Change(range: at..<at, replacement: insertion,
                                  note: "continued from page \(cut.target): the rest of this article"))
            // With the line breaks before it, but never the page break.
            let removeFrom = chosen > 0 && paragraphs[chosen - 1].page == paragraphs[chosen].page
                ? paragraphs[chosen - 1].range.upperBound : paragraphs[chosen].range.lowerBound
            changes.append(.remove(removeFrom..<paragraphs[last].range.upperBound,
                                   note: "moved to page \(pageNumbers[cutPage]), where the article starts"))
        }
        return changes.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// Whether a line of the document ends with a 下转 marker, found by the
    /// 转 each holds (eight characters compared at a time), each line asked once.
    static func hasLineEndingWithForwardJump(_ document: Document, _ classifier: CharacterClassifier) -> Bool {
        let s = document.scalars, lines = document.lines
        var from = 0, line = 0
        while let turn = ScalarSearch.firstIndex(of: "转", in: s[from...]) {
            while lines[line].range.upperBound < turn { line += 1 }  // (its line: the one whose end is not before it)
            if JumpMarker.endsWithForwardJump(s[lines[line].range], classifier: classifier) { return true }
            from = lines[line].range.upperBound + 1
            guard from < s.count else { return false }
            line += 1
        }
        return false
    }

    /// The continuation to take: the only one, or the only one whose join with
    /// the cut paragraph makes a dictionary word.
    private func choose(_ candidates: [Int], after cut: Int, _ paragraphs: [Paragraph],
                        _ s: [Unicode.Scalar], _ context: RuleContext) throws -> Int? {
        if candidates.count <= 1 { return candidates.first }
        let tail = Array(Self.withoutMarkers(s[paragraphs[cut].range], context.classifier).suffix(4))
        var continuing: [Int] = []
        for candidate in candidates {
            let head = Array(Self.withoutMarkers(s[paragraphs[candidate].range], context.classifier).prefix(4))
            if try context.readsWordAcross(tail, head) { continuing.append(candidate) }
        }
        return continuing.count == 1 ? continuing[0] : nil
    }

    static func withoutMarkers(_ text: ArraySlice<Unicode.Scalar>, _ classifier: CharacterClassifier) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var cursor = text.startIndex
        for marker in JumpMarker.find(in: text, classifier: classifier) {
            result.append(contentsOf: text[cursor..<marker.range.lowerBound])
            cursor = marker.range.upperBound
        }
        result.append(contentsOf: text[cursor...])
        while let last = result.last, last == " " || last == "\u{3000}" { result.removeLast() }
        return result
    }

    /// A news lead or an unpunctuated line (a headline) starts the next article.
    static func startsNextArticle(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        UnitStart.matches(text) || !text.contains { PrintedLine.sentencePunctuation.contains($0) }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
