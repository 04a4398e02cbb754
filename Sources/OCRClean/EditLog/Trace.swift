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

    public private(set) var pieces: [Piece]

    init(inputLength: Int) {
        pieces = inputLength > 0 ? [.kept(0..<inputLength)] : []
    }

    /// Applies one rule's sorted, non-overlapping changes (in current output
    /// coordinates) and returns, for each, the input range it covers.
    mutating func apply(_ changes: [Change], rule: String, firstEdit: Int) -> [Range<Int>] {
        var walker = Walker(pieces: pieces)
        var spans: [Range<Int>] = []
        spans.reserveCapacity(changes.count)
        for (index, change) in changes.enumerated() {
            walker.copy(upTo: change.range.lowerBound)
            let start = walker.inputCursor
            walker.delete(upTo: change.range.upperBound, rule: rule, edit: firstEdit + index)
            spans.append(start..<walker.inputCursor)
            if !change.replacement.isEmpty {
                walker.emit(.inserted(change.replacement, rule: rule, edit: firstEdit + index))
            }
        }
        walker.copyRest()
        pieces = walker.output
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
        for piece in pieces {
            switch piece {
            case .kept(let range):
                close()
                cursor = range.upperBound
            case .removed(let range, let rule, _):
                if group == nil { group = (range.lowerBound, range.lowerBound, [], []) }
                group!.end = range.upperBound
                if !group!.rules.contains(rule) { group!.rules.append(rule) }
                cursor = range.upperBound
            case .inserted(let text, let rule, _):
                if group == nil { group = (cursor, cursor, [], []) }
                group!.after.append(contentsOf: text)
                if !group!.rules.contains(rule) { group!.rules.append(rule) }
            }
        }
        close()
        return result
    }

    /// Walks the pieces once, splitting them where changes begin and end.
    private struct Walker {
        let pieces: [Piece]
        var index = 0
        /// What is left of a piece that was split.
        var head: Piece?
        var output: [Piece] = []
        var outputPosition = 0
        /// Input offset reached: the end of the last input scalar walked past.
        var inputCursor = 0

        init(pieces: [Piece]) {
            self.pieces = pieces
            output.reserveCapacity(pieces.count + 16)
        }

        mutating func next() -> Piece? {
            if let piece = head { head = nil; return piece }
            guard index < pieces.count else { return nil }
            index += 1
            return pieces[index - 1]
        }

        mutating func emit(_ piece: Piece) {
            if case .kept(let range) = piece, case .kept(let last)? = output.last,
               last.upperBound == range.lowerBound {
                output[output.count - 1] = .kept(last.lowerBound..<range.upperBound)
            } else {
                output.append(piece)
            }
        }

        /// Copies pieces until the output position reaches `target`.
        mutating func copy(upTo target: Int) {
            while outputPosition < target, let piece = next() {
                let room = target - outputPosition
                switch piece {
                case .kept(let range) where range.count > room:
                    let cut = range.lowerBound + room
                    emit(.kept(range.lowerBound..<cut))
                    head = .kept(cut..<range.upperBound)
                    inputCursor = cut
                    outputPosition = target
                case .inserted(let text, let rule, let edit) where text.count > room:
                    emit(.inserted(Array(text[..<room]), rule: rule, edit: edit))
                    head = .inserted(Array(text[room...]), rule: rule, edit: edit)
                    outputPosition = target
                default:
                    emit(piece)
                    outputPosition += piece.outputLength
                    if case .kept(let range) = piece { inputCursor = range.upperBound }
                    if case .removed(let range, _, _) = piece { inputCursor = range.upperBound }
                }
            }
        }

        /// Removes output up to `target`: kept input becomes `removed` by `rule`,
        /// inserted text vanishes, earlier removals stay where they are.
        mutating func delete(upTo target: Int, rule: String, edit: Int) {
            while outputPosition < target, let piece = next() {
                let room = target - outputPosition
                switch piece {
                case .kept(let range):
                    let cut = range.lowerBound + min(room, range.count)
                    emit(.removed(range.lowerBound..<cut, rule: rule, edit: edit))
                    if cut < range.upperBound { head = .kept(cut..<range.upperBound) }
                    inputCursor = cut
                    outputPosition += cut - range.lowerBound
                case .inserted(let text, let insertedBy, let insertedEdit):
                    if text.count > room {
                        head = .inserted(Array(text[room...]), rule: insertedBy, edit: insertedEdit)
                    }
                    outputPosition += min(room, text.count)
                case .removed(let range, _, _):
                    emit(piece)
                    inputCursor = range.upperBound
                }
            }
        }

        mutating func copyRest() {
            if let piece = head { head = nil; emit(piece) }
            while index < pieces.count { emit(pieces[index]); index += 1 }
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
