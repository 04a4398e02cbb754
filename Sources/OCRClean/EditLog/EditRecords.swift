import Synchronization

/// The edit log as the cleaner writes it: for each edit its rule, stage,
/// range, the input range it came from, its note, and its text before and
/// after as ranges of one buffer. Plain values, appended without a string or
/// a line:column made per edit: `Edit`s, with their strings and locations,
/// are made from it when the log is first read (`--explain`, `--diff`), which
/// plain cleaning never does (a third of a page's edits' cost was making them).
struct EditRecords: Sendable {
    struct Record: Sendable {
        let rule: String
        let stage: Int
        let range: Range<Int>
        /// The edit's text before and after, in `text`.
        let before: Range<Int>
        let after: Range<Int>
        /// The input scalars the edit covers.
        let source: Range<Int>
        let note: String?
    }

    private(set) var records: [Record] = []
    private var text: [Unicode.Scalar] = []

    var count: Int { records.count }

    mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
    }

    mutating func append<Before: Collection<Unicode.Scalar>>(
        rule: String, stage: Int, range: Range<Int>, before: Before, after: [Unicode.Scalar],
        source: Range<Int>, note: String?
    ) {
        let start = text.count
        text.append(contentsOf: before)
        let middle = text.count
        text.append(contentsOf: after)
        records.append(Record(rule: rule, stage: stage, range: range, before: start..<middle,
                              after: middle..<text.count, source: source, note: note))
    }

    /// The edits, located in `input` (the text the log's first stage read).
    func edits(in input: [Unicode.Scalar]) -> [Edit] {
        let locator = SourceLocator(input)
        var edits: [Edit] = []
        edits.reserveCapacity(records.count)
        var previous: SourceLocation?
        for record in records {
            // Within a stage the edits come in input order: each is sought
            // from the one before.
            let source = locator.span(record.source, after: previous)
            previous = source.start
            edits.append(Edit(rule: record.rule, stage: record.stage, range: record.range,
                              before: String(scalars: text[record.before]),
                              after: String(scalars: text[record.after]),
                              source: source, note: record.note))
        }
        return edits
    }
}

/// A log of edits made when first read and kept: a cleaning's results share
/// it, and read it from any thread.
final class LoggedEdits: Sendable {
    /// How many edits there are, known without making them.
    let count: Int
    private let make: @Sendable () -> [Edit]
    private let made: Mutex<[Edit]?>

    init(count: Int, _ make: @escaping @Sendable () -> [Edit]) {
        self.count = count
        self.make = make
        made = Mutex(nil)
    }

    init(_ edits: [Edit]) {
        count = edits.count
        make = { edits }
        made = Mutex(edits)
    }

    var edits: [Edit] {
        made.withLock { made in
            if let made { return made }
            let edits = make()
            made = edits
            return edits
        }
    }
}
