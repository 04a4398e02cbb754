/// What `Cleaner.clean` returns: the clean text and how it was made.
public struct CleanResult: Sendable {
    /// The input, as Unicode scalars.
    public let input: [Unicode.Scalar]
    /// The clean text, as Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// Every edit, in the order the rules made them. (Made from the compact
    /// log the rules wrote when first read, then kept: plain cleaning, which
    /// never reads it, does not pay for its strings and locations.)
    public var edits: [Edit] { replayed.value.edits }
    /// How the output is made of the input (for diffs), replayed from the
    /// log when first read, as the edits are.
    public var trace: Trace { replayed.value.trace }
    /// What the rules reported without changing the text.
    public let diagnostics: [Diagnostic]
    /// The edit log as the rules wrote it.
    let records: EditRecords
    private let replayed: Replayed<(trace: Trace, edits: [Edit])>
    /// The word breakers of the cleaner that made it, for reading its
    /// structure (`--format json`: one opened a file of a folder was some
    /// 60,000 instructions).
    let breakers: WordBreakerPool

    init(input: [Unicode.Scalar], scalars: [Unicode.Scalar], records: EditRecords, diagnostics: [Diagnostic],
         breakers: WordBreakerPool) {
        self.input = input
        self.scalars = scalars
        self.records = records
        self.diagnostics = diagnostics
        self.breakers = breakers
        replayed = Replayed { records.replay(on: input) }
    }

    /// The clean text.
    public var text: String { String(scalars: scalars) }

    /// The clean text as UTF-8 bytes, made without a String: for writing.
    public var utf8: [UInt8] { UTF8Bytes.of(scalars) }

    /// Whether cleaning changed anything.
    public var changed: Bool { records.count > 0 }

    /// How many edits each rule made, in pipeline order.
    public var countsByRule: [(rule: String, count: Int)] { records.countsByRule }
}
