/// A named repair. A rule reads the text as the rules before it left it and
/// returns the changes it wants, each a range and its replacement. It never
/// writes the output itself: the `Cleaner` applies the changes and logs them,
/// so every change is named by its rule in `--diff` and `--explain`.
///
/// A rule is a value with no state; the same document gives the same changes.
public protocol Rule: Sendable {
    /// The name users type after `--enable` and `--disable`, e.g. `width`.
    var name: String { get }
    /// One line for `--list-rules`.
    var summary: String { get }
    /// Whether the rule runs unless `--enable`d. Opt-in rules say false.
    var enabledByDefault: Bool { get }
    /// Whether the rule, run on its own output (and the later rules' output),
    /// never finds more to do. The `Cleaner` runs the rules that say false
    /// again on the output, so that cleaning clean text changes nothing; a
    /// rule that says true and reads pages alone is not asked again about the
    /// pages only its own changes touched.
    var settlesInOnePass: Bool { get }
    /// Whether the rule reads each page alone (pages end at a form feed or a
    /// `=== 第N版 ===` line): what it does on a page depends on that page
    /// only. On later passes the `Cleaner` then asks it only about the pages
    /// that changed since it last ran.
    var readsPagesAlone: Bool { get }
    /// Whether the rule reads the rules' own output (a later pass) otherwise
    /// than the raw input: on the first later pass it reads every page again.
    var readsLaterPassesOtherwise: Bool { get }
    /// Whether the rule reads only what the lines of a page say, not how they
    /// are laid out: where it found nothing, a change of blank lines or of the
    /// spaces at a line's ends (see `Document.layoutOnly`) gives it nothing to
    /// find, and on later passes the `Cleaner` does not ask it again.
    var readsLinesNotLayout: Bool { get }
    /// The changes this rule makes to `document`: sorted by position, not overlapping.
    func changes(in document: Document, context: RuleContext) throws -> [Change]
}

extension Rule {
    public var enabledByDefault: Bool { true }
    public var settlesInOnePass: Bool { true }
    public var readsPagesAlone: Bool { false }
    public var readsLaterPassesOtherwise: Bool { false }
    public var readsLinesNotLayout: Bool { false }
}

/// What rules share during one cleaning run: the character classifier and,
/// created on first use, ICU's word breaker (rules that never need the
/// dictionary never pay for it), with the answers it gave during the run.
public final class RuleContext {
    public let classifier: CharacterClassifier
    /// The page number of each page of the input, in order, when the caller
    /// knows them (file names, `--pages`); nil otherwise.
    public let pageNumbers: [Int]?
    /// Which pass over the text this is: 0 on the raw input, then 1, 2 on the
    /// rules' own output (see `Cleaner`). A rule may trust less on a later pass
    /// what the first pass saw and later rules erased (a removed jump marker).
    public internal(set) var pass = 0
    private var breaker: WordBreakerBox?
    private let breakers: WordBreakerPool
    /// What rules reported without changing the text (an ambiguous jump...).
    private(set) var diagnostics: [Diagnostic] = []

    /// `textLength`: the scalars of the text cleaned, for the room its
    /// kept answers are given (see `WordAnswers`); `breakers`: where the
    /// word breaker comes from and goes back to when the run ends.
    init(classifier: CharacterClassifier, pageNumbers: [Int]? = nil, textLength: Int = .max,
         breakers: WordBreakerPool = WordBreakerPool()) {
        self.classifier = classifier
        self.pageNumbers = pageNumbers
        self.breakers = breakers
        answers = WordAnswers(forTextOf: textLength)
    }

    deinit {
        if let breaker { breakers.giveBack(breaker) }
    }

    /// Records something a person should know that is not a change.
    public func report(_ rule: any Rule, _ message: String) {
        diagnostics.append(Diagnostic(rule: rule.name, message: message))
    }

    /// ICU's dictionary word breaker for Chinese, taken on first use (see
    /// `WordBreakerPool`).
    public func wordBreaker() throws -> WordBreakerBox {
        if let breaker { return breaker }
        let taken = try breakers.take()
        breaker = taken
        return taken
    }

    /// Whether the dictionary reads a word across the boundary between
    /// `left` and `right` (营商环 | 境最优 → 环境; 创立 | 于 → none).
    public func readsWordAcross(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) throws -> Bool {
        try readsWordAcross(left + right, cut: left.count)
    }

    /// Whether the dictionary reads a word across offset `cut` of `joined`.
    public func readsWordAcross(_ joined: [Unicode.Scalar], cut: Int) throws -> Bool {
        // (The rules ask the same questions again and again: see `WordAnswers`.)
        if let known = answers.answer(joined, cut: cut) { return known }
        let breaker = try wordBreaker()
        let answer: Bool
        if let listed = breaker.readsWordFromList(across: cut, in: joined) {
            answer = listed
        } else if joined.count <= WordAnswers.longest {
            answer = try breaker.readsWordWithBreaker(across: cut, in: joined)
        } else {
            // (A question too long for `answers` that the list cannot answer
            // is kept here: the break iterator's answers are some 10,000
            // instructions each.)
            let question = WordQuestion(joined: joined, cut: cut)
            if let known = wordsAcross[question] { return known }
            answer = try breaker.readsWordWithBreaker(across: cut, in: joined)
            wordsAcross[question] = answer
        }
        answers.remember(joined, cut: cut, answer: answer)
        return answer
    }

    private struct WordQuestion: Hashable {
        let joined: [Unicode.Scalar]
        let cut: Int
    }

    private var wordsAcross: [WordQuestion: Bool] = [:]
    private let answers: WordAnswers
}

/// A remark a rule made about the input without changing it.
public struct Diagnostic: Sendable, Hashable, Codable {
    public let rule: String
    public let message: String
    /// The input line the remark is about, when it is about one.
    public let line: Int?

    public init(rule: String, message: String, line: Int? = nil) {
        self.rule = rule
        self.message = message
        self.line = line
    }
}
