import Foundation
import OCRClean

/// `--explain`: the edit log as JSON Lines, one object per edit.
///
/// `{"file":"a.txt","rule":"width","line":3,"column":14,"offset":52,
///   "end_line":3,"end_column":15,"end_offset":53,"before":",","after":"，"}`
/// Lines and columns are 1-based (columns count characters); offsets are UTF-8
/// byte offsets in the input; `note` is there when the rule gave a reason.
/// A remark that changes nothing (a jump whose target page is not there) is
/// `{"file":…,"rule":"stitch","diagnostic":"…"}`.
enum Explain {
    /// A remark without a change, e.g. a jump whose target page is not in the input.
    struct Remark: Encodable {
        let file: String?
        let rule: String
        let diagnostic: String
        let line: Int?
    }

    static func jsonLines(_ edits: [Edit], file: String, diagnostics: [Diagnostic] = []) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for diagnostic in diagnostics {
            if let data = try? encoder.encode(Remark(file: file, rule: diagnostic.rule, diagnostic: diagnostic.message,
                                                     line: diagnostic.line)) {
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        // Each edit written by hand (see `JSONText`).
        var bytes: [UInt8] = []
        let fileName = Array(file.utf8)
        for edit in edits {
            append(edit, file: fileName, to: &bytes)
            bytes.append(0x0A)
        }
        return out + String(decoding: bytes, as: UTF8.self)
    }

    /// One edit's object, keys sorted, as `JSONEncoder` wrote it (without
    /// `file` when there is none: a `--jsonl` record's edits).
    static func append(_ edit: Edit, file: [UInt8]?, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"after":"#.utf8)
        JSONText.appendString(edit.after, to: &bytes)
        bytes.append(contentsOf: #","before":"#.utf8)
        JSONText.appendString(edit.before, to: &bytes)
        JSONText.appendNumber(#","column":"#, edit.source.start.column, to: &bytes)
        JSONText.appendNumber(#","end_column":"#, edit.source.end.column, to: &bytes)
        JSONText.appendNumber(#","end_line":"#, edit.source.end.line, to: &bytes)
        JSONText.appendNumber(#","end_offset":"#, edit.source.end.byteOffset, to: &bytes)
        if let file {
            bytes.append(contentsOf: #","file":"#.utf8)
            JSONText.appendString(file, to: &bytes)
        }
        JSONText.appendNumber(#","line":"#, edit.source.start.line, to: &bytes)
        if let note = edit.note {
            bytes.append(contentsOf: #","note":"#.utf8)
            JSONText.appendString(note, to: &bytes)
        }
        JSONText.appendNumber(#","offset":"#, edit.source.start.byteOffset, to: &bytes)
        bytes.append(contentsOf: #","rule":"#.utf8)
        JSONText.appendString(edit.rule, to: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }
}
