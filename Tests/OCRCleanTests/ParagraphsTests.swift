import OCRClean
import Testing

@Suite struct ParagraphsTests {
    let cleaner = try! Cleaner()

    func paragraphs(_ text: String) throws -> [String] {
        try cleaner.clean(text).text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    @Test func columnLinesJoinIntoOneParagraph() throws {
        let raw = try Seeds.text("000_60be760428ae1841.txt")
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("本报讯（记者 林韬 通讯员 王凯）2月15日上午，区委书记李志龙赴杭钢集团开展") })
        #expect(output.contains("区领导许雷挺，相关部门、街道主要负责人参加。") == false)  // not cut off its paragraph
        #expect(output.contains { $0.hasSuffix("相关部门、街道主要负责人参加。") })
    }

    @Test(arguments: Seeds.names)
    func everyNewsLeadStartsItsOwnParagraph(seed: String) throws {
        let raw = try Seeds.text(seed)
        let leads = raw.components(separatedBy: "本报讯").count - 1 + raw.components(separatedBy: "本 报 讯").count - 1
        let output = try paragraphs(raw)
        #expect(output.filter { $0.hasPrefix("本报讯") }.count == leads)
        #expect(!output.contains { $0.dropFirst().contains("本报讯") })
    }

    @Test func aCaptionBeforeAFullLineCutsTheSentenceEvenWhenTheDictionaryReadsAWordAcrossIt() throws {
        // corpora/generated/width-17: 最 / 大武林商圈 reads 最大, but the full line
        // after the caption is no paragraph's first line, so the sentence goes on there.
        let raw = """
            区领导在部署生态环境和城市环境提升工作时要求

            “区块链已经应 用到各个领域，最

            大武林商圈

            简单就是起到溯源以及存证的作用，比

            如你买了双名牌鞋，如果这双鞋从生产

            到流环节都记录到区块链上的话，买到

            假鞋的机率就大大降低了。”年轻的区

            块链工程师小李向大家介绍道。

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("“区块链已经应用到各个领域，最简单就是起到溯源") })
        #expect(output.contains("大武林商圈"))
    }

    @Test func aFirstLineWithAHangingMarkIsStillIndented() throws {
        // corpora/generated/width-13: 考察期间，大家边走边学、 is eleven characters
        // after the lost indent and a 、 past the column's edge.
        let raw = """
            习借鉴。希望两区之间、校地
            之间进一步加强沟通交流 ，推
            动优势互补、资源共享，共同
            谱写开放合作共赢的崭新篇章。
            考察期间，大家边走边学、
            边思边议，收获颇丰。大家一
            致认为，此次考察学习既是一
            次开拓视野的学习之旅，也是
            一次加深交流合作之旅。

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("共同谱写开放合作共赢的崭新篇章。") })
        #expect(output.contains { $0.hasPrefix("考察期间，大家边走边学、边思边议") })
    }

    @Test func aHeadlineThatFitsTheColumnStandsBeforeAFirstLineWhoseCommaHangs() throws {
        // corpora/generated/width-22: the headline is 19 wide, the first line
        // after it 20 and a comma past the column's edge.
        let raw = """
            担当，在提振消费上精准 施策，做强商圈矩阵，做

            优商圈生态，做频商圈活 动，全年撬动社零增 量百

            亿元 以上，夯 实现 代服务业最强区“基本盘”。

            区委常委会召开会议传达学习习近平总书记

            李志龙在讲话中指出，要总结成绩、鼓 舞干劲，

            进一步激发推动拱墅高质量发展的信心决心。2022

            年，拱墅围绕“疫情要防住、经济要 稳住、发 展要

            安全”要求，不懈拼搏、克难 奋进，经济总量再上

            """
        let output = try paragraphs(raw)
        #expect(output.contains("区委常委会召开会议传达学习习近平总书记"))
        #expect(output.contains { $0.hasPrefix("李志龙在讲话中指出，要总结成绩、鼓舞干劲，") })
    }

    @Test func aVerticalHeadlineStandsBeforeASpacedOutFirstLineWhoseMarksHang() throws {
        // corpora/generated/width-12: the first line after the headline is ten
        // characters after its indent, then ” 。 past the edge, spaced out by OCR.
        let raw = "李\n志\n龙\n赴\n企\n业\n走\n访\n调\n研\n时\n强\n调\n\n" + """
            精 准 打 好 政 策 “ 组 合 拳 ” 。
            系统落实中央一揽子经济政
            策和省市专项政 策，做到
            “应争尽争、能多则多”。
            持续做好“两重”“两新”
            项目谋划储备和对接争取，
            全力争取中央预算内资金、
            超长期特别国债、专项债，
            积极推动 政府隐性债务置换，
            促成更多项目进入国家盘 子，

            """
        let output = try paragraphs(raw)
        #expect(output.first == "李志龙赴企业走访调研时强调")
        #expect(output.dropFirst().first?.hasPrefix("精准打好政策“组合拳”。系统落实") == true)
    }

    @Test func twoHeadlinesBetweenAParagraphEndAndAFirstLineStandApart() throws {
        // corpora/generated/width-18: the first headline nearly fills the column,
        // the second is short; as body text it would end a paragraph mid-sentence.
        let raw = """
            全 力 打 好 科 创 突 围 赛 ， 激 发 改 革 创 新 “ 第

            一动力”。重 点聚焦“千家企业”，围绕

            营商环境优化提升“一号改革工程”，推

            动 为企服务进一步提质增效，用心用情为

            企 业提供全方位、全流程、全周期服务，

            全力打好服务保 障赛，打造营商环境 “第

            一品牌”。要建立健全定期研判、 季 度通

            报、企业评 议街道部门、督查闭环、考核

            评价五大机制， 切实保障六大“赛场赛马”

            活动有效推进。

            拱墅区党政代表团赴有关高校学习考察

            世界女子曲棍球赛将在拱墅举行

            促进产学研融通创新。坚持以科技创

            新塑 造发展新优 势，实施创新赋能攀高专

            同舟共破浪

            项行动 。深入实施“315”科技创新体系
            """
        let output = try paragraphs(raw)
        #expect(output.contains("拱墅区党政代表团赴有关高校学习考察"))
        #expect(output.contains("世界女子曲棍球赛将在拱墅举行"))
        #expect(output.contains { $0.hasPrefix("促进产学研融通创新。") })
    }

    @Test func theColumnBeforeAJumpMarkerIsMeasuredWithoutTheWiderArticleAfterIt() throws {
        // corpora/generated/mixed-01: a column of 13 stops at （下转 8版）; the
        // article after it is set 28 wide and must not measure the two lines before.
        let raw = """
            等共商合作，为企业送政策、
            送信息、送服务 。截至目前，
            西湖文化广场商务 区已协调解
            决了公司注册、员工招聘、房
            屋租赁、子女入学等方面的问
            题80余个。

            “店小二”式助企服务，
            通过常态联系、定期联席、先
            锋驿站的“三方联动”工作机
            制，将政府公共服务延伸到楼
            宇 企 业 。 截 至 目 前 ， 该 商 务 区
            实现了15幢商务楼宇约900家
            楼宇企业走访全覆盖，组织开
            展 税 务知识讲座、财务专场培
            训、送法进楼宇等10余场活动。

            该商务区还坚持联动楼委
            会、物业服务企业、重点
            （下转 8版）

            牢固树立大抓招商大抓项目导向  为高质量发展蓄势赋能

            大力提振和扩大消费。发挥消费基础性作用，实施提振扩大
            消费专项行动，社会消费品零售总额增长5%左右，巩固全省领先
            优势。统筹安排上级资金和区级财政配套资金 ，加力支持大规模
            设备更新和消 费品以旧换新。大力实施“赛会之区·购物天堂”
            三年 行动，积极培育商贸流通龙头企业和垂直领域优质企业，更
            好发挥带动作用 。全力打造国际新型消费首选地，扎实推进大武

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("该商务区还坚持联动楼委会、物业服务企业、重点") })
    }

    @Test func aLinePushedShortByAnOpeningQuoteIsNoFirstLine() throws {
        // corpora/generated/mixed-03: 推动政策直达快享， is one short of the column
        // of 10 because “ cannot end a line, not because it is indented.
        let raw = """
            成更多项目进入国家盘

            子 ， 用 地 保 障 、 能 耗 保

            障等 占得全市更高份额。

            迭 代升级“1+4+N”产

            业 政策体系，实施新一

            轮推动高质量发展精准

            扶持政策。落实落细

            “民营经济32条”，加

            大惠企助企力度，为经

            营主体减负30亿元以上。

            推动政策直达快享，

            “亲清在线·政策超市”

            新增政策主动推送率提

            升至96 %，惠企政策

            “免 审即享”“即申即

            享”覆 盖面保持50%以

            上，最大限度将政策红

            利转化为发展动力。

            """
        let output = try paragraphs(raw)
        #expect(output.count == 1)
        #expect(output.first?.contains("减负30亿元以上。推动政策直达快享，“亲清在线·政策超市”") == true)
    }

    @Test func aLineEndingInASpacedDashEndsItsSentenceAndIsNoCaption() throws {
        // corpora/generated/mixed-04: 定下了不少新目标— — ends the paragraph it
        // goes on; it does not cut …拱墅 / 会议强调… as a caption would.
        let raw = """
            拱墅区高质量发展大会召开

            (上接1版)业绩。站在新的起跑线上 ，拱墅

            定下了不少新目标— —

            区领导带队赴深圳北京开展招商活动

            会议强调，要认真学习贯彻市创

            新深化暨科技成果转移转化首选地建

            设推 进会及市 人工智能产业联盟成立

            仪式的相关会议精神，抢 抓机遇 、加

            强研判，科学应变、主动求变，加快

            形成新质生产 力，增强发展新动能。

            要抢抓风口，凝聚发展新质生产力的

            共 识。积极融入全市五大产业生态圈，

            高水平落实“人工智能+”行动 ，着

            力培育壮大新兴产业、前瞻布 局未来

            产业，努力构筑高质 量发展新优势。

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("业绩。站在新的起跑线上") && $0.hasSuffix("定下了不少新目标——") })
        #expect(output.contains { $0.hasPrefix("会议强调，要认真学习") })
    }

    @Test func aColumnWhoseMarksHangIsReadFromItsLetterEndingLines() throws {
        // corpora/generated/width-14: the lines ending in a mark stand 15 wide
        // (…的举措。), those ending in a letter all 14, so the column is 14 and
        // 锚定“1+4”产业赛道，不断深 (13.5) is a full line, not a first line.
        let raw = """
            抓风口，凝聚发展新质生产力的
            共识。积极融入全 市五大产业生
            态圈，高水平落实“人工智能+”
            行动，着力培育壮大新兴产业、
            前瞻布局未来产业， 努力构筑高
            质量发展新优势。要积极作为，
            坚定发展新质生产力的决心。持
            续放大大城北连接城西科创大走
            廊和城东智造大走廊的区位优势 ，
            强 化 区 域 内 算 力 企 业 、 算 力 基 础
            设施的硬件支撑，统筹抓好规划
            布局、要素导入和产业集聚，助
            力杭州高水平打造全国算力成本
            洼地、算力产业高 地。要静心做
            事，细化发展新质生产力的举措。
            锚定“1+4”产业 赛道 ，不断深
            化与高等院校、科创企业的合作，
            持续推进相关科创产业项目落地，
            加快构建环高校科技 成果转化科
            创带，专班化推进“两朵云”算
            力中心建设，全力推动“1515”
            攻坚行动落实落细。要深入谋划，
            探索建立有组织的科技成果产业
            化体系和新质生产力 推进体系。
            相关部门要深化对新质生产力的
            认 识和理解，进一步强化创新主
            体培育，全力做好要素保障，统
            筹推进教育科技人才一体化发展，
            推动创新链、产业链、人才链与
            资金链深度融合。
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("细化发展新质生产力的举措。锚定“1+4”产业赛道，不断深化") })
    }

    @Test func aShortLineAfterASentenceCutOffIsAHeadlineNotAFirstLineCutByACaption() throws {
        // corpora/generated/width-27: …闭环。深化招投标 stops three short of the
        // column, its article cut there; the line after it, as short, cannot
        // go on with that sentence nor open a paragraph, so it is a headline
        // like the spaced one after it, not body text cut by a caption.
        let raw = """
            改革，实施招商引资提质专项行动，开展产业链、全要素招商，

            健全“基金+基地+产业”招商模式，优化驻点招商考核管理体

            系，集中 力量招大引强、 招新引优，引进亿元以上产业项目60

            个、优质产业链项目160个。深化要素市场化配置改革，加强

            土地精细化管理和集约利用，提升改造低效用地2000亩。扎实

            开展国资国企改革深化提升行动，完善国有资产管理体系，形

            成资产管理与预算管理一体化全流程闭 环。深 化招投标

            牢固树立大抓招商大抓项目导向 为高质量发展蓄势赋能

            抢先机拼经济打好翻身仗  按下招商引资“快进键”

            我 们也清醒认识到，当前拱墅发展仍面临不少困难 和挑战，

            主要体现在：外部环境错综复杂，市场预期和信心有待提振，

            经济持续恢复向好的基础仍不稳 固；经济基本面不够扎实，新

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("全流程闭环。深化招投标") })
        #expect(output.contains("牢固树立大抓招商大抓项目导向 为高质量发展蓄势赋能"))
    }

    @Test func aLineEndingItsSentenceBeforeAFirstLineIsALastLineNotAParagraphOfOne() throws {
        // scripts/generate --seed 7, width-20: 吴才敏、杨国琴 等区四套班子领导参加。
        // is two short of the column like a first line, but a first line is
        // short by the indent because its paragraph goes on below it; before
        // another first line it is the last line of the paragraph above.
        let raw = """
            推出更多可复制、可推广的共同富裕示范拱墅
            样本，让大运河幸福家园更具内涵、更具质感、
            更有温度。

            文晖街道：定制政策小课堂 将“关爱”送上门

            本报讯（记者 林韬 通讯员 黄朝文）3月
            15日上午， 区委 常委会召开 会议，传达学习习
            近平总书记近期重要讲话精神和市创新深化暨
            科技成果转移转化首选地建设推进会、市人工
            智能产业联盟成立大会精神，研究部署我区贯
            彻落实意见。区委 书记李志龙主持会议并讲话。
            吴才敏、杨国琴 等区四套班子领导参加。

            会议指出，要认真学习贯彻习近平总书记
            在2月29日中共中央政治局会 议上的重要讲话
            精神，坚持稳中求进、以进促稳、先立后破，
            统筹推进三个“一号工程”和“三支队伍”建
            设，紧扣深化改革、强基固本主线，扎实开展
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("区委书记李志龙主持会议并讲话。吴才敏、杨国琴等区四套班子领导参加。") })
    }

    @Test func aShortLineAfterAFirstLineEndingASentenceEndsThatParagraph() throws {
        // A first line is short by the indent because its paragraph goes on:
        // 在与企业 is the last line of 随后…拜访。's paragraph, cut there, not a
        // label (corpora/generated/width-18), and joins it even where the first
        // line is two short of the column (scripts/generate --seed 23, width-19).
        for raw in ["""
            目的平台纽带作用 ，更好以商引商、 以企

            引企，吸引更多优质 项目、优秀人才入驻

            园区、落户拱墅，双方携手打造“双招双

            引”强 磁场，推动政企合作迈上新台 阶。

            随后，李志龙一行前往 顺丰集团拜访。

            在与企业

            区领导在部署生态环境和城市环境提升工作时要求

            """, """
            网谷项目的平台纽带作用 ，更好以商引商、

            以企引企 ，吸引更多优质项目、优秀人 才入

            驻园区、落户拱墅，双方携手打造“双招双

            引”强磁场，推动政企合 作迈上新台阶。

            随后，李志龙一行前往顺丰集团 拜访。

            在与企业

            重要讲话精神和全市重要会议精神

            本报讯（记者 林翰 通讯员 黄朝文）2

            """] {
            let output = try paragraphs(raw)
            #expect(output.contains("随后，李志龙一行前往顺丰集团拜访。在与企业"))
        }
    }

    @Test func aLabelBetweenTwoFullLinesIsALabelThoughICUReadsAWordAcrossIt() throws {
        // scripts/generate --seed 11, width-13: 成绩 / 奋进开门红 / 的取得 — ICU reads
        // 红的 as a word, but a line of 5 and one of 13 are no pieces of one
        // printed line of 13: the label cut the sentence.
        let raw = """
            激发推动 拱墅高质量发展的信
            心决心。2022年，拱墅围绕
            “疫情要防住、经济要稳住、
            发展要安全”要求，不懈拼搏、
            克难奋进，经济总量再上 台阶，
            产业赛道更为清晰，关键节点
            有效突破，民生答卷 靓丽精彩，
            有力应对了多重挑战、有效实
            现了多重目标，在高质量发展
            轨 道上迈出了坚实步伐。成绩

            奋进开门红

            的取得，离不开各位企业家们
            的积极参与 、坚强支撑，向与
            会嘉宾们的倾 力付出和卓越贡
            献致以衷心的感谢和崇高的敬
            意。
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("在高质量发展轨道上迈出了坚实步伐。成绩的取得，离不开各位企业家们") })
        #expect(output.contains("奋进开门红"))
    }

    @Test func aColumnWhoseLetterEndingLinesFillItIsReadThatWide() throws {
        // scripts/generate --seed 31, width-20: the lines ending in a mark are
        // last lines and first lines whose 。 hangs, 19 wide, and outvote the
        // lines ending in a letter, 20 wide: the column is 20, and 三是聚焦
        // “千亿投资”，打好项目攻坚赛。 is a first line, not a full one.
        let raw = """

            一是聚焦“千亿社零”，打好消费 提振赛。

            拱墅将扛起“ 全 省消费第一区”使命担当，做

            强“大武林”“大运河”“大和平”“新天地”

            商 圈矩 阵，推进恒隆广场、杭州中心等百亿项

            目建设，助力杭州打造国际新型消费中心。

            二是聚焦“千亩空间”，打好能级提升赛。

            拱墅将以XOD理念 高质量推进大城北、大和平

            和 大运河数智 未来城等开发建设，统筹抓好要

            素导入和产业集聚，实现产城人融合发展。

            三是聚焦“千亿投资”，打好项目攻坚赛。

            加快推动 杭州银行金融科技大厦、58集团五省

            总部 等重大项目建设，力争全年制造业投资 增

            长、高新技术产业投资增长均在20%以上。

            全面推进商圈做大做强  奋力打造世界级地标商圈群

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("统筹抓好要素导入和产业集聚，实现产城人融合发展。") })
        #expect(output.contains { $0.hasPrefix("三是聚焦“千亿投资”，打好项目攻坚赛。加快推动杭州银行") })
    }

    @Test func aLineThatClosesTheBracketTheLineBeforeOpenedGoesOnWithIt() throws {
        // scripts/generate --seed 83, width-10: 本报讯（通讯 / 员 郑贵越）设计总部中心、
        // — the second line, wider than the column and without a clause mark,
        // looked like a headline; it closes the bracket of the byline.
        let raw = """
            李志龙出席并讲话  敖煜新主持  吴才敏杨国琴参加

            全面排查治本攻坚 牢牢守住安全底线

            本报讯（通讯
            员 郑贵越）设计总部中心、
            精品酒店、健康产业城……
            新年伊始，地处大城北
            核心区的康桥街道全力
            推动留用地项目建设，
            打造“集体项目群”提
            升 区 域 发 展 能 级 。 “ 今
            年我们将加快健康产业
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("本报讯（通讯员 郑贵越）设计总部中心、精品酒店、健康产业城……新年伊始，地处大城北") })
    }

    @Test func theSpacedLastLineOfACutParagraphIsBodyTextWhenItsSpaceIsOCRs() throws {
        // A headline's space parts phrases; 委和省政府工作汇 报时 (scripts/generate
        // --seed 23, width-25) splits the word 汇报 and 吉林省委和省政府工作汇报 时
        // (--seed 7, width-22) leaves a letter alone: body text, the last line
        // of a paragraph its article cut there.
        for raw in ["""
            拱墅区党政代表团赴绍兴越城学习考察

            本报讯（记者 林翰 通讯员 黄朝文）2月28日下午，
            区委常委会召开会议，传达学习习近平总书记近期重要讲
            话、重 要致辞、重要指示批示精神，研究部署我区贯彻落
            实工作，并听取区人大常委会党组、区政府党组、区政协
            党组、区法院党组、区检察院党组杨国琴、王翔等区四套
            班子领导参加。

            会议指出，要深入学习贯彻习近平总书记听取吉林省
            委和省政府工作汇 报时

            拱墅与省二轻集团开展座谈交流

            会上，冯晶发布了《拱墅区“双百”企业礼遇十条》，
            内容包括 “安居安心”“动力满满”“活力健康”“乐活
            """, """
            研究部署我区贯彻落实工作，并听取区人大常委会

            党组、区政府党组 、 区政协党组、区法院党组、区

            检察院党组杨国琴、王翔等区四套班子领导参加。

            会议指出，要深入学 习 贯彻习近平总书记听取

            吉林省委和省政府工作汇报 时

            朝晖街道：“店小二”式服务助力楼宇经济发展

            孙哲君对拱墅区委区政府一直以来对省二轻集

            团提 供的支持帮助表示感谢。他表示，省二轻集团

            """] {
            let output = try paragraphs(raw)
            #expect(output.contains { $0.hasSuffix("听取吉林省委和省政府工作汇报时") })
        }
    }

    @Test func aShortLineUnderAHeadlineStaysApartFromAContinuationOpeningWithABoundWord() throws {
        // scripts/generate --seed 11, width-29: once （上接1版） is gone, 了助力…
        // opens a whole paragraph with a word that binds backwards; the line
        // before it stands under a headline, part of its block, not the first
        // piece of a cut line, on the first cleaning and on the second.
        let raw = """
            区“1515”攻坚行动商圈建设专题推进会召开

            浙江日报记者手记

            (上接1版)了助力辖区企业吃透惠企政策，鼓足干劲儿冲刺开

            门红，文晖街道新和平商务社区积极发挥桥梁作用，在新和平商务

            社区为企业精心定制了政策小课堂，把“娘家人”新一 年的关心和
            """
        let once = try cleaner.clean(raw).text
        #expect(once.hasPrefix("区“1515”攻坚行动商圈建设专题推进会召开\n\n浙江日报记者手记\n\n了助力辖区企业吃透惠企政策，"))
        #expect(try cleaner.clean(once).text == once)
    }

    @Test func aNarrowBlockBetweenWideOnesKeepsItsColumnAtItsFirstAndLastLines() throws {
        // scripts/generate --seed 7, mixed-02: a block of 14 between one of 26
        // and one of 20. Its first line (绍兴医疗器械科创园总占地) and its
        // last full one (命健康产业蓬 勃发展提供了思路) were measured with the
        // wider lines around them and cut off as headlines.
        let raw = """
            石桥街道：走访企业协调破难  推动园区提质增效

            六是聚焦“千家企业”，打好服务保障赛。发挥区位、
            人文 、教育、公共服务等叠加优势，着力打造“企业家幸福
            感最强区”“企业营商环 境最优区”，让拱墅真正成为生活
            向往地、人才圆梦区。

            拱墅区2025年招商大会召开  聚焦打造两廊联进中心枢纽  推动高质量发展再上新台阶开创新局面

            集成电路产业是现代信息产业的基础和核心产业之一。
            位于越城区的绍兴集成电路产业园，目前已集聚多 家集成电
            路设计头部企业。代表团一行前往产业园展 示中心，实地参
            观了解园区企业招引、技术创新、产品研发等情况，表示要
            认真学习越城区的经验做法，聚焦培育发展新质生产力 ，紧
            盯重点产业、瞄准头部企业，全力推动优质项目建设落地，
            为新旧动能转换和产业转 型升级提供坚实项目保障。

            绍兴医疗器械科创园总占地
            面积300亩，包含有同创总部、
            科创片区、创新服务综合体等片
            区和多个产业园。在这里，代表
            团一行现场观摩了医疗器械企业
            产品操作演示，深入了解了绍兴
            医疗器械发展历程和园区 政策支
            撑、为 企业服务等情况。大家认
            为，医疗器械制造是拱墅区重点
            布局的生命健康产业的重要领域 ，
            越城区做实医疗器械产业全生命
            周期服务，持续推动产城融合发
            展的办法举措，为拱墅加快吸引
            产业链上下游企业集聚、促进生
            命健康产业蓬 勃发展提供了思路
            参考。

            李志龙赴企业走访调研时强调

            区委副书记、区长冯晶主持，区四套班子
            领导，法检两长， 区直属单位、市属延 伸部门
            主要负责人，各街道党政主要负责人，全区股
            份 经济 合作社主要负责人，企业家代表，区内
            """
        let once = try cleaner.clean(raw).text
        #expect(once.contains("\n绍兴医疗器械科创园总占地面积300亩，包含有同创总部、"))
        #expect(once.contains("促进生命健康产业蓬勃发展提供了思路参考。\n"))
        #expect(try cleaner.clean(once).text == once)
    }

    @Test func aLineEndingInAColonAfterACaptionIsBodyTextNotAHeadline() throws {
        // scripts/generate --seed 83, width-18: …争取最好结果。具 / 大武林商圈 /
        // 体工作中要着重把握好4个方面： — no clause mark, between a short line
        // and a first line, but a colon introduces what follows, as body text does.
        let raw = """

            综合各方面因素，今年全区经济社会
            发展的主要预期目标建议 为：地区生产总
            值增长5. 5 %左右，一般公共预算收入保持
            正增长，居民人均可支配收入增长与经济
            增 长 基 本 同 步 ， 经 济 社 会 高 质 量 发 展 各 项
            工作确保完成省市下达目标任务。

            要实现以上目标，我们必须坚定信心、
            迎难 而上，以最大努力争取最好结果。具

            大武林商圈

            体工作中要着重把握好4个方面：

            一要坚定扛起 勇挑大梁的责任担当。
            牢牢把握高质量发展这个首要任务，主动
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("以最大努力争取最好结果。具体工作中要着重把握好4个方面：") })
        #expect(output.contains("大武林商圈"))
    }

    @Test func aLineEndingItsSentenceBeforeAHeadlineIsALastLineNotAParagraphOfOne() throws {
        // scripts/generate --seed 47, width-26: 相关 部门、街道领取了《2023年经
        // 济工作任务书》。 is two short of the column like a first line, but a
        // headline follows it, so it would be a paragraph of one line: it is
        // the last line of the paragraph above (no blank line between them).
        let raw = """
            党政主要负责人 ，全区股份经济合作社主要负责人，企业家
            代表，区内合作金融机构、科研院所负责人，电力通讯等保
            障部门负责人参加。

            大会公布了拱墅区2022年度“双百” 企业、2022年度股
            份经济合作社税收贡献十强单位、经济高质量发展成绩突出
            集体和先进个人名单 ，并为2023年拱墅区招商大使颁发聘书。
            相关 部门、街道领取了《2023年经 济工作任务书》。

            区委常委会召开会议传达学习习近平总书记

            本报讯（记者 郑斌 通讯员 张志新）日前，2025年建
            设“美丽拱墅”打造一流环境品质城区推进会召开。区委副
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("招商大使颁发聘书。相关部门、街道领取了《2023年经济工作任务书》。") })
    }

    @Test func aLeadWhoseBylineACaptionCutsStaysWholeAndItsEllipsisHangs() throws {
        // scripts/generate --seed 7, width-10: 本报讯（通讯 / 郑斌摄 / 员 郑贵越）设计
        // 总部中心、 — the caption cuts the byline, whose bracket the line after
        // it closes; 精品酒店、健康产业城…… is a full line whose ellipsis hangs,
        // so the sentence after it goes on in the same paragraph.
        let raw = """
            人民代表大会第三次会

            议精神。

            凝聚发展合力拓展合作领域 推动产业集群迈向更高层次

            本报讯（通讯

            郑斌摄

            员 郑贵越）设计总部中心、

            精品酒店、健康产业城……

            新年伊始 ，地处大 城北

            核心 区的康桥街道全力

            推 动留用地项目建设，

            打造“集体项目群” 提

            升区域发展能级。“今

            年我们将加快健康产业

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("本报讯（通讯员 郑贵越）设计总部中心、精品酒店、健康产业城……新年伊始，地处大城北") })
        #expect(output.contains("郑斌摄"))
    }

    @Test func aLineWiderThanTheColumnOnlyByItsHangingCommaIsBodyText() throws {
        // scripts/generate --seed 47, width-10: 覆盖”、服务“全链条”、 is 12 wide
        // in a column of 10, and has no clause mark, but its last two marks
        // hang past the edge: no headline.
        let raw = """
            切实保障六大“赛场赛
            马”活动有效推进。

            李志龙表示，要政
            企携手、同向同行，共
            同 开 创 拱 墅 高 质 量 发 展
            美 好 明 天 。 要 坚 持 创 新
            深化，不断创新为 企服
            务机制，做到专员“全
            覆盖”、服务“全链条”、
            办事“全天候”，着力
            打造“企业家幸福感最
            强区”。要坚持改革攻
            坚，不断推动办事流程
            做减法、企业服务再提
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("做到专员“全覆盖”、服务“全链条”、办事“全天候”，着力打造") })
    }

    @Test func aFullUnpunctuatedLineBeforeASqueezedOneIsBodyText() throws {
        // corpora/generated/width-15: …竣工。 / 健康产业园二期项目位于平炼路与 /
        // 溪居路交叉口东南侧 ，总投资约: one short is a squeezed full line, not a first line.
        let raw = """
            区一届人大常委会举行第九次会议

            GS1003-20地块项目，位于侯

            圣街与顾扬路交叉口东北角，总投

            资4 . 2亿元。该项目为谢村经济社

            自主开发项目，将规划1幢星级精

            品酒店、1幢高端写字楼及服务配

            套。项目已于2020年8月开工建设

            并同步开展运营招商，目前工程已

            经收尾，计划于2023年8月竣工。

            健康产业园二期项目位于平炼路与

            溪居路交叉口东南侧 ，总投资约

            5 .8亿元。该项目为蒋家浜经济社

            与独城经济社联合自主开发，计划

            打造集大健康产业、产学研孵化、

            未来社区健康中心（ 商业配套）为

            一体的未来智慧健康产业园，引入

            总部经济企业，打造城北大健康产

            业集聚地。

            扫一扫  观看专访视频

            石桥街道：走访企业协调破难 推动园区提质增效

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("计划于2023年8月竣工。健康产业园二期项目位于平炼路与溪居路交叉口东南侧") })
    }

    @Test func aFirstLineCutByACaptionBeforeAFullLineIsBodyText() throws {
        // corpora/generated/mixed-10: 该商务区还坚持联 / 大武林商圈 / 动楼委会、物业服务企:
        // the full line after the caption goes on with the first line's sentence.
        let raw = """
            世界女子曲棍球赛将在拱墅举行

            “店小二” 式助企
            服务，通过常态联系、
            定期联席、先锋驿站的
            “三方联动”工作机制，
            将政府公共服务延伸到
            楼 宇 企 业 。 截 至 目 前 ，
            该商务区实现了15幢商
            务楼宇约900家楼宇企
            业走访全覆盖，组织开
            展税务知识讲座、财务
            专场培训、送法进楼宇
            等10余场活动。

            该商务区还坚持联

            大武林商圈

            动楼委会、物业服务企
            业、重点企业等单位等
            共商合作，为企业送政
            策、送信息、送服务。

            聚力外引内培升级营商环境 夯实做大经济“压舱石”“基本盘”

            本报讯（记者 林韬 通讯
            员 黄朝文）3月20日上午，区委书
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("该商务区还坚持联动楼委会、物业服务企") })
        #expect(output.contains("大武林商圈"))
    }

    @Test func theTextBeforeAJumpMarkerEndsItsParagraphAndIsNoHeadline() throws {
        // corpora/generated/width-20: 人事（下转9版） ends the paragraph; only the
        // line after the marker is the next article's headline.
        let raw = """

            本报讯（通讯员 史程）2月23日上午，区
            一 届人大常委会举行第 九次会议。区人大常委
            会主任吴才敏，副主任陈康、杨涤和委员共28
            人出 席，副主 任赵行光主持 会议。区政府副区
            长余荣升，区政协副主席马彦，区法院、区检
            察院、区监委、区政府办负责人、区人大有 关
            街道 工委主任和机关有关委办副主 任列席会议。

            会议审议并表决通 过了区人大常委会2023
            年工作要点。会议听取了区人大各街道工委关
            于2022年工作情况和2023年工作计划的报告，
            并表决通过了 关于区人大各街道工委工作报告
            的决议。

            会议审议并表决通过了区政府、区人大常
            委会主任会议、区法院和区检 察院提请的有关
            人事(下转9版)

            冯晶在总部经济高质量发展暨营商环境建设会上要求

            本报讯（记者 林韬 郑斌 通讯员 王
            凯 张志新）连日来，区领导带队分赴深圳、北京
            开展招商活动，走访重点企业，面对面宣传推
            介，点对点精准招引，积极寻求多领域合作。
            以实际行动贯彻落实全省实施 三个“一 号工程”
            和全市打好“两场硬仗”的决策部署，动员全
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("会议审议并表决通过了区政府、区人大常委会主任会议") && $0.hasSuffix("提请的有关人事") })
        #expect(output.contains("冯晶在总部经济高质量发展暨营商环境建设会上要求"))
    }

    @Test func theSpacedShortLastLineOfACutParagraphIsBodyTextWhenAWordRunsIntoIt() throws {
        // corpora/generated/width-21: …习近平总 书记听 / 取 吉林省委和省政府工作汇报时
        // ends an article cut mid-sentence; OCR's stray space does not make it a headline.
        let raw = """
            关有关委办副主任列席会议。

            会议 审议并表决通 过了区人大常委会2023年

            工作要点。会议听取了区人大各街道工委关于

            2022年工作情 况和2023年工作计划的报告，并表

            决通过了关于 区人大各街道 工委工作报告的决议。

            会议审议并表决通过了区政府、区人大常委

            会主任会议、区法院和 区检察院提请的有关人事

            任免事项。会上，吴 才敏主任向新任命的干部颁

            发了任命书，新任命的干部作了表态发言。会后

            组织了新任命的干部 宪法宣誓仪式。

            会前还专题传达了学习了 杭州市第十四届人

            民代表大会第三次会议精神。

            文晖街道：定制政策小课堂  将“关爱”送上门

            会议指出，要深 入学习贯彻习近平总 书记听

            取 吉林省委和省政府工作汇报时

            凝聚发展合力拓展合作领域 推动产业集群迈向更高层次

            本报讯（记者 柳景春 葛杭生）在杭州市两

            同舟共破浪

            """
        let output = try paragraphs(raw)
        #expect(output.contains("会议指出，要深入学习贯彻习近平总书记听取吉林省委和省政府工作汇报时"))
    }

    @Test func aHeadlineBeforeAContinuationOpeningWithABoundWordStaysApartOnTheSecondPass() throws {
        // corpora/generated/width-29: once （接1版） is removed, 等生命健康产业入驻… opens
        // with a word bound to what is before it; the headline before it is still a headline.
        let raw = """
            区一届人大常委会举行第九次会议

            加快科创领域集聚成势  塑造高质量发展新动能

            （接1版）等生命健康产业 入驻；谢村商业金融用房、新义大

            厦将打造数字 贸易大厦及一站式品牌出海产业园；海外海·运河大

            厦将打造康桥北部新商业综合体，着力发展新能源新制造业；吴家

            墩工业园和蒋家浜产业园将提升改造，引入新能源汽车产业链、光

            伏产业链制造项目。

            区委书记接受浙江日报专访 建一流营商环境 拼一流经济业绩

            李志龙强调，要 增强 商业发展判断力，深入研究如 何满足人群

            需求、如何提升体验价值、如何优化配套建设等关 键问题，进一步

            """
        let output = try paragraphs(raw)
        #expect(output.contains("加快科创领域集聚成势 塑造高质量发展新动能"))
        #expect(output.contains { $0.hasPrefix("等生命健康产业入驻；") })
    }

    @Test func twoHeadlinesFillingTheColumnStandApartBeforeAFirstLineShortByTheWholeIndent() throws {
        // corpora/generated/width-13: a spaced headline and a vertical one, each about
        // as wide as the column, then 促进产 学研融通创新。坚, short by the whole indent.
        let raw = """
            BSN算力中心为BSN-DDC网络的
            第三 方自主接入系统，运营方
            可以通过 在本地云环境内安装
            BSN算力中心软件，并在算力
            中心内部署BSN-DDC网络上各
            条开放联盟链的节点，成为
            BSN-DDC网络的一部分，将极
            大提升 业务的自主性和自由度 。

            大会邀请到了多位业内专
            家、学者，共同讨论Web3. 0元
            宇宙、区块链 等前沿领域的发
            展，并 同时汇集了全球深耕 于
            区块链领域的顶级专家和行业
            领袖。据悉，为期一天的议程
            中，众多嘉宾分享了最新研究
            成果 ，为全球区块链生态 产业
            的构建和数字经济高质量发展
            献计献 策。大会的成功举办，
            还将对 杭州甚至整个BSN生态
            的合作凝聚力提升与更多优势
            资源的引 入 带来积极 的促进作
            用，为拱墅持续推动分布式技
            术和产业创新发展提质赋能。

            建一流营商环境 拼一流经济业绩

            合
            力
            推
            动
            更
            多
            实
            质
            性
            业
            务
            落
            地

            促进产 学研融通创新。坚
            持以科技创新塑造发展新优势，
            实施创新赋能攀高专项行动。
            深入实施“315”科技创新体
            系建设工程，持续推动“三个
            15%” 政策刚 性落实， 扎实开
            展“两清零一提升”专项 行动，
            全社会研发投入达到26亿元，
            带动R&D经费 投入相当于地区
            生产总值比例提升至1 . 15 %以
            """
        let output = try paragraphs(raw)
        #expect(output.contains("建一流营商环境 拼一流经济业绩"))
        #expect(output.contains("合力推动更多实质性业务落地"))
        #expect(output.contains { $0.hasPrefix("促进产学研融通创新。") })
    }

    @Test func aHeadlineThatFitsTheColumnStandsAfterAShortLineEndingMidSentence() throws {
        // scripts/generate --seed 7, width-19: …三是 / 拓展招引渠道， ends its article
        // (continued elsewhere); the headline after it fits the column of 19.
        let raw = """
            的重要形态。要牢牢抓住“1+4”产业发展
            窗口期机遇期，加快推动总部经济和营商环
            境提档升级，不断夯实支撑拱墅经济的“压
            舱石” 和 “基本盘”。

            冯晶要求，要以“外引内培”推动总部
            经 济 发 展 。 “ 外 引 ” 就 要 放 大 自 身 发 展 禀 赋
            优势， 紧盯目标产业 、目标企业精 准招引，
            吸引外地外国企业来拱设 立总部。一 是编制
            好产业目标地图，聚焦“1+4”产业主赛道
            及细分领域靶向招引 ；二是编制好企业目标
            地图， 聚焦500强企业、央企、省属国企及
            其二三级子公司区域型总部敲门招引；三是
            拓展招引渠道，

            区“1515”攻坚行动商圈建设专题推进会召开

            六是聚焦“千家企业”，打好服务保障
            赛。发挥 区位、人文、教育、公共服务等叠
            加优势，着力打造“企业家幸福感 最强区”
            “企 业营商环境最优 区”，让拱墅真正成为

            """
        let output = try paragraphs(raw)
        #expect(output.contains("区“1515”攻坚行动商圈建设专题推进会召开"))
        #expect(output.contains { $0.hasPrefix("六是聚焦“千家企业”，打好服务保障赛。") })
    }

    @Test func aLineShortenedByAJumpMarkerDoesNotEndItsParagraph() throws {
        // scripts/generate --seed 59, issue-02 p07: (上接1版)设，推 is short because
        // the marker stands in it; the continuation goes on in a column of 10.
        let raw = """
            第三届区块链服务网络全球合作大会在我区举行

            本报讯（记者 林翰 通讯员 黄朝文）2月

            28日下午，区 委常委会召开会议，传达学习 习

            近平总书记近期重要讲话、重要致辞、重要指

            示 批示精神，研究 部署我区贯彻落实工作，并

            听取区人大常委会党组、区政府党组、区政协

            党组、区法院党组、区检察院党组杨国琴、王

            翔等区四套班子领导参加。

            (上接1版)设，推

            动杭钢数字经济片区再

            开发，打造320国道沿

            线省市区产业合作示范

            区。完善大城北立体交

            通架构，实 施俞家桥路、

            和丰路等90条41 . 7公里

            道路建 设，加速形成

            “ 十 纵 十 横 ” 路 网 新 格

            局。全力保障 地铁四期

            征迁工程 ，多渠道推进

            渣土消纳处置，推动站

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("设，推动杭钢数字经济片区再开发，打造320国道沿线") })
    }

    @Test func aHangingMarkMakesNoFirstLineWhereTwoColumnsMeet() throws {
        // scripts/generate --seed 31, mixed-03: 区领导黄飞、沈建立、 is a full line of
        // the column of 10; the wider block after it reads its column as 11.
        let raw = """
            动，加快构建环高校科
            技成果转化科创带，力
            争在科技创新和科技成
            果转化上取得新突破。

            本报讯（记者 林
            韬 通讯员 黄朝文）3
            月20日下午， 拱墅区
            “1515”攻 坚行动商圈
            建设专题 推进会召开。
            区委书记李志龙出席会
            议并讲话。他强调，要
            深入学习贯彻习近平总
            书记关于推动高质量发
            展的重要论述精神，全
            面贯彻省 、市相关会议
            部署要求，紧盯“1515”
            攻坚行动目标任务，大
            力实施新型消 费中心塑
            造攻 坚行动，全面推进
            商圈 做大做强，奋力打
            造世界级地标 商圈 群。
            区领导黄飞、沈建立、
            王 一平、贾元元参加会
            议。

            李志龙指出，去年以来，拱墅全
            区商 圈贡献稳中有进、商圈矩阵初步
            形成、消费 活动热潮高涨、商圈影响
            响不断增强，全省消费第一区坚实底座
            持续夯实， 取得的成绩值得充分肯定。
            做好商圈建设工作，是事关拱墅经济
            发展、城区气质和城市能级 提升的长
            远战略 ，更是深入推进 “时尚之都”
            建设的关键抓手。全区上下要进 一步
            提高政治站位、强化思想认识、坚定
            信心决心，坚决扛起市第十三次党代
            会“着力打造新型消费中心城市”的
            使命任务 ，持续放大拱墅主 中心区位
            优势、繁华商业集聚优势、文 旅融合
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("造世界级地标商圈群。区领导黄飞、沈建立、王一平、贾元元参加会议。") })
    }

    @Test func aFullLineCutByACaptionBeforeAFullLineIsBodyText() throws {
        // scripts/generate --seed 47, width-10: …企业集团。 / 半山基地作为杭钢 集团 /
        // 大武林商圈 / 数字产业发 展的主战场，: the line after the caption goes on
        // with a sentence, which only the line before the caption can have begun.
        let raw = """
            “数 字新城”的重要伙
            伴和关键阵地。希望双
            方持 续深化产业对接、
            项目合作和人才交流，
            高质量推进半山基地建
            设，强化浙 江云、杭钢
            云“两朵云”硬件支撑，
            抓 好 重 点 产 业 项 目 招 引 ，
            推动算力经济、人工智
            能、信创产业在拱墅集
            聚成势， 助力拱墅加快
            形成新质生产力，塑造
            发展新 优势。
            章建成表示，杭钢
            集团已成为一家以钢铁
            智造、现代流通为战略
            优势产业 ，以节能环保、
            数字科技为战略性新兴
            产业的大型企业集团。
            半山基地作为杭钢 集团

            大武林商圈

            数字产业发 展的主战场，
            希 望 双 方 围 绕 基 地 产 业
            布 局 、 项 目 招 引 和 未 来
            发展，进一 步加强沟通
            对接、凝聚政 企合力，
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("产业的大型企业集团。半山基地作为杭钢集团数字产业发展的主战场，") })
        #expect(output.contains("大武林商圈"))
    }

    @Test func aCaptionOnAPageOfWholeParagraphsIsNotGluedToTheParagraphAfterIt() throws {
        // 效果图 / 为企业… makes the word 图为, but 为 opens the sentence; 信息产 / 业的 is a cut word.
        let first = "据了解，谢村商业金融用房项目位于拱墅区东北部，总建筑面积约十万平方米，建成后将成为区域商业新地标。"
        let second = "为企业送政策、送服务、解难题，街道持续优化营商环境，全力推动项目早开工、早建成、早见效。"
        let third = "集成电路产业是现代信息产业的基础和核心产业之一，也是引领新一轮科技革命和产业变革的关键力量。"
        let cut = third.firstIndex(of: "业")!
        let raw = "\(first)\n\n谢村商业金融用房效果图\n\n\(second)\n\n\(third[..<cut])\n\n\(third[cut...])\n"
        #expect(try paragraphs(raw) == [first, second, "谢村商业金融用房效果图", third]
                || paragraphs(raw) == [first, "谢村商业金融用房效果图", second, third])
    }

    @Test func headlinesStayApart() throws {
        let output = try paragraphs(try Seeds.text("000_60be760428ae1841.txt"))
        #expect(output.contains("李志龙在杭钢集团开展“大走访大调研大服务大解题”活动时强调"))
        #expect(output.contains("合力打造更具韧性活力竞争力的“地瓜经济”"))
        #expect(output.contains("建一流营商环境 拼一流经济业绩"))
    }

    @Test func aCaptionThatCutASentenceMovesAfterItsParagraph() throws {
        // Seed 002: 以高质量招商推动经济高质量 / 郑斌摄 / 量发展。
        let output = try paragraphs(try Seeds.text("002_3e1904aefa3dd74a.txt"))
        let index = try #require(output.firstIndex { $0.contains("以高质量招商推动经济高质量发展。锚定产业赛道") })
        #expect(output[index + 1] == "郑斌摄")
    }

    @Test func aCharacterPrintedTwiceAtAPageBreakIsPrintedOnce() throws {
        // Seed 001: 为企业全力冲刺“开 / 开门红”提振信心
        let output = try paragraphs(try Seeds.text("001_284f3cfe373fd87f.txt"))
        #expect(output.contains { $0.contains("为企业全力冲刺“开门红”提振信心") })
    }

    @Test func aNumeralPrintedTwiceAtABreakIsPrintedOnceButNotInANameOrAYear() throws {
        // corpora/generated/width-18: 全市打好“两 / 两场硬仗” — a numeral before
        // its measure word was printed twice.
        let raw = """
            圳、北京开展招商活动，走访重点 企 业，

            面对面宣传推介，点对点精准招引，积极

            寻求多领域合作。以实际行动 贯彻落实全

            省 实 施 三 个 “ 一 号 工 程 ” 和 全 市 打 好 “ 两

            两场硬仗”的决策部署，动 员全区上下迅速

            掀起招商热潮，全力以赴招大引强，以

            “开局即决战、起跑就冲刺”的奋斗姿态

            打好经济翻身仗，奋力夺取开门红、首季
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("全市打好“两场硬仗”的决策部署，动员全区上下迅速") })
        // Seeds 000 and 004 write numerals twice in names: 落实“八八战略”, “十五五”谋划; a year has them too.
        let names = """
            2023年，是全面学习贯彻党的二十大精神的开局之年，是深入贯彻落实“八

            八战略”二十周年。2025年是“十四五”收官、“十五

            五”谋划之年，也是二〇二

            二年以来的第三年。

            """
        let kept = try paragraphs(names)
        #expect(kept.contains { $0.contains("落实“八八战略”二十周年。2025年是“十四五”收官、“十五五”谋划之年，也是二〇二二年以来") })
    }

    @Test func aRealDoubledWordAcrossALineWrapStays() throws {
        // Seed 003: 传达学习 / 习近平总书记
        let output = try paragraphs(try Seeds.text("003_dc93311a83d8204f.txt"))
        #expect(output.contains { $0.contains("传达学习习近平总书记近期重要讲话精神") })
    }

    @Test func aDistrictNameAfterAWordEndingInItsFirstCharacterStays() throws {
        // corpora/generated/width-25: 持续放大 / 大城北 — ICU's dictionary lacks 大城北.
        let raw = """
            吹响大抓招商大抓项目冲锋号，展现奋力拼经济的决心。持续放大

            大城北连接城西科创大走廊、城东智造大走廊的区位优势。

            """
        #expect(try paragraphs(raw) == ["吹响大抓招商大抓项目冲锋号，展现奋力拼经济的决心。持续放大大城北连接城西科创大走廊、城东智造大走廊的区位优势。"])
    }

    @Test func aCharacterPrintedTwiceAtALineWrapInsideAColumnIsPrintedOnce() throws {
        // Lines of the seeds' keys as the generator damages them: OCR reads 重点 / 点企业
        // and 生态产业 / 业的构建, and an ordinal's one digit 第三 / 三届 (corpora/generated/width-22);
        // 为人 / 人民 is written twice on purpose and stays.
        let raw = """
            会议指出，要深化助企服务，通过助企协调破难专班和重点

            点企业助企专员，协调解决企业发展中遇到的难题，为全

            球区块链生态建设和数字经济高质量发展献策，推动产业

            业的构建贡献力量，要求全体党员干部始终全心全意为人

            人民服务，推动各项工作落地见效。日前，第三

            三届区块链服务网络全球合作伙伴大会召开。

            """
        #expect(try paragraphs(raw) == [
            "会议指出，要深化助企服务，通过助企协调破难专班和重点企业助企专员，协调解决企业发展中遇到的难题，"
                + "为全球区块链生态建设和数字经济高质量发展献策，推动产业的构建贡献力量，"
                + "要求全体党员干部始终全心全意为人人民服务，推动各项工作落地见效。"
                + "日前，第三届区块链服务网络全球合作伙伴大会召开。",
        ])
    }

    @Test func aCharacterICUReadsAsAReduplicatedPairIsJudgedByTheWordsWithOneCopy() throws {
        // corpora/generated: ICU reads 重重 and 提提 as words, so each copy is not
        // alone; with one copy 多重目标 and 提升 are words, so one copy goes. 大大降低
        // with one copy leaves 大 alone: written twice on purpose, as is a name's 娇娇.
        // (scripts/generate --seed 7 / 11) ICU knows 省省 and 曲曲 as words, but
        // neither side holds 全省 / 省消费 or 手曲 / 曲棒垒球 in one: printed twice.
        let raw = """
            有力应对了多重挑战、有效实现了多重

            重目标，在高质量发展轨道上迈出了坚实

            步伐。“亲清在线·政策超市”新增政策主动推送率提

            提升至96%，买到假鞋的机率就大

            大降低了。拱墅要扛起“全省

            省消费第一区”的使命担当，经国家体育总局手曲

            曲棒垒球运动管理中心批复同意。

            本报讯（通讯员 徐娇

            娇 石钰辰）日前，第三届区块链服务网络全球合作伙伴大会在我区召开。

            """
        #expect(try paragraphs(raw) == [
            "有力应对了多重挑战、有效实现了多重目标，在高质量发展轨道上迈出了坚实步伐。"
                + "“亲清在线·政策超市”新增政策主动推送率提升至96%，买到假鞋的机率就大大降低了。"
                + "拱墅要扛起“全省消费第一区”的使命担当，经国家体育总局手曲棒垒球运动管理中心批复同意。",
            "本报讯（通讯员 徐娇娇 石钰辰）日前，第三届区块链服务网络全球合作伙伴大会在我区召开。",
        ])
    }

    @Test func theShortLastLineOfAParagraphCutMidSentenceIsNotAHeadline() throws {
        // Seed 001's 顺丰 paragraph stops at 在与企业 (its rest is on another page);
        // set in a column 20 wide, as scripts/generate sets it, a headline after it.
        let raw = """
            希望招商蛇口能够在已有合作基础上，深
            度参与拱墅“三城五区”建设，充分发挥招商
            蛇口运河网谷项目的平台纽带作用，更好以商
            引商、以企引企，吸引更多优质项目、优秀人
            才入驻园区、落户拱墅，双方携手打造“双招
            双引”强磁场，推动政企合作迈上新台阶。

            随后，李志龙一行前往顺丰集团拜访。在
            与企业

            加快科创领域集聚成势  塑造高质量发展新动能

            本报讯（记者 林翰 通讯员 黄朝文）2月28日下
            午，区委常委会召开会议，传达学习习近平总

            """
        let output = try paragraphs(raw)
        #expect(output[1] == "随后，李志龙一行前往顺丰集团拜访。在与企业")
        #expect(output[2] == "加快科创领域集聚成势 塑造高质量发展新动能")
    }

    @Test func aShortLineAfterTheShortLastLineOfAParagraphIsNoCaption() throws {
        // corpora/generated/width-24: the paragraph stops at 渠道， (its article goes on
        // elsewhere) on a short line; a caption cuts a sentence only where a full line wrapped.
        let raw = """
            编制好产业目标地图，聚焦“1+4”产业主赛道及细分
            领域靶向招引；二是编制好企业目标地图，聚焦500强
            企业、央企、省属国企及其二三级子公司区域型总部敲
            门招引；三是拓展招引渠道，

            扫一扫 观看专访视频

            拱墅一直是“大城北”开发建设的核心区、主战场，
            产业主平台——大运河数智未来城入选省级高新区创建
            名单，深耕数字经济、生命健康、智能制造等领域，是
            拱墅产业发展的新蓝海。

            """
        let output = try paragraphs(raw)
        try #require(output.count == 3)
        #expect(output[0].hasSuffix("三是拓展招引渠道，"))
        #expect(output[1] == "扫一扫 观看专访视频")
        #expect(output[2].hasPrefix("拱墅一直是"))
    }

    @Test func aHeadlineAmongWholeParagraphsIsNoCaptionOfAnUnfinishedOne() throws {
        // Cleaning clean output changes nothing: a paragraph cut mid-sentence by a
        // removed jump marker, a headline, the next article (corpora/generated/width-10).
        let raw = """
            随后，李志龙一行前往顺丰集团拜访。在与企业

            拱墅与省二轻集团开展座谈交流

            深化重点领域改革。统筹抓好7项国家级、14项省级改革试点及一批“牵一发动全身”重大改革。

            """
        #expect(try paragraphs(raw) == raw.split(separator: "\n").map(String.init))
    }

    @Test func aSubheadlineThatFitsTheColumnStaysApart() throws {
        // corpora/generated/width-18: 重要讲话精神和全市重要会议精神 is a character short of
        // the column, like an indented first line, but the line after it is shorter still.
        let raw = """
            运 河 数智城等25家单位接下招商引资目标

            计划书， 吹响招商引资冲 锋号 。区促局、

            区商务局、 文晖街道、 省二轻集团、美 团

            公司、华丰经社作交流发言。

            区“1515”攻坚行动商圈建设专题推进会召开

            重要讲话精神和全市重要会议精神

            强化高新区平台支撑。 高质 量推动大

            运河数智未来城省级高新区建设，健全高

            新区管理运营和考核 评价体系，力争省级

            考核 排名再进位。以未来城目 录修编为 指

            """
        let output = try paragraphs(raw)
        #expect(output.contains("区“1515”攻坚行动商圈建设专题推进会召开"))
        #expect(output.contains("重要讲话精神和全市重要会议精神"))
        #expect(output.contains { $0.hasPrefix("强化高新区平台支撑。高质量推动大运河数智未来城") })
    }

    @Test func aHeadlineAfterAForwardJumpStaysApart() throws {
        // corpora/generated/width-19: after （下转6版） a new article opens with a
        // headline exactly as wide as the column.
        let raw = """
            流环境品质城区的精气神和战斗力。敖煜新

            要求，要提高站位，切实强化“美丽拱墅”

            建设重要性的共识。充分认识“美丽拱墅”

            建设是践行殷殷嘱托的实际（下转6版）

            合力打造更具韧性活力竞争力的“地瓜经济”

            创新、大谋发展的鲜明导向，坚定不移

            走好高质量发展之路。我们以“开年即冲刺、

            首季即决战”的精神状态和作风面貌，全力

            """
        let output = try paragraphs(raw)
        #expect(output.contains("合力打造更具韧性活力竞争力的“地瓜经济”"))
        #expect(output.contains { $0.hasPrefix("创新、大谋发展的鲜明导向，坚定不移走好高质量发展之路。") })
    }

    @Test func theLastLineOfAParagraphCutMidWordIsNoHeadline() throws {
        // corpora/generated/width-11: 吉林省委和省政府工作汇 / 报时 (the paragraph's
        // article went on elsewhere), then a headline.
        let raw = """
            本报讯（记者 林

            翰 通讯员 黄朝文）2月28日

            下午， 区委常委会 召开会

            议 ，传 达学习习近平 总书

            记近期重要讲话、重要致

            辞、重要指示批示精神，

            研究 部署我区贯彻落实 工

            作，并听取区人大常委会

            党组、区政府党组、区政

            协党组、区法院党组、区

            检察院党组杨国琴、 王翔

            等区四套班子领导参加。

            会议指出，要深入学

            习贯 彻习近平总书记听取

            吉林省委和省政府工作汇

            报时

            合力打造更具韧性活力竞争力的“地瓜经济”

            会议强调，要认真学

            习贯彻习近平总书记在中

            央政治局第十二次集体学

            习时的重要讲话精神，统

            筹新能源发展和国家能源

            安 全，处理好新能源与传

            统能源、全局与局部、政

            """
        let output = try paragraphs(raw)
        #expect(output.contains("会议指出，要深入学习贯彻习近平总书记听取吉林省委和省政府工作汇报时"))
        #expect(output.contains("合力打造更具韧性活力竞争力的“地瓜经济”"))
    }

    @Test func aHeadlineAfterAParagraphCutShortStaysApart() throws {
        // corpora/generated/width-16: 团拜访。在与企业 ends its paragraph on a short
        // line; the headline after it, shorter than the column, is no last line.
        let raw = """
            “为帮助辖区企 业尽快重塑市场

            信心，我们正在积极筹备‘聚势启新

            程 奋力拼经济’系列活动。”街道

            党工委书记姜利民介绍，据悉，依托

            辖区核心产业优势的电竞电竞酒 店综

            合服务项目、多载“算 力盒”项目、

            哪吒汽车城市展示中心项目、树兰医

            院 基 金 平 台 等 重 点 产 业 项 目 签 约 活 动

            正在紧锣密鼓地谋划中。以“迎亚运

            ·武林 消费季”为 主题，辖区中大 银

            泰综合体、永丰大润发大型商超等零

            售商贸龙头企业，以及石桥 新华互联

            网产业园、杨家新能源特色街区的促

            消费活动也将于近期推出。形式多样

            的企业家联谊、银企 对接、项目路演、

            招商资源发 布、产业发展交流、经济

            形势分析讲座等活动更是为企业搭建

            了多元化的沟通交流平台。

            加快科创领域集聚成势  塑造高质量发展新动能

            聚力外引内培升级营商环境  夯实做大经济“压舱石”“基本盘”

            随后，李志龙一行前往顺丰集团

            团拜访。在与企业

            李志龙赴企业走访调研时强调

            本报讯（记者 郑斌 通讯员 张

            志新）日前，2025年建设“美丽拱墅”

            """
        let output = try paragraphs(raw)
        #expect(output.contains("随后，李志龙一行前往顺丰集团拜访。在与企业"))
        #expect(output.contains("李志龙赴企业走访调研时强调"))
    }

    @Test func aSentenceEndBeforeAnIndentedLineEndsAParagraphWithoutABlankLine() throws {
        // corpora/generated/width-12, blank lines at most paragraph ends (Tesseract):
        // 全 年红。 fills the column and 会议强调，要认真学习 is short by the lost indent.
        let raw = """
            前 期工作等。”康桥街道区
            域发展办公室主任沈国强表
            示。

            聚力唱响“两个一流”主旋律齐心开启高质量发展新篇章

            区“1515”攻坚行动商圈建设专题推进会召开

            会议指出，要认真学习
            贯彻习近平总书记在2月29
            日中共中央政治局会议上的
            重要讲话精神，坚持稳中求
            进、以进促稳、先立 后破，
            统筹推进三个“一 号工程”
            和“ 三 支队伍”建设，紧扣
            深化改革、强 基固 本主线，
            扎实开展“1515”攻坚 行动，
            持续浓厚大抓项目、 抓大项
            目氛围，着力打好扩投资促
            消费稳外贸组合拳，全力推
            动月月赢、季季旺、全 年红。
            会议强调，要认真学习
            贯彻习近平总书记在中央政
            治局第 十二次集体学习时的
            重 要讲话精神，统筹新能源
            发展和国家能 源安全，处理
            好新能源与传统能源、全局
            与局部、政府与市场、能源
            开发和节约利用等关系，提
            高能源保供能力，加快构建
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("全力推动月月赢、季季旺、全年红。") })
        #expect(output.contains { $0.hasPrefix("会议强调，要认真学习贯彻习近平总书记在中央政治局") })
    }

    @Test func aLabelCuttingASentenceBeforeAWordThatBindsBackIsStillALabel() throws {
        // corpora/generated/width-13: …建强中欧人才交流 / 同舟共破浪 / 与创新合作中心…
        // (与 binds to what is before it, but a full line does not end a paragraph).
        let raw = """
            权强县试点，孵化 专 利“金种
            子”企业60家 ，实现有效发明
            专利拥有量18000件、高价值
            发明专利拥有量6900件、每万
            人拥有量58件以上、海外发明
            专利申请量达到90件以上。更
            大力度吸引社会资本参与创业
            投资，壮大耐心资本，发挥省
            科创母基金三期、人才科创基
            金牵引作用，撬动更多优 质科
            技创新资源。深化新时代人 才
            强区战略，建强中欧人才交流

            同舟共破浪

            与 创新合作中心拱墅基地，促
            进科 创人才国际交流合作，新
            增顶尖领军人才10名，“大运
            英才”项目100个，市级高层
            次人才3000名以上。推进青年
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("建强中欧人才交流与创新合作中心拱墅基地") })
        #expect(output.contains("同舟共破浪"))
    }

    @Test func aShortLineEndingInAColonEndsItsParagraph() throws {
        // corpora/generated/width-14: …具体工作中要 / 着重把握好4个方 面： is the last
        // line of its paragraph, not a caption cutting it.
        let raw = """
            康桥街道、天水街道、石桥街道、
            祥符街道、东新街道作交流发言。

            全面排查治本攻坚  牢牢守住安全底线

            要实现以上目 标，我们必须
            坚 定信心、迎难而上 ，以最大努
            力争取最好结果。具体工作中要
            着重把握好4个方 面：

            一要坚定扛起勇挑大梁的责
            任担当。牢 牢 把握高 质量发展这
            个首要任务，主动“跳 出拱墅看
            拱墅”，自觉把拱墅发展摆到全
            国和省市大局中去谋划推进，切
            实增强抓机遇的敏锐性、找切口
            的精准性、求突破的实效性，不
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("具体工作中要着重把握好4个方面：") })
        #expect(output.contains { $0.hasPrefix("一要坚定扛起勇挑大梁的责任担当。") })
    }

    @Test func linesBeyondAWideHeadlineDoNotMeasureTheColumn() throws {
        // corpora/generated/width-14: an article 14 wide above a headline, one 12
        // wide below it; measured together, 棍球超级联赛第6赛季（中国站） looked too
        // wide for its column and was taken for a headline.
        let raw = """
            强劲创新动能。

            李志龙在杭钢集团开展“大走访大调研大服务大解题”活动时强调

            本报讯 近日，经国际曲棍
            球联合 会及国家 体育总局手曲棒
            垒球运动管理中心批复同意，拱
            墅区已正式获得FIH世界女子曲
            棍球超级联赛第6赛季（中国站）
            举办权，将于2024年12月在拱墅
            运河体育公 园体育场举行。

            文晖街道：定制政策小课堂 将“关爱”送上门

            深化重点领域改革。统筹抓
            好7项 国 家级、14项 省级改革试
            点及一批 “牵一发动全身”重大
            改革。深化政务服务增值化改革，
            巩固信用修复“一 件事”改革成
            果， 深化“信用+执法”，创新
            “扬帆拱墅”外商投资便利化
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("第6赛季（中国站）举办权，将于2024年12月在拱墅运河体育公园体育场举行。") })
    }

    @Test func anIndentedFirstLineDoesNotEndAParagraph() throws {
        // scripts/generate --seed 11, width-12: 会议指出 ，要深入学习 is short by its
        // indent, so the unpunctuated lines after it, before a headline and a lead,
        // are its body, not headlines.
        let raw = """
            批示精神，研究部署我区贯

            彻落实工作 ，并听取区人大

            常委会党组、区政府党组、

            区政协党组、区法院党组、

            区检察院党组杨 国琴、王翔

            等区四套班子领导参加。

            会议指出 ，要深入学习

            贯彻习近平总书记听取吉林

            省委和省政府工作汇报时

            重要讲话精神和全市重要会议精神

            本报讯（记者 郑斌 通

            讯员 张志新）3月19日上午，

            """
        let output = try paragraphs(raw)
        #expect(output.contains("会议指出，要深入学习贯彻习近平总书记听取吉林省委和省政府工作汇报时"))
        #expect(output.contains("重要讲话精神和全市重要会议精神"))
    }

    @Test func aShortArticleBetweenTwoWideHeadlinesKeepsItsColumn() throws {
        // scripts/generate --seed 11, width-16: four lines between two headlines
        // are too few to measure their column alone.
        let raw = """
            进行了 深入浅出地解读，整个课堂

            郑斌摄

            “干货满满”。本次活动让与 会企业
            白领受益匪浅，为企业全 力冲刺“开
            门红”提振信心 。据了解， 新和平商
            务社区创新推出的“新和平365权益
            指南”服务机制，立足于全方位满足
            辖区企业吃透惠企政 策，满足生活诉
            求，在座企业对 “新和平365权益指
            南”兴趣满满 ，纷纷表示想要加 入其
            中，增强楼宇企业之间的互惠互利。

            接下来，新和平商务社区将立足
            辖区企业实际需 求，不断丰富商务社
            区日 间党群服务种类，推出更多例如
            财税 小课堂、法律小课堂、金融小课
            堂等精准 的定制活动，以更有温度的
            党务、商务、 服务工 作助推经济稳进
            提质。

            区委书记接受浙江日报专访 建一流营商环境 拼一流经济业绩

            本报讯 近日，经国际曲棍球联
            合会及国家 体育总局手曲棒垒 球运动
            管理中心批复同意，拱墅区已正式获
            得FIH世界女（转8版）

            牢固树立大抓招商大抓项目导向  为高质量发展蓄势赋能

            本报讯（记者 林翰 通讯员 黄
            朝 文 ） 为 深 入 贯 彻 落 实 习 近 平 总 书 记
            关于科技创新、产 业创新重要论述和
            考察浙江重要讲话精神，学习创新驱
            动发展先进经验，3月3日下午，区委
            书记李志龙率拱墅区党政代表团赴国
            科大杭州高等研究院、西湖大学云谷
            校区考察学习 ，借他山之石，琢 己身
            之玉，为 拱墅建强联动城西科创大走
            廊、城东智造大走廊的中心枢纽 取经
            问计。董毓民、周扬 、叶伟平、叶泽
            等西湖区领导，敖煜新、杨国琴、王
            翔等 拱墅区领导，王建宇、邵雪荣、
            董清源等高校主要负责人 参加。

            国科大杭州高等研究院创立于
            2019年，由国科大和杭州市合作共建，
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("本报讯 近日，经国际曲棍球联合会及国家体育总局手曲棒垒球运动管理中心批复同意，") })
    }

    @Test func aLineListingThingsIsBodyText() throws {
        // scripts/generate --seed 23, width-24: 塘街道、祥符街道 、米市巷街道、东新街道、区委人才
        // has no comma or stop, but four enumeration commas: a sentence's list.
        let raw = """
            以XOD理念高质量推进大城北、大和平和大运河数智未
            来城等 开发建设，统筹抓好要素导入和产业集聚，实现
            产城人融合 发展。

            三是聚焦“千亿投资”，打好项目攻坚赛。加 快推
            动杭州银行 金融科技大厦、58集团 五省总部等重大项目
            建设，力争全年制造业投资增长、高新技术产业投资增
            长均在20 %以上。

            全面推进商圈做大做强 奋力打造世界级地标商圈群

            会上，区科技局汇报了科创领域工作推进情况。上
            塘街道、祥符街道 、米市巷街道、东新街道、区委人才
            办、区发改经信局、区市场监管局、大运河数智城作交
            流发言。

            聚力唱响“两个一流”主旋律齐心开启高质量发展新篇章

            李志龙出席并讲话  敖煜新主持  吴才敏杨国琴参加

            本报讯 近日，经国际曲棍球联合会及国家体育总
            局手曲棒垒球运动管理中心批复同意，拱墅区已正式获
            得FIH世界女子曲棍球超级联赛第6赛季（中 国站 ）举办
            权，将于2024年12月 在拱墅运河 体育公园 体育场举行 。
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("会上，区科技局汇报了科创领域工作推进情况。上塘街道、祥符街道") && $0.hasSuffix("作交流发言。") })
    }

    @Test func theLastLineAfterAFullUnpunctuatedLineOfASentenceIsNoHeadline() throws {
        // scripts/generate --seed 11, width-16: …听取吉林省委和省政府工作 / 汇报时 (the
        // article went on elsewhere), then a headline and a lead.
        let raw = """
            (上接1版)区贯彻落实工作，并
            听取区人大常委会党组、区政府党组、
            区政协党组、区法院党组、区检察院
            党组杨国琴、王翔等区四套班子领导
            参加。

            会 议 指 出 ， 要 深 入 学 习 贯 彻 习 近
            平总书记听取吉林省委和省政府工作
            汇报时

            重要讲话精神和全市重要会议精神

            本报讯（通讯员 陈磊）“政策
            送到了我们‘家门口’，真是太便利
            了！”新和平商务 社区一家企业白领
            说道。日前，为了助力辖区企业吃透
            惠企政策，鼓足干劲儿冲刺开门红，
            文晖街道新和平商务社区积极发挥桥
            梁作用，在新和平商务社区为 企业精
            心定制了政策小课堂，把“娘家人”
            新一年的关心和祝福送到企业的心坎
            上。

            活 动中，街道与区发改经信局结
            合 企 业 刚 需 ， 对 “ 抢 先 机 、 拼 经 济 ”
            30条、拱墅区2023年经济稳进提质发
            展16条等相关最 新最优惠惠企政策，
            进行了 深入浅出地解读，整个课堂

            郑斌摄

            “干货满满”。本次活动让与 会企业
            白领受益匪浅，为企业全 力冲刺“开
            门红”提振信心 。据了解， 新和平商
            务社区创新推出的“新和平365权益
            指南”服务机制，立足于全方位满足
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasSuffix("听取吉林省委和省政府工作汇报时") })
        #expect(output.contains("重要讲话精神和全市重要会议精神"))
    }

    @Test func closingMarksPastTheColumnEdgeStillMakeAFullLine() throws {
        // scripts/generate --seed 23, width-17: “扬帆拱墅”外商投资便利化“一件事”。 is 19
        // wide in a column of 17 because of its closing marks; it is a full line, and a
        // full line ending a sentence before a full line goes on with the paragraph.
        let raw = """
            冯晶在总部经济高质量发展暨营商环境建设会上要求

            扫一扫  观看专访视频

            深化重点领域改 革。统 筹抓好7项

            国家级、14项省级改革试点及一批“牵

            一发动全身”重大改革。深化政务服务

            增值化改革，巩固信 用修复“ 一件事”

            改革成果，深化“信用+执法”，创新

            “扬帆拱墅”外商投资便利化“一件事”。

            深化招商体制改 革，实施招商引资提质

            专项行动，开展产业链、全要素招 商，

            健全“基金+基地+产业”招商模式，优

            化驻点招商考核管理体系， 集中力量招

            大 引 强 、 招 新 引 优 ， 引 进 亿 元 以 上 产 业

            项目60个 、优 质产业链项目160个。深

            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("外商投资便利化“一件事”。深化招商体制改革，实施招商引资提质专项行动") })
    }

    @Test func aDashInsideASentenceDoesNotStartAParagraph() throws {
        // scripts/generate --seed 7, width-19: …召开了一个重要会议 fills its line and
        // ——高质量发展大会。 goes on with the sentence (a —— after a full stop opens an item).
        let raw = """
            加快科创领域集聚成势  塑造高质量发展新动能

            春早人更勤，万物竞勃兴。迎着初春的
            暖阳，我区昨天又隆重召开了一个重要会议
            ——高质量发展大会。这是一次坚定 发展信
            心的表彰会，坚守战略定力的宣示会，全力
            冲刺目标的动 员会，全面比学赶超的誓师会，
            也 是彰显拱墅诚意的表态会。大会围绕“建
            一 流 营 商 环 境 、 拼 一 流 经 济 业 绩 ” 主 题 ， 彰
            显政企一心、真抓实干打好经济 翻身仗的决
            心信心，吹响以月保季、以季保年奋力实现
            全年目标任务的冲锋号角。

            回首2022年，我们见风雨也见彩虹。坚
            决落实“疫情要防住、 经济要稳住、发展要
            安全”，有力应对多重挑战，有效实现多重
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.contains("我区昨天又隆重召开了一个重要会议——高质量发展大会。") })
    }

    @Test func aHeadlineAsShortAsTheFirstLineAfterItStaysApart() throws {
        // scripts/generate --seed 7, width-18: 持续推动教育科技人才产业一体化发展 and the
        // paragraph's first line are both a character short of the column; a first
        // line is shorter than the full line after it, not as long as it.
        let raw = """
            江

            日

            报

            记

            者

            手

            记

            持续推动教育科技人才产业一体化发展

            国科大杭州高等研究院创立于2019年，

            由国科大和杭州市合作共建，近年来立足

            “高起点、小而精、创新型”的办学定位，

            实施以人才培养为核心、以科学研究和创

            新创业为 两翼的“一核两翼”发展战略，

            坚持面向世界科技前沿和国家发展需要，

            """
        let output = try paragraphs(raw)
        #expect(output.contains("持续推动教育科技人才产业一体化发展"))
        #expect(output.contains { $0.hasPrefix("国科大杭州高等研究院创立于2019年，") })
    }

    @Test func aParagraphPrintedTwiceIsPrintedOnce() throws {
        // scripts/generate --seed 7, width-25: a one-line paragraph cut mid-sentence
        // by its article's jump, printed twice; the copy must not join it.
        let raw = """
            和 省市委部署要求，聚焦 打好经济 翻身仗 和 亚运攻坚仗重

            点工作，全力推动 安商稳商、招大引强、招才引智各项工

            作打开新局面、取得新成效。希望招商蛇口能够在已有合

            作基 础上，深度参与拱墅“三城五区”建设，充分发挥招

            商蛇口运河网谷项目的平台纽带作用，更好以商引商、以

            企引企 ，吸引更多优质项目、优秀人才入驻园区、落户拱

            拱墅， 双方携手 打造“双 招双引”强磁场，推动政 企合作迈

            上新台阶。

            随后，李志龙一行前往顺丰集团拜访。在 与企 业

            随后，李志龙一行前往顺丰集团拜访。在与企业

            重要讲话精神和全市重要会议精神

            李志龙讲话 冯晶主持 区2022年度“双百”企业名单等公布

            优化创新 创业生态。强化与杭州市知识产权交易服务

            """
        let output = try paragraphs(raw)
        #expect(output.filter { $0.hasPrefix("随后，李志龙一行前往顺丰集团拜访。") } == ["随后，李志龙一行前往顺丰集团拜访。在与企业"])
    }

    @Test func aFirstLineCutFromItsWordByACaptionIsBodyText() throws {
        // corpora/generated/width-13: after a vertical headline, 国科大杭州高等研究院 创 /
        // 郑斌摄 / 立于2019年: the caption cuts 创立, so the line above it is no headline.
        let raw = """
            市
            重
            要
            会
            议
            精
            神

            国科大杭州高等研究院 创

            郑斌摄

            立于2019年，由国科大和杭州
            市合作共建，近年来立足“高
            起点、小而精、创新型”的办
            学定位，实施以人才培养为核
            心、以科 学研究和创新创业为
            两翼的“一核两翼”发展战略，
            坚持面向世界科技前沿和国家
            发展需要，以科技创新驱动产
            学研深度融合，助力 区域经济
            社会高质量发展。代表团一行
            先后参观了浙江省系统健康科
            学重点实验室、浙江省引力波
            """
        let output = try paragraphs(raw)
        #expect(output.contains { $0.hasPrefix("国科大杭州高等研究院创立于2019年，由国科大和杭州市合作共建") })
        #expect(output.contains("郑斌摄"))
    }

    @Test func aContinuationAfterAJumpMarkerStartsItsOwnParagraph() throws {
        // corpora/generated/issue-02's page 3: the reprinted headline fits the column
        // and has one space; the continuation opens with （上接第1版）.
        let raw = """
            墅将以XOD理念高质量推进大城北、大和平和大运
            河数智未来城等开发建设，统筹抓好要素导入和产
            业集聚，实现产城人融合发展。

            加快科创领域集聚成势 塑造高质量发展新动能

            （上接第1版）合服务中心，细致了解越城
            区 低空经济发展情况。大家表示，越城区立足自
            身区位 优势和平台优势，谋划布局低空经济产业，
            目标明确、路径清晰、成效显著。

            """
        let output = try paragraphs(raw)
        try #require(output.count == 3)
        #expect(output[1] == "加快科创领域集聚成势 塑造高质量发展新动能")
        #expect(output[2].hasPrefix("合服务中心，细致了解越城区低空经济发展情况。"))
    }

    @Test func verticalTextBecomesOneLine() throws {
        let output = try paragraphs(try Seeds.text("003_dc93311a83d8204f.txt"))
        #expect(output.contains { $0.hasPrefix("重要讲话精神和全市重要会议精神") })
        #expect(!output.contains("重"))
    }

    @Test func aHeadlineAndALeadOnOneLineAreSplit() throws {
        let output = try paragraphs(try Seeds.text("003_dc93311a83d8204f.txt"))
        #expect(output.contains("拱墅与省二轻集团开展座谈交流"))
        #expect(output.contains { $0.hasPrefix("本报讯（记者 林韬 通讯员 黄朝文）3月20日上午，区委书记李志龙赴杭州钢铁集团") })
    }

    @Test func textAfterAForwardJumpStartsANewParagraph() throws {
        // Seed 000: 集团拜访。在与企 业（下转7版） is followed by the next article.
        let output = try paragraphs(try Seeds.text("000_60be760428ae1841.txt"))
        let cut = try #require(output.firstIndex { $0.hasSuffix("集团拜访。在与企业") })
        #expect(!output[cut + 1].isEmpty)
        #expect(!output.joined().contains("下转"))
    }

    @Test func blankLinesAtParagraphEndsOnlyAreSignals() throws {
        // Tesseract-style: lines of a paragraph follow each other; a blank line ends it.
        let raw = "在座谈中，李志龙简要介绍了拱墅去年以来的经济社会\n发展情况。他表示，当前拱墅正深入学习贯彻党的\n二十大精神。\n\n张利明感谢拱墅一直以来对集团发展提供的支持帮\n助。\n"
        #expect(try paragraphs(raw) == [
            "在座谈中，李志龙简要介绍了拱墅去年以来的经济社会发展情况。他表示，当前拱墅正深入学习贯彻党的二十大精神。",
            "张利明感谢拱墅一直以来对集团发展提供的支持帮助。",
        ])
    }

    @Test func latinJoins() throws {
        #expect(try Cleaner.only("paragraphs").clean("我们说，这是Web3.\nOK的例子，\n好。").text == "我们说，这是Web3. OK的例子，好。")
        #expect(try Cleaner.only("paragraphs").clean("加快推进OLED显示屏修复项\n目投产，\n好。").text == "加快推进OLED显示屏修复项目投产，好。")
    }
}

@Suite struct PageBreakTests {
    @Test func nothingJoinsAcrossAFormFeedOrAPageLine() throws {
        let cleaner = try Cleaner()
        #expect(try cleaner.clean("在座谈中，李志龙简要\n\u{0C}\n介绍了情况。\n").text
                == "在座谈中，李志龙简要\n\n\u{0C}\n\n介绍了情况。\n")
        #expect(try cleaner.clean("在座谈中，李志龙简要\u{0C}介绍了情况。").text
                == "在座谈中，李志龙简要\n\n\u{0C}\n\n介绍了情况。\n")
        #expect(try cleaner.clean("在座谈中，李志龙简要\n=== 第7版 ===\n介绍了情况。\n").text
                == "在座谈中，李志龙简要\n\n=== 第7版 ===\n\n介绍了情况。\n")
    }

    /// The page number of a separator line is read up to nine digits; a
    /// longer one is no page's (a fuzz find: reading on overflowed).
    @Test func aSeparatorNamesAPageOfNineDigitsAtMost() throws {
        #expect(PageBreak.number(line: "=== 第7版 ===") == 7)
        #expect(PageBreak.number(line: "=== 第123456789版 ===") == 123_456_789)
        #expect(PageBreak.number(line: "=== 第1234567890版 ===") == nil)
        #expect(PageBreak.number(line: "=== 第99999999999999999999999999版 ===") == nil)
        let cleaned = try Cleaner().clean("本报讯 测试。\n=== 第99999999999999999999999999版 ===\n第二页。\n")
        #expect(cleaned.text.contains("99999999999999999999999999"))
    }

    @Test func twoSeedPagesInOneInputCleanAsEachAlone() throws {
        let cleaner = try Cleaner()
        let first = try Seeds.text("000_60be760428ae1841.txt"), second = try Seeds.text("001_284f3cfe373fd87f.txt")
        let together = try cleaner.clean(first + "\n\u{0C}\n" + second).text
        #expect(together == (try cleaner.clean(first).text) + "\n\u{0C}\n\n" + (try cleaner.clean(second).text))
    }

    @Test func aParagraphOnTwoPagesIsNotADuplicate() throws {
        let paragraph = "会议审议并表决通过了区人大常委会2023年工作要点。"
        let text = "\(paragraph)\n\n\u{0C}\n\n\(paragraph)\n"
        #expect(try Cleaner().clean(text).edits.isEmpty)
    }

    /// After a whole paragraph that stops mid-sentence, short lines whose
    /// words run on from it join it all in one pass: the join of each is
    /// asked of the paragraph joined so far (a fuzz find joined one a pass,
    /// ran out of passes, and left the last for a second cleaning).
    @Test func shortLinesAfterAWholeParagraphJoinItInOnePass() throws {
        let raw = "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，进\n"
            + "一步建\n议建\n设建\n设进\n步建\n设进\n一步建\n设\n"
        let cleaner = try Cleaner()
        let result = try cleaner.clean(raw)
        #expect(result.text == "会议强调，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，"
            + "进一步建议建设建设进步建设进一步建设\n")
        #expect(try cleaner.clean(result.text).edits.isEmpty)
    }
}
