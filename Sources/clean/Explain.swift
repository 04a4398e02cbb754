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
        for edit in edits {
            let record = Record(
                file: file, rule: edit.rule,
                line: edit.source.start.line, column: edit.source.start.column, offset: edit.source.start.byteOffset,
                end_line: edit.source.end.line, end_column: edit.source.end.column, end_offset: edit.source.end.byteOffset,
                before: edit.before, after: edit.after, note: edit.note)
            if let data = try? encoder.encode(record) {
                out += String(decoding: data, as: UTF8.self) + "\n"
            }
        }
        return out
    }
}
