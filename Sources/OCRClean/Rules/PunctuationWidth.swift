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
        let scalars = document.scalars, lines = document.lines, classifier = context.classifier
        // (Nearly every line has nothing to change: the text is searched for
        // a half-width mark or a full-width letter or digit, any other
        // character passed by one bit test, and only a line that holds one is read.)
        let passed = Self.passed
        var index = 0, line = 0
        while index < scalars.count {
            let found = scalars.withUnsafeBufferPointer { scalars -> Int in
                var index = index
                while index < scalars.count {
                    // (Eight at a time past a stretch with none of the marks,
                    // no full-width form of U+FF10–U+FF5A, where the letters and
                    // digits are, and nothing beyond the plane: nearly the whole text.)
                    index = Self.pastPlainBlocks(scalars, from: index)
                    let stop = min(index + 8, scalars.count)
                    while index < stop {
                        let scalar = scalars[index]
                        // (`passed` answers for the plane; only a character beyond it is classified.)
                        if scalar.value < 0x10000 ? !passed.contains(scalar) : classifier.is(scalar, Self.sought) {
                            return index
                        }
                        index += 1
                    }
                }
                return index
            }
            guard found < scalars.count else { break }
            // (Such a character is no line feed: it stands inside a line.)
            while lines[line].range.upperBound <= found { line += 1 }
            try changes.append(contentsOf: lineChanges(scalars, lines[line].range, classifier))
            index = lines[line].range.upperBound + 1
            line += 1
        }
        return changes
    }

    private func lineChanges(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, _ classifier: CharacterClassifier
    ) throws -> [Change] {
        // The half-width marks of the line, and whether it has anything to change.
        var marks: [Int] = []
        var hasFullwidthAlphanumeric = false, hasFullwidthParenthesis = false
        // (Every line is read, nearly always for nothing: through a bare pointer.)
        let passed = Self.passed
        scalars.withUnsafeBufferPointer { scalars in
            for index in range {
                let scalar = scalars[index]
                // (Nearly every character: one bit test passes it.)
                if passed.contains(scalar) {
                    if scalar == "（" || scalar == "）" { hasFullwidthParenthesis = true }
                    continue
                }
                let kind = classifier.classOf(scalar)
                if kind.contains(.halfWidthMark) {
                    marks.append(index)
                } else if kind.contains(.fullwidthAlphanumeric) {
                    hasFullwidthAlphanumeric = true
                }
            }
        }
        guard !marks.isEmpty || hasFullwidthAlphanumeric else { return [] }
        let widen = marks.isEmpty ? [] : widened(marks, scalars, range, classifier,
                                                 pairs: hasFullwidthParenthesis || marks.contains { Self.isParenthesis(scalars[$0]) })
        var changes: [Change] = []
        var next = 0
        for index in range {
            let scalar = scalars[index]
            if passed.contains(scalar) { continue }
            let kind = classifier.classOf(scalar)
            if kind.contains(.halfWidthMark) {
                if widen[next], let full = Self.fullWidthForm[scalar] {
                    changes.append(Change(range: index..<index + 1, replacement: [full]))
                }
                next += 1
            } else if kind.contains(.fullwidthAlphanumeric) {
                let folded = try Normalizer.normalize(String(scalar), to: .nfkc)
                changes.append(Change(range: index..<index + 1, replacement: folded))
            }
        }
        return changes
    }

    /// The classes of the characters that give a line something to change.
    static let sought: CharacterClass = [.halfWidthMark, .fullwidthAlphanumeric]
    /// The characters of the Basic Multilingual Plane of neither class.
    static let passed = CharacterClassifier().plane(withNoneOf: sought)

    static func isParenthesis(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == ")" }

    /// Where, from `start`, the first block of eight scalars begins that may
    /// hold a character of `sought`: one of U+0021–U+003F (the half-width
    /// marks are there, with the digits), of U+FF10–U+FF5A (the full-width
    /// letters and digits are there) or beyond the plane. Every block before
    /// it holds none. (Three range tests: one compare for each of the seven
    /// marks cost twice as much, and a block with a digit, one in eleven on
    /// generated pages, is passed by the caller's bit tests.)
    static func pastPlainBlocks(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        guard let base = scalars.baseAddress else { return start }
        // (Signed lanes: every scalar is below 2^31, and SSE2 compares signed words.)
        let raw = UnsafeRawPointer(base)
        let belowMarks = SIMD8<Int32>(repeating: 0x20), pastMarks = SIMD8<Int32>(repeating: 0x40)
        let belowForms = SIMD8<Int32>(repeating: 0xFF0F), pastForms = SIMD8<Int32>(repeating: 0xFF5B)
        let lastOfPlane = SIMD8<Int32>(repeating: 0xFFFF)
        var index = start
        while index + 8 <= scalars.count {
            let block = raw.loadUnaligned(fromByteOffset: 4 * index, as: SIMD8<Int32>.self)
            let maybe = (block .> belowMarks) .& (block .< pastMarks)
                .| (block .> belowForms) .& (block .< pastForms)
                .| (block .> lastOfPlane)
            if any(maybe) { break }
            index += 8
        }
        return index
    }

    /// Which of the line's half-width marks (offsets `marks`, in order) are in
    /// CJK context. A widened mark is full-width punctuation, itself CJK
    /// context for its neighbours (`好?!` widens both), and the two marks of
    /// a pair of parentheses go together: so the marks that touch one another
    /// (one the other's nearest non-space neighbour) or pair up form groups,
    /// and a group is widened whole when one of its marks has a CJK neighbour
    /// or a full-width partner. Widening them all at once, not one sweep at a
    /// time, is what leaves nothing for a second cleaning to widen
    /// (招商态((((…($((((((势 widens every parenthesis after the $ at once).
    private func widened(_ marks: [Int], _ scalars: [Unicode.Scalar], _ range: Range<Int>,
                         _ classifier: CharacterClassifier, pairs: Bool) -> [Bool] {
        // Union-find over the marks.
        var parent = Array(marks.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node { parent[node] = parent[parent[node]]; node = parent[node] }
            return node
        }
        func link(_ a: Int, _ b: Int) { let ra = root(a), rb = root(b); if ra != rb { parent[ra] = rb } }
        var seeded = [Bool](repeating: false, count: marks.count)
        for (node, index) in marks.enumerated() {
            let before = neighbour(before: index, in: range, scalars, classifier)
            let after = neighbour(after: index, in: range, scalars, classifier)
            if let before, classifier.is(scalars[before], .cjk) { seeded[node] = true }
            if let after, classifier.is(scalars[after], .cjk) { seeded[node] = true }
            // (Marks are listed in order: the one before is the previous node, if any.)
            if node > 0, before == marks[node - 1] { link(node - 1, node) }
        }
        if pairs {
            // Pairs: a closing parenthesis goes with the last one left open,
            // half- or full-width (the full-width one seeds the pair).
            var open: [(index: Int, node: Int?)] = []
            var node = 0
            for index in range {
                let scalar = scalars[index]
                let isMark = node < marks.count && marks[node] == index
                defer { if isMark { node += 1 } }
                switch scalar {
                case "(", "（": open.append((index, isMark ? node : nil))
                case ")", "）":
                    guard let partner = open.popLast() else { continue }
                    switch (partner.node, isMark ? node : nil) {
                    case let (a?, b?): link(a, b)
                    case let (a?, nil): seeded[a] = true
                    case let (nil, b?): seeded[b] = true
                    case (nil, nil): break
                    }
                default: break
                }
            }
        }
        var groupSeeded = [Bool](repeating: false, count: marks.count)
        for node in marks.indices where seeded[node] { groupSeeded[root(node)] = true }
        return marks.indices.map { groupSeeded[root($0)] }
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
