/// The text one rule reads: its Unicode scalars, split into lines.
///
/// Rules see the text as scalars because every decision here is about
/// characters (is this a Han character? a space between two of them?), and
/// array indexing keeps neighbour look-ups cheap. Offsets in a `Document` and
/// in the `Change`s a rule returns count scalars from the start of the text.
public struct Document: Sendable {
    /// The whole text.
    public let scalars: [Unicode.Scalar]
    /// The lines, in order, each without its terminating `\n`.
    public let lines: [Line]

    /// One line of the text.
    public struct Line: Sendable, Hashable {
        /// 0-based index of the line in this document.
        public let index: Int
        /// The line's scalars, excluding the line feed that ends it.
        public let range: Range<Int>
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var lines: [Line] = []
        // (Room for a line every eight characters, about what raw pages have
        // with their blank lines: grown by doubling from nothing, the array
        // was copied a dozen times a window.)
        lines.reserveCapacity(scalars.count / 8)
        var start = 0
        // (Every window's text is read here: the line feeds of 64 scalars are
        // found as the bits of one mask, eight scalars at a time, and only
        // they are visited; a branch on each block or scalar mispredicted
        // at most of them, a line being a dozen characters long.)
        scalars.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // (Read as raw bytes: the memory stays bound to Unicode.Scalar.)
            let raw = UnsafeRawPointer(base)
            let lineFeed = SIMD8<UInt32>(repeating: 0x0A)
            let none = SIMD8<UInt32>(repeating: 0), one = SIMD8<UInt32>(repeating: 1)
            var offset = 0
            while offset + 64 <= buffer.count {
                var feeds: UInt64 = 0
                for block in 0..<8 {
                    let scalars = raw.loadUnaligned(fromByteOffset: (offset + 8 * block) * 4, as: SIMD8<UInt32>.self)
                    // A byte a lane, 1 for a line feed, gathered into eight
                    // bits by one multiplication (the product's top byte
                    // collects lane i's byte at bit i, and nothing carries
                    // into it). (A sum of the lanes' bits took three times
                    // the instructions.)
                    let lanes = SIMD8<UInt8>(truncatingIfNeeded: none.replacing(with: one, where: scalars .== lineFeed))
                    let bits = (unsafeBitCast(lanes, to: UInt64.self) &* 0x0102_0408_1020_4080) >> 56
                    feeds |= bits << UInt64(8 * block)
                }
                while feeds != 0 {
                    let found = offset + feeds.trailingZeroBitCount
                    lines.append(Line(index: lines.count, range: start..<found))
                    start = found + 1
                    feeds &= feeds - 1
                }
                offset += 64
            }
            for found in offset..<buffer.count where buffer[found] == "\n" {
                lines.append(Line(index: lines.count, range: start..<found))
                start = found + 1
            }
        }
        if start < scalars.count || scalars.isEmpty {
            lines.append(Line(index: lines.count, range: start..<scalars.count))
        }
        self.lines = lines
    }

    /// The part `range` of `document`, which starts at a line's start and
    /// ends after a line feed or at the document's end, with its `lines`:
    /// the lines that reading its scalars would find.
    init(_ document: Document, range: Range<Int>, lines: Range<Int>) {
        scalars = Array(document.scalars[range])
        let offset = range.lowerBound, first = lines.lowerBound
        self.lines = document.lines[lines].map { line in
            Line(index: line.index - first, range: (line.range.lowerBound - offset)..<(line.range.upperBound - offset))
        }
    }

    /// This document with `changes` (sorted, not overlapping, in its
    /// offsets) made: the lines that reading the new scalars would find,
    /// found without reading them. The line feeds of the text the changes
    /// leave alone are the old ones, moved; only replacements are looked
    /// through. (Made after every rule that changed the text: a page of
    /// hundreds of lines has few changes, and a scan for line feeds read
    /// every scalar of it.)
    func applying(_ changes: [Change]) -> Document {
        let oldCount = scalars.count
        // (At most one line for each old line feed, each new one, and the
        // last: the table is written straight into its storage, its lines
        // counted as they go. Appended one by one, each line had its room
        // checked: this runs after every rule that changed a window.)
        let room = lines.count + 1 + changes.indices.reduce(0) { sum, number in
            sum + changes[number].replacement.count { $0 == "\n" }
        }
        let lines = self.lines.withUnsafeBufferPointer { old in
            [Line](unsafeUninitializedCapacity: room) { new, made in
                var start = 0, next = 0, cursor = 0, delta = 0
                func lineFeed(at offset: Int) {
                    precondition(made < new.count)
                    (new.baseAddress! + made).initialize(to: Line(index: made, range: start..<offset))
                    made += 1
                    start = offset + 1
                }
                // The old line feeds in `cursor..<end`, where the text stays as it was.
                func keep(upTo end: Int) {
                    while next < old.count, old[next].range.upperBound < end {
                        let feed = old[next].range.upperBound
                        if feed >= cursor { lineFeed(at: feed + delta) }
                        next += 1
                    }
                }
                for number in changes.indices {  // (read in place: see `Cleaner.clean`)
                    let range = changes[number].range, length = changes[number].replacement.count
                    keep(upTo: range.lowerBound)
                    let at = range.lowerBound + delta
                    for offset in 0..<length where changes[number].replacement[offset] == "\n" { lineFeed(at: at + offset) }
                    delta += length - range.count
                    cursor = range.upperBound
                }
                keep(upTo: oldCount)
                let count = oldCount + delta
                if start < count || count == 0 {
                    precondition(made < new.count)
                    (new.baseAddress! + made).initialize(to: Line(index: made, range: start..<count))
                    made += 1
                }
            }
        }
        return Document(scalars: Cleaner.apply(changes, to: scalars), lines: lines)
    }

    private init(scalars: [Unicode.Scalar], lines: [Line]) {
        self.scalars = scalars
        self.lines = lines
    }

    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// The scalars of a range as a string.
    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The whole text as a string.
    public var text: String { string(0..<scalars.count) }

    /// The text of a line.
    public func string(of line: Line) -> String { string(line.range) }
}
