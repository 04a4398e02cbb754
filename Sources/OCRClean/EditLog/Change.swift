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
        var prefix = 0
        let oldArray = Array(old)
        while prefix < oldArray.count, prefix < new.count, oldArray[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < oldArray.count - prefix, suffix < new.count - prefix,
              oldArray[oldArray.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        if prefix == oldArray.count, prefix == new.count { return nil }
        return Change(range: (offset + prefix)..<(offset + oldArray.count - suffix),
                      replacement: Array(new[prefix..<(new.count - suffix)]), note: note)
    }
}
