/// What `Cleaner.clean` returns: the clean text and how it was made.
public struct CleanResult: Sendable {
    /// The input, as Unicode scalars.
    public let input: [Unicode.Scalar]
    /// The clean text, as Unicode scalars.
    public let scalars: [Unicode.Scalar]
    /// Every edit, in the order the rules made them.
    public let edits: [Edit]
    /// How the output is made of the input (for diffs).
    public let trace: Trace
    /// What the rules reported without changing the text.
    public let diagnostics: [Diagnostic]

    /// The clean text.
    public var text: String { String(scalars: scalars) }

    /// Whether cleaning changed anything.
    public var changed: Bool { !edits.isEmpty }

    /// How many edits each rule made, in pipeline order.
    public var countsByRule: [(rule: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for edit in edits {
            if counts[edit.rule] == nil { order.append(edit.rule) }
            counts[edit.rule, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }
}
