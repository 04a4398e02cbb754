import Foundation
import Testing

/// `clean --jsonl`: records in, records out, every other byte untouched.
@Suite struct JSONLinesTests {
    @Test func theTextFieldIsCleanedAndEverythingElsePassesThrough() throws {
        let input = #"{"id":7, "text":"在 座谈中,李志龙\n\n简要介 绍。","score":1.50,"tags":["a","b"]}"# + "\n"
        let run = try CLI.run(["--jsonl"], stdin: input)
        #expect(run.status == 0)
        #expect(run.stdout == #"{"id":7, "text":"在座谈中，李志龙简要介绍。\n","score":1.50,"tags":["a","b"]}"# + "\n")
    }

    @Test func anotherField() throws {
        let run = try CLI.run(["--jsonl", "--field", "body"], stdin: #"{"text":"甲,乙","body":"丙,丁"}"# + "\n")
        #expect(run.stdout == #"{"text":"甲,乙","body":"丙，丁\n"}"# + "\n")
    }

    @Test func explainAddsTheEditsToTheRecord() throws {
        let run = try CLI.run(["--jsonl", "--explain"], stdin: #"{"text":"甲,乙"}"# + "\n")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let edits = try #require(record["edits"] as? [[String: Any]])
        #expect(edits.first?["rule"] as? String == "width")
        #expect(edits.first?["before"] as? String == ",")
    }

    @Test func aBadRecordStopsBeforeAnyPartialRecord() throws {
        let input = #"{"text":"甲,乙"}"# + "\nnot json\n" + #"{"text":"丙"}"# + "\n"
        let run = try CLI.run(["--jsonl"], stdin: input)
        #expect(run.status == 2)
        #expect(run.stdout == #"{"text":"甲，乙\n"}"# + "\n")
        #expect(run.stderr.contains("<stdin>:2: not a JSON object"))
    }

    @Test(arguments: [(#"{"id":1}"#, "no field 'text'"), (#"{"text":3}"#, "field 'text' is not a string"), ("[1,2]", "not a JSON object")])
    func eachKindOfBadRecordIsNamed(record: String, message: String) throws {
        let run = try CLI.run(["--jsonl"], stdin: record + "\n")
        #expect(run.status == 2)
        #expect(run.stderr.contains(":1: \(message)"))
    }

    @Test func skipBadPassesThemThroughAndCounts() throws {
        let input = #"{"text":"甲,乙"}"# + "\nnot json\n" + #"{"text":3}"# + "\n"
        let run = try CLI.run(["--jsonl", "--skip-bad"], stdin: input)
        #expect(run.status == 0)
        #expect(run.stdout == #"{"text":"甲，乙\n"}"# + "\nnot json\n" + #"{"text":3}"# + "\n")
        #expect(run.stderr.contains("2 bad records passed through unchanged"))
    }

    /// Forty seed pages as records (about 640 KB: records are cleaned a
    /// chunk of 256 KB at a time, several chunks at once), a bad one late.
    static func records(badAt bad: Int) throws -> String {
        let seeds = try Seeds.all.map { try String(contentsOf: $0, encoding: .utf8) }
        return try (0..<40).map { index -> String in
            if index == bad { return #"{"id":\#(index),"text":null}"# }
            let text = String(decoding: try JSONEncoder().encode(seeds[index % seeds.count]), as: UTF8.self)
            return #"{"id":\#(index),"text":\#(text)}"#
        }.joined(separator: "\n") + "\n"
    }

    @Test func parallelJobsWriteTheSameRecordsAndStopAtTheSameOne() throws {
        let input = try Self.records(badAt: 35)
        let one = try CLI.run(["--jsonl", "-j", "1"], stdin: input)
        #expect(one.status == 2)
        #expect(one.stdout.split(separator: "\n").count == 35)
        #expect(one.stderr.contains("<stdin>:36: field 'text' is not a string"))
        for jobs in ["2", "3"] {
            let many = try CLI.run(["--jsonl", "-j", jobs], stdin: input)
            #expect(many.status == one.status)
            #expect(many.stdout == one.stdout)
            #expect(many.stderr == one.stderr)
        }
        let skipping = try CLI.run(["--jsonl", "-j", "1", "--skip-bad"], stdin: input)
        #expect(skipping.stdout.split(separator: "\n").count == 40)
        #expect(try CLI.run(["--jsonl", "-j", "3", "--skip-bad"], stdin: input).stdout == skipping.stdout)
    }
}
