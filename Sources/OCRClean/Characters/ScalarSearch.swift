/// Finding a rare character in a stretch of scalars, eight compared at once.
enum ScalarSearch {
    /// Where `first` or `second` first stands in `scalars` (an index of
    /// `scalars`), or nil. (Jump markers are sought by their 转 or 接
    /// through every page, where nearly no character is one: compared one
    /// at a time, the look cost more than the markers.)
    static func firstIndex(of first: Unicode.Scalar, or second: Unicode.Scalar,
                           in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        scalars.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            // (Read as raw words: the memory stays bound to Unicode.Scalar.)
            let raw = UnsafeRawPointer(base)
            let firsts = SIMD8<UInt32>(repeating: first.value), seconds = SIMD8<UInt32>(repeating: second.value)
            var index = 0
            while index + 8 <= buffer.count {
                let block = raw.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<UInt32>.self)
                if any((block .== firsts) .| (block .== seconds)) { break }
                index += 8
            }
            while index < buffer.count {
                if buffer[index] == first || buffer[index] == second { return scalars.startIndex + index }
                index += 1
            }
            return nil
        }
    }
}
