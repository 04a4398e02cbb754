@testable import OCRClean
import Testing

/// Which changes only lay lines out: the `Cleaner` does not ask a rule that
/// reads lines, not layout (duplicates), about a page that had only these.
@Suite struct LayoutOnlyChangesTests {
    let classifier = CharacterClassifier()

    func layoutOnly(_ text: String, _ changes: [Change]) -> [Bool] {
        Document(text).layoutOnly(changes, classifier: classifier)
    }

    @Test func layoutsChangesOnASeedLineAreLayoutOnly() {
        // Seed 000: ` 拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩 \n李志龙讲话`.
        let text = " 拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩 \n李志龙讲话"
        let end = Array(text.unicodeScalars).firstIndex(of: "绩")! + 1
        #expect(layoutOnly(text, [
            .remove(0..<1),                                             // space at the start
            .remove(end..<end + 1),                                     // space at the end of a line…
            Change(range: end + 2..<end + 2, replacement: "\n"),        // …and a blank line after it
        ]) == [true, true, true])
    }

    @Test func aJoinOrASplitIsNot() {
        let text = "在座谈\n\n中指出"
        #expect(layoutOnly(text, [.remove(3..<5)]) == [false])
        #expect(layoutOnly("在座谈中指出", [Change(range: 3..<3, replacement: "\n")]) == [false])
        // A space inside a line is no layout either.
        #expect(layoutOnly("在 座谈", [.remove(1..<2)]) == [false])
        // Nor a change of letters.
        #expect(layoutOnly("在座谈\n\n中", [.remove(0..<1)]) == [false])
    }

    @Test func twoChangesThatTogetherJoinTwoLinesAreNot() {
        // Each alone leaves a line feed between 谈 and 中; both leave none.
        let text = "在座谈\n\n中指出"
        #expect(layoutOnly(text, [.remove(3..<4), .remove(4..<5)]) == [false, false])
        #expect(layoutOnly(text, [.remove(3..<4)]) == [true])
    }
}
