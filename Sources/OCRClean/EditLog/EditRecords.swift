import Synchronization

/// The edit log as the cleaner writes it: for each edit its rule, stage,
/// range and note, and its text before and after as ranges of one buffer.
/// Plain values, appended without a string, a trace piece or a line:column
/// made per edit. The `Trace` and the `Edit`s (with their strings and where
/// each came from in the input) are replayed from it when first read
/// (`--explain`, `--diff`), which plain cleaning never does: making them as
/// the rules ran was a fifth of the time of a run.
struct EditRecords: Sendable {
    struct Record: Sendable {
        /// The rule's name, in `rules`. (An index, not the name: a string
        /// copied into every record was retained and released at each.)
        let ruleIndex: Int32
        let stage: Int
        let range: Range<Int>
        /// The edit's text before and after, in `text`.
        let before: Range<Int>
        let after: Range<Int>
        let note: String?
    }

    private(set) var records: [Record] = []
    private var text: [Unicode.Scalar] = []
    /// The rule of each stage, in order (a stage is one rule's changes).
    private var rules: [String] = []

    /// The name of the rule that made `record`.
    func rule(of record: Record) -> String { rules[Int(record.ruleIndex)] }

    var count: Int { records.count }

    /// An empty log with room for `records` edits and `text` scalars of their
    /// text before and after: a log grown from nothing copied every record
    /// it held at each doubling.
    init(reserving records: Int = 0, text: Int = 0) {
        self.records.reserveCapacity(records)
        self.text.reserveCapacity(text)
    }

    mutating func append<Before: Collection<Unicode.Scalar>, After: Collection<Unicode.Scalar>>(
        rule: String, stage: Int, range: Range<Int>, before: Before, after: After, note: String?
    ) {
        let start = text.count
        // (Most edits hold a scalar or two, or none: appended one by one they
        // skip the call that copies a collection, 1.6% of a run's instructions.)
        if before.count <= 4 { for scalar in before { text.append(scalar) } } else { text.append(contentsOf: before) }
        let middle = text.count
        if after.count <= 4 { for scalar in after { text.append(scalar) } } else { text.append(contentsOf: after) }
        if stage != records.last?.stage { rules.append(rule) }
        records.append(Record(ruleIndex: Int32(rules.count - 1), stage: stage, range: range, before: start..<middle,
                              after: middle..<text.count, note: note))
    }

    /// The trace and the edits, replayed stage by stage on `input` (the text
    /// the first stage read): each stage's changes, in the order the rules
    /// made them, find their input ranges in the trace of the stages before.
    func replay(on input: [Unicode.Scalar]) -> (trace: Trace, edits: [Edit]) {
        var trace = Trace(inputLength: input.count)
        let locator = SourceLocator(input)
        var edits: [Edit] = []
        edits.reserveCapacity(records.count)
        var start = 0
        while start < records.count {
            var end = start
            while end < records.count, records[end].stage == records[start].stage { end += 1 }
            let stage = records[start..<end]
            let spans = trace.apply(stage.map { Change(range: $0.range, replacement: Array(text[$0.after])) },
                                    rule: rule(of: records[start]), firstEdit: start)
            // A stage's edits come in input order: each is sought from the one before.
            var previous: SourceLocation?
            for (record, span) in zip(stage, spans) {
                let source = locator.span(span, after: previous)
                previous = source.start
                edits.append(Edit(rule: rule(of: record), stage: record.stage, range: record.range,
                                  before: String(scalars: text[record.before]),
                                  after: String(scalars: text[record.after]),
                                  source: source, note: record.note))
            }
            start = end
        }
        return (trace, edits)
    }
}

/// A value made when first read and then kept, from any thread: what a
/// cleaning's results replay from their edit log.
final class Replayed<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let made: Mutex<Value?>

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
        made = Mutex(nil)
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
