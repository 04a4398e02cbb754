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

    @Test func aSentenceBeforeTheLeadIsNoHeadline() throws {
        let raw = "会议要求，抓好落实 本报讯（记者 林韬）近日"
        #expect(try split.clean(raw).edits.isEmpty)
    }
}
