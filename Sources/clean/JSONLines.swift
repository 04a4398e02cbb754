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
    struct BadRecord: Error, Sendable, CustomStringConvertible {
        let source: String
        let line: Int
        let reason: String
        var description: String { "clean: \(source):\(line): \(reason)" }
    }

    /// A run of input lines read together, cleaned by one worker.
    struct Chunk: Sendable {
        let firstNumber: Int
        let lines: [[UInt8]]
    }

    /// What became of one line of a chunk. A record's output is made beside
    /// the cleaning unless its paragraphs must first be looked up in the
    /// corpus, which goes in input order.
    enum Outcome: Sendable {
        case blank
        case bad(BadRecord, line: [UInt8])
        case written(Data)
        case cleaned(Record, CorpusDuplicates.Prepared)
        /// Not the record's fault: the run stops, as for a read error.
        case failed(any Error)
    }

    /// A record cleaned, its output not yet made.
    struct Record: Sendable {
        let line: [UInt8]
        let number: Int
        let span: Range<Int>
        let result: CleanResult
    }

    /// The lines of a chunk: each record's cleaning needs no other record.
    /// With `-j N`, N chunks are cleaned at once and written in input order.
    static let chunkBytes = 1 << 18

    /// Cleans every record of `reader`, writing each in input order, `jobs`
    /// chunks of records at a time. A bad record stops the run (unless
    /// `skipBad`) after the records before it are written and before any of
    /// it is. Returns how many bad records were passed through.
    mutating func run(_ reader: LineReader, source: String, jobs: Int, write: (Data) -> Void) throws -> Int {
        var skipped = 0
        var number = 0
        var failure: (any Error)?  // (reading failed after some lines: they go first)
        let chunks = AnyIterator<Result<Chunk, any Error>> {
            if let error = failure { failure = nil; return .failure(error) }
            var lines: [[UInt8]] = [], bytes = 0
            do {
                while bytes < Self.chunkBytes, let line = try reader.next() {
                    bytes += line.count
                    lines.append(line)
                }
            } catch {
                if lines.isEmpty { return .failure(error) }
                failure = error
            }
            defer { number += lines.count }
            return lines.isEmpty ? nil : .success(Chunk(firstNumber: number + 1, lines: lines))
        }
        let this = self  // (what the workers read: the settings, never the corpus)
        let inCorpus = corpus != nil
        try Parallel.inOrder(chunks, jobs: jobs, transform: { chunk in
            let chunk = try chunk.get()
            return chunk.lines.enumerated().map { index, line in
                this.outcome(of: line, number: chunk.firstNumber + index, source: source, inCorpus: inCorpus)
            }
        }, consume: { _, outcomes in
            for outcome in outcomes {
                switch outcome {
                case .blank: continue
                case .bad(let bad, let line):
                    guard skipBad else { throw bad }
                    skipped += 1
                    write(Data(line) + Data([0x0A]))
                case .written(let data):
                    write(data)
                case .cleaned(let record, let prepared):
                    write(try finish(record, prepared: prepared, source: source))
                case .failed(let error):
                    throw error
                }
            }
        })
        return skipped
    }

    /// Reads and cleans one line; with `inCorpus`, prepares its paragraphs
    /// for the corpus look-up and leaves the output to `finish`.
    func outcome(of line: [UInt8], number: Int, source: String, inCorpus: Bool) -> Outcome {
        if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .blank }
        do {
            let record = try clean(line, number: number, source: source)
            if inCorpus { return .cleaned(record, CorpusDuplicates.prepare(record.result)) }
            return .written(try output(of: record, result: record.result, remarks: [], source: source))
        } catch let bad as BadRecord {
            return .bad(bad, line: line)
        } catch {
            return .failed(error)
        }
    }

    func clean(_ line: [UInt8], number: Int, source: String) throws -> Record {
        func bad(_ reason: String) -> BadRecord { BadRecord(source: source, line: number, reason: reason) }
        guard let record = JSONRecord(line) else { throw bad("not a JSON object") }
        let spans = record.fields.filter { $0.key == field }.map(\.value)
        guard let span = spans.first else { throw bad("no field '\(field)'") }
        guard spans.count == 1 else { throw bad("field '\(field)' appears \(spans.count) times") }
        guard let text = JSONRecord.unescaped(line[span]) else { throw bad("field '\(field)' is not a string") }
        // (Decoded to scalars at once: a String would check the bytes the
        // reader checked, and the cleaner decode them again.)
        guard let scalars = text.withUnsafeBufferPointer({ UTF8Validation.scalars(of: $0, replacingInvalid: false) })
        else { throw bad("field '\(field)' is not UTF-8") }
        if explain && record.fields.contains(where: { $0.key == "edits" }) {
            throw bad("already has an 'edits' field, which --explain would add")
        }
        return Record(line: line, number: number, span: span, result: try cleaner.clean(scalars: scalars))
    }

    /// The corpus look-up of a record, in input order, then its output.
    mutating func finish(_ record: Record, prepared: CorpusDuplicates.Prepared, source: String) throws -> Data {
        guard var index = corpus else { return try output(of: record, result: record.result, remarks: [], source: source) }
        corpus = nil  // the index is changed in place, not copied
        // A record is named by where it is: source:line.
        let findings = index.review(record.result, name: "\(source):\(record.number)", prepared: prepared)
        corpus = index
        corpusFound += findings.count
        if dedupRemove {
            let result = try record.result.applying(CorpusDuplicates.changes(removing: findings),
                                                    rule: CorpusDuplicates.rule)
            return try output(of: record, result: result, remarks: [], source: source)
        }
        return try output(of: record, result: record.result, remarks: CorpusDuplicates.diagnostics(findings),
                          source: source)
    }

    /// The record with its field's text replaced by the clean text (and, with
    /// `--explain`, the edits and remarks added), ending in a line feed.
    func output(of record: Record, result: CleanResult, remarks: [Diagnostic], source: String) throws -> Data {
        let line = record.line, span = record.span
        var out = Array(line[..<span.lowerBound])
        JSONText.appendString(result.utf8, to: &out)  // (bytes made from the scalars, not a String)
        var rest = Array(line[span.upperBound...])
        if explain {
            // Before the record's closing brace.
            guard let close = rest.lastIndex(of: UInt8(ascii: "}")) else {
                throw BadRecord(source: source, line: record.number, reason: "not a JSON object")
            }
            // (Each edit written as `--explain` writes it.)
            var added = Array(",\"edits\":[".utf8)
            for (index, edit) in result.edits.enumerated() {
                if index > 0 { added.append(UInt8(ascii: ",")) }
                Explain.append(edit, file: nil, to: &added)
            }
            added.append(UInt8(ascii: "]"))
            if !remarks.isEmpty {  // (few: a jump whose page is not there)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
                let listed = remarks.map { Explain.Remark(file: nil, rule: $0.rule, diagnostic: $0.message, line: $0.line) }
                added += Array(",\"remarks\":".utf8) + Array(try encoder.encode(listed))
            }
            rest.insert(contentsOf: added, at: close)
        }
        out += rest
        out.append(0x0A)
        return Data(out)
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
            // (memchr: compared a byte at a time, finding line ends was a
            // twentieth of a --jsonl run.)
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard start < bytes.count, let base = bytes.baseAddress,
                      let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
                return UnsafeRawPointer(found) - UnsafeRawPointer(base)
            }
            if let newline {
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
