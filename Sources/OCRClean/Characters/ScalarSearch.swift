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

    /// The first index of `range` in `scalars` whose scalar is `limit` or
    /// below, or the range's end. (Chinese text is scalars above U+3000 but
    /// for its spaces, digits and Latin letters: eight are passed at a time,
    /// in one signed compare each, every scalar being below 2^31.)
    static func firstIndex(notAbove limit: UInt32, in scalars: UnsafeBufferPointer<Unicode.Scalar>,
                           _ range: Range<Int>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count && limit < 0x8000_0000)
        guard let base = scalars.baseAddress else { return range.lowerBound }
        let raw = UnsafeRawPointer(base)
        let bound = SIMD8<Int32>(repeating: Int32(limit))
        var index = range.lowerBound
        while index + 8 <= range.upperBound {
            let block = raw.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<Int32>.self)
            if !all(block .> bound) { break }
            index += 8
        }
        while index < range.upperBound, base[index].value > limit { index += 1 }
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
