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
}
