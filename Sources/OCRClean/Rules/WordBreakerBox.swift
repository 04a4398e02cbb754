import ICUKit

/// The dictionary word breaker as rules use it, on scalars of a document.
public final class WordBreakerBox {
    private let breaker: WordBreaker

    init() throws {
        breaker = try WordBreaker(locale: "zh")
    }

    /// The word segments of `range` of `scalars`, with offsets in the same
    /// coordinates as `range`.
    public func segments(of scalars: [Unicode.Scalar], in range: Range<Int>) throws -> [(range: Range<Int>, kind: WordSegment.Kind)] {
        var result: [(range: Range<Int>, kind: WordSegment.Kind)] = []
        try breaker.forEachSegment(of: scalars[range]) { segment, kind in
            result.append((segment.lowerBound + range.lowerBound..<segment.upperBound + range.lowerBound, kind))
        }
        return result
    }

    /// Whether a word of ideographs of `scalars` runs across offset `cut`
    /// (the question rules ask most, answered without an array of segments).
    public func readsWord(across cut: Int, in scalars: [Unicode.Scalar]) throws -> Bool {
        var across = false
        try breaker.forEachSegment(of: scalars[...]) { segment, kind in
            if segment.lowerBound < cut && segment.upperBound > cut && kind == .ideographic { across = true }
        }
        return across
    }
}
