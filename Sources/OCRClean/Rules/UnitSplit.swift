/// `unit-split`: a line that holds the end of a headline and the start of the
/// next article is split there, before the paragraphs are rebuilt
/// (CONVENTIONS.md §1: a new unit always starts a paragraph).
///
/// Raw → clean (seed 003): `拱墅与省二轻集团开展座谈交流 本报讯（记者 林韬 通讯员 黄`
/// → `拱墅与省二轻集团开展座谈交流` / `本报讯（记者 林韬 通讯员 黄…`.
public struct UnitSplit: Rule {
    public init() {}
    public let name = "unit-split"
    /// A headline and a news lead can meet on one line only once the paragraphs
    /// are joined: the rule looks again at the joined text.
    public let settlesInOnePass = false
    /// Each line is read alone.
    public let readsPagesAlone = true
    public let summary = "splits a line where a headline ends and a news lead (本报讯) begins"

    static let lead: [Unicode.Scalar] = ["本", "报", "讯"]
    /// The plane's characters that are neither spaces nor sentence punctuation.
    static let passed = CharacterClassifier().plane(withNoneOf: [.space, .clausePunctuation])

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let s = document.scalars
        let classifier = context.classifier
        var changes: [Change] = []
        let passed = Self.passed
        // Only a line with a space right before a 本报讯 can be split: the
        // lines are read from the first such lead on, each 讯 found eight
        // characters at a time (most pages have a lead or two; every line
        // of a page was read a character at a time, 2% of a run).
        var line = 0, from = 0
        while let found = ScalarSearch.firstIndex(of: "讯", in: s[from...]) {
            from = found + 1
            guard found >= 3, s[found - 2] == "本", s[found - 1] == "报", classifier.is(s[found - 3], .space)
            else { continue }
            while document.lines[line].range.upperBound < found { line += 1 }
            split(document.lines[line].range, s, classifier, passed, into: &changes)
            line += 1
            guard line < document.lines.count else { break }
            from = max(from, document.lines[line].range.lowerBound)
        }
        return changes
    }

    /// The splits of one line, read from its start.
    private func split(_ line: Range<Int>, _ s: [Unicode.Scalar], _ classifier: CharacterClassifier,
                       _ passed: ScalarSet, into changes: inout [Change]) {
        var index = line.lowerBound
        var letters = 0
        while index < line.upperBound {
            let scalar = s[index]
            // (A letter, nearly every character: one bit test passes it.)
            if passed.contains(scalar) {
                letters += 1
                index += 1
                continue
            }
            if classifier.is(scalar, .space) {
                var end = index
                while end < line.upperBound, classifier.is(s[end], .space) { end += 1 }
                // At least a few characters of headline before, none of them sentence punctuation.
                if letters >= 4, s[end..<line.upperBound].starts(with: Self.lead) {
                    changes.append(Change(range: index..<end, replacement: ["\n"],
                                          note: "headline and news lead on one line"))
                    // The lead starts a line of its own, read as the next
                    // pass would read it: it may end in a headline and
                    // another lead (a fuzz find split one a pass).
                    letters = 0
                    index = end
                    continue
                }
                index = end
                continue
            }
            // Sentence punctuation: no headline here, nor after it on this
            // line (a split starts afresh only after a headline).
            if classifier.is(scalar, .clausePunctuation) { break }
            letters += 1
            index += 1
        }
    }
}
