import OCRClean
import Testing

@Suite struct PunctuationWidthTests {
    let width = try! Cleaner.only("width")

    @Test func seedBylineAndSentence() throws {
        // Seed 002, as OCR gave it: half-width punctuation everywhere.
        let raw = try Seeds.line(containing: "本报讯(记者 林翰 通讯员 黄朝文)2月28日下午,区委常委会召开会议,")
        let clean = try width.clean(raw).text
        #expect(clean.hasPrefix("本报讯（记者 林翰 通讯员 黄朝文）2月28日下午，区委常委会召开会议，"))
        #expect(!clean.contains(","))
    }

    @Test func theIssueExample() throws {
        #expect(try width.clean("R&D研发,共3.5%(约1,000人)").text == "R&D研发，共3.5%（约1,000人）")
    }

    @Test(arguments: [
        "1,000", "R&D", "3.5%", "10:30", "Hello, world!", "a (b) c", "比分3:1", "2025年1,000人",
    ])
    func punctuationBetweenLatinOrDigitsStays(text: String) throws {
        #expect(try width.clean(text).text == text)
    }

    @Test func colonAfterHanEvenBeforeASpace() throws {
        #expect(try width.clean("石桥街道: 走访企业").text == "石桥街道： 走访企业")
    }

    @Test func marksRunTogether() throws {
        #expect(try width.clean("真的吗?!").text == "真的吗？！")
    }

    @Test func parenthesesGoByPairs() throws {
        #expect(try width.clean("(1)加强招商").text == "（1）加强招商")
        #expect(try width.clean("工作汇报时(下转2版)").text == "工作汇报时（下转2版）")
        #expect(try width.clean("（记者 林韬)").text == "（记者 林韬）")
        #expect(try width.clean("see (2025) now").text == "see (2025) now")
    }

    /// A widened mark is CJK context for the marks beside it, parentheses
    /// and commas alike, however long the run (a fuzz find widened one more
    /// of 招商态((((…$((((((势 on every cleaning).
    @Test func marksTouchingAWidenedMarkWidenAtOnce() throws {
        #expect(try width.clean("a,(势").text == "a，（势")
        #expect(try width.clean("a(b)(势").text == "a（b）（势")
        #expect(try width.clean("x$((((势").text == "x$（（（（势")
        let clean = try width.clean("a,(势").text
        #expect(try width.clean(clean).edits.isEmpty)
    }

    @Test func fullWidthLatinAndDigitsBecomeHalfWidth() throws {
        #expect(try width.clean("ＡＢＣ１２３").text == "ABC123")
        #expect(try width.clean("加快推进ＯＬＥＤ显示屏修复项目，增长３８.３％").text
                == "加快推进OLED显示屏修复项目，增长38.3％")
    }

    @Test func fullWidthPunctuationStays() throws {
        let line = "大服务大解题”活动，与杭钢集团"
        #expect(try width.clean(line).edits.isEmpty)
    }
}
