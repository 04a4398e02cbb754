extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 storage in one
    /// tight loop (`Array(text.unicodeScalars)` goes through the generic
    /// sequence copy: 15 instructions a byte on Chinese text, this 5).
    var scalarArray: [Unicode.Scalar] {
        var text = self
        let scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var index = 0, written = 0
                // A String's UTF-8 is valid: each lead byte says how many follow.
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        index += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    buffer[written] = unsafeBitCast(value, to: Unicode.Scalar.self)  // (valid: it came from a String)
                    written += 1
                }
                count = written
            }
        }
        // (Room was made for a scalar a byte, four times what Chinese text
        // needs, and a cleaning keeps its input: copied to its size.)
        return scalars.count < scalars.capacity / 2 ? scalars.withUnsafeBufferPointer { Array($0) } : scalars
    }
}
