import OCRClean
import Testing
import TestSupport

@Suite struct SpacesTests {
    let spaces = try! Cleaner.only("spaces")

    func clean(_ text: String) throws -> String { try spaces.clean(text).text }

    @Test(arguments: [
        ("在 座谈中，李志龙简要介 绍了拱墅", "在座谈中，李志龙简要介绍了拱墅"),
        ("持续优化产业结构，推动 数 字 化转型 发 展，与拱", "持续优化产业结构，推动数字化转型发展，与拱"),
        ("积极推进存量项目，共同谋 划增量项目，持续", "积极推进存量项目，共同谋划增量项目，持续"),
        ("记、董事长孙哲君一行来访，双方 就 深 化 政 企合 作、推 进项目", "记、董事长孙哲君一行来访，双方就深化政企合作、推进项目"),
        ("李 志 龙 对孙哲 君一行 的 到来表示诚挚欢迎。", "李志龙对孙哲君一行的到来表示诚挚欢迎。"),
        ("他表示，长期以 来，拱 墅与 省二 轻 集 团 相 互促进", "他表示，长期以来，拱墅与省二轻集团相互促进"),
        ("石桥街道： 走访企业，", "石桥街道：走访企业，"),
        ("在\u{3000}座谈中，", "在座谈中，"),
        // A news lead is body text, though its first clause mark may be on
        // the next page (scripts/generate --seed 97, width-10); its byline keeps its space.
        ("本报讯（通讯员 郑贵越）设计总部中心、精品 酒店、健康产业 城……", "本报讯（通讯员 郑贵越）设计总部中心、精品酒店、健康产业城……"),
        // A paragraph cut short by a 下转 has no clause mark, like a headline,
        // but a headline's spaces part phrases, never a word (corpora/generated/width-20).
        ("会议审议并表决通过了区政府、区人大常委会主任会议、区法院和区检 察院提请的有关人事",
         "会议审议并表决通过了区政府、区人大常委会主任会议、区法院和区检察院提请的有关人事"),
        // A line that introduces a list is body text, however short (seed 004's 4个方面：).
        ("具体工作中要着重把握好4个 方面：", "具体工作中要着重把握好4个方面："),
        // A quotation whose halves do not match, or whose space splits a word, is no slogan.
        ("以“绿水青山就是 金山银山”理念提升城市品质，", "以“绿水青山就是金山银山”理念提升城市品质，"),
        ("打造“企业营商环 境最优区”。", "打造“企业营商环境最优区”。"),
        // A long quoted passage is body text, not a slogan: its spaces are stray.
        ("“区块链已 经应用到各个领域，最简单就是起到溯源以及存证的作用。”", "“区块链已经应用到各个领域，最简单就是起到溯源以及存证的作用。”"),
        // Curly quotes are not full-width punctuation to Unicode, but in a sentence
        // a space beside one is OCR's (corpora/generated/width-25).
        ("二是聚焦“千亩空间 ”，打好能级提升赛。", "二是聚焦“千亩空间”，打好能级提升赛。"),
        ("精准打好政策 “ 组合拳”。", "精准打好政策“组合拳”。"),
        ("拱墅定下了不少新目标— —", "拱墅定下了不少新目标——"),
        // A slogan's halves count through letter-spacing, as they will once it is
        // gone, and letter-spacing itself splits no slogan (scripts/generate --seed 11).
        ("进 一 步 增 强 “ 没 有 走 在前列也是 一种风险”的忧患意识，与最优者", "进一步增强“没有走在前列也是一种风险”的忧患意识，与最优者"),
        ("着 力 打 造 “ 企 业 家 幸 福 感 最 强 区 ” 。", "着力打造“企业家幸福感最强区”。"),
    ])
    func straySpacesGo(raw: String, clean: String) throws {
        #expect(try self.clean(raw) == clean)
    }

    @Test(arguments: [
        ("增长4.5%，货物出口增长38 .3%，社会", "增长4.5%，货物出口增长38.3%，社会"),
        ("固定资产投资小幅下降1. 9%，高新", "固定资产投资小幅下降1.9%，高新"),
        ("达到75 .7亿元，增长", "达到75.7亿元，增长"),
        ("增长5 %，", "增长5%，"),
        // The generator breaks numbers on both sides of the point, as OCR does.
        ("服务业增加值增长4 . 5%，货物出口", "服务业增加值增长4.5%，货物出口"),
        ("总投资4 . 2亿元。", "总投资4.2亿元。"),
    ])
    func spacesInsideNumbersGo(raw: String, clean: String) throws {
        #expect(try self.clean(raw) == clean)
    }

    @Test(arguments: [
        ("本 报 讯（记 者  林 韬  通 讯 员 黄朝文）3月19日下午，拱墅区", "本报讯（记者 林韬 通讯员 黄朝文）3月19日下午，拱墅区"),
        ("本报讯（记者 林韬 郑斌 通讯员 王凯 张志新）连日来，区领导", "本报讯（记者 林韬 郑斌 通讯员 王凯 张志新）连日来，区领导"),
        ("本报讯（记者 林韬 通讯员 黄朝文）3月18日上午，", "本报讯（记者 林韬 通讯员 黄朝文）3月18日上午，"),
        ("本报讯（记者  林韬   通讯员  王凯）2月15日，", "本报讯（记者 林韬 通讯员 王凯）2月15日，"),
        ("本报讯（实习生 李 明  摄影 张 强）近日，", "本报讯（实习生 李明 摄影 张强）近日，"),
        ("本报讯  近日，经国际曲棍球联合 会及国家体育总局", "本报讯 近日，经国际曲棍球联合会及国家体育总局"),
        // After a sentence's end, inside a line, as at its start (a fuzz find:
        // once the sentence before was removed as a repeat, a second cleaning
        // read the byline at the line's start and cleaned it otherwise).
        ("打好消费提振赛。拥讯（记 者 林翰 通讯员 黄朝文）4月8日下午，", "打好消费提振赛。拥讯（记者 林翰 通讯员 黄朝文）4月8日下午，"),
        ("拥讯（记 者 林翰 通讯员 黄朝文）4月8日下午，", "拥讯（记者 林翰 通讯员 黄朝文）4月8日下午，"),
    ])
    func bylineSpacesStay(raw: String, clean: String) throws {
        #expect(try self.clean(raw) == clean)
    }

    @Test(arguments: [
        ("建一流营商环境  拼一流经济业绩", "建一流营商环境 拼一流经济业绩"),
        ("李志龙讲话  冯晶主持  区2022年度“双百”企业名单等公布", "李志龙讲话 冯晶主持 区2022年度“双百”企业名单等公布"),
        ("扫一扫 观看专访视频", "扫一扫 观看专访视频"),
        ("拱 墅 区 高 质 量 发 展 大 会", "拱墅区高质量发展大会"),
        ("郑斌 摄", "郑斌摄"),
        ("拱墅区“建一流营商环境 拼一流经济业绩”高质量发展大会召开，会上", "拱墅区“建一流营商环境 拼一流经济业绩”高质量发展大会召开，会上"),
        ("正在积极筹备‘聚势启新程 奋力拼经济’系列活动，", "正在积极筹备‘聚势启新程 奋力拼经济’系列活动，"),
        ("筹备“聚 势启新程”系列活动，", "筹备“聚势启新程”系列活动，"),
    ])
    func headlineCaptionAndSloganSpacesStay(raw: String, clean: String) throws {
        #expect(try self.clean(raw) == clean)
    }

    @Test(arguments: [
        "Hello world，大家好。", "1,000人参加，", "2025年 1月，全区", "1. 加强招商，", "Web3.0 元宇宙等前沿领域，",
        "获得FIH世界女子曲棍球超级联赛，",
    ])
    func thingsThatMustNotChange(text: String) throws {
        #expect(try clean(text) == text)
    }

    @Test func aBylineCutByItsLineAndACaptionKeepsItsSpaces() throws {
        // scripts/generate --seed 47, mixed-10: the byline's bracket closes two
        // lines down, past a caption; the spaces rule reads printed lines, so
        // it reads the byline up to the end of its first line.
        let raw = """
            浙江日报记者手记

            持续推动教育科技人才产业一体化发展

            本报讯（记者 郑斌 通讯

            郑斌摄

            员 张志新）近日，区委副书记、
            区长冯晶主持召开拱墅区全力推
            进总部经济高质量发展暨营 商 环
            境建设工作会议，听取总部经济
            发展、营商环 境建设等情况汇 报，
            部署下步 重点工作。区领 导王涛、
            余荣升参加。
            在听取汇报和发言后，冯晶
            指出，要深刻认识总部经济和营
            商环境两项工作的重要性紧迫性 。
            """
        let output = try Cleaner().clean(raw).text
        // (The space after 员, on the next line, is still lost: that line
        // opens inside the bracket.)
        #expect(output.contains("\n本报讯（记者 郑斌 通讯员"))
    }

    /// A space kept as a slogan's middle is measured as the rule leaves the
    /// line: a second cleaning, without the spaces the first removed, finds
    /// nothing to do (a generated page, and the line of a fuzz find).
    @Test(arguments: [
        ("党代会“着力打造 新 型消费 中心城市”的使命任 务，", "党代会“着力打造新型消费中心城市”的使命任务，"),
        ("拱墅将扛起“� 本报�记李志龙接 待省二轻 酨省消费第�ro�区”使命担当，",
         "拱墅将扛起“� 本报�记李志龙接待省二轻酨省消费第�ro�区”使命担当，"),
    ])
    func spacesAreJudgedAsTheRuleLeavesTheLine(raw: String, clean: String) throws {
        #expect(try self.clean(raw) == clean)
        #expect(try self.clean(clean) == clean)
    }

    @Test func runsOfSpacesBetweenLatinWordsCollapse() throws {
        #expect(try clean("BSN  DDC\u{3000}network，好。") == "BSN DDC network，好。")
    }

    /// Random CJK body text with random spaces between Han characters comes
    /// back exactly as it was.
    @Test func randomSpacesBetweenHanCharactersAreAllRemoved() throws {
        var generator = SplitMix(seed: 20261122)
        let han = Array("在座谈中李志龙简要介绍了拱墅去年以来的经济社会发展情况他表示当前正深入学习贯彻党的二十大精神全面落实".unicodeScalars)
        let spaceKinds: [String] = [" ", "  ", "\u{3000}", "\u{00A0}", " \u{3000}"]
        for _ in 0..<200 {
            var original = ""
            var damaged = ""
            let length = Int(generator.next() % 40) + 6
            for position in 0..<length {
                let scalar = han[Int(generator.next() % UInt64(han.count))]
                if position > 0, position % 9 == 0 {
                    original += "，"; damaged += "，"
                } else if position > 0, generator.next() % 3 == 0, !damaged.hasSuffix("，") {
                    damaged += spaceKinds[Int(generator.next() % UInt64(spaceKinds.count))]
                }
                original.unicodeScalars.append(scalar)
                damaged.unicodeScalars.append(scalar)
            }
            original += "。"; damaged += "。"
            #expect(try clean(damaged) == original, "\(damaged)")
        }
    }

    /// A byline left open to its line's end is read so however many spaces
    /// stand in it: the reach is counted in letters, so a second cleaning,
    /// after the spaces are made one, reads the byline the first did (a
    /// fuzz find: a line of 49 spaces was past reach, one space was not).
    @Test func aBylineOpenToTheLineEndIsReadPastALongRunOfSpaces() throws {
        let raw = "本报讯（记者 林 韬" + String(repeating: " ", count: 50) + "通讯员 王凯"
        let once = try clean(raw)
        #expect(once == "本报讯（记者 林韬 通讯员 王凯")
        #expect(try clean(once) == once)
    }
}
