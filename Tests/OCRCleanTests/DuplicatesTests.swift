@testable import OCRClean
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

    /// A copy of a paragraph goes with nothing of it kept: read again, the
    /// page reads to the rule as it did, and the change says so
    /// (`Change.settlesItsRule`); a lead's copy started an article: it does
    /// not. Nor does a sentence's removal that leaves a paragraph that may
    /// copy another; one that leaves a paragraph of its own words does.
    @Test func onlyACopyOfAParagraphNotALeadSettlesTheRule() throws {
        let paragraph = "会议审议并表决通过了区人大常委会2023年工作要点。"
        let lead = "本报讯 近日，区人大常委会召开会议。"
        let sentence = "会议听取了区人大各街道工委的报告。"
        let text = "\(lead)\n\n\(paragraph)\n\n\(sentence)中间一段说明情况。\n\n\(paragraph)\n\n\(sentence)另一段。\n\n\(lead)\n"
        let changes = try Duplicates().changes(in: Document(text), context: RuleContext(classifier: CharacterClassifier()))
        #expect(changes.map(\.settlesItsRule) == [true, true, false], "\(changes.map(\.note))")
        #expect(changes.map { $0.note?.hasPrefix("paragraph printed twice") } == [true, false, true])
    }

    /// What a sentence's removal leaves can copy a paragraph of an earlier
    /// article (its sentences are new to this one): the next pass removes
    /// it, and the removal does not settle the rule. Sharing a paragraph's
    /// first eight letters, it might be a near copy: no more does it settle.
    @Test func aSentenceRemovalThatLeavesAPossibleCopyDoesNotSettleTheRule() throws {
        let other = "会议审议并表决通过了区人大常委会2023年工作要点。"
        let sentence = "会议听取了区人大各街道工委的报告。"
        let lead = "本报讯 近日，区人大常委会召开会议。"
        let context = RuleContext(classifier: CharacterClassifier())
        for (rest, settles) in [(other, false), ("会议审议并表决通过了区政协的工作报告。", false),
                                ("下午，代表们分组审议了财政预算报告。", true)] {
            let text = "\(other)\n\n\(lead)\n\n\(sentence)\n\n\(sentence)\(rest)\n"
            let changes = try Duplicates().changes(in: Document(text), context: context)
            #expect(changes.map(\.settlesItsRule) == [settles], "\(rest): \(changes.map(\.note))")
        }
        let text = "\(other)\n\n\(lead)\n\n\(sentence)\n\n\(sentence)\(other)\n"
        #expect(try duplicates.clean(text).text == "\(other)\n\n\(lead)\n\n\(sentence)\n")
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

    @Test func aSentencePrintedTwiceGoesThoughOneCopyHasACharacterPrintedTwiceAtABreak() throws {
        // corpora/generated/width-16: the copy of 该街道将依托…制造项目。 has
        // 新商业综合 / 合体 — 综合 and 合体 are both words, so the break keeps both
        // 合, but the sentence is the earlier one with a character doubled.
        let raw = """
            康桥 街道锚定生命健康、数字经

            济、绿色能源三大产业体系，布局

            “新型产业带”激活发展动能。该街

            道将依托邵逸夫 医院大运河分院辐射

            效应，借助康桥健康产业园等平台，

            大力招引优质生物医药类研发、高端

            医疗康复等生命健康产业入驻；谢村

            商业金融用房、新义大厦将打造数字

            贸易大 厦及一站式品牌出海产业园；

            海外海·运河大厦将打造康桥北部新

            商业综合体，着力发展新能源新制造

            业 ； 吴 家 墩 工 业 园 和 蒋 家 浜 产 业 园 将

            提 升改造，引入新能源汽车产业链、

            光伏产业链制造项目。该街道将依托

            邵逸夫医院大运河分院辐射效应，借

            助康桥健康产业园等平台，大力招引

            优质生物医药类研发、高端医疗康复

            等生命健康产业入驻；谢村商业金融

            用房 、新义 大厦将打造数字贸易大 厦

            及一站式品牌出海产业园；海外海·

            运河大厦将打造康 桥北部新商业综合

            合体，着 力发展新能源新制造业；吴家

            墩工业园和蒋家浜产业园将提升改造，

            引入新能源汽车产业链、光伏产 业链

            制造项目。

            """
        let output = try Cleaner().clean(raw).text
        #expect(output.components(separatedBy: "该街道将依托邵逸夫医院大运河分院辐射效应").count - 1 == 1)
        #expect(output.hasSuffix("光伏产业链制造项目。\n"))
        // The other way round: the first copy has the doubled character.
        let first = "海外海·运河大厦将打造康桥北部新商业综合合体，着力发展新能源新制造业。"
        let second = first.replacingOccurrences(of: "综合合体", with: "综合体")
        let result = try duplicates.clean("本报讯 近日，开会。\(first)\(second)\n")
        #expect(result.text == "本报讯 近日，开会。\(first)\n")
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
