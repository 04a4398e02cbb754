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
        var across = false
        let segmented = words.forEachSegment(of: scalars[...]) { segment, kind in
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
