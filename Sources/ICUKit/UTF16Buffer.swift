import CICU

/// Helpers to hand Swift text to ICU, which works on UTF-16, and to map ICU's
/// UTF-16 offsets back to Unicode scalar offsets (what OCRClean counts in).
enum UTF16Buffer {
    /// The UTF-16 units of `scalars`, plus for each unit the index of the scalar it belongs to,
    /// with one extra entry at the end (the scalar count) so that an end offset maps too.
    static func encode<C: Collection>(_ scalars: C) -> (units: [UInt16], scalarIndex: [Int32])
    where C.Element == Unicode.Scalar {
        var units: [UInt16] = []
        var scalarIndex: [Int32] = []
        units.reserveCapacity(scalars.count)
        scalarIndex.reserveCapacity(scalars.count + 1)
        var index: Int32 = 0
        for scalar in scalars {
            UTF16.encode(scalar) { unit in
                units.append(unit)
                scalarIndex.append(index)
            }
            index += 1
        }
        scalarIndex.append(index)
        return (units, scalarIndex)
    }

    /// Runs an ICU call that writes into a buffer of the given capacity and returns the
    /// length it needs; on a buffer overflow, runs it again with a larger buffer.
    static func fill(
        capacity initial: Int,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) -> (units: [UInt16], error: Int32) {
        var capacity = max(initial, 16)
        while true {
            var error: Int32 = 0
            var units = [UInt16](repeating: 0, count: capacity)
            let length = units.withUnsafeMutableBufferPointer { buffer in
                body(buffer.baseAddress!, Int32(capacity), &error)
            }
            if error == Int32(CICU_BUFFER_OVERFLOW_ERROR) {
                capacity = max(Int(length) + 1, capacity * 2)
                continue
            }
            units.removeSubrange(min(max(Int(length), 0), units.count)...)
            return (units, error)
        }
    }

    /// A Swift string from UTF-16 units (ICU output is well-formed UTF-16).
    static func string(_ units: [UInt16]) -> String {
        String(decoding: units, as: UTF16.self)
    }
}
