/// The repairs, in the order they run. Each is its own file under `Rules/`,
/// named for what it repairs; the order is data, so a reader sees the whole
/// pipeline here.
///
/// 1. `normalize`: the characters themselves — BOM, line ends, invisible and
///    control characters, NFC.
/// 2. `width`: full-width punctuation in CJK context, half-width Latin letters and digits.
/// 3. `layout`: the shape of the output — one paragraph a line, one blank line
///    between paragraphs, no spaces at either end of a line, one final newline.
public enum Pipeline {
    public static let rules: [any Rule] = [
        Normalize(),
        PunctuationWidth(),
        VerticalText(),
        UnitSplit(),
        Paragraphs(),
        Stitch(),
        JumpMarkers(),
        Spaces(),
        Duplicates(),
        Layout(),
    ]

    /// The rule with this name, if there is one.
    public static func rule(named name: String) -> (any Rule)? {
        rules.first { $0.name == name }
    }
}
