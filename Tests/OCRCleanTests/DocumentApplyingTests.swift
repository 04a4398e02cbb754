@testable import OCRClean
import Testing
import TestSupport

/// The `Cleaner` makes each rule's changes with `Document.applying`, which
/// moves the old line feeds instead of reading the new text for them: its
/// lines must be the ones reading the new text finds.
@Suite struct DocumentApplyingTests {
    func expectSameAsReading(_ document: Document, _ changes: [Change], _ what: String) {
        let made = document.applying(changes)
        let read = Document(scalars: Cleaner.apply(changes, to: document.scalars))
        let sameScalars = made.scalars == read.scalars, sameLines = made.lines == read.lines
        #expect(sameScalars && sameLines, "\(what): \(made.lines.count) lines made, \(read.lines.count) read")
    }

    @Test func eachRulesChangesToTheSeedsGiveTheLinesReadingFinds() throws {
        for name in Seeds.names {
            var document = Document(try Seeds.text(name))
            let context = RuleContext(classifier: CharacterClassifier())
            for rule in Pipeline.rules {
                let changes = try rule.changes(in: document, context: context)
                expectSameAsReading(document, changes, "\(rule.name) on seed \(name)")
                document = Document(scalars: Cleaner.apply(changes, to: document.scalars))
            }
        }
    }

    @Test func randomChangesGiveTheLinesReadingFinds() {
        // Line feeds removed, made, moved, at either end and side by side;
        // insertions where a line feed stands; texts with and without a last one.
        let texts = ["", "\n", "\n\n", "甲", "甲\n", "甲\n乙", "\n甲\n\n乙\n", "甲乙丙\n\n丁\n戊己\n\n\n庚"]
        let pieces: [[Unicode.Scalar]] = [[], ["\n"], ["\n", "\n"], ["子"], ["子", "\n"], ["\n", "丑", "\n"]]
        var generator = SplitMix(seed: 20261202)
        for text in texts {
            let document = Document(text)
            let count = document.scalars.count
            for _ in 0..<400 {
                var changes: [Change] = [], cursor = 0
                while cursor <= count, Int.random(in: 0..<3, using: &generator) > 0 {
                    let lower = Int.random(in: cursor...count, using: &generator)
                    let upper = Int.random(in: lower...min(count, lower + 3), using: &generator)
                    let replacement = pieces.randomElement(using: &generator)!
                    if lower == upper && replacement.isEmpty { continue }
                    changes.append(Change(range: lower..<upper, replacement: replacement))
                    // (Two insertions at one offset are not a sorted list of changes.)
                    cursor = upper + 1
                }
                expectSameAsReading(document, changes, "\(changes.map { ($0.range, String(scalars: $0.replacement[...])) }) on \(text.debugDescription)")
            }
        }
    }

    /// Reading finds the line feeds 64 scalars at a time: on random texts of
    /// every length around those blocks, with line feeds alone, in runs and
    /// at either end, its lines are those a plain split finds.
    @Test func readingFindsTheLinesASplitFinds() {
        var generator = SplitMix(seed: 64)
        for _ in 0..<3000 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0...200, using: &generator) {
                scalars.append(Int.random(in: 0..<5, using: &generator) == 0 ? "\n" : "字")
            }
            var expected: [Range<Int>] = [], start = 0
            for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
                expected.append(start..<offset)
                start = offset + 1
            }
            if start < scalars.count || scalars.isEmpty { expected.append(start..<scalars.count) }
            let read = Document(scalars: scalars).lines
            #expect(read.map(\.range) == expected && read.map(\.index) == Array(expected.indices), "\(scalars.count) scalars")
        }
    }
}
