/// `vertical-text`: a headline set vertically comes out of OCR as one
/// character a line; this joins each such run into one line (CONVENTIONS.md §1).
///
/// Raw → clean (seed 003): `重\n\n要\n\n讲\n\n话\n\n精\n\n神…` → `重要讲话精神…`.
public struct VerticalText: Rule {
    public init() {}
    public let name = "vertical-text"
    public let summary = "joins a headline printed one character a line into one line"

    /// Fewer single-character lines in a row than this are left alone.
    static let minimumRun = 3

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let lines = PrintedLine.lines(of: document, classifier: context.classifier)
        var changes: [Change] = []
        var start = 0
        while start < lines.count {
            var end = start
            while end < lines.count, Self.isSingle(lines[end], context.classifier) { end += 1 }
            if end - start >= Self.minimumRun {
                for index in (start + 1)..<end {
                    changes.append(.remove(lines[index - 1].content.upperBound..<lines[index].content.lowerBound,
                                           note: "vertical text"))
                }
            }
            start = max(end, start + 1)
        }
        return changes
    }

    static func isSingle(_ line: PrintedLine, _ classifier: CharacterClassifier) -> Bool {
        line.characters == 1 && classifier.is(line.first, [.han, .kana])
    }
}
