import Foundation
import OCRClean
import Testing
@testable import clean

/// The JSON `clean` writes by hand (`--format json`, `--explain`, the text
/// of a `--jsonl` record) is byte for byte what `JSONEncoder` writes with
/// sorted keys and unescaped slashes, which it was written as before.
@Suite struct JSONTextTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Text of every character that JSON escapes or might: all of ASCII,
    /// DEL, line and paragraph separators, an emoji, a slash.
    static let awkward = (0..<0x80).map { String(Character(Unicode.Scalar($0)!)) }
        + ["😀", "\u{2028}\u{2029}", "汉/字", "\"\\", ""]

    @Test func stringsAsTheEncoderWritesThem() throws {
        for text in Self.awkward {
            var bytes: [UInt8] = []
            JSONText.appendString(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: try Self.encoder.encode(text), as: UTF8.self),
                    "\(text.unicodeScalars.map(\.value))")
        }
    }

    /// What `--format json` wrote through `JSONEncoder`.
    struct File: Encodable {
        let file: String
        let pages: [PageStructure]
    }

    /// The seeds' structures (headlines, bylines of several credits,
    /// captions, jumps), and a page with awkward text in every string and
    /// no number, each written by `StructureJSON` as the encoder writes it.
    @Test func structuresAsTheEncoderWritesThem() throws {
        let text = Self.awkward.joined()
        let made = #"{"articles":[{"body":[],"captions":[],"headlines":[],"jumps":[]},"#
            + #"{"body":["a","b"],"byline":{"credits":[{"names":[],"role":"r"},{"names":["x","y"],"role":"s"}],"lead":"l"},"#
            + #""captions":["c"],"headlines":["h"],"jumps":[{"column":3,"direction":"continues-on","line":2,"page":7},"#
            + #"{"column":1,"direction":"continued-from","line":9,"page":1}]}]}"#
        var awkward = try JSONDecoder().decode(PageStructure.self, from: Data(made.utf8))
        awkward.articles[1].body.append(text)
        awkward.articles[1].byline?.credits[1].names.append(text)
        awkward.articles[1].byline?.lead = text
        awkward.articles[1].captions.append(text)
        awkward.articles[1].headlines.append(text)
        let empty = PageStructure(number: nil, articles: [])
        var issues = try CLI.seedNames.map { name in
            (name, try String(contentsOf: CLI.seeds.appendingPathComponent(name), encoding: .utf8))
        }
        issues.append((text, "本报讯（记者 林韬）今天召开座谈会。\n"))
        var seen = (articles: 0, bylines: 0, jumps: 0)
        for (name, input) in issues {
            let issue = try Cleaner().clean(issue: [IssuePage(name: name, text: input, number: 3)])
            let structures = try issue.structures()[0]
            for article in structures.flatMap(\.articles) {
                seen.articles += 1
                seen.bylines += article.byline == nil ? 0 : 1
                seen.jumps += article.jumps.count
            }
            for structure in [structures, structures + [awkward, empty], [], [empty]] {
                let expected = String(decoding: try Self.encoder.encode(File(file: name, pages: structure)), as: UTF8.self)
                let written = StructureJSON.render(issue.pages[0], structure: structure)
                #expect(String(decoding: written, as: UTF8.self) == expected + "\n", "\(name)")
            }
        }
        #expect(seen.articles > 20 && seen.bylines > 20 && seen.jumps >= 4)
    }

    /// An edit's object as `--explain` wrote it through `JSONEncoder`.
    struct Record: Encodable {
        let file: String?
        let rule: String
        let line: Int
        let column: Int
        let offset: Int
        let end_line: Int
        let end_column: Int
        let end_offset: Int
        let before: String
        let after: String
        let note: String?
    }

    /// `--explain`'s records of every edit of the seeds, with their file
    /// and without (a `--jsonl` record's edits).
    @Test func explainAsTheEncoderWritesIt() throws {
        for name in CLI.seedNames {
            let input = try String(contentsOf: CLI.seeds.appendingPathComponent(name), encoding: .utf8)
            let edits = try Cleaner().clean(input).edits
            func records(file: String?) throws -> [String] {
                try edits.map { edit in
                    let record = Record(file: file, rule: edit.rule, line: edit.source.start.line,
                                                column: edit.source.start.column, offset: edit.source.start.byteOffset,
                                                end_line: edit.source.end.line, end_column: edit.source.end.column,
                                                end_offset: edit.source.end.byteOffset, before: edit.before,
                                                after: edit.after, note: edit.note)
                    return String(decoding: try Self.encoder.encode(record), as: UTF8.self)
                }
            }
            #expect(Explain.jsonLines(edits, file: name) == (try records(file: name)).map { $0 + "\n" }.joined(), "\(name)")
            let unnamed = edits.map { edit in
                var bytes: [UInt8] = []
                Explain.append(edit, file: nil, to: &bytes)
                return String(decoding: bytes, as: UTF8.self)
            }
            #expect(unnamed == (try records(file: nil)), "\(name)")
        }
    }
}
