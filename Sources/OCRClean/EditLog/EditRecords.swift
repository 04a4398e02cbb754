import Synchronization

/// The edit log as the cleaner writes it: each stage's rule and the changes
/// it made (their ranges, replacements and notes are the edits'), and for
/// each edit the text it replaced, as a range of one buffer. Plain values,
/// appended a stage at a time without a string, a trace piece or a
/// line:column made per edit. The `Trace` and the `Edit`s (with their strings
/// and where each came from in the input) are replayed from it when first
/// read (`--explain`, `--diff`), which plain cleaning never does: making them
/// as the rules ran was a fifth of the time of a run.
struct EditRecords: Sendable {
    struct Record: Sendable {
        /// The stage in `stages` (the record's change is the stage's next:
        /// records come in the order of the stages' changes). (An index, not
        /// the change: a change's replacement and note copied into every
        /// record were retained and released at each.)
        let stageIndex: Int32
        /// The edit's text before, in `text`.
        let before: Range<Int>
    }

    /// One rule's changes, made at once: the stage's number, its rule's
    /// name, and the changes as the rule made them.
    private struct Stage: Sendable {
        let number: Int
        let rule: String
        let changes: [Change]
    }

    private(set) var records: [Record] = []
    private var stages: [Stage] = []
    private var text: [Unicode.Scalar] = []

    /// The name of the rule that made `record`.
    func rule(of record: Record) -> String { stages[Int(record.stageIndex)].rule }

    var count: Int { records.count }

    /// The number of the last stage logged, if any.
    var lastStage: Int? { stages.last?.number }

    /// An empty log with room for `records` edits and `text` scalars of the
    /// text they replaced: a log grown from nothing copied every record it
    /// held at each doubling.
    init(reserving records: Int = 0, text: Int = 0) {
        self.records.reserveCapacity(records)
        self.text.reserveCapacity(text)
    }

    /// Logs `changes` (sorted, in the offsets of `before`, the text they are
    /// made to), made by `rule` as stage number `stage`.
    mutating func append(rule: String, stage: Int, changes: [Change], before: UnsafeBufferPointer<Unicode.Scalar>) {
        guard !changes.isEmpty else { return }
        let stageIndex = Int32(stages.count)
        stages.append(Stage(number: stage, rule: rule, changes: changes))
        // (Read in place, by index: a change copied out of the array retains
        // its replacement and its note. Most edits replace a scalar or two,
        // or none: appended one by one they skip the call that copies a
        // collection.)
        for number in changes.indices {
            let range = changes[number].range, start = text.count
            if range.count <= 4 {
                for offset in range { text.append(before[offset]) }
            } else {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: before[range]))
            }
            records.append(Record(stageIndex: stageIndex, before: start..<text.count))
        }
    }

    /// The trace and the edits, replayed stage by stage on `input` (the text
    /// the first stage read): each stage's changes, in the order the rules
    /// made them, find their input ranges in the trace of the stages before.
    func replay(on input: [Unicode.Scalar]) -> (trace: Trace, edits: [Edit]) {
        var trace = Trace(inputLength: input.count)
        let locator = SourceLocator(input)
        var edits: [Edit] = []
        edits.reserveCapacity(records.count)
        var first = 0
        for stage in stages {
            let spans = trace.apply(stage.changes, rule: stage.rule, firstEdit: first)
            // A stage's edits come in input order: each is sought from the one before.
            var previous: SourceLocation?
            for (number, (change, span)) in zip(stage.changes, spans).enumerated() {
                let source = locator.span(span, after: previous)
                previous = source.start
                edits.append(Edit(rule: stage.rule, stage: stage.number, range: change.range,
                                  before: String(scalars: text[records[first + number].before]),
                                  after: String(scalars: change.replacement),
                                  source: source, note: change.note))
            }
            first += stage.changes.count
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
