/// Draws what cleaning changed, for a person: the raw text with every removal
/// and insertion marked in place and named by the rule that made it. A line
/// diff is useless for Chinese (a paragraph is one line), so this works on
/// characters, from the edit log's trace, not by re-diffing two strings.
///
/// Plain (piped, `NO_COLOR`, `--color never`):
///
///     @@ 000.txt:17:2 @@ stray-space
///       在[- -]‹stray-space›座谈中，李志龙
///
/// With colour, removals are red and struck through, insertions green, and the
/// rule tags dim. Removed line feeds show as `⏎`, removed spaces as `␣`
/// (U+3000 as `□`), so that nothing removed is invisible.
public struct DiffRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool
    /// How many characters of unchanged text to show around each change.
    public var context: Int
    /// Removed or inserted runs longer than this are shortened in the middle.
    public var maximumRun: Int

    public init(color: Bool = false, context: Int = 10, maximumRun: Int = 80) {
        self.color = color
        self.context = context
        self.maximumRun = maximumRun
    }

    /// The diff of one cleaning result; `name` labels the hunks (a file name).
    /// Empty when nothing changed.
    public func render(_ result: CleanResult, name: String) -> String {
        render(result, name: name, within: 0..<result.input.count, lineOffset: 0)
    }

    /// The diff of one page of an issue cleaned together (`Cleaner.clean(issue:)`).
    public func render(_ result: CleanResult, page: CleanedPage) -> String {
        render(result, name: page.name, within: page.span, lineOffset: page.lineOffset)
    }

    /// The hunks whose first change falls in `span` of the input, with line
    /// numbers counted from `lineOffset` lines into the input (negative: the
    /// input itself starts that many lines into a larger file).
    public func render(_ result: CleanResult, name: String, within span: Range<Int>, lineOffset: Int) -> String {
        let input = result.input
        let locator = SourceLocator(input)
        let allPieces = result.trace.pieces  // (built from the trace's plain pieces: once)
        // (The changes of the span alone, its text alone around them: a page
        // of an issue is cleaned with the lines that join it to the next, and
        // a change at its end and one at the next page's start made one hunk.)
        let hunks = Self.hunks(allPieces, context: context, within: span, inputCount: input.count)
        var out = ""
        for hunk in hunks {
            let pieces = allPieces[hunk.pieces]
            var rules: [String] = []
            for piece in pieces {
                if let rule = Self.rule(of: piece), !rules.contains(rule) { rules.append(rule) }
            }
            let location = locator.location(at: hunk.firstChange)
            out += paint("@@ \(name):\(location.line - lineOffset):\(location.column) @@", .header)
            out += " " + rules.joined(separator: ", ") + "\n  "
            var previousEdit: Int?
            var pendingTag: String?
            func flushTag() {
                if let tag = pendingTag { out += paint("‹\(tag)›", .tag); pendingTag = nil }
            }
            for piece in pieces {
                switch piece {
                case .kept(let range):
                    flushTag()
                    let visible = range.clamped(to: hunk.visible)
                    let text = String(scalars: input[visible])
                    out += text.replacingNewlines(with: "\n  ")
                    previousEdit = nil
                case .removed(let range, let rule, let edit):
                    if edit != previousEdit { flushTag() }
                    out += paint(shown(input[range.clamped(to: span)]), .removed)
                    pendingTag = rule
                    previousEdit = edit
                case .inserted(let text, let rule, let edit):
                    if edit != previousEdit { flushTag() }
                    out += paint(shown(text[...]), .inserted)
                    pendingTag = rule
                    previousEdit = edit
                }
            }
            flushTag()
            out += "\n"
        }
        return out
    }

    // MARK: Hunks

    struct Hunk {
        /// The pieces the hunk shows.
        var pieces: Range<Int>
        /// The input range whose kept text is shown (context included).
        var visible: Range<Int>
        /// Input offset of the first change (for the header).
        var firstChange: Int
    }

    /// Groups changes that stand within `2 × context` characters of each other,
    /// those of `bounds` of the input only, which bounds what they show: a
    /// removal reaching past it counts up to its edge, an insertion at its
    /// end only at the input's end (`inputCount`).
    static func hunks(_ pieces: [Trace.Piece], context: Int, within bounds: Range<Int>, inputCount: Int) -> [Hunk] {
        var hunks: [Hunk] = []
        var inputCursor = 0
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .kept(let range):
                inputCursor = range.upperBound
            case .removed(let range, _, _):
                if range.overlaps(bounds) {
                    add(index, at: max(range.lowerBound, bounds.lowerBound), end: min(range.upperBound, bounds.upperBound))
                }
                inputCursor = range.upperBound
            case .inserted:
                if bounds.contains(inputCursor) || inputCursor == bounds.upperBound && inputCursor == inputCount {
                    add(index, at: inputCursor, end: inputCursor)
                }
            }
        }
        for number in hunks.indices { hunks[number].visible = hunks[number].visible.clamped(to: bounds) }
        func add(_ index: Int, at start: Int, end: Int) {
            if var last = hunks.last, start - last.visible.upperBound <= context {
                last.pieces = last.pieces.lowerBound..<(index + 1)
                last.visible = last.visible.lowerBound..<max(last.visible.upperBound, end + context)
                hunks[hunks.count - 1] = last
            } else {
                // Start at the kept piece before the change, if any, for context.
                let first = index > 0 && { if case .kept = pieces[index - 1] { true } else { false } }() ? index - 1 : index
                hunks.append(Hunk(pieces: first..<(index + 1),
                                  visible: max(0, start - context)..<(end + context), firstChange: start))
            }
        }
        // Extend each hunk over the kept piece after it, for trailing context.
        for (number, hunk) in hunks.enumerated() where hunk.pieces.upperBound < pieces.count {
            if case .kept = pieces[hunk.pieces.upperBound] {
                hunks[number].pieces = hunk.pieces.lowerBound..<(hunk.pieces.upperBound + 1)
            }
        }
        return hunks
    }

    // MARK: Drawing

    enum Style { case header, removed, inserted, tag }

    private func paint(_ text: String, _ style: Style) -> String {
        switch (style, color) {
        case (.removed, false): "[-\(text)-]"
        case (.inserted, false): "{+\(text)+}"
        case (_, false): text
        case (.header, true): "\u{1B}[36m\(text)\u{1B}[0m"
        case (.removed, true): "\u{1B}[9;31m\(text)\u{1B}[0m"
        case (.inserted, true): "\u{1B}[4;32m\(text)\u{1B}[0m"
        case (.tag, true): "\u{1B}[2m\(text)\u{1B}[0m"
        }
    }

    /// A removed or inserted run made visible: line feeds as ⏎, spaces as ␣ or □,
    /// tabs as ⇥, and long runs shortened in the middle.
    private func shown(_ run: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        let runs: [ArraySlice<Unicode.Scalar>]
        if run.count > maximumRun {
            let half = maximumRun / 2
            runs = [run.prefix(half), run.suffix(half)]
        } else {
            runs = [run]
        }
        for (index, part) in runs.enumerated() {
            if index > 0 { text += "…(\(run.count - 2 * (maximumRun / 2)) more)…" }
            for scalar in part {
                switch scalar {
                case "\n": text += "⏎"
                case " ": text += "␣"
                case "\u{3000}": text += "□"
                case "\t": text += "⇥"
                case "\r": text += "␍"
                default:
                    if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.properties.isDefaultIgnorableCodePoint {
                        text += "<\(Normalize.codePoint(scalar))>"
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        return text
    }

    private static func rule(of piece: Trace.Piece) -> String? {
        switch piece {
        case .kept: nil
        case .removed(_, let rule, _), .inserted(_, let rule, _): rule
        }
    }
}

extension String {
    fileprivate func replacingNewlines(with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == "\n" { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
