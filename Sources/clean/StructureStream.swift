import OCRClean

/// `--format json` of a streamed input: the file's one object written as its
/// windows come, page by page, so that a large input is never held whole
/// (read whole, a 10 MB stream took 238 MB). The object is the one the
/// input read whole gives: each window after the first is read as going on
/// with the page the window before ended in (see `IssueResult.structures`),
/// and the two halves of that page are one page here.
struct StructureStream {
    let name: String
    /// The last page of the windows so far, which the next window may go on with.
    private var held: PageStructure?
    private var opened = false

    init(name: String) {
        self.name = name
    }

    /// What to write for the next window's pages (read with `continuing`
    /// but for the first window's),
    /// whose text starts at line `lineOffset` + 1 of the input, `columnOffset`
    /// characters into that line: the pages before its last, which the next
    /// window may go on with.
    mutating func add(_ pages: [PageStructure], lineOffset: Int, columnOffset: Int) -> [UInt8] {
        var pages = pages.map { Self.relocated($0, lineOffset: lineOffset, columnOffset: columnOffset) }
        guard let first = pages.first else { return [] }
        var done: [PageStructure] = []
        if let held {
            // A window starts after a page break (its first page is the page
            // that break opened, so the page held is that page's empty start)
            // or at a `=== 第N版 ===` line (its first page is empty: the line
            // opens the next). A page cut in two for its length, and warned
            // of, is two pages here.
            if held.articles.isEmpty {
                pages[0] = PageStructure(number: held.number ?? first.number, articles: first.articles)
            } else if first.articles.isEmpty {
                pages[0] = held
            } else {
                done.append(held)
            }
        }
        held = pages.removeLast()
        done += pages
        var bytes: [UInt8] = []
        for page in done { write(page, to: &bytes) }
        return bytes
    }

    /// The rest of the object, after the last window (or of an empty input:
    /// one page of no articles, as the input read whole gives).
    mutating func finish() -> [UInt8] {
        var bytes: [UInt8] = []
        write(held ?? PageStructure(number: nil, articles: []), to: &bytes)
        held = nil
        bytes.append(contentsOf: "]}\n".utf8)
        return bytes
    }

    private mutating func write(_ page: PageStructure, to bytes: inout [UInt8]) {
        if opened { bytes.append(UInt8(ascii: ",")) } else { bytes += StructureJSON.opening(file: name) }
        opened = true
        StructureJSON.append(page, to: &bytes)
    }

    /// The page with its jumps' lines and columns the input's, not the window's.
    static func relocated(_ page: PageStructure, lineOffset: Int, columnOffset: Int) -> PageStructure {
        guard lineOffset > 0 || columnOffset > 0 else { return page }
        var page = page
        for article in page.articles.indices {
            for jump in page.articles[article].jumps.indices {
                let line = page.articles[article].jumps[jump].line
                if line == 1 { page.articles[article].jumps[jump].column += columnOffset }
                page.articles[article].jumps[jump].line = line + lineOffset
            }
        }
        return page
    }
}
