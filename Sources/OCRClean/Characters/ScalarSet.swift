/// A fixed set of characters that answers `contains` with one bit test: the
/// rules ask "is this a closing quote? a bound word like 的?" for nearly every
/// character of a page, and `Set<Unicode.Scalar>` hashes each question
/// (a tenth of the run time, measured with perf on the bench corpus).
///
/// The Basic Multilingual Plane is a bitmap (8 KB a set); characters beyond
/// it, rare here, are looked up in a short list.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bits: [UInt64]
    private var beyondBMP: [Unicode.Scalar]

    public init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        beyondBMP = []
        for scalar in scalars { insert(scalar) }
    }

    /// The characters of a string: `ScalarSet("的得了")`.
    public init(_ string: String) { self.init(string.unicodeScalars) }

    public init(arrayLiteral scalars: Unicode.Scalar...) { self.init(scalars) }

    /// The characters of the Basic Multilingual Plane in these ranges of
    /// values: a loop that reads every character passes those with one bit
    /// test, and looks closer at the others and at any beyond the plane.
    public init(planeRanges ranges: [Range<UInt32>]) {
        self.init([])
        for range in ranges {
            for value in range.clamped(to: 0..<0x10000) where Unicode.Scalar(value) != nil {
                bits[Int(value) >> 6] |= 1 << UInt64(value & 63)
            }
        }
    }

    /// The set of the plane's characters whose bits (bit `value & 63` of word
    /// `value >> 6`) are these.
    init(planeBits: [UInt64]) {
        precondition(planeBits.count == 0x10000 / 64)
        bits = planeBits
        beyondBMP = []
    }

    /// This set without these characters.
    public func subtracting(_ scalars: [Unicode.Scalar]) -> ScalarSet {
        var result = self
        for scalar in scalars {
            let value = Int(scalar.value)
            if value < 0x10000 {
                result.bits[value >> 6] &= ~(1 << UInt64(value & 63))
            } else {
                result.beyondBMP.removeAll { $0 == scalar }
            }
        }
        return result
    }

    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        if value < 0x10000 { return bits[value &>> 6] & (1 &<< UInt64(value & 63)) != 0 }
        return beyondBMP.contains(scalar)
    }

    /// The first index of `range` in `scalars` whose scalar is not in the
    /// set's plane (one beyond the plane stops it too), or the range's end.
    /// (A loop that passes most of a page with one bit test a character:
    /// through bare pointers, with no check but the set's, it is half the
    /// instructions of `contains` asked a character at a time.)
    public func firstIndex(outsidePlaneOf scalars: UnsafeBufferPointer<Unicode.Scalar>, in range: Range<Int>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
        return bits.withUnsafeBufferPointer { bits in
            guard let words = bits.baseAddress, let base = scalars.baseAddress else { return range.lowerBound }
            var index = range.lowerBound
            while index < range.upperBound {
                let value = base[index].value
                guard value < 0x10000, words[Int(value &>> 6)] & (1 &<< UInt64(value & 63)) != 0 else { break }
                index += 1
            }
            return index
        }
    }

    private mutating func insert(_ scalar: Unicode.Scalar) {
        let value = Int(scalar.value)
        if value < 0x10000 {
            bits[value >> 6] |= 1 << UInt64(value & 63)
        } else if !beyondBMP.contains(scalar) {
            beyondBMP.append(scalar)
        }
    }

    /// The characters of both this set and `other`.
    public func intersection(_ other: ScalarSet) -> ScalarSet {
        var result = self
        for index in result.bits.indices { result.bits[index] &= other.bits[index] }
        result.beyondBMP.removeAll { !other.beyondBMP.contains($0) }
        return result
    }

    /// This set and `other`.
    public func union(_ other: ScalarSet) -> ScalarSet {
        var result = self
        for index in result.bits.indices { result.bits[index] |= other.bits[index] }
        for scalar in other.beyondBMP where !result.beyondBMP.contains(scalar) { result.beyondBMP.append(scalar) }
        return result
    }
}
