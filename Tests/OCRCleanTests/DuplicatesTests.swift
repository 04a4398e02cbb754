import OCRClean
import Testing

@Suite struct DuplicatesTests {
    let duplicates = try! Cleaner.only("duplicates")

    @Test func theSentencePrintedTwiceInSeed001GoesTheSecondTime() throws {
        let output = try Cleaner().clean(try Seeds.text("001_284f3cfe373fd87f.txt")).text
        let sentence = "截至目前，西湖文化广场商务区已协调解决了公司注册、员工招聘、房屋租赁、子女入学等方面的问题80余个。"
        #expect(output.components(separatedBy: sentence).count - 1 == 1)
    }

    @Test func aStockPhraseInTwoArticlesStays() throws {
        // Seed 003 prints 区委书记李志龙出席会议并讲话。 in two different articles.
        let output = try Cleaner().clean(try Seeds.text("003_dc93311a83d8204f.txt")).text
        #expect(output.components(separatedBy: "区委书记李志龙出席会议并讲话。").count - 1 == 2)
    }

    @Test func aWholeParagraphPrintedTwiceGoesWithItsSeparator() throws {
        let paragraph = "会议审议并表决通过了区人大常委会2023年工作要点。"
        let text = "本报讯 近日，开会。\n\n\(paragraph)\n\n中间一段，说明情况。\n\n\(paragraph.replacingOccurrences(of: "。", with: "。 "))\n"
        let result = try duplicates.clean(text)
        #expect(result.text == "本报讯 近日，开会。\n\n\(paragraph)\n\n中间一段，说明情况。\n")
        #expect(result.edits.first?.note?.hasPrefix("paragraph printed twice") == true)
    }

    @Test func aParagraphWithADifferentPunctuationWidthOrOneBrokenCharacterIsADuplicate() throws {
        let first = "会议听取了区人大各街道工委关于2022年工作情况和2023年工作计划的报告，并表决通过了决议。"
        let width = first.replacingOccurrences(of: "，", with: ",")
        let broken = first.replacingOccurrences(of: "街道", with: "街遒")
        for copy in [width, broken] {
            let result = try duplicates.clean("\(first)\n\n\(copy)\n")
            #expect(result.text == "\(first)\n", "\(copy)")
        }
    }

    @Test func aHeadlineEchoedInTheBodyStays() throws {
        let text = "合力推动更多实质性业务落地\n\n双方表示，要合力推动更多实质性业务落地。\n"
        #expect(try duplicates.clean(text).edits.isEmpty)
    }

    @Test func shortRepeatsStay() throws {
        // Seed 001 prints the column label 同舟共破浪 over two articles.
        let text = "同舟共破浪\n\n本报讯 近日，开会。\n\n同舟共破浪\n\n好。好。好。\n"
        #expect(try duplicates.clean(text).edits.isEmpty)
    }

    @Test func aSummaryRepeatingAListItemInAnotherArticleStays() throws {
        let item = "一是聚焦“千亿社零”，打好消费提振赛。"
        let text = "本报讯 近日，\(item)二是其他。\n\n本报讯 总结：\(item)\n"
        #expect(try duplicates.clean(text).edits.isEmpty)
    }
}
