import Foundation
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

    /// Each jump marker the log of a seed or a generated page or issue
    /// removed is a jump of its structure, where its edit says it stood,
    /// with its direction and page. (The view lost seed 004's marker, which
    /// stood after its byline, before any article, and each marker that
    /// stitching moved to another page; it now reads the markers' edits
    /// without replaying every edit.)
    @Test func jumpsStandWhereTheirMarkersEditsSay() throws {
        let generated = Seeds.folder.deletingLastPathComponent().appendingPathComponent("corpora/generated")
        var texts = try Seeds.names.map(Seeds.text)
        for name in try FileManager.default.contentsOfDirectory(atPath: generated.path).sorted() {
            let url = generated.appendingPathComponent(name)
            if name.hasSuffix(".raw.txt") { texts.append(try String(contentsOf: url, encoding: .utf8)) }
            if name.hasSuffix(".raw") {  // an issue's pages, one text cut by form feeds
                let pages = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
                texts.append(try pages.map { try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8) }
                    .joined(separator: "\n\u{0C}\n"))
            }
        }
        var jumps = 0
        for text in texts {
            let result = try Cleaner().clean(text)
            let read = try result.structure().flatMap(\.articles).flatMap(\.jumps).map {
                "\($0.line):\($0.column) \($0.direction) \($0.page)"
            }
            let logged = result.edits.filter { $0.rule == JumpMarkers().name }.flatMap { edit in
                JumpMarker.find(in: edit.before.scalarArray[...], classifier: CharacterClassifier()).map {
                    "\(edit.source.start.line):\(edit.source.start.column) \($0.direction) \($0.page)"
                }
            }
            #expect(read.sorted() == logged.sorted())
            jumps += read.count
        }
        #expect(jumps >= 20)
    }
}
