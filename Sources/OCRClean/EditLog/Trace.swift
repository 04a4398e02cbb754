/// How the output is made of the input, piece by piece: runs of the input that
/// were kept, runs a rule removed, and text a rule wrote. `--diff` is drawn
/// from it, and `flatEdits` (the whole log in input coordinates) comes from it.
///
/// Every input scalar is in exactly one `kept` or `removed` piece, in input
/// order; a later rule that removes text an earlier rule wrote simply drops
/// that insertion.
public struct Trace: Sendable {
    public enum Piece: Sendable, Hashable {
        /// Input scalars copied to the output.
        case kept(Range<Int>)
        /// Input scalars that `rule` removed (edit: the index in the edit log).
        case removed(Range<Int>, rule: String, edit: Int)
        /// Text that `rule` wrote.
        case inserted([Unicode.Scalar], rule: String, edit: Int)

        var outputLength: Int {
            switch self {
            case .kept(let range): range.count
            case .removed: 0
            case .inserted(let text, _, _): text.count
            }
        }
    }

    /// The pieces, in output order (built anew on each call: keep the array).
    public var pieces: [Piece] {
        stored.map { piece in
            switch piece.kind {
            case .kept: .kept(piece.range)
            case .removed: .removed(piece.range, rule: rules[Int(piece.rule)], edit: piece.edit)
            case .inserted: .inserted(Array(written[piece.range]), rule: rules[Int(piece.rule)], edit: piece.edit)
            }
        }
    }

    /// The pieces as plain values, which every rule's changes rewrite: no
    /// reference to count when a piece is copied or split. A removed piece's
    /// range is in the input, an inserted one's in `written`.
    private var stored: [StoredPiece]
    /// All the text the rules wrote, each insertion a range of it.
    private var written: [Unicode.Scalar] = []
    /// The rules' names, which pieces hold by index.
    private var rules: [String] = []

    init(inputLength: Int) {
        stored = inputLength > 0 ? [StoredPiece(kind: .kept, range: 0..<inputLength)] : []
    }

    /// Applies one rule's sorted, non-overlapping changes (in current output
    /// coordinates) and returns, for each, the input range it covers.
    mutating func apply(_ changes: [Change], rule: String, firstEdit: Int) -> [Range<Int>] {
        let ruleIndex: Int32
        if let known = rules.firstIndex(of: rule) {
            ruleIndex = Int32(known)
        } else {
            ruleIndex = Int32(rules.count)
            rules.append(rule)
        }
        var walker = Walker(pieces: stored)
        var spans: [Range<Int>] = []
        spans.reserveCapacity(changes.count)
        for (index, change) in changes.enumerated() {
            let edit = firstEdit + index
            walker.copy(upTo: change.range.lowerBound)
            let start = walker.inputCursor
            walker.delete(upTo: change.range.upperBound, rule: ruleIndex, edit: edit)
            spans.append(start..<walker.inputCursor)
            if !change.replacement.isEmpty {
                let at = written.count
                written.append(contentsOf: change.replacement)
                walker.emit(StoredPiece(kind: .inserted, range: at..<written.count, rule: ruleIndex, edit: edit))
            }
        }
        walker.copyRest()
        stored = walker.output
        return spans
    }

    /// The whole edit log in input coordinates: each maximal run of changed input,
    /// what replaced it, and the rules involved. Applied to the input in one pass
    /// (`apply(_:to:)`) they give the output.
    public var flatEdits: [FlatEdit] {
        var result: [FlatEdit] = []
        var cursor = 0
        var group: (start: Int, end: Int, after: [Unicode.Scalar], rules: [String])?
        func close() {
            if let g = group {
                result.append(FlatEdit(inputRange: g.start..<g.end, after: g.after, rules: g.rules))
                group = nil
            }
        }
        for piece in stored {
            let rule = piece.kind == .kept ? "" : rules[Int(piece.rule)]
            switch piece.kind {
            case .kept:
                close()
                cursor = piece.range.upperBound
            case .removed:
                if group == nil { group = (piece.range.lowerBound, piece.range.lowerBound, [], []) }
                group!.end = piece.range.upperBound
                if !group!.rules.contains(rule) { group!.rules.append(rule) }
                cursor = piece.range.upperBound
            case .inserted:
                if group == nil { group = (cursor, cursor, [], []) }
                group!.after.append(contentsOf: written[piece.range])
                if !group!.rules.contains(rule) { group!.rules.append(rule) }
            }
        }
        close()
        return result
    }

    private struct StoredPiece {
        enum Kind: UInt8 { case kept, removed, inserted }
        var range: Range<Int>
        var edit = 0
        var rule: Int32 = 0
        var kind: Kind

        init(kind: Kind, range: Range<Int>, rule: Int32 = 0, edit: Int = 0) {
            self.range = range
            self.edit = edit
            self.rule = rule
            self.kind = kind
        }

        var outputLength: Int { kind == .removed ? 0 : range.count }
    }

    /// Walks the pieces once, splitting them where changes begin and end.
    private struct Walker {
        let pieces: [StoredPiece]
        var index = 0
        /// What is left of a piece that was split.
        var head: StoredPiece?
        var output: [StoredPiece] = []
        var outputPosition = 0
        /// Input offset reached: the end of the last input scalar walked past.
        var inputCursor = 0

        init(pieces: [StoredPiece]) {
            self.pieces = pieces
            output.reserveCapacity(pieces.count + 16)
        }

        mutating func next() -> StoredPiece? {
            if let piece = head { head = nil; return piece }
            guard index < pieces.count else { return nil }
            index += 1
            return pieces[index - 1]
        }

        mutating func emit(_ piece: StoredPiece) {
            if piece.kind == .kept, let last = output.last, last.kind == .kept,
               last.range.upperBound == piece.range.lowerBound {
                output[output.count - 1].range = last.range.lowerBound..<piece.range.upperBound
            } else {
                output.append(piece)
            }
        }

        /// Copies pieces until the output position reaches `target`.
        mutating func copy(upTo target: Int) {
            while outputPosition < target {
                if head == nil {
                    copyWhole(upTo: target)
                    guard outputPosition < target else { return }
                }
                guard let piece = next() else { return }
                let room = target - outputPosition
                if piece.kind != .removed, piece.range.count > room {
                    // The piece runs past the target: split it there.
                    let cut = piece.range.lowerBound + room
                    var first = piece, rest = piece
                    first.range = piece.range.lowerBound..<cut
                    rest.range = cut..<piece.range.upperBound
                    emit(first)
                    head = rest
                    if piece.kind == .kept { inputCursor = cut }
                    outputPosition = target
                } else {
                    emit(piece)
                    outputPosition += piece.outputLength
                    if piece.kind != .inserted { inputCursor = piece.range.upperBound }
                }
            }
        }

        /// Copies, in one block, the pieces that end before `target` (most of
        /// them: a rule changes a few places of a long text).
        private mutating func copyWhole(upTo target: Int) {
            var end = index, position = outputPosition, cursor = inputCursor
            while end < pieces.count, position < target {
                let piece = pieces[end]
                guard position + piece.outputLength <= target else { break }
                position += piece.outputLength
                if piece.kind != .inserted { cursor = piece.range.upperBound }
                end += 1
            }
            guard end > index else { return }
            // (The list is merged already: only the first piece may join the last copied.)
            emit(pieces[index])
            output.append(contentsOf: pieces[(index + 1)..<end])
            index = end
            outputPosition = position
            inputCursor = cursor
        }

        /// Removes output up to `target`: kept input becomes `removed` by `rule`,
        /// inserted text vanishes, earlier removals stay where they are.
        mutating func delete(upTo target: Int, rule: Int32, edit: Int) {
            while outputPosition < target, let piece = next() {
                let room = target - outputPosition
                switch piece.kind {
                case .kept:
                    let cut = piece.range.lowerBound + min(room, piece.range.count)
                    emit(StoredPiece(kind: .removed, range: piece.range.lowerBound..<cut, rule: rule, edit: edit))
                    if cut < piece.range.upperBound { head = StoredPiece(kind: .kept, range: cut..<piece.range.upperBound) }
                    inputCursor = cut
                    outputPosition += cut - piece.range.lowerBound
                case .inserted:
                    if piece.range.count > room {
                        var rest = piece
                        rest.range = piece.range.lowerBound + room..<piece.range.upperBound
                        head = rest
                    }
                    outputPosition += min(room, piece.range.count)
                case .removed:
                    emit(piece)
                    inputCursor = piece.range.upperBound
                }
            }
        }

        mutating func copyRest() {
            if let piece = head { head = nil; emit(piece) }
            guard index < pieces.count else { return }
            emit(pieces[index])
            output.append(contentsOf: pieces[(index + 1)...])
            index = pieces.count
        }
    }
}

/// A change in input coordinates: `inputRange` of the input became `after`.
public struct FlatEdit: Sendable, Hashable {
    public let inputRange: Range<Int>
    public let after: [Unicode.Scalar]
    /// The rules that made this change, in the order they ran.
    public let rules: [String]

    /// Applies non-overlapping, sorted flat edits to `input` in one pass.
    public static func apply(_ edits: [FlatEdit], to input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var cursor = 0
        for edit in edits {
            output.append(contentsOf: input[cursor..<edit.inputRange.lowerBound])
            output.append(contentsOf: edit.after)
            cursor = edit.inputRange.upperBound
        }
        output.append(contentsOf: input[cursor...])
        return output
    }
}
