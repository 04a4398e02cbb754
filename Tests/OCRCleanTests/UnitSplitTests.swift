import OCRClean
import Testing

@Suite struct UnitSplitTests {
    let split = try! Cleaner.only("unit-split")

    @Test func seedHeadlineAndLeadOnOneLine() throws {
        // Seed 003: the headline and the next article's lead, OCR'd as one line.
        let raw = "拱墅与省二轻集团开展座谈交流 本报讯（记者 林韬 通讯员 黄"
        #expect(try split.clean(raw).text == "拱墅与省二轻集团开展座谈交流\n本报讯（记者 林韬 通讯员 黄")
    }

    /// Every lead of a line is split off in one pass, as the passes after it
    /// would split the ones after the first (a fuzz find split one a pass and
    /// ran out of passes).
    @Test func everyLeadOfALineInOnePass() throws {
        let raw = "合力推动更多实质性业务落地 本报讯（记者 林韬）座谈交流会召开 本报讯（记者 王凯）近日"
        let result = try split.clean(raw)
        #expect(result.text == "合力推动更多实质性业务落地\n本报讯（记者 林韬）座谈交流会召开\n本报讯（记者 王凯）近日")
        #expect(Set(result.edits.map(\.stage)).count == 1)
    }

    /// The lines are read where a lead follows a space: each such line is
    /// found among the others, whatever 讯 they hold (通讯员, a lead opening
    /// its line), and only it is split.
    @Test func eachLineWithALeadAfterASpaceAmongOthers() throws {
        let raw = """
            本报讯（记者 林韬 通讯员 黄朝文）近日，
            区委书记李志龙赴企业走访调研

            拱墅与省二轻集团开展座谈交流\u{3000}本报讯（通讯员 郑贵越）设计总部中心
            会议要求，抓好落实 本报讯（记者 林韬）近日
            合力推动更多实质性业务落地 本报讯 近日 区“1515”攻坚行动推进会召开 本报讯（记者 王凯）
            """
        let result = try split.clean(raw)
        #expect(result.text == """
            本报讯（记者 林韬 通讯员 黄朝文）近日，
            区委书记李志龙赴企业走访调研

            拱墅与省二轻集团开展座谈交流
            本报讯（通讯员 郑贵越）设计总部中心
            会议要求，抓好落实 本报讯（记者 林韬）近日
            合力推动更多实质性业务落地
            本报讯 近日 区“1515”攻坚行动推进会召开
            本报讯（记者 王凯）
            """)
        #expect(result.edits.map(\.rule) == ["unit-split", "unit-split", "unit-split"])
    }

    @Test func aSentenceBeforeTheLeadIsNoHeadline() throws {
        let raw = "会议要求，抓好落实 本报讯（记者 林韬）近日"
        #expect(try split.clean(raw).edits.isEmpty)
    }
}
