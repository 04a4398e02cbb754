import OCRClean
import Testing

@Suite struct CorpusDuplicatesTests {
    let seed = "000_60be760428ae1841.txt"

    @Test func aPageReprintedInAnotherFileIsFoundParagraphByParagraphWithItsKeptCopy() throws {
        let raw = try Seeds.text(seed)
        let first = try Cleaner().clean(raw), second = try Cleaner().clean(raw)
        var corpus = CorpusDuplicates()
        #expect(corpus.review(first, name: "a.txt").isEmpty)
        let findings = corpus.review(second, name: "b.txt")
        // Every body paragraph of 40+ characters, and nothing else (no headline).
        let body = first.text.split(separator: "\n").filter { line in
            line.filter { !$0.isWhitespace }.count >= 40 && line.contains("。")
        }
        #expect(findings.count == body.count)
        #expect(findings.allSatisfy { $0.file == "b.txt" && $0.keptIn == "a.txt" && $0.keptLine == $0.line })
        #expect(findings.allSatisfy { $0.similarity == 1 })
        // The lead 本报讯（记者 林韬 通讯员 王凯）… starts on line 6 of the page.
        #expect(findings.first?.line == 6)
    }

    @Test func removingTheRepeatsLeavesTheHeadlinesAndALogThatReplays() throws {
        let raw = try Seeds.text(seed)
        var corpus = CorpusDuplicates()
        _ = corpus.review(try Cleaner().clean(raw), name: "a.txt")
        let second = try Cleaner().clean(raw)
        let findings = corpus.review(second, name: "b.txt")
        let removed = try second.applying(CorpusDuplicates.changes(removing: findings), rule: CorpusDuplicates.rule)
        #expect(removed.text.contains("拱墅区高质量发展大会召开"))
        #expect(!removed.text.contains("本报讯"))
        #expect(!removed.text.contains("\n\n\n"))
        #expect(try EditLog.replay(removed.edits, on: raw) == removed.text)
        #expect(removed.edits.filter { $0.rule == CorpusDuplicates.rule }.count == findings.count)
    }

    @Test func aRepeatThatOpensTheTextGoesWithTheBlankLineAfterIt() throws {
        let paragraph = "会议听取了区人大各街道工委关于2022年工作情况和2023年工作计划的报告，并表决通过了决议，部署了下一步工作。"
        var corpus = CorpusDuplicates()
        _ = corpus.review(try Cleaner().clean(paragraph + "\n"), name: "a")
        let second = try Cleaner().clean("\(paragraph)\n\n\(paragraph.replacingOccurrences(of: "会议", with: "大会"))\n\n结束。\n")
        let findings = corpus.review(second, name: "b")
        let removed = try second.applying(CorpusDuplicates.changes(removing: findings), rule: CorpusDuplicates.rule)
        #expect(findings.count == 2)
        #expect(removed.text == "结束。\n")
    }

    @Test func oneMisreadCharacterIsStillARepeat() throws {
        let paragraph = "拱墅将以更大力度抓企业研发投入，推动创新链产业链资金链人才链深度融合，为杭州打好经济翻身仗作出最大贡献。"
        var corpus = CorpusDuplicates()
        _ = corpus.review(try Cleaner().clean(paragraph + "\n"), name: "a")
        let misread = paragraph.replacingOccurrences(of: "研发", with: "研友")
        #expect(corpus.review(try Cleaner().clean(misread + "\n"), name: "b").count == 1)
    }

    @Test func notRepeats() throws {
        var corpus = CorpusDuplicates()
        _ = corpus.review(try Cleaner().clean("""
            区委书记李志龙出席会议并讲话。

            拱墅区2025年招商大会召开  聚焦打造两廊联进中心枢纽  推动高质量发展再上新台阶开创新局面

            会议强调，要深入学习贯彻习近平总书记重要讲话精神，扎实推进各项工作，确保全年目标任务圆满完成。

            """), name: "a")
        let findings = corpus.review(try Cleaner().clean("""
            区委书记李志龙出席会议并讲话。

            拱墅区2025年招商大会召开  聚焦打造两廊联进中心枢纽  推动高质量发展再上新台阶开创新局面

            会议指出，要全面排查整治各类安全风险隐患，压实各方责任，守牢安全底线，为高质量发展提供有力保障。

            """), name: "b")
        // A stock phrase (too short), a headline reprinted (no clause punctuation),
        // and a different paragraph that opens the same way.
        #expect(findings.isEmpty)
        #expect(corpus.count == 2)
    }
}
