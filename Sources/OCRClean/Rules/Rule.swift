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
    /// The changes this rule makes to `document`: sorted by position, not overlapping.
    func changes(in document: Document, context: RuleContext) throws -> [Change]
}

extension Rule {
    public var enabledByDefault: Bool { true }
}

/// What rules share during one cleaning run: the character classifier and,
/// created on first use, ICU's word breaker (rules that never need the
/// dictionary never pay for it).
public final class RuleContext {
    public let classifier: CharacterClassifier
    private var breaker: WordBreakerBox?

    init(classifier: CharacterClassifier) {
        self.classifier = classifier
    }

    /// ICU's dictionary word breaker for Chinese, opened on first use.
    public func wordBreaker() throws -> WordBreakerBox {
        if let breaker { return breaker }
        let made = try WordBreakerBox()
        breaker = made
        return made
    }
}
