/// A position in the original input, as a person and a program want it:
/// 1-based line and column (columns count Unicode scalars) and the UTF-8 byte offset.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let byteOffset: Int
    /// Offset in Unicode scalars from the start of the input.
    public let scalarOffset: Int

    public init(line: Int, column: Int, byteOffset: Int, scalarOffset: Int) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.scalarOffset = scalarOffset
    }

    public var description: String { "\(line):\(column)" }
}

/// Where an edit stands in the original input: from `start` up to `end` (exclusive).
/// An insertion has `start == end`.
public struct SourceSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    public var description: String { start == end ? "\(start)" : "\(start)-\(end)" }
}

/// Turns scalar offsets of the original input into `SourceLocation`s.
///
/// Keeps a checkpoint every 16 scalars so that a look-up scans at most 16
/// scalars, even on a 50 MB input that is a single line (a clean page makes
/// thousands of look-ups, one at each end of every edit).
struct SourceLocator: Sendable {
    private let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]
    private let checkpointBytes: [Int]
    private static let stride = 16

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var lineStarts = [0]
        var checkpointBytes: [Int] = []
        checkpointBytes.reserveCapacity(scalars.count / Self.stride + 1)
        var bytes = 0
        for (offset, scalar) in scalars.enumerated() {
            if offset % Self.stride == 0 { checkpointBytes.append(bytes) }
            bytes += UTF8.width(scalar)
            if scalar == "\n" { lineStarts.append(offset + 1) }
        }
        if scalars.count % Self.stride == 0 { checkpointBytes.append(bytes) }
        self.lineStarts = lineStarts
        self.checkpointBytes = checkpointBytes
    }

    /// The location of a scalar offset; `hint`, a location at or before it
    /// (the previous edit's: a rule's edits come in order), starts the search
    /// there, so that locating a stage's edits reads the line table and the
    /// text near where they are instead of all over it.
    func location(at offset: Int, after hint: SourceLocation? = nil) -> SourceLocation {
        let offset = min(max(offset, 0), scalars.count)
        // The last line start <= offset: galloping from the hint's line, or
        // searching the whole table.
        var low = 0, high = lineStarts.count - 1
        if let hint, hint.scalarOffset <= offset {
            low = hint.line - 1
            var step = 1
            while low + step <= high, lineStarts[low + step] <= offset {
                low += step
                step *= 2
            }
            high = min(low + step, high)
        }
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var start = (offset / Self.stride) * Self.stride
        var bytes = checkpointBytes[offset / Self.stride]
        if let hint, hint.scalarOffset <= offset, hint.scalarOffset > start {
            start = hint.scalarOffset
            bytes = hint.byteOffset
        }
        for index in start..<offset { bytes += UTF8.width(scalars[index]) }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1,
                              byteOffset: bytes, scalarOffset: offset)
    }

    func span(_ range: Range<Int>, after hint: SourceLocation? = nil) -> SourceSpan {
        let start = location(at: range.lowerBound, after: hint)
        // Most edits are a few characters long: their end is counted on from
        // their start rather than looked up again.
        guard range.lowerBound >= 0, range.upperBound <= scalars.count, range.count <= Self.stride else {
            return SourceSpan(start: start, end: location(at: range.upperBound, after: start))
        }
        var line = start.line, column = start.column, bytes = start.byteOffset
        for index in range {
            bytes += UTF8.width(scalars[index])
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceSpan(start: start, end: SourceLocation(line: line, column: column, byteOffset: bytes,
                                                            scalarOffset: range.upperBound))
    }
}
