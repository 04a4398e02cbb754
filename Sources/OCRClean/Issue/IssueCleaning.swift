/// One page of an issue, as a file gives it.
public struct IssuePage: Sendable {
    /// What to call it in reports: a file name.
    public let name: String
    /// The page's text, as the cleaner reads it: its Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// The page number printed in jump markers (（下转7版） points to page 7).
    /// When the text holds several pages (form feeds), they are numbered from it on.
    public let number: Int

    public init(name: String, text: String, number: Int) {
        self.init(name: name, scalars: text.scalarArray, number: number)
    }

    /// A page already decoded to scalars (by a reader that decodes its bytes
    /// once, not to a String first).
    public init(name: String, scalars: [Unicode.Scalar], number: Int) {
        self.name = name
        self.scalars = scalars
        self.number = number
    }

    /// The page's text as a string, made from its scalars when asked.
    public var text: String { String(scalars: scalars) }
}

/// One page of an issue after cleaning, with its edits located in its own text.
public struct CleanedPage: Sendable {
    public let name: String
    /// The page's clean text (made when first read: a stream writes its
    /// windows as `utf8`, and never asks).
    public var text: String { content.text.value }
    /// The page's clean text as UTF-8 bytes, for writing. For a page that is
    /// a whole cleaning's output, made from its scalars without a String,
    /// which would check the bytes again.
    public var utf8: [UInt8] { content.utf8() }
    private let content: Content
    /// The edits that fall in this page, with locations relative to its own
    /// text (made when first read, as `CleanResult.edits` are).
    public var edits: [Edit] { log.value }
    private let log: Replayed<[Edit]>
    private let editCount: Replayed<Int>
    /// For a page that is all of a cleaning, its counts by rule, read off the
    /// log as the rules wrote it: `--check` over a folder replayed every
    /// file's log only to count its edits.
    private let wholeCounts: (@Sendable () -> [(rule: String, count: Int)])?
    /// Where the page's text stands in the combined input (scalar offsets).
    public let span: Range<Int>
    /// How many lines of the combined input come before this page.
    public let lineOffset: Int
    /// How many pages the file holds (its own form feeds start new ones).
    public let pageCount: Int

    private struct Content: Sendable {
        let text: Replayed<String>
        let utf8: @Sendable () -> [UInt8]
    }

    init(name: String, text: String, editCount: @escaping @Sendable () -> Int,
         edits: @escaping @Sendable () -> [Edit], span: Range<Int>, lineOffset: Int, pageCount: Int) {
        self.init(name: name, content: Content(text: Replayed { text }, utf8: { Array(text.utf8) }),
                  editCount: editCount, edits: edits, span: span, lineOffset: lineOffset, pageCount: pageCount,
                  wholeCounts: nil)
    }

    /// The page that is all of `result`.
    init(name: String, whole result: CleanResult, editCount: @escaping @Sendable () -> Int,
         edits: @escaping @Sendable () -> [Edit], span: Range<Int>, lineOffset: Int, pageCount: Int) {
        self.init(name: name, content: Content(text: Replayed { result.text }, utf8: { result.utf8 }),
                  editCount: editCount, edits: edits, span: span, lineOffset: lineOffset, pageCount: pageCount,
                  wholeCounts: { result.countsByRule })
    }

    private init(name: String, content: Content, editCount: @escaping @Sendable () -> Int,
                 edits: @escaping @Sendable () -> [Edit], span: Range<Int>, lineOffset: Int, pageCount: Int,
                 wholeCounts: (@Sendable () -> [(rule: String, count: Int)])?) {
        self.name = name
        self.content = content
        self.editCount = Replayed(editCount)
        self.wholeCounts = wholeCounts
        log = Replayed(edits)
        self.span = span
        self.lineOffset = lineOffset
        self.pageCount = pageCount
    }

    /// Whether any edit is the page's (for a page of an issue, known once
    /// the log is replayed: asked only where it is wanted).
    public var changed: Bool { editCount.value > 0 }

    /// How many edits each rule made on this page, in pipeline order.
    public var countsByRule: [(rule: String, count: Int)] {
        if let wholeCounts { return wholeCounts() }  // (one edit a record, in the same order)
        var order: [String] = []
        var counts: [String: Int] = [:]
        for edit in edits {
            if counts[edit.rule] == nil { order.append(edit.rule) }
            counts[edit.rule, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}

/// Several pages of one issue cleaned together, so that an article that jumps
/// from one page to another is stitched.
public struct IssueResult: Sendable {
    /// The run over all pages (its input is the pages joined by form feeds).
    public let combined: CleanResult
    public let pages: [CleanedPage]
    /// The page number of each page of the combined input, in order.
    public let pageNumbers: [Int]

    /// Where each page file stands in the combined input.
    struct PageLayout {
        let name: String
        let span: Range<Int>
        let lineOffset: Int
        let pageCount: Int
    }

    /// The combined run split back by page: the output at its form feeds
    /// (each page takes as many parts as it had pages), the edits by where
    /// they fall in the input.
    init(splitting result: CleanResult, layout: [PageLayout], pageNumbers: [Int]) {
        combined = result
        self.pageNumbers = pageNumbers
        guard layout.count > 1 else {
            pages = [CleanedPage(name: layout.first?.name ?? "", whole: result,
                                 editCount: { result.records.count }, edits: { result.edits },
                                 span: 0..<result.input.count, lineOffset: 0, pageCount: pageNumbers.count)]
            return
        }
        let parts = PageRanges(of: result.scalars)
        // Each edit's page, and each page's first byte, found once for every
        // page: an issue may be a folder of a thousand numbered scans, and
        // page by page every edit and every byte before the page were read
        // again (1,000 pages took 4.2 s, 250 took 0.33).
        // (Where an edit came from is known once the log is replayed: the
        // pages of an issue of several files are told apart by it. Both are
        // made when first asked, for every page at once: writing the pages
        // needs neither.)
        let spans = layout.map(\.span)
        let editsOfPage = Replayed { Self.edits(of: result.edits, byPage: spans) }
        let byteOffsets = Replayed { Self.byteOffsets(of: spans.map(\.lowerBound), in: result.input) }
        // (Asked only for an edit that reaches past its page: see `Edit.clipped`.)
        let locator = Replayed { SourceLocator(result.input) }
        var cleaned: [CleanedPage] = []
        var next = 0  // (the first part not yet a page's)
        for (index, page) in layout.enumerated() {
            let take = index + 1 == layout.count ? parts.count - next : min(page.pageCount, parts.count - next)
            let text = take == 0 ? "" : String(scalars: result.scalars[parts.text(from: next, through: next + take - 1)])
            next += take
            let edits: @Sendable () -> [Edit] = {
                let bytes = byteOffsets.value[index]
                return editsOfPage.value[index].map {
                    result.edits[$0].clipped(to: page.span, of: result.input, locator: locator)
                        .relocated(byScalars: page.span.lowerBound, lines: page.lineOffset, bytes: bytes)
                }
            }
            cleaned.append(CleanedPage(name: page.name, text: text, editCount: { editsOfPage.value[index].count },
                                       edits: edits, span: page.span, lineOffset: page.lineOffset,
                                       pageCount: page.pageCount))
        }
        pages = cleaned
    }

    /// For each page (its span of the combined input; in order, apart), the
    /// numbers of the edits that are its own, in log order: an edit is the
    /// page's where its input starts, in the page, or at its very end when
    /// it inserts after the last page; or where it starts in the lines that
    /// join the page to the one before and reaches into it (removing the
    /// blank lines a page opens with).
    static func edits(of edits: [Edit], byPage spans: [Range<Int>]) -> [[Int]] {
        var result = [[Int]](repeating: [], count: spans.count)
        for (number, edit) in edits.enumerated() {
            let start = edit.source.start.scalarOffset
            // The last page starting at or before the edit's start.
            var low = 0, high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle].lowerBound <= start { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { continue }
            let page = low - 1, span = spans[page]
            if span.contains(start)
                || page + 1 == spans.count && start == span.upperBound && edit.source.end.scalarOffset == start {
                result[page].append(number)
            } else if page + 1 < spans.count, edit.source.end.scalarOffset > spans[page + 1].lowerBound {
                result[page + 1].append(number)
            }
        }
        return result
    }

    /// The UTF-8 offset of each of `offsets` (in order) in `scalars`, read once.
    static func byteOffsets(of offsets: [Int], in scalars: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = [], bytes = 0, cursor = 0
        result.reserveCapacity(offsets.count)
        for offset in offsets {
            while cursor < offset {
                bytes += UTF8.width(scalars[cursor])
                cursor += 1
            }
            result.append(bytes)
        }
        return result
    }

    /// Where each page of a run's clean text stands in it: the text cut at
    /// each form feed on a line of its own (`\n\u{0C}\n`, its first line
    /// feed the one that ends the line before; or a form feed opening the text).
    struct PageRanges {
        /// Where each page starts, after the blank line that follows its
        /// page break (an empty page's start is past its end: it is all of
        /// that line feed, which the next page break begins with).
        private(set) var starts: [Int] = []
        /// Where each page ends, before the line feed its page break begins with.
        private(set) var ends: [Int] = []

        var count: Int { starts.count }

        init(of text: [Unicode.Scalar]) {
            var start = 0, index = 0
            func endPage(at end: Int) {
                starts.append(!starts.isEmpty && start < text.count && text[start] == "\n" ? start + 1 : start)
                ends.append(end)
            }
            // A form feed on a line of its own: at the start, or after a line
            // feed that the break before did not end with.
            while index < text.count {
                if text[index] == "\u{0C}", index + 1 < text.count, text[index + 1] == "\n",
                   index == 0 || index > start && text[index - 1] == "\n" {
                    endPage(at: max(index - 1, 0))
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            endPage(at: text.count)
        }

        /// Where pages `first` through `last` stand, with the page breaks
        /// between them as the run left them: a file's own pages, each cut
        /// apart and joined again, got a blank line more at an empty one
        /// than the file cleaned alone (a fuzz find).
        func text(from first: Int, through last: Int) -> Range<Int> {
            starts[first]..<max(starts[first], ends[last])
        }
    }

    /// This issue with one more stage of changes to its combined clean text
    /// (see `CleanResult.applying`).
    public func applying(_ changes: [Change], rule: String) throws -> IssueResult {
        let layout = pages.map { PageLayout(name: $0.name, span: $0.span, lineOffset: $0.lineOffset, pageCount: $0.pageCount) }
        let result = try combined.applying(changes, rule: rule)
        return IssueResult(splitting: result, layout: layout, pageNumbers: pageNumbers)
    }

    /// The structured view of each file: its slice of the combined pages.
    /// With `numbered` false, pages carry only the numbers their own text
    /// gives (`=== 第N版 ===`), not the ones the pages were cleaned with.
    /// With `continuing`, the text goes on with a page that text before it
    /// opened (a stream's window after its first, which starts after a page
    /// break or at a `=== 第N版 ===` line): its first page is that page's
    /// rest, empty when the window opens a page at once.
    public func structures(numbered: Bool = true, continuing: Bool = false) throws -> [[PageStructure]] {
        var all = try StructureReader(result: combined, pageNumbers: numbered ? pageNumbers : nil,
                                      continuing: continuing).read()[...]
        // A file's pages are those of its form feeds, each with the pages its
        // `=== 第N版 ===` lines open. (Counted by form feeds alone, a file
        // of pages cut by separator lines lost every page but its first.)
        var formFeeds = 0
        return pages.map { page in
            formFeeds += page.pageCount
            let mine = all.prefix { $0.formFeedsBefore < formFeeds }
            all = all.dropFirst(mine.count)
            return mine.map(\.structure)
        }
    }
}

extension Cleaner {
    /// Cleans the pages of one issue together: they are joined with form feeds,
    /// cleaned in one run (numbered by `IssuePage.number`, so `stitch` can
    /// follow 下转/上接), and the output and the edit log are split back by page.
    /// A page's own form feeds are kept: its output then holds several pages.
    public func clean(issue pages: [IssuePage]) throws -> IssueResult {
        // The pages joined, each page's span, lines before it and pages in it.
        var combined: [Unicode.Scalar] = []
        if pages.count > 1 { combined.reserveCapacity(pages.reduce(0) { $0 + $1.scalars.count + 5 }) }
        var spans: [(range: Range<Int>, lines: Int, pages: Int)] = []
        var lines = 0
        var numbers: [Int] = []
        for (index, page) in pages.enumerated() {
            let text = page.scalars
            let (lineFeeds, formFeeds) = ScalarSearch.feeds(in: text)
            spans.append((combined.count..<combined.count + text.count, lines, formFeeds + 1))
            if pages.count == 1 { combined = text } else { combined += text }  // (one page: not copied)
            lines += lineFeeds
            // A page's own form feeds start the pages after it: number, number + 1...
            numbers += (0...formFeeds).map { page.number + $0 }
            if index + 1 < pages.count {
                // (A last line feed ends the text as a character, not after a
                // carriage return, with which it is one: \r\n gets its own.)
                let endsWithLineFeed = text.last == "\n" && (text.count < 2 || text[text.count - 2] != "\r")
                let joiner: [Unicode.Scalar] = (endsWithLineFeed ? [] : ["\n"]) + ["\n", "\u{0C}", "\n", "\n"]
                combined += joiner
                lines += joiner.count { $0 == "\n" }
            }
        }
        let result = try clean(scalars: combined, pageNumbers: numbers)
        let layout = pages.enumerated().map { index, page in
            IssueResult.PageLayout(name: page.name, span: spans[index].range, lineOffset: spans[index].lines,
                                   pageCount: spans[index].pages)
        }
        return IssueResult(splitting: result, layout: layout, pageNumbers: numbers)
    }
}

extension Edit {
    /// The same edit within `span` of the input (a page of an issue): an
    /// edit that reaches into the lines the cleaner put between two pages
    /// (a page's last blank line, its line feed the joiner's, removed in one)
    /// is the page's only up to its edge, where its `before`, and what its
    /// `after` kept, lose the joiner's text. (The joiner is the cleaner's,
    /// not the file's: `--explain` named a line past a file's end.)
    func clipped(to span: Range<Int>, of input: [Unicode.Scalar], locator: Replayed<SourceLocator>) -> Edit {
        let start = source.start.scalarOffset, end = source.end.scalarOffset
        guard start < span.lowerBound || end > span.upperBound else { return self }
        var before = Array(before.unicodeScalars), after = Array(after.unicodeScalars)
        // (Only where the edit's text there is still the joiner as the input
        // has it: then it is that many scalars at the edge of both.)
        if end > span.upperBound {
            let outside = input[max(start, span.upperBound)..<end]
            if before.count >= outside.count, before.suffix(outside.count).elementsEqual(outside) {
                before.removeLast(outside.count)
                var kept = 0
                while kept < min(after.count, outside.count),
                      after[after.count - 1 - kept] == outside[outside.endIndex - 1 - kept] { kept += 1 }
                after.removeLast(kept)
            }
        }
        if start < span.lowerBound {
            let outside = input[start..<min(end, span.lowerBound)]
            if before.count >= outside.count, before.prefix(outside.count).elementsEqual(outside) {
                before.removeFirst(outside.count)
                var kept = 0
                while kept < min(after.count, outside.count), after[kept] == outside[outside.startIndex + kept] {
                    kept += 1
                }
                after.removeFirst(kept)
            }
        }
        let locator = locator.value
        let clipped = SourceSpan(
            start: start < span.lowerBound ? locator.location(at: span.lowerBound) : source.start,
            end: end > span.upperBound ? locator.location(at: span.upperBound, after: source.start) : source.end)
        return Edit(rule: rule, stage: stage, range: range, before: String(scalars: before),
                    after: String(scalars: after), source: clipped, note: note)
    }

    /// The same edit with its source location counted from a later start (or,
    /// with negative amounts, from an earlier one).
    public func relocated(byScalars scalars: Int, lines: Int, bytes: Int) -> Edit {
        func move(_ location: SourceLocation) -> SourceLocation {
            SourceLocation(line: location.line - lines, column: location.column,
                           byteOffset: location.byteOffset - bytes, scalarOffset: location.scalarOffset - scalars)
        }
        return Edit(rule: rule, stage: stage, range: range, before: before, after: after,
                    source: SourceSpan(start: move(source.start), end: move(source.end)), note: note)
    }
}
