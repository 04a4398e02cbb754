import OCRClean
import Testing

@Suite struct LayoutTests {
    let layout = try! Cleaner.only("layout")

    @Test func oneParagraphALineOneBlankLineBetween() throws {
        // Seed 000's first lines: a leading space, a trailing space, and a
        // headline line with no blank line after it.
        let raw = " 拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩 \n李志龙讲话  冯晶主持\n\n\n\n本报讯"
        let result = try layout.clean(raw)
        #expect(result.text == "拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩\n\n李志龙讲话  冯晶主持\n\n本报讯\n")
        #expect(try EditLog.replay(result.edits, on: raw) == result.text)
    }

    @Test func edgeSpacesOfEveryKind() throws {
        #expect(try layout.clean("\u{3000}\u{3000}在座谈中\u{00A0}\t").text == "在座谈中\n")
    }

    @Test func emptyAndBlankInputs() throws {
        #expect(try layout.clean("").text == "")
        #expect(try layout.clean(" \n\n \u{3000}\n").text == "")
        #expect(try layout.clean("在").text == "在\n")
    }

    @Test func cleanTextIsLeftAlone() throws {
        #expect(try layout.clean("甲\n\n乙\n").edits.isEmpty)
    }
}
