/// Finding and counting characters in a stretch of scalars, eight compared at once.
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

    /// Where `scalar` first stands in `scalars` (an index of `scalars`), or nil.
    static func firstIndex(of scalar: Unicode.Scalar, in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        firstIndex(of: scalar, or: scalar, in: scalars)
    }

    /// Whether a scalar may be a space or a curly quote: U+0020 or below, or
    /// U+0080 through U+3000, where every White_Space character and “”‘’
    /// stand; not an ASCII letter, digit or mark, nor a Han character or a
    /// full-width mark.
    @inline(__always)
    static func maySpaceOrQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value &- 0x80 <= 0x3000 - 0x80
    }

    /// The first index of `range` in `scalars` whose scalar may be a space
    /// or a curly quote (see `maySpaceOrQuote`), or the range's end. (The
    /// spaces rule reads every line for them: eight are passed at a time, in
    /// signed compares, every scalar being below 2^31. Stopped at every digit
    /// and Latin letter too, as it was, the rule mispredicted its way
    /// through each number.)
    static func firstIndexMaySpaceOrQuote(in scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count)
        guard let base = scalars.baseAddress else { return range.lowerBound }
        let raw = UnsafeRawPointer(base)
        let space = SIMD8<Int32>(repeating: 0x21), ascii = SIMD8<Int32>(repeating: 0x7F)
        let ideographicSpace = SIMD8<Int32>(repeating: 0x3001)
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let block = raw.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<Int32>.self)
            if any((block .< space) .| ((block .> ascii) .& (block .< ideographicSpace))) { break }
            index += 8
        }
        while index < range.upperBound, !maySpaceOrQuote(base[index]) { index += 1 }
        return index
    }

    /// How many line feeds and form feeds `scalars` holds. (Every page is
    /// counted so: a scalar at a time the compiler branched on each compare,
    /// and a line feed every dozen scalars mispredicted. Each lane counts
    /// the feeds it sees, the lanes summed at the end: summed at every
    /// block, the sums cost more than the compares.)
    static func feeds(in scalars: [Unicode.Scalar]) -> (lineFeeds: Int, formFeeds: Int) {
        scalars.withUnsafeBufferPointer { buffer in
            var lineFeeds = 0, formFeeds = 0, index = 0
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                let lineFeed = SIMD8<UInt32>(repeating: 0x0A), formFeed = SIMD8<UInt32>(repeating: 0x0C)
                let none = SIMD8<UInt32>(repeating: 0), one = SIMD8<UInt32>(repeating: 1)
                var lines = none, forms = none  // (a lane sees one scalar in eight: 2^32 of them is 137 GB of text)
                while index + 8 <= buffer.count {
                    let block = raw.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<UInt32>.self)
                    lines &+= none.replacing(with: one, where: block .== lineFeed)
                    forms &+= none.replacing(with: one, where: block .== formFeed)
                    index += 8
                }
                lineFeeds = Int(SIMD8<UInt64>(truncatingIfNeeded: lines).wrappedSum())
                formFeeds = Int(SIMD8<UInt64>(truncatingIfNeeded: forms).wrappedSum())
            }
            while index < buffer.count {
                lineFeeds &+= buffer[index] == "\n" ? 1 : 0
                formFeeds &+= buffer[index] == "\u{0C}" ? 1 : 0
                index += 1
            }
            return (lineFeeds, formFeeds)
        }
    }
}
