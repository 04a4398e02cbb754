import Foundation
import OCRClean
import Testing

@Suite struct CleanCommandTests {
    @Test func theIssueExampleThroughAPipe() throws {
        let run = try CLI.run([], stdin: "R&D研发,共3.5%(约1,000人)\n")
        #expect(run.status == 0)
        #expect(run.stdout == "R&D研发，共3.5%（约1,000人）\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func dashMeansStandardInput() throws {
        let run = try CLI.run(["-"], stdin: "甲,乙")
        #expect(run.stdout == "甲，乙\n")
    }

    @Test func aSeedFileToStandardOutputMatchesTheLibrary() throws {
        let path = CLI.seeds.appendingPathComponent("002_3e1904aefa3dd74a.txt").path
        let run = try CLI.run([path])
        #expect(run.status == 0)
        let expected = try Cleaner().clean(String(contentsOfFile: path, encoding: .utf8)).text
        #expect(run.stdout == expected)
    }

    @Test func severalFilesComeOutOneAfterAnother() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "甲,乙".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "丙,丁".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["a.txt", "b.txt"], in: folder)
        #expect(run.stdout == "甲，乙\n丙，丁\n")
    }

    @Test func outputDirectoryGetsEachFileUnderItsName() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = Seeds.all.prefix(2)
        let run = try CLI.run(["-o", folder.appendingPathComponent("out").path] + seeds.map(\.path))
        #expect(run.status == 0)
        for seed in seeds {
            let written = try String(contentsOf: folder.appendingPathComponent("out/\(seed.lastPathComponent)"), encoding: .utf8)
            #expect(written == (try Cleaner().clean(String(contentsOf: seed, encoding: .utf8)).text))
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(leftovers.sorted() == seeds.map(\.lastPathComponent).sorted())
    }

    @Test func inPlaceRewritesAtomicallyAndKeepsPermissions() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.txt")
        try "甲,乙  \r\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let run = try CLI.run(["-i", file.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == "甲，乙\n")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["page.txt"])
    }

    @Test func diffWhenPipedIsPlainAndNamesRules() throws {
        let run = try CLI.run(["--diff"], stdin: "在座谈中,李志龙\n\n\n")
        #expect(run.status == 0)
        #expect(run.stdout.contains("@@ <stdin>:1:5 @@ width"))
        #expect(run.stdout.contains("[-,-]{+，+}‹width›"))
        #expect(!run.stdout.contains("\u{1B}["))
    }

    @Test func diffColourOnRequestButNotWithNoColor() throws {
        let always = try CLI.run(["--diff", "--color", "always"], stdin: "甲,乙\n")
        #expect(always.stdout.contains("\u{1B}["))
        let auto = try CLI.run(["--diff"], stdin: Data("甲,乙\n".utf8), environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
    }

    @Test func explainPrintsOneJSONObjectPerEdit() throws {
        let run = try CLI.run(["--explain"], stdin: "甲,乙\n丙")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)  // width, the blank line, the final newline
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["rule"] as? String == "width")
        #expect(first?["line"] as? Int == 1)
        #expect(first?["column"] as? Int == 2)
        #expect(first?["offset"] as? Int == 3)
        #expect(first?["before"] as? String == ",")
        #expect(first?["after"] as? String == "，")
        #expect(first?["file"] as? String == "<stdin>")
    }

    /// What a rule removed comes back whole from the JSON: control
    /// characters, quotes, backslashes and slashes are escaped as JSON says.
    @Test func explainEscapesWhatItQuotes() throws {
        let controls = (1..<32).filter { ![10, 12, 13].contains($0) }.map { String(UnicodeScalar(UInt8($0))) }.joined()
        let paragraph = #"他说"a\b/c"，这是一个很长的句子用于测试重复段落的内容。"#
        let run = try CLI.run(["--explain"], stdin: "甲\(controls)乙\n\n\(paragraph)\n\n\(paragraph)\n")
        #expect(run.status == 0)
        let records = try run.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let removed = records.compactMap { $0["before"] as? String }
        for scalar in controls.unicodeScalars where scalar != "\t" && scalar != "\u{0B}" {
            #expect(removed.contains(String(scalar)), "U+\(String(scalar.value, radix: 16)) removed and logged")
        }
        #expect(removed.contains { $0.contains(#""a\b/c""#) })
    }

    @Test func checkExitsOneWithCountsOrZeroSilently() throws {
        let dirty = try CLI.run(["--check"], stdin: "甲,乙,丙")
        #expect(dirty.status == 1)
        #expect(dirty.stdout == "<stdin>: width 2, layout 1\n")
        let clean = try CLI.run(["--check"], stdin: "甲，乙\n")
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)
    }

    @Test func listRulesAndHelp() throws {
        let rules = try CLI.run(["--list-rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) }
                == Pipeline.rules.map(\.name))
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--diff"))
        #expect(help.stdout.contains("Exit status"))
    }

    @Test func utf16WithBOMAndGB18030AreDecoded() throws {
        var utf16 = Data([0xFF, 0xFE])
        for unit in "甲,乙".utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(try CLI.run([], stdin: utf16).stdout == "甲，乙\n")
        let gb = Data([0xD7, 0xF9, 0xCC, 0xB8, 0x2C, 0xD7, 0xF9])  // 座谈,座
        #expect(try CLI.run(["--encoding", "gb18030"], stdin: gb).stdout == "座谈，座\n")
    }
}

enum Seeds {
    static var all: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: CLI.seeds, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }
}

@Suite struct DedupScopeCommandTests {
    func twoCopies() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let seed = CLI.seeds.appendingPathComponent("000_60be760428ae1841.txt")
        for name in ["a.txt", "b.txt"] {
            try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func corpusScopeReportsRepeatsOfEarlierFilesAndKeepsThem() throws {
        let folder = try twoCopies()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try CLI.run(["--no-stitch", "a.txt", "b.txt"], in: folder)
        let run = try CLI.run(["--no-stitch", "--dedup-scope", "corpus", "a.txt", "b.txt"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == plain.stdout)
        #expect(run.stderr.contains("paragraphs repeat an earlier one of the run; kept"))
        let explain = try CLI.run(["--no-stitch", "--dedup-scope", "corpus", "--explain", "a.txt", "b.txt"], in: folder)
        let remarks = explain.stdout.split(separator: "\n").filter { $0.contains("\"corpus-duplicates\"") }
        #expect(!remarks.isEmpty)
        #expect(remarks.allSatisfy { $0.contains("\"file\":\"b.txt\"") && $0.contains("repeats a.txt:") })
        #expect(remarks.first?.contains("\"line\":6") == true)
    }

    @Test func dedupRemoveKeepsTheFirstCopy() throws {
        let folder = try twoCopies()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(["a.txt"], in: folder)
        let run = try CLI.run(["--no-stitch", "--dedup-scope", "corpus", "--dedup-remove", "a.txt", "b.txt"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix(first.stdout))
        let second = String(run.stdout.dropFirst(first.stdout.count))
        #expect(second.contains("拱墅区高质量发展大会召开"))
        #expect(!second.contains("本报讯"))
        #expect(run.stderr.contains("removed, the first copy kept"))
        // The same on one core and in a stream (one file holding both pages).
        let serial = try CLI.run(["-j", "1", "--no-stitch", "--dedup-scope", "corpus", "--dedup-remove", "a.txt", "b.txt"], in: folder)
        #expect(serial.stdout == run.stdout)
    }

    @Test func dedupRemoveAloneIsAUsageError() throws {
        let run = try CLI.run(["--dedup-remove"], stdin: "甲")
        #expect(run.status == 2)
        #expect(run.stderr.contains("--dedup-scope corpus"))
    }

    @Test func jsonlRecordsAreComparedAcrossRecords() throws {
        let paragraph = "会议听取了区人大各街道工委关于2022年工作情况和2023年工作计划的报告，并表决通过了决议，部署了下一步工作。"
        let records = [paragraph, "标题\n\n" + paragraph].map { "{\"id\":1,\"text\":\"\($0.replacingOccurrences(of: "\n", with: "\\n"))\"}" }
        let run = try CLI.run(["--jsonl", "--dedup-scope", "corpus", "--dedup-remove"], stdin: records.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1] == "{\"id\":1,\"text\":\"标题\\n\"}")
    }
}
