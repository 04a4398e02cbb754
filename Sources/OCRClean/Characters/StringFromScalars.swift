extension String {
    /// The string of these scalars, UTF-8 encoded straight into the string's
    /// storage. (`String(String.UnicodeScalarView(scalars))` takes a generic,
    /// repairing path that cost 13% of `clean`'s instructions in the edit log
    /// alone.)
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            UTF8Bytes.encode(scalars, into: buffer)
        }
    }
}

/// Unicode scalars as UTF-8 bytes.
enum UTF8Bytes {
    /// The UTF-8 of these scalars, without a String, which would check again
    /// that the bytes it is given are UTF-8: as many instructions again as
    /// encoding them, for output that is written as bytes anyway.
    static func of<Scalars: Collection>(_ scalars: Scalars) -> [UInt8] where Scalars.Element == Unicode.Scalar {
        [UInt8](unsafeUninitializedCapacity: scalars.count * 4) { buffer, count in
            count = encode(scalars, into: buffer)
        }
    }

    /// Writes the UTF-8 of `scalars` into `buffer` (room for four bytes a
    /// scalar) and returns how many bytes it wrote.
    @inline(__always)
    static func encode<Scalars: Collection>(_ scalars: Scalars, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int
    where Scalars.Element == Unicode.Scalar {
        if let written = scalars.withContiguousStorageIfAvailable({ encodeRuns($0, into: buffer) }) { return written }
        return encodeEach(scalars, into: buffer, from: 0)
    }

    /// `encode` for scalars side by side in memory: eight at a time while
    /// eight in a row are three bytes each (Han and CJK marks, most of a
    /// Chinese page), each written as four bytes over which the next is
    /// written; one at a time past any other (a line feed, a digit...).
    /// (A scalar at a time cost 28 instructions.)
    static func encodeRuns(_ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                           into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let start = buffer.baseAddress, let first = scalars.baseAddress else { return 0 }
        let base = UnsafeMutableRawPointer(start), raw = UnsafeRawPointer(first)
        // (Signed lanes: every scalar is below 2^31, and SSE2 compares signed words.)
        let belowThree = SIMD8<Int32>(repeating: 0x7FF), pastThree = SIMD8<Int32>(repeating: 0x10000)
        let low6 = SIMD8<Int32>(repeating: 0x3F), marks = SIMD8<Int32>(repeating: 0x8080E0)
        let threeBytes = SIMD4<UInt64>(repeating: 0xFF_FFFF)
        var index = 0, count = 0
        while index + 8 <= scalars.count {
            let block = raw.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<Int32>.self)
            guard all((block .> belowThree) .& (block .< pastThree)) else {
                // (Eight one at a time, then eight at a time again.)
                count = encodeEach(UnsafeBufferPointer(rebasing: scalars[index..<index + 8]), into: buffer, from: count)
                index += 8
                continue
            }
            // Each lane's three bytes, lowest first (the fourth zero); two
            // lanes' six in a 64-bit word, written as eight bytes of which
            // the next word's first two are written over the last two.
            // (Computed in the vector: lane by lane, each read out and
            // worked on alone, the eight cost as much as one at a time.)
            let bytes = marks | block &>> 12 | (block &>> 6 & low6) &<< 8 | (block & low6) &<< 16
            let pairs = unsafeBitCast(bytes, to: SIMD4<UInt64>.self)
            let six = pairs & threeBytes | (pairs &>> 32) &<< 24
            base.storeBytes(of: six[0].littleEndian, toByteOffset: count, as: UInt64.self)
            base.storeBytes(of: six[1].littleEndian, toByteOffset: count &+ 6, as: UInt64.self)
            base.storeBytes(of: six[2].littleEndian, toByteOffset: count &+ 12, as: UInt64.self)
            base.storeBytes(of: six[3].littleEndian, toByteOffset: count &+ 18, as: UInt64.self)
            count &+= 24
            index += 8
        }
        return encodeEach(UnsafeBufferPointer(rebasing: scalars[index...]), into: buffer, from: count)
    }

    /// `encode`, one scalar at a time, writing from `count` on; returns the
    /// count after them.
    @inline(__always)
    static func encodeEach<Scalars: Collection>(_ scalars: Scalars, into buffer: UnsafeMutableBufferPointer<UInt8>,
                                                from offset: Int) -> Int
    where Scalars.Element == Unicode.Scalar {
        // (Encoded by hand: through `UTF8.encode`'s closure a scalar cost
        // some forty instructions, and every clean page is made this way.
        // A Han character or an ASCII one, nearly every character, is
        // written as four bytes (the room is there) of which three or one
        // count, chosen without a branch: a branch on which, at every line
        // feed, digit and space among the Han, mispredicted.)
        guard let start = buffer.baseAddress else { return 0 }
        let base = UnsafeMutableRawPointer(start)
        var count = offset
        for scalar in scalars {
            let value = scalar.value
            let isThree = value &- 0x800 < 0xF800, isOne = value < 0x80
            if isThree || isOne {
                let three = 0xE0 | value >> 12 | (0x80 | value >> 6 & 0x3F) << 8 | (0x80 | value & 0x3F) << 16
                base.storeBytes(of: UInt32(littleEndian: isThree ? three : value), toByteOffset: count, as: UInt32.self)
                count += isThree ? 3 : 1
            } else if value < 0x800 {
                buffer[count] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                count += 2
            } else {
                buffer[count] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                buffer[count + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                buffer[count + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                buffer[count + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                count += 4
            }
        }
        return count
    }
}
