/// What a rule asks for: replace `range` of the text it read with `replacement`.
///
/// Rules return changes and never build the output themselves: the `Cleaner`
/// applies them, so the edit log and the output cannot disagree.
public struct Change: Sendable, Hashable {
    /// Scalar offsets in the `Document` the rule read.
    public let range: Range<Int>
    public let replacement: [Unicode.Scalar]
    /// Why, when the rule name alone does not say it (shown by `--explain` and `--diff`).
    public let note: String?
    /// Whether the rule that made the change, reading its own output, finds
    /// nothing there it would not have found without the change: the rest
    /// reads to it as it did (a paragraph removed as a copy of one before
    /// it, which the duplicates rule kept nothing of). The `Cleaner` does
    /// not ask a rule again about a page whose only changes since it last
    /// read it are its own such changes.
    public let settlesItsRule: Bool

    public init(range: Range<Int>, replacement: [Unicode.Scalar], note: String? = nil, settlesItsRule: Bool = false) {
        self.range = range
        self.replacement = replacement
        self.note = note
        self.settlesItsRule = settlesItsRule
    }

    public init(range: Range<Int>, replacement: String, note: String? = nil) {
        self.init(range: range, replacement: Array(replacement.unicodeScalars), note: note)
    }

    /// Removes `range`.
    public static func remove(_ range: Range<Int>, note: String? = nil, settlesItsRule: Bool = false) -> Change {
        Change(range: range, replacement: [], note: note, settlesItsRule: settlesItsRule)
    }

    /// The smallest change that turns `old` (found at `offset`) into `new`:
    /// their common prefix and suffix are left alone.
    public static func minimal(
        from old: ArraySlice<Unicode.Scalar>, at offset: Int, to new: [Unicode.Scalar], note: String? = nil
    ) -> Change? {
        // (Read in place: the layout rule asks four times a line, nearly always of text as it should be.)
        let base = old.startIndex, count = old.count
        var prefix = 0
        while prefix < count, prefix < new.count, old[base + prefix] == new[prefix] { prefix += 1 }
        if prefix == count, prefix == new.count { return nil }
        var suffix = 0
        while suffix < count - prefix, suffix < new.count - prefix,
              old[base + count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        return Change(range: (offset + prefix)..<(offset + count - suffix),
                      replacement: Array(new[prefix..<(new.count - suffix)]), note: note)
    }
}
