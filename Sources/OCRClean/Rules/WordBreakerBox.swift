import ICUKit

/// The dictionary word breaker as rules use it, on scalars of a document.
public final class WordBreakerBox {
    private let breaker: WordBreaker
    /// ICU's word list, asked first whether a word could run across a point
    /// (nil if this ICU has none: the breaker is then asked every time).
    private let words: WordList?

    init() throws {
        breaker = try WordBreaker(locale: "zh")
        words = try? WordList()
    }

    /// The word segments of `range` of `scalars`, with offsets in the same
    /// coordinates as `range`.
    public func segments(of scalars: [Unicode.Scalar], in range: Range<Int>) throws -> [(range: Range<Int>, kind: WordSegment.Kind)] {
        var result: [(range: Range<Int>, kind: WordSegment.Kind)] = []
        // (A run of ideographs, what nearly every question is about, is
        // segmented from the list as the breaker would, without it.)
        var start = range.lowerBound
        if let words, words.forEachSegmentEnd(of: scalars[range], { end in
            result.append((start..<end + range.lowerBound, .ideographic))
            start = end + range.lowerBound
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
        // (Where no word of the list runs across the cut, none is read there:
        // most questions end here, without segmenting.)
        if let words, !words.mayReadWord(across: cut, in: scalars[...]) { return false }
        var across = false, start = 0
        // (The list's segments are all of ideographs.)
        let segmented = words?.forEachSegmentEnd(of: scalars[...]) { end in
            if start < cut && end > cut { across = true }
            start = end
        } ?? false
        if segmented { return across }
        try breaker.forEachSegment(of: scalars[...]) { segment, kind in
            if segment.lowerBound < cut && segment.upperBound > cut && kind == .ideographic { across = true }
        }
        return across
    }
}
