@testable import OCRClean
import Testing

/// A page pair built from seed 000: its first article cut with （下转7版）, the
/// rest put on a page 7 after （上接1版）, behind another article.
enum SplitArticle {
    static let seed = try! Seeds.text("000_60be760428ae1841.txt")
    static let cut = seed.range(of: "赴杭钢集团开展")!.lowerBound
    static let page1 = String(seed[..<cut]) + "（下转7版）\n\n"
    static let page7 = "本报讯  近日，区里开会。\n\n（上接1版）\n\n" + String(seed[cut...])
}

@Suite struct StitchTests {
    let cleaner = try! Cleaner()

    @Test func aPagePairInOneInputStitchesBackToTheOriginalParagraph() throws {
        let original = try cleaner.clean(SplitArticle.seed).text.components(separatedBy: "\n\n")
        let input = "=== 第1版 ===\n" + SplitArticle.page1 + "=== 第7版 ===\n" + SplitArticle.page7
        let stitched = try cleaner.clean(input).text.components(separatedBy: "\n\n")
        let lead = try #require(original.first { $0.hasPrefix("本报讯（记者 林韬 通讯员 王凯）2月15日") })
        #expect(stitched.contains(lead))
        // Page 7 keeps its own article and loses the continuation.
        let page7 = try #require(stitched.firstIndex(of: "=== 第7版 ==="))
        #expect(stitched[page7 + 1] == "本报讯 近日，区里开会。")
        #expect(stitched.filter { $0.contains("赴杭钢集团开展") }.count == 1)
        #expect(!stitched.joined().contains("下转") && !stitched.joined().contains("上接"))
    }

    @Test func formFeedPagesNumberedByTheCaller() throws {
        let input = SplitArticle.page1 + "\u{0C}\n" + SplitArticle.page7
        let stitched = try cleaner.clean(input, pageNumbers: [1, 7])
        #expect(stitched.text.contains("区委书记李志龙赴杭钢集团开展"))
        let unnumbered = try cleaner.clean(input)  // pages 1 and 2: page 7 is not there
        #expect(!unnumbered.text.contains("区委书记李志龙赴杭钢集团开展"))
        #expect(unnumbered.diagnostics.contains { $0.rule == "stitch" && $0.message.contains("continues on page 7") })
    }

    @Test func aFormFeedPageAfterASeparatorLineIsNumberedByTheFormFeedsBeforeIt() throws {
        // 第1版 by its line, then pages 2 to 7 after form feeds: the jump from
        // page 1 reaches page 7 (numbered over all breaks, the first form-feed
        // page was 3 and the last 8).
        let filler = "本报讯  近日，区里开会。\n"
        let input = "=== 第1版 ===\n" + SplitArticle.page1
            + (2...6).map { _ in "\u{0C}\n" + filler }.joined() + "\u{0C}\n" + SplitArticle.page7
        let result = try cleaner.clean(input)
        #expect(result.text.contains("区委书记李志龙赴杭钢集团开展"))
        #expect(!result.diagnostics.contains { $0.rule == "stitch" && $0.message.hasPrefix("page 1:") })
        // The caller's numbers are for the pages between form feeds.
        let numbered = try cleaner.clean(input, pageNumbers: [1, 2, 3, 4, 5, 6, 7])
        #expect(numbered.text == result.text)
    }

    @Test func aContinuationThatDoesNotFitIsNotGuessed() throws {
        // Two continuations from page 1 on page 7, neither continuing the cut words.
        let page7 = "（上接1版）甲方表示，很好。\n\n（上接1版）乙方表示，很好。\n"
        let input = "本报讯 近日，区里开会，双方（下转7版）\n\u{0C}\n" + page7
        let result = try cleaner.clean(input, pageNumbers: [1, 7])
        #expect(result.diagnostics.contains { $0.message.contains("none stitched") })
        #expect(result.text.contains("甲方表示") && result.text.contains("乙方表示"))
    }

    @Test func withoutStitchTheHalvesStayApart() throws {
        let input = "=== 第1版 ===\n" + SplitArticle.page1 + "=== 第7版 ===\n" + SplitArticle.page7
        let apart = try Cleaner(CleanOptions(disabled: ["stitch"])).clean(input).text
        #expect(apart.contains("本报讯（记者 林韬 通讯员 王凯）2月15日上午，区委书记李志龙\n"))
    }

    /// The rule reads paragraphs only when a line ends with a 下转 marker:
    /// the look for one finds it at a line's end, after 转 in words (转型)
    /// on the lines before, on the last line without a line feed, and in a
    /// cut page of the seeds; not inside a line, nor where 转 is only in words.
    @Test func aLineEndingWithAForwardJumpIsFoundByItsTurn() {
        let classifier = CharacterClassifier()
        func found(_ text: String) -> Bool {
            Stitch.hasLineEndingWithForwardJump(Document(text), classifier)
        }
        #expect(found("推动数字化转型发展\n\n区委书记李志龙（下转7版）\n\n本报讯"))
        #expect(found("转型\n转化\n区委书记李志龙（下转7版） "))
        #expect(found(SplitArticle.page1))
        #expect(!found("区委书记李志龙（下转7版）赴杭钢集团\n\n推动数字化转型"))
        #expect(!found("推动数字化转型发展\n\n（上接1版）转化"))
        #expect(!found(""))
    }
}
