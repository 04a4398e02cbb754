import OCRClean

/// `--list-rules`: every rule in the order it runs, with what it repairs.
enum RuleList {
    static func render() -> String {
        let width = Pipeline.rules.map(\.name.count).max() ?? 0
        return Pipeline.rules.map { rule in
            let name = rule.name.padding(toLength: width, withPad: " ", startingAt: 0)
            return "\(name)  \(rule.summary)\(rule.enabledByDefault ? "" : " (off by default; --enable \(rule.name))")"
        }.joined(separator: "\n")
    }
}
