import Foundation
import OCRClean
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

    /// Records are read by the tool's own JSON reader: escapes of every kind
    /// decode as JSONSerialization decodes them, and the clean text is
    /// written as JSONEncoder writes it.
    @Test func escapesDecodeAndEncodeAsFoundationDoes() throws {
        let text = "在 座谈中,\u{1}李志龙\t“简要”\\介绍/😀\u{7F}\u{2028}。\n\n下一段"
        let escapedKeys = #"{"t\u0065xt":"# + #""\u5728 \u5ea7\u8c08\u4e2d,\u0001\u674e\u5fd7\u9f99\t\u201c\u7b80\u8981\u201d\\\u4ecb\u7ecd\/\ud83d\ude00\u007f\u2028\u3002\n\n\u4e0b\u4e00\u6bb5""#
            + #", "n": [1, -0.5e+3, true, false, null, {"a": []}]}"#
        let raw = String(decoding: try JSONEncoder().encode(["text": text]), as: UTF8.self)
        let clean = try Cleaner().clean(text).text
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(clean), as: UTF8.self)
        for record in [escapedKeys, raw] {
            let run = try CLI.run(["--jsonl"], stdin: record + "\n")
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(object["text"] as? String == clean)
            #expect(run.stdout.contains(":" + expected))
        }
    }

    @Test(arguments: [
        (#"{"text":"a",}"#, "not a JSON object"),              // a trailing comma
        (#"{"text":"\ud800"}"#, "not a JSON object"),          // half a surrogate pair
        (#"{"text":"\x"}"#, "not a JSON object"),
        (#"{"text":NaN}"#, "not a JSON object"),
        (#"{"text":"a"} x"#, "not a JSON object"),
        ("{\"text\":\"\t\"}", "not a JSON object"),             // a raw control character
        (#"{"n":01,"text":"a"}"#, "not a JSON object"),
        (#"{"text":"a","text":"b"}"#, "field 'text' appears 2 times"),
        (#"{"text":"#  + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "}",
         "field 'text' is not a string"),
        (#"{"text":"#  + String(repeating: "[", count: 100_000), "not a JSON object"),
    ])
    func recordsThatAreNotJSONAreNamed(record: String, message: String) throws {
        let run = try CLI.run(["--jsonl"], stdin: record + "\n")
        #expect(run.status == 2)
        #expect(run.stderr.contains(":1: \(message)"), "\(run.stderr)")
    }

    @Test func invalidUTF8IsABadRecord() throws {
        let run = try CLI.run(["--jsonl", "--skip-bad"], stdin: Data(#"{"text":""#.utf8) + [0xFF] + Data("\"}\n".utf8))
        #expect(run.status == 0)
        #expect(run.stderr.contains("1 bad record passed through unchanged"))
    }
}
