/// The pages of a document: each after the first opens with its page-break
/// line (a form feed or `=== 第N版 ===` alone on its line).
///
/// The `Cleaner` uses them to ask a rule that reads pages alone
/// (`Rule.readsPagesAlone`) only about the pages that changed since it last
/// ran: on a corpus most pages are done after one pass, and a window of a
/// streamed corpus holds dozens of them.
struct Pages {
    /// Scalar offset where each page starts.
    private let starts: [Int]
    /// For each page, the end of its page-break line, line feed included (0 for the first page).
    private let breakEnds: [Int]
    /// For each page, the index of the line it starts with.
    private let startLines: [Int]
    private let length: Int
    private let lineCount: Int

    init(_ document: Document) {
        var starts = [0], breakEnds = [0], startLines = [0]
        // (Every line is asked, after every rule that changed the text: it is
        // read through a pointer, not as a slice that retains the text.)
        document.scalars.withUnsafeBufferPointer { scalars in
            for line in document.lines where line.range.lowerBound > 0
                && PageBreak.matches(UnsafeBufferPointer(rebasing: scalars[line.range])) {
                starts.append(line.range.lowerBound)
                breakEnds.append(min(line.range.upperBound + 1, scalars.count))
                startLines.append(line.index)
            }
        }
        self.starts = starts
        self.breakEnds = breakEnds
        self.startLines = startLines
        length = document.scalars.count
        lineCount = document.lines.count
    }

    /// The page as a rule that reads it alone sees it (`readRange`): its
    /// lines are the document's, counted from the page's first, not looked
    /// for again.
    func document(of page: Int, in document: Document) -> Document {
        let lines = startLines[page]..<(page + 1 < count ? startLines[page + 1] + 1 : lineCount)
        return Document(document, range: readRange(of: page), lines: lines)
    }

    var count: Int { starts.count }

    /// The page's own text: from its start up to the next page's.
    func range(of page: Int) -> Range<Int> {
        starts[page]..<(page + 1 < count ? starts[page + 1] : length)
    }

    /// What a rule reads of the page: its own text and the page-break line
    /// after it, so that the page ends as it does inside the document.
    func readRange(of page: Int) -> Range<Int> {
        starts[page]..<(page + 1 < count ? breakEnds[page + 1] : length)
    }

    /// The pages a change of `range` touches: an insertion where a page
    /// starts touches the page before too. `from` is a page at or before the
    /// change's (0 at first); it is moved to the change's last page, so that
    /// changes asked about in order walk the pages once.
    func touched(by range: Range<Int>, from page: inout Int) -> ClosedRange<Int> {
        let first = self.page(at: range.lowerBound, from: page)
        let last = self.page(at: max(range.lowerBound, range.upperBound - 1), from: first)
        page = last
        return (first > 0 && starts[first] == range.lowerBound ? first - 1 : first)...last
    }

    /// The page holding `offset`: the last that starts at or before it,
    /// sought forward from `page`.
    private func page(at offset: Int, from page: Int) -> Int {
        var page = page
        while page + 1 < starts.count, starts[page + 1] <= offset { page += 1 }
        return page
    }
}
