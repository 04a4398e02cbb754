import ICUKit

/// The dictionary word breaker as rules use it, on scalars of a document.
public final class WordBreakerBox {
    private let breaker: WordBreaker
    /// ICU's word list, asked first: whether a word could run across a
    /// point, and the segments of ideographs and marks (nil if this ICU has
    /// none: the breaker is then asked every time).
    private let words: WordList?

    init() throws {
        breaker = try WordBreaker(locale: "zh")
        words = try? WordList()
    }

    /// The word segments of `range` of `scalars`, with offsets in the same
    /// coordinates as `range`.
    public func segments(of scalars: [Unicode.Scalar], in range: Range<Int>) throws -> [(range: Range<Int>, kind: WordSegment.Kind)] {
        var result: [(range: Range<Int>, kind: WordSegment.Kind)] = []
        result.reserveCapacity(range.count)  // (a segment a letter at most: one array, not one a doubling)
        // (Ideographs and marks, what nearly every question is about, are
        // segmented from the list as the breaker would, without it.)
        if let words, words.forEachSegment(of: scalars[range], { segment, kind in
            result.append((segment.lowerBound + range.lowerBound..<segment.upperBound + range.lowerBound, kind))
        }) {
            return result
        }
        try breaker.forEachSegment(of: scalars[range]) { segment, kind in
            result.append((segment.lowerBound + range.lowerBound..<segment.upperBound + range.lowerBound, kind))
        }
        return result
    }

    /// Whether a word of ideographs of `scalars` runs across offset `cut`
    /// (the question rules ask most, answered without an array of segments).
    public func readsWord(across cut: Int, in scalars: [Unicode.Scalar]) throws -> Bool {
        if let answer = readsWordFromList(across: cut, in: scalars) { return answer }
        return try readsWordWithBreaker(across: cut, in: scalars)
    }

    /// `readsWord(across:in:)` as ICU's word list answers it, without the
    /// break iterator; nil for a text the list does not segment alone.
    func readsWordFromList(across cut: Int, in scalars: [Unicode.Scalar]) -> Bool? {
        guard let words else { return nil }
        // (Where no word of the list runs across the cut, none is read there:
        // most questions end here, without segmenting.)
        if !words.mayReadWord(across: cut, in: scalars[...]) { return false }
        if let answer = Self.readsWord(across: cut, in: scalars[...], words) { return answer }
        // A text with letters the list does not segment: digits, Latin
        // letters, spaces (会议召开 | GS10, （下转 | 7版）, 郑斌摄 | ␣). The word
        // break joins no ASCII character to an ideograph or a CJK mark, so
        // no word of ideographs runs across a cut beside one, and the
        // stretch between ASCII characters that holds the cut is segmented
        // as if alone (转7版） | 在杭州钢: 版）在杭州钢). (The break iterator
        // answered these at some 10,000 instructions each.)
        guard cut > 0, cut < scalars.count else { return false }
        if scalars[cut - 1].isASCII || scalars[cut].isASCII { return false }
        var start = cut - 1, end = cut + 1
        while start > 0, !scalars[start - 1].isASCII { start -= 1 }
        while end < scalars.count, !scalars[end].isASCII { end += 1 }
        guard start > 0 || end < scalars.count else { return nil }  // (the whole text, asked above)
        return Self.readsWord(across: cut - start, in: scalars[start..<end], words)
    }

    /// Whether the list's segments of `text` (a cut counted from its start)
    /// have a word of ideographs across the cut; nil when the list does not
    /// segment the text alone.
    private static func readsWord(across cut: Int, in text: ArraySlice<Unicode.Scalar>, _ words: WordList) -> Bool? {
        var across = false
        let segmented = words.forEachSegment(of: text) { segment, kind in
            if segment.lowerBound < cut && segment.upperBound > cut && kind == .ideographic { across = true }
        }
        return segmented ? across : nil
    }

    /// `readsWord(across:in:)` as the break iterator answers it.
    func readsWordWithBreaker(across cut: Int, in scalars: [Unicode.Scalar]) throws -> Bool {
        var across = false
        try breaker.forEachSegment(of: scalars[...]) { segment, kind in
            if segment.lowerBound < cut && segment.upperBound > cut && kind == .ideographic { across = true }
        }
        return across
    }
}
