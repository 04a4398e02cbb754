import OCRClean

/// Every input, valid UTF-8 or not (decoded with replacement characters, as
/// `--lossy` would), goes through the whole pipeline. The properties that
/// must hold for any input are checked here, so a violation is a crash the
/// fuzzer keeps: the edit log replays to the output, cleaning is idempotent on
/// its own output, the structured view places every paragraph... (see `check`). An input holding U+001F (a control
/// character no page keeps) is also the files of one issue, cut there, and
/// cleaned as `clean -o` cleans a folder (see `checkIssue`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        try check(text)
        try checkIssue(text)
    } catch {
        fatalError("cleaning failed: \(error)")
    }
    return 0
}

/// SwiftPM names an executable's entry point `<module>_main`; here it hands
/// control to libFuzzer's driver, which calls `fuzz` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzClean_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzz(data, size) }
}

let cleaner = try! Cleaner()

func check(_ text: String) throws {
    let result = try cleaner.clean(text)
    guard try EditLog.replay(result.edits, on: text) == result.text else {
        fatalError("the edit log does not replay to the output")
    }
    let flat = FlatEdit.apply(result.trace.flatEdits, to: Array(text.unicodeScalars))
    guard String(String.UnicodeScalarView(flat)) == result.text else {
        fatalError("the trace does not rebuild the output")
    }
    guard try cleaner.clean(result.text).text == result.text else {
        fatalError("not idempotent")
    }
    // `--format json` loses nothing: each paragraph of the clean text is a
    // headline, a body paragraph or a caption of exactly one article of the
    // file's view, as `clean --format json FILE` reads it (a file of one
    // issue, its view split off the issue's: see `IssueResult.structures`),
    // and each jump marker removed is a jump of one.
    let file = try cleaner.clean(issue: [IssuePage(name: "file", text: text, number: 1)])
    try checkPlacement(of: file.combined, in: try file.structures(numbered: false).joined())
}

/// Each paragraph of a result's clean text is placed once in `pages`: a
/// headline, a body paragraph or a caption of one article; and each jump
/// marker its log removed is a jump of one article, where `--explain` says.
func checkPlacement(of result: CleanResult, in pages: some Sequence<PageStructure>) throws {
    let text = result.text
    var paragraphs: [String: Int] = [:], placed: [String: Int] = [:]
    var jumps: [String: Int] = [:], logged: [String: Int] = [:]
    for line in text.split(separator: "\n") {
        let letters = line.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }
        guard !(letters.count == 1 && letters.first == "\u{0C}"), PageBreak.number(line: String(line)) == nil
        else { continue }
        paragraphs[String(line), default: 0] += 1
    }
    for page in pages {
        for article in page.articles {
            for text in article.headlines + article.body + article.captions { placed[text, default: 0] += 1 }
            for jump in article.jumps { jumps["\(jump.line):\(jump.column) \(jump.direction) \(jump.page)", default: 0] += 1 }
        }
    }
    for edit in result.edits where edit.rule == JumpMarkers().name {
        for marker in JumpMarker.find(in: Array(edit.before.unicodeScalars)[...], classifier: CharacterClassifier()) {
            logged["\(edit.source.start.line):\(edit.source.start.column) \(marker.direction) \(marker.page)", default: 0] += 1
        }
    }
    guard jumps == logged else {
        fatalError("the structure's jumps \(jumps) are not the log's \(logged)")
    }
    guard placed == paragraphs else {
        fatalError("the structure places \(placed.count) paragraphs, not the text's \(paragraphs.count): "
                   + "\(paragraphs.filter { placed[$0.key] != $0.value }.keys.prefix(3))")
    }
}

/// The input cut at U+001F into the pages of one issue, numbered 1, 2...,
/// cleaned together as `clean -o out page1.txt page2.txt` cleans them: the
/// issue has a page for each file, each edit is placed inside its own
/// file's text, each file's diff shows none of the form feeds the cleaner
/// joins the files with, and where no page holds a jump marker's 转 or 接
/// (nothing to stitch) each file comes out as it does cleaned in one text
/// between the pages around it (see `amongPages`).
func checkIssue(_ text: String) throws {
    let files = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    guard files.count > 1 else { return }
    let pages = files.enumerated().map { IssuePage(name: "page\($0 + 1)", text: $1, number: $0 + 1) }
    let issue = try cleaner.clean(issue: pages)
    guard issue.pages.count == pages.count else {
        fatalError("\(pages.count) files gave \(issue.pages.count) pages")
    }
    for (page, cleaned) in zip(pages, issue.pages) {
        for edit in cleaned.edits {
            let source = edit.source
            guard source.start.scalarOffset >= 0, source.start.scalarOffset <= source.end.scalarOffset,
                  source.end.scalarOffset <= page.scalars.count else {
                fatalError("an edit of \(page.name) (\(page.scalars.count) scalars) placed at \(source): \(edit)")
            }
        }
    }
    // The files' views together place every paragraph of the issue once.
    try checkPlacement(of: issue.combined, in: try issue.structures().joined())
    for (page, cleaned) in zip(pages, issue.pages) where !page.scalars.contains("\u{0C}") {
        let diff = DiffRenderer().render(issue.combined, page: cleaned)
        guard !diff.unicodeScalars.contains("\u{0C}"), !diff.contains("<U+000C>") else {
            fatalError("the diff of \(page.name) shows the joining form feed:\n\(diff)")
        }
    }
    let stitchable = files.contains { $0.unicodeScalars.contains("转") || $0.unicodeScalars.contains("接") }
    guard !stitchable else { return }
    for (index, (page, cleaned)) in zip(pages, issue.pages).enumerated() {
        let among = try amongPages(page.text, first: index == 0, last: index + 1 == pages.count)
        guard cleaned.text == among else {
            fatalError("\(page.name) of an issue:\n\(cleaned.text.debugDescription)\namong pages:\n\(among.debugDescription)")
        }
    }
}

/// What a file's text comes out as, cleaned in one text between a page
/// before it and one after it (none before the first file, none after the
/// last), joined as an issue joins its files: the clean text between those
/// pages' breaks. (Not the file cleaned alone: this check is of splitting
/// an issue back into its files, not of how a page reads at an input's
/// edges — it found one such difference, a last page's last line, now
/// fixed: see `IssueCleaningTests`.)
func amongPages(_ text: String, first: Bool, last: Bool) throws -> String {
    let scalars = Array(text.unicodeScalars)
    let endsWithLineFeed = scalars.last == "\n" && (scalars.count < 2 || scalars[scalars.count - 2] != "\r")
    let joined = (first ? "" : "上一页。\n\n\u{0C}\n\n") + text
        + (last ? "" : (endsWithLineFeed ? "" : "\n") + "\n\u{0C}\n\n下一页。\n")
    let clean = Array(try cleaner.clean(joined).text.unicodeScalars)
    let breaks = clean.indices.filter {
        $0 > 0 && $0 + 1 < clean.count && clean[$0] == "\u{0C}" && clean[$0 - 1] == "\n" && clean[$0 + 1] == "\n"
    }
    guard breaks.count >= (first ? 0 : 1) + (last ? 0 : 1) else {
        fatalError("the pages around lost their breaks: \(String(String.UnicodeScalarView(clean)).debugDescription)")
    }
    var from = 0, to = clean.count
    if let feed = breaks.first, !first {
        from = feed + 2 < clean.count && clean[feed + 2] == "\n" ? feed + 3 : feed + 2
    }
    if let feed = breaks.last, !last { to = feed - 1 }
    return String(String.UnicodeScalarView(clean[from..<max(from, to)]))
}
