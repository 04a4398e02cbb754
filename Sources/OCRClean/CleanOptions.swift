/// Which rules run. By default every rule whose `enabledByDefault` is true.
public struct CleanOptions: Sendable, Hashable {
    /// Rules to run even if they are off by default.
    public var enabled: Set<String>
    /// Rules not to run.
    public var disabled: Set<String>

    public init(enabled: Set<String> = [], disabled: Set<String> = []) {
        self.enabled = enabled
        self.disabled = disabled
    }
}

/// Why a `Cleaner` could not be made or could not finish.
public enum CleanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--enable`/`--disable` named a rule that does not exist.
    case unknownRule(String, known: [String])
    /// A rule returned changes that overlap or run backwards: a bug in the rule.
    case invalidChanges(rule: String, detail: String)

    public var description: String {
        switch self {
        case .unknownRule(let name, let known):
            "unknown rule '\(name)' (rules: \(known.joined(separator: ", ")))"
        case .invalidChanges(let rule, let detail):
            "rule '\(rule)' returned invalid changes: \(detail) (this is a bug in ocr-clean)"
        }
    }
}
