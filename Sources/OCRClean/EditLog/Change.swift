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

    public init(range: Range<Int>, replacement: [Unicode.Scalar], note: String? = nil) {
        self.range = range
        self.replacement = replacement
        self.note = note
    }

    public init(range: Range<Int>, replacement: String, note: String? = nil) {
        self.init(range: range, replacement: Array(replacement.unicodeScalars), note: note)
    }

    /// Removes `range`.
    public static func remove(_ range: Range<Int>, note: String? = nil) -> Change {
        Change(range: range, replacement: [], note: note)
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
