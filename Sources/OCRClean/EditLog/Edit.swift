/// One entry of the edit log: a change a rule made, where, and what it replaced.
///
/// `range` is in the text the rule read (the output of the rules before it),
/// so replaying the log stage by stage rebuilds the output exactly
/// (`EditLog.replay`); `source` is the same place in the original input, for
/// people and tools.
public struct Edit: Sendable, Hashable, Codable {
    /// The rule that made the edit, e.g. `width`.
    public let rule: String
    /// The position of that rule in the run (0 = first rule that ran).
    public let stage: Int
    /// Scalar offsets in the text the rule read.
    public let range: Range<Int>
    /// The text that was there.
    public let before: String
    /// The text that replaced it.
    public let after: String
    /// Where it stands in the original input.
    public let source: SourceSpan
    /// The rule's reason, where it gives one.
    public let note: String?

    public init(rule: String, stage: Int, range: Range<Int>, before: String, after: String,
                source: SourceSpan, note: String?) {
        self.rule = rule
        self.stage = stage
        self.range = range
        self.before = before
        self.after = after
        self.source = source
        self.note = note
    }
}

/// The edits of one cleaning run, in the order they were applied.
public enum EditLog {
    /// Errors found while replaying a log against an input.
    public struct ReplayMismatch: Error, Sendable, Equatable {
        public let edit: Edit
        public let found: String
    }

    /// Applies `edits` to `input` stage by stage, checking that each edit's
    /// `before` is really what stands at its range. Gives the cleaner's output.
    public static func replay(_ edits: [Edit], on input: String) throws -> String {
        var scalars = Array(input.unicodeScalars)
        var index = 0
        while index < edits.count {
            let stage = edits[index].stage
            var end = index
            while end < edits.count, edits[end].stage == stage { end += 1 }
            var output: [Unicode.Scalar] = []
            output.reserveCapacity(scalars.count)
            var cursor = 0
            for edit in edits[index..<end] {
                let found = String(scalars: scalars[edit.range])
                guard found == edit.before, edit.range.lowerBound >= cursor else {
                    throw ReplayMismatch(edit: edit, found: found)
                }
                output.append(contentsOf: scalars[cursor..<edit.range.lowerBound])
                output.append(contentsOf: edit.after.unicodeScalars)
                cursor = edit.range.upperBound
            }
            output.append(contentsOf: scalars[cursor...])
            scalars = output
            index = end
        }
        return String(scalars: scalars)
    }
}
