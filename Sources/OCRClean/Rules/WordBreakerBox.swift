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
        // (Where no word of the list runs across the cut, none is read there:
        // most questions end here, without segmenting.)
        if let words, !words.mayReadWord(across: cut, in: scalars[...]) { return false }
        var across = false
        let reads = { (segment: Range<Int>, kind: WordSegment.Kind) in
            if segment.lowerBound < cut && segment.upperBound > cut && kind == .ideographic { across = true }
        }
        if let words, words.forEachSegment(of: scalars[...], reads) { return across }
        try breaker.forEachSegment(of: scalars[...], reads)
        return across
    }
}
