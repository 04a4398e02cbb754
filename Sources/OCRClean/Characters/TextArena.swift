/// Texts kept end to end in one buffer, each named by where it stands and
/// hashed once. The duplicates rule compares every paragraph and sentence of
/// a page with the ones before it: a text of its own (an array, retained
/// and released wherever it went, into every set it was put in) cost more
/// than the comparing did.
struct TextArena {
    /// A text of an arena: where it stands, and its hash.
    struct Text: Equatable {
        let start: Int
        let count: Int
        let hash: UInt64

        var range: Range<Int> { start..<start + count }
    }

    private(set) var scalars: [Unicode.Scalar] = []

    init(capacity: Int = 0) {
        scalars.reserveCapacity(capacity)
    }

    /// Appends `text` and returns it as a text of the arena.
    mutating func append<C: Collection<Unicode.Scalar>>(_ text: C) -> Text {
        let start = scalars.count
        scalars.append(contentsOf: text)
        return self.text(start..<scalars.count)
    }

    /// Appends the scalars `write` puts at the pointer it is given, at most
    /// `maximum`, and returns them as a text of the arena. `write` returns
    /// how many it wrote. (A text made in place: one made in an array of
    /// its own, then copied here, cost an allocation a paragraph.)
    mutating func append(upTo maximum: Int, _ write: (UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int) -> Text {
        let start = scalars.count
        scalars.append(contentsOf: repeatElement(Unicode.Scalar(0), count: maximum))
        let written = scalars.withUnsafeMutableBufferPointer { buffer in
            write(UnsafeMutableBufferPointer(rebasing: buffer[start..<start + maximum]))
        }
        precondition(written >= 0 && written <= maximum)
        scalars.removeLast(maximum - written)
        return text(start..<start + written)
    }

    /// The stretch `range` of the arena as a text.
    func text(_ range: Range<Int>) -> Text {
        Text(start: range.lowerBound, count: range.count,
             hash: scalars.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range])) })
    }

    subscript(text: Text) -> ArraySlice<Unicode.Scalar> { scalars[text.range] }

    /// Whether two texts of the arena hold the same scalars.
    func equal(_ a: Text, _ b: Text) -> Bool {
        guard a.hash == b.hash, a.count == b.count else { return false }
        return a.start == b.start || scalars.withUnsafeBufferPointer { buffer in
            let first = buffer.baseAddress! + a.start, second = buffer.baseAddress! + b.start
            for offset in 0..<a.count where first[offset] != second[offset] { return false }
            return true
        }
    }

    /// Forgets every text, keeping the room: no text of it may be used again.
    mutating func removeAll() {
        scalars.removeAll(keepingCapacity: true)
    }

    /// A fast 64-bit mix of the scalars (SipHash over every scalar, as
    /// `[Unicode.Scalar]` hashes, was a tenth of clean's time): four scalars
    /// a step, two to a word, in two lanes that do not wait on each other.
    static func hash(_ buffer: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        let factor: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var a: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(buffer.count), b: UInt64 = 0x9E37_79B9_7F4A_7C15
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index + 4 <= buffer.count {
                a = (a ^ raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt64.self)) &* factor
                b = (b ^ raw.loadUnaligned(fromByteOffset: 4 * index + 8, as: UInt64.self)) &* factor
                index += 4
            }
            while index < buffer.count {
                a = (a ^ UInt64(buffer[index].value)) &* factor
                index += 1
            }
        }
        return a ^ (b << 29 | b >> 35)
    }
}
