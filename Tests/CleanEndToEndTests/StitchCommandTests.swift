import Foundation
import OCRClean
import Testing
@testable import clean

/// Page jumps through the command line: a page pair built from seed 000 (its
/// first article cut after 区委书记李志龙 with （下转7版）, the rest on page 7
/// after （上接1版））, as two files of one issue and as one file.
@Suite struct StitchCommandTests {
    static let seed = try! String(contentsOf: CLI.seeds.appendingPathComponent("000_60be760428ae1841.txt"), encoding: .utf8)
    static let cut = seed.range(of: "赴杭钢集团开展")!.lowerBound
    static let page1 = String(seed[..<cut]) + "（下转7版）\n\n"
    static let page7 = "本报讯  近日，区里开会。\n\n（上接1版）\n\n" + String(seed[cut...])
    static let stitchedLead = "本报讯（记者 林韬 通讯员 王凯）2月15日上午，区委书记李志龙赴杭钢集团开展“大走访大调研大服务大解题”活动"

    func folder(_ names: [String]) throws -> URL {
        let folder = try CLI.temporaryFolder()
        try Self.page1.write(to: folder.appendingPathComponent(names[0]), atomically: true, encoding: .utf8)
        try Self.page7.write(to: folder.appendingPathComponent(names[1]), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func twoFilesOfOneIssueAreStitched() throws {
        let folder = try folder(["2023-02-16_01.txt", "2023-02-16_07.txt"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["-o", out.path, "2023-02-16_01.txt", "2023-02-16_07.txt"], in: folder)
        #expect(run.status == 0)
        let first = try String(contentsOf: out.appendingPathComponent("2023-02-16_01.txt"), encoding: .utf8)
        let second = try String(contentsOf: out.appendingPathComponent("2023-02-16_07.txt"), encoding: .utf8)
        #expect(first.contains(Self.stitchedLead))
        #expect(second.hasPrefix("本报讯 近日，区里开会。\n\n李志龙在杭钢集团开展"))
        #expect(!second.contains("赴杭钢集团开展“大走访"))
    }

    /// More files named as pages of one issue than an issue has pages (a
    /// folder of numbered scans) are cleaned one by one: kept together, a
    /// folder of thousands was held in memory whole. With as many as an
    /// issue may have, the pages are still stitched.
    @Test func aFolderOfNumberedScansIsNoIssue() throws {
        for (count, stitched) in [(CleanCommand.mostPagesOfAnIssue, true), (CleanCommand.mostPagesOfAnIssue + 1, false)] {
            let folder = try CLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let names = (1...count).map { String(format: "scan%04d.txt", $0) }
            for (number, name) in names.enumerated() {
                let text = number == 0 ? Self.page1 : number == 6 ? Self.page7 : "第\(number + 1)页。\n"
                try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
            }
            let run = try CLI.run(names, in: folder)
            #expect(run.status == 0)
            #expect(run.stdout.contains(Self.stitchedLead) == stitched, "\(count) files")
        }
    }

    @Test func explicitPagesAndNoStitch() throws {
        let folder = try folder(["front.txt", "back.txt"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let stitched = try CLI.run(["--pages", "1,7", "front.txt", "back.txt"], in: folder)
        #expect(stitched.stdout.contains(Self.stitchedLead))
        let apart = try CLI.run(["--no-stitch", "--pages", "1,7", "front.txt", "back.txt"], in: folder)
        #expect(!apart.stdout.contains(Self.stitchedLead))
        let alone = try CLI.run(["front.txt", "back.txt"], in: folder)  // names say nothing of pages
        #expect(!alone.stdout.contains(Self.stitchedLead))
        let wrong = try CLI.run(["--pages", "1", "front.txt", "back.txt"], in: folder)
        #expect(wrong.status == 2)
    }

    @Test func oneFileHoldingBothPages() throws {
        let input = "=== 第1版 ===\n" + Self.page1 + "=== 第7版 ===\n" + Self.page7
        let run = try CLI.run([], stdin: input)
        #expect(run.stdout.contains(Self.stitchedLead))
        #expect(run.stdout.contains("=== 第7版 ===\n\n本报讯 近日，区里开会。"))
    }

    @Test func explainSaysWhatWasStitchedAndWhatWasNot() throws {
        let folder = try folder(["p01.txt", "p07.txt"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["--explain", "p01.txt", "p07.txt"], in: folder)
        let records = run.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let stitches = records.filter { $0["rule"] as? String == "stitch" && $0["after"] != nil }
        #expect(stitches.count == 2)
        #expect(Set(stitches.compactMap { $0["file"] as? String }) == ["p01.txt", "p07.txt"])
        #expect(records.contains { ($0["diagnostic"] as? String)?.contains("continues on page 7") == true })
    }
}
