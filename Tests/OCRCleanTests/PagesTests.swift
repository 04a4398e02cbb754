@testable import OCRClean
import Testing

/// A page as a rule that reads pages alone sees it is made from the
/// document's lines, not by reading its scalars again: the lines must be the
/// ones reading them would find.
@Suite struct PagesTests {
    func expectSameLines(_ text: String) {
        let document = Document(text)
        let pages = Pages(document)
        for page in 0..<pages.count {
            let made = pages.document(of: page, in: document)
            let read = Document(scalars: Array(document.scalars[pages.readRange(of: page)]))
            // (Compared first, so that a failure names the page, not every line.)
            let sameScalars = made.scalars == read.scalars, sameLines = made.lines == read.lines
            #expect(sameScalars && sameLines, "page \(page) of \(pages.count) in \(text.debugDescription.prefix(80)): \(made.lines.count) lines made, \(read.lines.count) read")
        }
    }

    @Test func aPageHasTheLinesReadingItFinds() throws {
        // The seeds joined by form feeds, and by separator lines.
        let seeds = try Seeds.names.map(Seeds.text)
        #expect(seeds.count >= 5)
        expectSameLines(seeds.joined(separator: "\n\u{0C}\n"))
        expectSameLines(seeds.enumerated().map { "=== 第\($0.offset + 1)版 ===\n" + $0.element }.joined(separator: "\n"))
        // The edges: a break on the last line (ended or not), empty pages, no text, no final line feed.
        for text in ["", "\n", "\u{0C}", "甲\n\u{0C}", "甲\n\u{0C}\n", "甲\n\u{0C}\n\u{0C}\n乙", "\u{0C}\n甲",
                     "甲\n\n=== 第2版 ===", "甲\n=== 第2版 ===\n\n乙\n", "甲\r\n\u{0C}\r\n乙"] {
            expectSameLines(text)
        }
    }
}
