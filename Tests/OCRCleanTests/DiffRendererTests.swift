import OCRClean
import Testing

@Suite struct DiffRendererTests {
    @Test func plainDiffMarksAndNamesEachChange() throws {
        let result = try Cleaner().clean("在座谈中,李志龙简要介绍\n\n\n")
        let diff = DiffRenderer(color: false).render(result, name: "x.txt")
        #expect(diff.contains("@@ x.txt:1:5 @@ width"))
        #expect(diff.contains("[-,-]{+，+}‹width›"))
        #expect(diff.contains("[-⏎⏎-]‹layout›"))
        #expect(!diff.contains("\u{1B}["))
    }

    @Test func colouredDiffUsesANSI() throws {
        let result = try Cleaner().clean("甲,乙\n")
        let diff = DiffRenderer(color: true).render(result, name: "x")
        #expect(diff.contains("\u{1B}[9;31m,\u{1B}[0m"))
        #expect(diff.contains("\u{1B}[4;32m，\u{1B}[0m"))
    }

    @Test func removedSpacesAreVisible() throws {
        let result = try Cleaner().clean("甲 \n")
        #expect(DiffRenderer().render(result, name: "x").contains("[-␣-]‹layout›"))
    }

    @Test func distantChangesAreSeparateHunks() throws {
        let text = "甲,乙" + String(repeating: "中", count: 60) + "丙,丁\n"
        let diff = DiffRenderer(context: 5).render(try Cleaner().clean(text), name: "x")
        #expect(diff.components(separatedBy: "@@ x:").count - 1 == 2)
    }

    @Test func nothingChangedNothingShown() throws {
        #expect(DiffRenderer().render(try Cleaner().clean("甲\n"), name: "x").isEmpty)
    }
}
