/// Cleans the raw OCR text of a bulletin page:
///
/// ```swift
/// let result = try Cleaner().clean(raw)
/// print(result.text)          // the clean text
/// for edit in result.edits {  // every change, named by its rule
///     print(edit.rule, edit.source, edit.before, "→", edit.after)
/// }
/// ```
///
/// A `Cleaner` is a value: make one and use it for many texts, from any
/// thread. Each `clean` call runs the rules of `Pipeline.rules` that are
/// switched on, in order, each on the output of the one before.
public struct Cleaner: Sendable {
    /// The rules this cleaner runs, in order.
    public let rules: [any Rule]
    private let classifier: CharacterClassifier
    /// The word breakers its runs have opened, for the next runs (shared by
    /// copies of the cleaner, and by runs on several threads, one breaker a run).
    let breakers = WordBreakerPool()

    /// How many times the rules may run over their own output before it is
    /// stable. Pages settle in two; a caption moved in one pass can give the
    /// next a join to make and the one after another (fuzz finds needed four,
    /// then seven: a page of paragraphs printed three and four times, whose
    /// removals left one label after another to move). Passes after the
    /// first read only the pages that changed; pages that settled cost nothing.
    static let passes = 8
    /// How many times in a row a later pass asks a rule that finds work in
    /// its own output (see `clean`): a chain of steps one rule takes alone
    /// (short lines joined one after another, captions moved one by one)
    /// settles in one pass, not one step a pass.
    static let rounds = 16

    /// Throws `CleanError.unknownRule` when the options name a rule that does not exist.
    public init(_ options: CleanOptions = CleanOptions()) throws {
        let known = Pipeline.rules.map(\.name)
        for name in options.enabled.union(options.disabled).sorted() where !known.contains(name) {
            throw CleanError.unknownRule(name, known: known)
        }
        rules = Pipeline.rules.filter { rule in
            !options.disabled.contains(rule.name)
                && (rule.enabledByDefault || options.enabled.contains(rule.name))
        }
        classifier = CharacterClassifier()
    }

    /// Cleans `text` and returns the clean text with the log of every edit.
    /// `pageNumbers` gives the page number of each page of the input (pages are
    /// separated by form feeds or `=== 第N版 ===` lines), for stitching page jumps.
    public func clean(_ text: String, pageNumbers: [Int]? = nil) throws -> CleanResult {
        try clean(scalars: text.scalarArray, pageNumbers: pageNumbers)
    }

    /// Cleans text given as Unicode scalars, as `clean(_:pageNumbers:)`
    /// cleans a String (for a caller that decoded its bytes itself).
    public func clean(scalars input: [Unicode.Scalar], pageNumbers: [Int]? = nil) throws -> CleanResult {
        let context = RuleContext(classifier: classifier, pageNumbers: pageNumbers, textLength: input.count,
                                  breakers: breakers)
        var current = input
        // Rebuilt only when a rule changed the text: most rules find nothing
        // to do on most pages.
        var document = Document(scalars: current)
        var records = EditRecords()

        // The rules run in order; then again on their own output, until it no
        // longer changes (at most `passes` times), so that cleaning clean text
        // changes nothing. The second pass almost always finds nothing to do;
        // when it does (a join the first pass could not see), its edits are
        // logged as later stages and replay like the others.
        //
        // On the later passes a rule that reads pages alone is asked only about
        // the pages that changed since it last read them: the others would
        // give it what they gave it then, nothing.
        var pages = Pages(document)
        var unread = [Set<Int>?](repeating: nil, count: rules.count)  // nil: every page
        var lastPass = [Int?](repeating: nil, count: rules.count)
        var stage = 0
        for pass in 0..<Self.passes {
            var changedInPass = false
            context.pass = pass
            for (index, rule) in rules.enumerated() {
                // After the first pass only a rule that can find work in its own
                // output is asked, and the rules after it once it found some.
                if pass > 0 && !changedInPass && rule.settlesInOnePass { stage += 1; continue }
                // On a later pass a rule that finds work in its own output is
                // asked again at once about the pages it changed, until it
                // finds none: a chain of steps, one a pass (a caption moved,
                // then the next line joined, then the next caption), ran out
                // of passes. (Its first pass is followed by the second.)
                for round in 0..<(pass > 0 && !rule.settlesInOnePass ? Self.rounds : 1) {
                    defer { stage += 1 }
                    if round > 0 && unread[index]?.isEmpty == true { break }
                    var changes: [Change]?
                    // (Every page to read again is the document: read whole, the
                    // pages are not each copied out of it.)
                    if rule.readsPagesAlone, let pending = unread[index], pending.count < pages.count,
                       !(rule.readsLaterPassesOtherwise && lastPass[index] == 0) {
                        changes = try Self.changes(of: rule, on: pending.sorted(), of: document, pages: pages, context: context)
                    }
                    let found = try changes ?? rule.changes(in: document, context: context)
                    unread[index] = []
                    lastPass[index] = pass
                    if found.isEmpty { break }  // (and no more rounds)
                    changedInPass = true
                    let name = rule.name  // (asked once, not once a change)
                    try Self.validate(found, of: name, length: current.count)
                    records.append(rule: name, stage: stage, changes: found)
                    // The pages the changes touched, each listed once (changes come
                    // in order, so do their pages); and those they touched other
                    // than in the layout of the lines, all a rule that reads lines,
                    // not their layout, has anything new to read on.
                    // (Asked only when such a rule has read pages it could be spared.)
                    let layoutOnly = rules.indices.contains { other in
                        other != index && rules[other].readsLinesNotLayout && unread[other] != nil
                    } ? document.layoutOnly(found, classifier: classifier) : nil
                    // (And those the rule's own changes touched, but for
                    // changes that settle it: see `Change.settlesItsRule`.)
                    var touched: [Int] = [], touchedLines: [Int] = [], touchedUnsettled: [Int] = []
                    var walked = 0, inside = pages.range(of: 0)  // (the pages, walked once; the page walked to)
                    for number in found.indices {
                        let range = found[number].range
                        let lines = layoutOnly?[number] != true, unsettled = !found[number].settlesItsRule
                        func mark(_ page: Int) {
                            if page > touched.last ?? -1 { touched.append(page) }
                            if lines, page > touchedLines.last ?? -1 { touchedLines.append(page) }
                            if unsettled, page > touchedUnsettled.last ?? -1 { touchedUnsettled.append(page) }
                        }
                        // (A change inside the page the last one touched, not at
                        // its start, touches it alone: most of a page's changes.)
                        if touched.last == walked, range.lowerBound > inside.lowerBound,
                           max(range.lowerBound + 1, range.upperBound) <= inside.upperBound {
                            mark(walked)
                            continue
                        }
                        for page in pages.touched(by: range, from: &walked) { mark(page) }
                        inside = pages.range(of: walked)
                    }
                    document = document.applying(found)
                    current = document.scalars
                    let before = pages.count
                    pages = Pages(document)
                    for other in unread.indices {
                        // (A page break made or unmade: the pages are not the same ones.)
                        guard before == pages.count, unread[other] != nil else { unread[other] = nil; continue }
                        // A rule that settles in one pass finds nothing in its own
                        // output: its own changes give it nothing to read again.
                        if other == index && rule.settlesInOnePass { continue }
                        unread[other]!.formUnion(other == index ? touchedUnsettled
                                                 : rules[other].readsLinesNotLayout ? touchedLines : touched)
                    }
                }
            }
            if !changedInPass { break }
        }
        return CleanResult(input: input, scalars: current, records: records, diagnostics: context.diagnostics,
                           breakers: breakers)
    }

    /// The changes a rule that reads pages alone makes on some pages of the
    /// document, in the document's offsets; nil when one of them reaches past
    /// its page (the rule is then asked about the whole document).
    static func changes(of rule: any Rule, on pageIndices: [Int], of document: Document, pages: Pages,
                        context: RuleContext) throws -> [Change]? {
        var changes: [Change] = []
        for page in pageIndices {
            let own = pages.range(of: page)
            let text = pages.document(of: page, in: document)
            for change in try rule.changes(in: text, context: context) {
                let range = (change.range.lowerBound + own.lowerBound)..<(change.range.upperBound + own.lowerBound)
                guard range.upperBound <= own.upperBound,
                      range.lowerBound < own.upperBound || own.upperBound == document.scalars.count else { return nil }
                changes.append(Change(range: range, replacement: change.replacement, note: change.note,
                                      settlesItsRule: change.settlesItsRule))
            }
        }
        return changes
    }

    static func validate(_ changes: [Change], of rule: String, length: Int) throws {
        var cursor = 0
        for change in changes {
            guard change.range.lowerBound >= cursor, change.range.upperBound <= length else {
                throw CleanError.invalidChanges(
                    rule: rule,
                    detail: "change at \(change.range) after one ending at \(cursor), text length \(length)")
            }
            guard !(change.range.isEmpty && change.replacement.isEmpty) else {
                throw CleanError.invalidChanges(rule: rule, detail: "empty change at \(change.range)")
            }
            cursor = change.range.upperBound
        }
    }

    static func apply(_ changes: [Change], to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let length = changes.reduce(scalars.count) { $0 - $1.range.count + $1.replacement.count }
        // (Copied straight into the new text's storage: a page can have
        // thousands of changes, each a stretch to copy and a replacement.)
        return scalars.withUnsafeBufferPointer { scalars in
            [Unicode.Scalar](unsafeUninitializedCapacity: length) { output, count in
                func copy(_ source: UnsafeBufferPointer<Unicode.Scalar>) {
                    guard let base = source.baseAddress, !source.isEmpty else { return }
                    (output.baseAddress! + count).initialize(from: base, count: source.count)
                    count += source.count
                }
                var cursor = 0
                for number in changes.indices {  // (read in place: see `clean`)
                    copy(UnsafeBufferPointer(rebasing: scalars[cursor..<changes[number].range.lowerBound]))
                    changes[number].replacement.withUnsafeBufferPointer(copy)
                    cursor = changes[number].range.upperBound
                }
                copy(UnsafeBufferPointer(rebasing: scalars[cursor...]))
            }
        }
    }
}

extension CleanResult {
    /// This result with one more stage: `changes` (sorted, in the clean
    /// text's offsets) made by `rule` after the pipeline, logged like its own
    /// edits, so that the log still replays and `--diff` shows them. A stage
    /// of a whole run, such as `corpus-duplicates`, is added this way.
    public func applying(_ changes: [Change], rule: String) throws -> CleanResult {
        guard !changes.isEmpty else { return self }
        try Cleaner.validate(changes, of: rule, length: scalars.count)
        var records = self.records
        let stage = (records.lastStage ?? -1) + 1  // (stages only grow)
        records.append(rule: rule, stage: stage, changes: changes)
        return CleanResult(input: input, scalars: Cleaner.apply(changes, to: scalars), records: records,
                           diagnostics: diagnostics, breakers: breakers)
    }
}
