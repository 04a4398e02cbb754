import Foundation
import OCRClean

/// `--jsonl`: each input line is a JSON object; the text in one string field
/// is cleaned and put back in place, and every other byte of the record —
/// other fields, their order, number formats, spacing — passes through
/// untouched. With `--explain` the record gets an `edits` array.
struct JSONLines {
    let cleaner: Cleaner
    let field: String
    let explain: Bool
    let skipBad: Bool
    /// `--dedup-scope corpus`: the paragraphs of the records so far.
    var corpus: CorpusDuplicates?
    let dedupRemove: Bool
    private(set) var corpusFound = 0

    init(cleaner: Cleaner, field: String, explain: Bool, skipBad: Bool, corpus: CorpusDuplicates? = nil,
         dedupRemove: Bool = false) {
        self.cleaner = cleaner
        self.field = field
        self.explain = explain
        self.skipBad = skipBad
        self.corpus = corpus
        self.dedupRemove = dedupRemove
    }

    /// A record that cannot be cleaned: the reason names the line.
    struct BadRecord: Error, CustomStringConvertible {
        let source: String
        let line: Int
        let reason: String
        var description: String { "clean: \(source):\(line): \(reason)" }
    }

    /// Cleans every record of `reader`, writing each as soon as it is done.
    /// Returns how many bad records were passed through (with `skipBad`).
    mutating func run(_ reader: LineReader, source: String, write: (Data) -> Void) throws -> Int {
        var skipped = 0
        var number = 0
        while let line = try reader.next() {
            number += 1
            if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                write(try clean(line, number: number, source: source) + Data([0x0A]))
            } catch let bad as BadRecord {
                guard skipBad else { throw bad }
                skipped += 1
                write(Data(line) + Data([0x0A]))
            }
        }
        return skipped
    }

    mutating func clean(_ line: [UInt8], number: Int, source: String) throws -> Data {
        func bad(_ reason: String) -> BadRecord { BadRecord(source: source, line: number, reason: reason) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            throw bad("not a JSON object")
        }
        guard let value = object[field] else { throw bad("no field '\(field)'") }
        guard let text = value as? String else { throw bad("field '\(field)' is not a string") }
        if explain && object["edits"] != nil { throw bad("already has an 'edits' field, which --explain would add") }
        guard let span = JSONScanner.valueSpan(of: field, in: line) else { throw bad("field '\(field)' not found at the top level") }
        var result = try cleaner.clean(text)
        var remarks: [Diagnostic] = []
        if var index = corpus {
            corpus = nil  // the index is changed in place, not copied
            // A record is named by where it is: source:line.
            let findings = index.review(result, name: "\(source):\(number)")
            corpus = index
            corpusFound += findings.count
            if dedupRemove {
                result = try result.applying(CorpusDuplicates.changes(removing: findings), rule: CorpusDuplicates.rule)
            } else {
                remarks = CorpusDuplicates.diagnostics(findings)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var out = Data(line[..<span.lowerBound])
        out += try encoder.encode(result.text)
        var rest = Array(line[span.upperBound...])
        if explain {
            // Before the record's closing brace.
            guard let close = rest.lastIndex(of: UInt8(ascii: "}")) else { throw bad("not a JSON object") }
            let edits = result.edits.map { edit in
                Explain.Record(file: nil, rule: edit.rule, line: edit.source.start.line, column: edit.source.start.column,
                               offset: edit.source.start.byteOffset, end_line: edit.source.end.line,
                               end_column: edit.source.end.column, end_offset: edit.source.end.byteOffset,
                               before: edit.before, after: edit.after, note: edit.note)
            }
            let array = try encoder.encode(edits)
            var added = Array(",\"edits\":".utf8) + Array(array)
            if !remarks.isEmpty {
                let listed = remarks.map { Explain.Remark(file: nil, rule: $0.rule, diagnostic: $0.message, line: $0.line) }
                added += Array(",\"remarks\":".utf8) + Array(try encoder.encode(listed))
            }
            rest.insert(contentsOf: added, at: close)
        }
        out += Data(rest)
        return out
    }
}

/// Finds where a top-level field's value stands in a JSON object's bytes.
enum JSONScanner {
    static func valueSpan(of field: String, in bytes: [UInt8]) -> Range<Int>? {
        var index = 0
        func skipSpace() { while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        func skipString() -> Range<Int>? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index
            index += 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                if bytes[index] == UInt8(ascii: "\"") { index += 1; return start..<index }
                index += 1
            }
            return nil
        }
        func skipValue() -> Bool {
            skipSpace()
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""): return skipString() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""): if skipString() == nil { return false }; continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { index += 1; return true }
                    default: break
                    }
                    index += 1
                }
                return false
            default:
                while index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                    index += 1
                }
                return true
            }
        }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        while true {
            skipSpace()
            guard let keySpan = skipString() else { return nil }
            let key = (try? JSONDecoder().decode(String.self, from: Data(bytes[keySpan]))) ?? ""
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            skipSpace()
            let valueStart = index
            guard skipValue() else { return nil }
            if key == field { return valueStart..<index }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }
}

/// Reads lines (without their LF) from a file descriptor in blocks, so that a
/// large input is never held whole.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false

    init(handle: FileHandle) {
        self.handle = handle
    }

    func next() throws -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
