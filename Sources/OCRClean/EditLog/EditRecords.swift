import Synchronization

/// The edit log as the cleaner writes it: each stage's rule and the changes
/// it made (their ranges, replacements and notes are the edits'). Plain
/// values, a stage appended at a time with nothing made per edit: not a
/// string, a trace piece or a line:column, nor a copy of the text it
/// replaced. The `Trace` and the `Edit`s (with their strings and where each
/// came from in the input) are replayed from it when first read (`--explain`,
/// `--diff`), which plain cleaning never does: making them as the rules ran
/// was a fifth of the time of a run, and copying out each edit's text before
/// a further 1%.
struct EditRecords: Sendable {
    /// One rule's changes, made at once: the stage's number, its rule's
    /// name, and the changes as the rule made them.
    private struct Stage: Sendable {
        let number: Int
        let rule: String
        let changes: [Change]
    }

    private var stages: [Stage] = []

    /// How many edits the stages made.
    var count: Int { stages.reduce(0) { $0 + $1.changes.count } }

    /// The number of the last stage logged, if any.
    var lastStage: Int? { stages.last?.number }

    /// Logs `changes` (sorted, in the offsets of the text they are made to,
    /// the output of the stages before), made by `rule` as stage number `stage`.
    mutating func append(rule: String, stage: Int, changes: [Change]) {
        guard !changes.isEmpty else { return }
        stages.append(Stage(number: stage, rule: rule, changes: changes))
    }

    /// How many edits each rule made, in the order the rules first made one.
    var countsByRule: [(rule: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for stage in stages {
            if counts[stage.rule] == nil { order.append(stage.rule) }
            counts[stage.rule, default: 0] += stage.changes.count
        }
        return order.map { ($0, counts[$0]!) }
    }

    /// Each edit `rule` made, with the text it replaced, its input span as
    /// `replay` gives it (where `--explain` says it stood), and the offset in
    /// the output where it stands: its place carried through the stages
    /// after it. For a reader of one rule's edits, not every edit's text and
    /// location (the structure view's jump markers: replaying every edit was
    /// a tenth of a folder's `--format json`; a log without such an edit is
    /// not replayed at all). A marker the stitch rule moved to another page,
    /// and removed there, stands where it was moved to.
    func placed(_ rule: String, on input: [Unicode.Scalar])
        -> [(before: [Unicode.Scalar], span: Range<Int>, offset: Int)] {
        guard let last = stages.lastIndex(where: { $0.rule == rule }) else { return [] }
        var trace = Trace(inputLength: input.count)
        var text = input
        var found: [(before: [Unicode.Scalar], span: Range<Int>, offset: Int)] = []
        var first = 0
        for (index, stage) in stages.enumerated() {
            let spans = trace.apply(stage.changes, rule: stage.rule, firstEdit: first)
            first += stage.changes.count
            for number in found.indices { found[number].offset = Self.carry(found[number].offset, stage.changes) }
            if stage.rule == rule {
                var shift = 0  // (what this stage's changes before it added)
                for (change, span) in zip(stage.changes, spans) {
                    found.append((Array(text[change.range]), span, change.range.lowerBound + shift))
                    shift += change.replacement.count - change.range.count
                }
            }
            if index < last { text = Cleaner.apply(stage.changes, to: text) }
        }
        return found
    }

    /// Where `offset` of a stage's text stands after its `changes`: moved by
    /// those before it (an insertion at it too), or at the start of the
    /// replacement of one that took it in.
    private static func carry(_ offset: Int, _ changes: [Change]) -> Int {
        var shift = 0
        for change in changes {
            if change.range.lowerBound > offset || change.range.lowerBound == offset && !change.range.isEmpty { break }
            if change.range.upperBound > offset { return change.range.lowerBound + shift }
            shift += change.replacement.count - change.range.count
        }
        return offset + shift
    }

    /// The trace and the edits, replayed stage by stage on `input` (the text
    /// the first stage read): each stage's changes, in the order the rules
    /// made them, find their input ranges in the trace of the stages before,
    /// and the text they replaced in the text the stages before made of the
    /// input (made again here, as the cleaner made it).
    func replay(on input: [Unicode.Scalar]) -> (trace: Trace, edits: [Edit]) {
        var trace = Trace(inputLength: input.count)
        let locator = SourceLocator(input)
        var edits: [Edit] = []
        edits.reserveCapacity(count)
        var text = input
        var first = 0
        for stage in stages {
            let spans = trace.apply(stage.changes, rule: stage.rule, firstEdit: first)
            // A stage's edits come in input order: each is sought from the one before.
            var previous: SourceLocation?
            for (change, span) in zip(stage.changes, spans) {
                let source = locator.span(span, after: previous)
                previous = source.start
                edits.append(Edit(rule: stage.rule, stage: stage.number, range: change.range,
                                  before: String(scalars: text[change.range]),
                                  after: String(scalars: change.replacement),
                                  source: source, note: change.note))
            }
            text = Cleaner.apply(stage.changes, to: text)
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
