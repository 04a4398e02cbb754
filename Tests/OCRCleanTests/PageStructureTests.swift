import Testing
@testable import OCRClean

/// The structured view (`clean --format json`) of files and issues.
struct PageStructureTests {
    static let pageOne = "=== 第1版 ===\n\n本报讯（记者 林韬）今天召开座谈会。\n\n"
    static let pageTwo = "=== 第2版 ===\n\n本报讯（记者 王凯）明天召开大会。\n"

    /// The paragraphs of each page of a file's structures, by page number.
    static func bodies(_ pages: [PageStructure]) -> [[String]] {
        pages.map { $0.articles.flatMap(\.body) }
    }

    /// A file whose pages are cut by `=== 第N版 ===` lines, in an issue: each
    /// of its pages is its own, and the next file's pages are the next
    /// file's. (Counted by form feeds alone, the file kept only its first
    /// page: 王凯's article was in no file's view.)
    @Test func separatorLinesOpenPagesOfAFileInsideAnIssue() throws {
        let issue = try Cleaner().clean(issue: [
            IssuePage(name: "a", text: Self.pageOne + Self.pageTwo, number: 1),
            IssuePage(name: "b", text: "本报讯（记者 郑斌）后天举行活动。\n", number: 3),
        ])
        let files = try issue.structures()
        #expect(files.count == 2)
        #expect(files[0].map(\.number) == [1, 2])
        #expect(Self.bodies(files[0]) == [["本报讯（记者 林韬）今天召开座谈会。"], ["本报讯（记者 王凯）明天召开大会。"]])
        #expect(files[1].map(\.number) == [3])
        #expect(Self.bodies(files[1]) == [["本报讯（记者 郑斌）后天举行活动。"]])
        // Read as a file alone, without the issue's numbers, the same pages.
        let alone = try Cleaner().clean(issue: [IssuePage(name: "a", text: Self.pageOne + Self.pageTwo, number: 1)])
        #expect(try alone.structures(numbered: false) == [files[0]])
    }
}
