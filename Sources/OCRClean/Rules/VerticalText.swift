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
    /// The rules after it can leave one-character lines in a row (a fuzz
    /// find: 心 alone on three lines, all that paragraphs and duplicates left
    /// of three): it looks again at the pages they changed, as a second
    /// cleaning would.
    public let settlesInOnePass = false
    /// A run of one-character lines never crosses a page break, which is a line of its own.
    public let readsPagesAlone = true
    public let summary = "joins a headline printed one character a line into one line"

    /// Fewer single-character lines in a row than this are left alone.
    static let minimumRun = 3

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let lines = Self.printedLines(document, context.classifier)
        var changes: [Change] = []
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, lines[end].single { end += 1 }
            if end - start >= Self.minimumRun {
                // Columns: where the characters of a run follow each other line by
                // line, a blank line between two of them separates two columns.
                let gaps = ((start + 1)..<end).map { lines[$0].blankLinesBefore > 0 }
                let columnsMarked = gaps.contains(true) && gaps.contains(false)
                for index in (start + 1)..<end {
                    let range = lines[index - 1].letter + 1..<lines[index].letter
                    if columnsMarked && lines[index].blankLinesBefore > 0 {
                        changes.append(Change(range: range, replacement: ["\n"], note: "vertical text: next column"))
                    } else {
                        changes.append(.remove(range, note: "vertical text"))
                    }
                }
            }
            start = max(end, start + 1)
        }
        return changes
    }

    /// A non-blank line, measured only as far as this rule needs: whether it
    /// is one Han or kana character (spaces around it aside), where that
    /// character stands, and how many blank lines come before it.
    struct Line {
        let single: Bool
        let letter: Int
        let blankLinesBefore: Int
    }

    /// The non-blank lines of a page. A line is given up at its second
    /// letter, so a page costs little more than a pass over its line starts;
    /// and a page without `minimumRun` one-character lines in a row gives none.
    static func printedLines(_ document: Document, _ classifier: CharacterClassifier) -> [Line] {
        let s = document.scalars
        var lines: [Line] = []
        lines.reserveCapacity(document.lines.count)
        var blanks = 0, run = 0, longestRun = 0
        for line in document.lines {
            var letters = 0, letter = line.range.lowerBound
            for index in line.range where !classifier.is(s[index], .space) {
                letters += 1
                if letters > 1 { break }
                letter = index
            }
            if letters == 0 { blanks += 1; continue }
            let single = letters == 1 && classifier.is(s[letter], [.han, .kana])
            run = single ? run + 1 : 0
            longestRun = max(longestRun, run)
            lines.append(Line(single: single, letter: letter, blankLinesBefore: blanks))
            blanks = 0
        }
        return longestRun >= minimumRun ? lines : []
    }
}
