/// A MinHash signature of a text's character 3-grams: two texts whose sets of
/// 3-grams overlap by a fraction J (Jaccard) agree in about J of the
/// signature's values, so near-duplicates are found by comparing a few dozen
/// numbers instead of the texts, and a paragraph costs the same memory
/// whatever its length.
struct MinHash: Sendable {
    /// How many values a signature holds: `bands` × `rows`.
    static let size = 32
    /// Locality-sensitive hashing: a pair becomes a candidate when all `rows`
    /// values of one of the `bands` agree. With 8 × 4, a pair at J = 0.85 is a
    /// candidate 99.7% of the time, one at J = 0.3 in 6%.
    static let bands = 8
    static let rows = 4
    static let shingle = 3

    /// The signature of `text`: 16 bits a value are enough to tell agreeing
    /// values from chance ones (1 in 65,536) at half the memory of 32.
    static func signature(_ text: [Unicode.Scalar]) -> [UInt16] {
        var minima = [UInt64](repeating: .max, count: size)
        guard text.count >= shingle else { return minima.map { UInt16(truncatingIfNeeded: $0) } }
        for start in 0...(text.count - shingle) {
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15
            for offset in 0..<shingle { h = mix(h ^ UInt64(text[start + offset].value)) }
            for index in 0..<size {
                let value = mix(h &+ seeds[index])
                if value < minima[index] { minima[index] = value }
            }
        }
        return minima.map { UInt16(truncatingIfNeeded: $0 >> 48) }
    }

    /// The key of band `band` of a signature stored at `start` in `values`.
    static func bandKey(_ values: [UInt16], start: Int, band: Int) -> UInt64 {
        var h = UInt64(band) &* 0xD6E8_FEB8_6659_FD93
        for row in 0..<rows { h = mix(h ^ UInt64(values[start + band * rows + row])) }
        return h
    }

    /// splitmix64's finaliser: a fast, well-spread 64-bit mix.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One salt a value of the signature; fixed, so a run is reproducible.
    static let seeds: [UInt64] = (0..<UInt64(size)).map { mix($0 &* 0xA076_1D64_78BD_642F) }
}
