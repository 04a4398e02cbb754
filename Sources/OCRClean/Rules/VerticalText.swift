/// `vertical-text`: a headline set vertically comes out of OCR as one
/// character a line; this joins each column into one line (CONVENTIONS.md §1).
/// Where the characters follow each other without blank lines, a blank line
/// marks the next column.
///
/// Raw → clean (seed 003): `重\n要\n讲\n话\n精\n神…会\n议\n精\n神\n\n区\n委…` →
/// `重要讲话精神和全市重要会议精神` / `区委常委会召开会议传达学习习近平总书记`.
public struct VerticalText: Rule {
    public init() {}
    public let name = "vertical-text"
    public let summary = "joins a headline printed one character a line into one line"

    /// Fewer single-character lines in a row than this are left alone.
    static let minimumRun = 3

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        guard Self.mayHoldARun(document, context.classifier) else { return [] }
        let lines = PrintedLine.lines(of: document, classifier: context.classifier)
        var changes: [Change] = []
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, Self.isSingle(lines[end], context.classifier) { end += 1 }
            if end - start >= Self.minimumRun {
                // Columns: where the characters of a run follow each other line by
                // line, a blank line between two of them separates two columns.
                let gaps = ((start + 1)..<end).map { lines[$0].blankLinesBefore > 0 }
                let columnsMarked = gaps.contains(true) && gaps.contains(false)
                for index in (start + 1)..<end {
                    let range = lines[index - 1].content.upperBound..<lines[index].content.lowerBound
                    if columnsMarked && lines[index].blankLinesBefore > 0 {
                        changes.append(Change(range: range, replacement: "\n", note: "vertical text: next column"))
                    } else {
                        changes.append(.remove(range, note: "vertical text"))
                    }
                }
            }
            start = max(end, start + 1)
        }
        return changes
    }

    /// A quick look before measuring every line: are there `minimumRun`
    /// one-character lines in a row (blank lines between them allowed)? A
    /// line is given up at its second letter, so a page costs little more
    /// than a pass over its line starts.
    static func mayHoldARun(_ document: Document, _ classifier: CharacterClassifier) -> Bool {
        let s = document.scalars
        var run = 0
        for line in document.lines {
            var letters = 0
            var single = false
            for index in line.range where !classifier.is(s[index], .space) {
                letters += 1
                if letters > 1 { break }
                single = classifier.is(s[index], [.han, .kana])
            }
            if letters == 0 { continue }
            run = letters == 1 && single ? run + 1 : 0
            if run >= minimumRun { return true }
        }
        return false
    }

    static func isSingle(_ line: PrintedLine, _ classifier: CharacterClassifier) -> Bool {
        line.characters == 1 && classifier.is(line.first, [.han, .kana])
    }
}
