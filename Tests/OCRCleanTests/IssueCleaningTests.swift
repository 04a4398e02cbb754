import Foundation
import Testing
@testable import OCRClean

/// Pages of one issue cleaned together (`Cleaner.clean(issue:)`), as
/// `clean -o out 2023-02-16_01.txt 2023-02-16_07.txt` cleans them.
struct IssueCleaningTests {
    /// Where nothing stitches, a page comes out of an issue as it does alone:
    /// the seeds, their jump markers unmade (转 → 传, 接 → 结).
    @Test func aPageReadsTheSameInsideAnIssueAsAlone() throws {
        let cleaner = try Cleaner()
        let texts = try Seeds.names.map {
            try Seeds.text($0).replacingOccurrences(of: "转", with: "传").replacingOccurrences(of: "接", with: "结")
        }
        let pages = texts.enumerated().map { IssuePage(name: "page\($0 + 1)", text: $1, number: $0 + 1) }
        let issue = try cleaner.clean(issue: pages)
        #expect(issue.pages.count == pages.count)
        for (text, page) in zip(texts, issue.pages) {
            #expect(page.text == (try cleaner.clean(text).text), "\(page.name)")
        }
    }

    /// A file of several pages, some of them empty (form feeds one after
    /// another), comes out of an issue as it does alone (a fuzz find: cut
    /// into its pages and joined again, each empty page gained a blank line).
    @Test func aFileOfEmptyPagesReadsTheSameInsideAnIssue() throws {
        let cleaner = try Cleaner()
        let texts = ["第一页。\u{0C}\u{0C}\u{0C}\n第四页。\n", "\u{0C}第二个文件。\n\u{0C}", "第三个文件。"]
        let pages = texts.enumerated().map { IssuePage(name: "page\($0 + 1)", text: $1, number: 10 * $0 + 1) }
        let issue = try cleaner.clean(issue: pages)
        for (text, page) in zip(texts, issue.pages) {
            #expect(page.text == (try cleaner.clean(text).text), "\(page.name)")
        }
    }

    /// A page whose lines half stand after a blank line, and half not,
    /// before a page of its issue: the blank line before the page break
    /// the cleaner puts after it is not one of its own (a fuzz find: counted,
    /// it made the page's blank lines say nothing, and the caption 萰 was
    /// joined into the sentence it cuts instead of moved after it).
    @Test func theBreakAfterAPageIsNoneOfItsBlankLines() throws {
        let cleaner = try Cleaner()
        let page = " 本\u{FFFD} 拱墅区高质\u{FFFD}访，双\n\n方 就 深 \u{FFFD}ti\u{FFFD}\u{18}\u{FFFD}\u{FFFD} 企合 作、推 进项目\u{FFFD}\n萰\n对孙哲 君一行 的 到\n\n来衼\u{FFFD}长期\n\n以 来，拱 \u{FFFD}\u{E}\u{FFFD}与\u{FFFD}\u{FFFD}商环\n\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}l\u{FFFD}加。\n\n\u{FFFD}"
        let alone = try cleaner.clean(page).text
        #expect(alone.contains("进项目\u{FFFD}对孙哲君") && alone.contains("\n\n萰\n\n"))
        let issue = try cleaner.clean(issue: [IssuePage(name: "1", text: page, number: 1),
                                              IssuePage(name: "2", text: "下一页。\n", number: 2)])
        #expect(issue.pages[0].text == alone)
    }

    /// A page that ends its input reads as one that a page follows: its
    /// last line has a page break after it either way (a fuzz find: the rules
    /// that weigh a line against the next read an input's last line
    /// otherwise, and these four column lines of 14 stayed apart alone but
    /// were joined before the next file of an issue).
    @Test func aPageReadsTheSameWhetherOrNotAPageFollowsIt() throws {
        let cleaner = try Cleaner()
        let replacement = "\u{FFFD}"
        let page = " 拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩 \n李志龙讲话  冯晶主持  区2022年度\u{0}\u{FFFD}<\u{FFFD}k{\u{0}\u{0}\u{FFFD}开展“大走访大调研\n\n大服务大解题”活动，与杭钢集团\n\n党委书记、董事长张利明等就进\n\n一步深化双方合作、推进项目建\n\n设、促进共赢发展进行座谈交\u{FFFD}书记"
            + String(repeating: replacement, count: 46) + "\u{0}\u{0}\u{1}2" + String(repeating: replacement, count: 28)
        let alone = try cleaner.clean(page).text
        let issue = try cleaner.clean(issue: [IssuePage(name: "1", text: page, number: 1),
                                              IssuePage(name: "2", text: "下一页。\n", number: 2)])
        #expect(alone.contains("与杭钢集团党委书记、董事长张利明等就进一步深化"))
        #expect(issue.pages[0].text == alone)
    }

    /// A page that ends in a line of one space, without a line feed, and one
    /// that opens with blank lines: the cleaner joins them with lines of its
    /// own, which edits at the pages' edges also remove. Each page's edits
    /// stay in its own text and say what they removed of it (a fuzz find:
    /// `--explain` gave the first page an edit of " \n" ending on a line
    /// past its last). So do their diffs: the two edits, a few characters
    /// apart across the join, made one hunk, shown under the first page's
    /// name with the second page's text and the cleaner's form feed.
    @Test func editsAtAPagesEdgesStayInThePage() throws {
        let pages = [IssuePage(name: "1", text: "第一段。\n ", number: 1),
                     IssuePage(name: "2", text: " \n\n第二段。\n", number: 2)]
        let issue = try Cleaner().clean(issue: pages)
        #expect(issue.pages.map(\.text) == ["第一段。\n", "第二段。\n"])
        for (page, cleaned) in zip(pages, issue.pages) {
            #expect(!cleaned.edits.isEmpty)
            for edit in cleaned.edits {
                let source = edit.source.start.scalarOffset..<edit.source.end.scalarOffset
                #expect(source.lowerBound >= 0 && source.upperBound <= page.scalars.count, "\(edit)")
                guard source.lowerBound >= 0 && source.upperBound <= page.scalars.count else { continue }
                #expect(String(scalars: page.scalars[source]) == edit.before, "\(edit)")
            }
        }
        let diffs = issue.pages.map { DiffRenderer().render(issue.combined, page: $0) }
        #expect(diffs[0] == "@@ 1:2:1 @@ layout\n  第一段。\n  [-␣-]‹layout›\n")
        #expect(diffs[1] == "@@ 2:1:1 @@ layout\n  [-␣⏎⏎-]‹layout›第二段。\n  \n")
    }
}
