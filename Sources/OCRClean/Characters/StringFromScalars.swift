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
        // (Encoded by hand: through `UTF8.encode`'s closure a scalar cost
        // some forty instructions, and every clean page is made this way.
        // A Han character or an ASCII one, nearly every character, is
        // written as four bytes (the room is there) of which three or one
        // count, chosen without a branch: a branch on which, at every line
        // feed, digit and space among the Han, mispredicted.)
        guard let start = buffer.baseAddress else { return 0 }
        let base = UnsafeMutableRawPointer(start)
        var count = 0
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
