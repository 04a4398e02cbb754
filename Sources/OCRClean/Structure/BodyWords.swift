import ICUKit

/// The dictionary words of an article's body, for weighing headlines
/// against it (`StructureReader`), segmented only where a headline's word
/// may be one of them.
///
/// ICU segments each run of Han and kana characters alone (its dictionary
/// range: punctuation, spaces, digits and Latin letters end one), so a
/// word is one of the body's words exactly when the run that holds it as
/// text segments it so. Each run is segmented once, when a headline's word
/// is first found in it; most runs never are. (Segmenting every body was
/// most of `--format json`'s time.)
struct BodyWords {
    private let scalars: [Unicode.Scalar]
    /// The body cut where no dictionary range goes on (see `cutsEveryRange`).
    private let runs: [Range<Int>]
    /// For each two characters side by side, the runs that hold them.
    private let runsOfPair: [UInt64: [Int]]
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
        var runsOfPair: [UInt64: [Int]] = [:]
        for (number, run) in runs.enumerated() {
            for index in run.dropLast() {
                let pair = Self.pair(scalars[index], scalars[index + 1])
                if runsOfPair[pair]?.last != number { runsOfPair[pair, default: []].append(number) }
            }
        }
        self.runs = runs
        self.runsOfPair = runsOfPair
        segmented = Array(repeating: nil, count: runs.count)
    }

    /// Whether `word` (two characters or more) is one of the body's dictionary words.
    mutating func contains(_ word: [Unicode.Scalar], breaker: WordBreaker) throws -> Bool {
        guard word.count >= 2, let candidates = runsOfPair[Self.pair(word[0], word[1])] else { return false }
        let text = String(scalars: word)
        for number in candidates where Self.holds(scalars[runs[number]], word) {
            let words = try segmented[number] ?? StructureReader.words(scalars[runs[number]], breaker)
            segmented[number] = words
            if words.contains(text) { return true }
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

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    /// Whether `text` holds `word` as text.
    private static func holds(_ text: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard text.count >= word.count else { return false }
        return (text.startIndex...(text.endIndex - word.count)).contains { start in
            text[start] == word[0] && text[start..<start + word.count].elementsEqual(word)
        }
    }
}
