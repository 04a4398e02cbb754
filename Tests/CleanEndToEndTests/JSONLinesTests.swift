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
}
