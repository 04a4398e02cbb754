import ICUKit

/// `width`: punctuation width as CONVENTIONS.md §5 sets it.
///
/// - Half-width `, ; : ? ! ( )` in CJK context — a Han character (or kana, or
///   full-width punctuation) as the nearest non-space neighbour on at least one
///   side, on the same line — become `，；：？！（）`. Parentheses go by pairs:
///   when either one of a pair is in CJK context or already full-width, both are.
/// - Full-width Latin letters and digits become half-width (NFKC): `ＡＢＣ１２３` → `ABC123`.
/// - Periods, decimal points, and punctuation between Latin letters or digits
///   stay: `1,000`, `R&D`, `3.5%`, `10:30`.
///
/// Raw → clean (seed 002): `本报讯(记者 林翰 通讯员 黄朝文)2月28日下午,区委常委会召开会议,`
/// → `本报讯（记者 林翰 通讯员 黄朝文）2月28日下午，区委常委会召开会议，`.
public struct PunctuationWidth: Rule {
    public init() {}
    public let name = "width"
    /// Joining lines gives a mark at a line's start or end new neighbours: the
    /// rule looks again at the joined text.
    public let settlesInOnePass = false
    /// Each line is read alone.
    public let readsPagesAlone = true
    public let summary = "full-width ，；：？！（） in CJK context; half-width Latin letters and digits"

    /// The half-width marks CONVENTIONS.md names, with their full-width forms.
    static let fullWidthForm: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        var changes: [Change] = []
        for line in document.lines {
            try changes.append(contentsOf: lineChanges(document.scalars, line.range, context.classifier))
        }
        return changes
    }

    private func lineChanges(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, _ classifier: CharacterClassifier
    ) throws -> [Change] {
        var widen = Set<Int>()
        var changes: [Change] = []
        let isCJK = { (index: Int) -> Bool in
            classifier.is(scalars[index], .cjk) || widen.contains(index)
        }
        // Marks other than parentheses, decided left to right (so `好?!` widens
        // both: the `?` it has just widened is CJK context for the `!`), then
        // right to left.
        var marks: [Int] = []
        var hasParentheses = false, hasFullwidthAlphanumeric = false
        for index in range {
            let kind = classifier.classOf(scalars[index])
            if kind.contains(.halfWidthMark) {
                if scalars[index] == "(" || scalars[index] == ")" { hasParentheses = true } else { marks.append(index) }
            } else if kind.contains(.fullwidthAlphanumeric) {
                hasFullwidthAlphanumeric = true
            } else if scalars[index] == "（" || scalars[index] == "）" {
                hasParentheses = true
            }
        }
        guard !marks.isEmpty || hasParentheses || hasFullwidthAlphanumeric else { return [] }
        for index in marks where neighbour(before: index, in: range, scalars, classifier).map(isCJK) == true {
            widen.insert(index)
        }
        for index in marks.reversed() where !widen.contains(index) {
            if neighbour(after: index, in: range, scalars, classifier).map(isCJK) == true { widen.insert(index) }
        }
        // Parentheses, by pairs.
        var open: [Int] = []
        for index in range where hasParentheses {
            switch scalars[index] {
            case "(", "（": open.append(index)
            case ")", "）":
                let partner = open.popLast()
                let pair = [partner, index].compactMap { $0 }
                let cjk = pair.contains { scalars[$0] == "（" || scalars[$0] == "）" || inCJKContext($0, range, scalars, classifier, isCJK) }
                if cjk { pair.forEach { widen.insert($0) } }
            default: break
            }
        }
        for index in open where inCJKContext(index, range, scalars, classifier, isCJK) { widen.insert(index) }

        for index in range {
            let scalar = scalars[index]
            let kind = classifier.classOf(scalar)
            guard kind.contains(.halfWidthMark) || kind.contains(.fullwidthAlphanumeric) else { continue }
            if widen.contains(index), let full = Self.fullWidthForm[scalar] {
                changes.append(Change(range: index..<index + 1, replacement: [full]))
            } else if classifier.classOf(scalar).contains(.fullwidthAlphanumeric) {
                let folded = try Normalizer.normalize(String(scalar), to: .nfkc)
                changes.append(Change(range: index..<index + 1, replacement: folded))
            }
        }
        return changes
    }

    private func inCJKContext(
        _ index: Int, _ range: Range<Int>, _ scalars: [Unicode.Scalar],
        _ classifier: CharacterClassifier, _ isCJK: (Int) -> Bool
    ) -> Bool {
        neighbour(before: index, in: range, scalars, classifier).map(isCJK) == true
            || neighbour(after: index, in: range, scalars, classifier).map(isCJK) == true
    }

    /// The nearest non-space character before `index` on the line.
    private func neighbour(before index: Int, in range: Range<Int>, _ scalars: [Unicode.Scalar],
                           _ classifier: CharacterClassifier) -> Int? {
        var probe = index - 1
        while probe >= range.lowerBound, classifier.is(scalars[probe], .space) { probe -= 1 }
        return probe >= range.lowerBound ? probe : nil
    }

    /// The nearest non-space character after `index` on the line.
    private func neighbour(after index: Int, in range: Range<Int>, _ scalars: [Unicode.Scalar],
                           _ classifier: CharacterClassifier) -> Int? {
        var probe = index + 1
        while probe < range.upperBound, classifier.is(scalars[probe], .space) { probe += 1 }
        return probe < range.upperBound ? probe : nil
    }
}
