/// The dictionary words of an article's body, for weighing headlines
/// against it (`StructureReader`), segmented only where a headline's word
/// stands in it as text.
///
/// ICU segments each run of Han and kana characters alone (its dictionary
/// range: punctuation, spaces, digits and Latin letters end one), so a
/// word is one of the body's words exactly when the run that holds it as
/// text segments it so. Each run is segmented once, when a headline's word
/// is first found in it; most runs never are. (Segmenting every body was
/// most of `--format json`'s time; an index of the body's character pairs,
/// built to find the runs, cost more than it spared.)
struct BodyWords {
    private let scalars: [Unicode.Scalar]
    /// The body cut where no dictionary range goes on (see `cutsEveryRange`), in order.
    private let runs: [Range<Int>]
    /// Each run's dictionary words, once segmented.
    private var segmented: [Set<String>?]

    init(_ text: String) {
        scalars = text.scalarArray
        var runs: [Range<Int>] = [], start = 0
        for index in scalars.indices where Self.cutsEveryRange(scalars[index]) {
            if start < index { runs.append(start..<index) }
            start = index + 1
        }
        if start < scalars.count { runs.append(start..<scalars.count) }
        self.runs = runs
        segmented = Array(repeating: nil, count: runs.count)
    }

    /// Whether `word` (two characters or more) is one of the body's dictionary words.
    mutating func contains(_ word: [Unicode.Scalar], breaker: WordBreakerBox) throws -> Bool {
        // (A word that holds a character that cuts every range is no dictionary word.)
        guard word.count >= 2, !word.contains(where: Self.cutsEveryRange) else { return false }
        var text: String?
        var run = 0, from = 0
        while let found = Self.firstIndex(of: word, in: scalars[from...]) {
            // (The word holds no character that cuts a run: it stands inside one.)
            while runs[run].upperBound <= found { run += 1 }
            let words = try segmented[run] ?? StructureReader.words(scalars, in: runs[run], breaker)
            segmented[run] = words
            text = text ?? String(scalars: word)
            if words.contains(text!) { return true }
            from = runs[run].upperBound
        }
        return false
    }

    /// A character no dictionary range holds: ASCII (digits, Latin letters,
    /// spaces, marks) and the punctuation of Chinese text. (Han, kana and the
    /// marks that go with kana, ー and ・, are not among them.)
    static func cutsEveryRange(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 || punctuation.contains(scalar)
    }

    private static let punctuation: ScalarSet = [
        "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "（", "）", "《", "》", "【", "】",
        "「", "」", "『", "』", "—", "…", "·", "\u{3000}",
    ]

    /// Where `word` first stands in `text` as text (an index of `text`), or nil.
    private static func firstIndex(of word: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Int? {
        var start = text.startIndex
        while text.endIndex - start >= word.count,
              let found = ScalarSearch.firstIndex(of: word[0], in: text[start...]) {
            guard text.endIndex - found >= word.count else { return nil }
            if text[found..<found + word.count].elementsEqual(word) { return found }
            start = found + 1
        }
        return nil
    }
}
