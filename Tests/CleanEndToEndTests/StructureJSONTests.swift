import Foundation
import Testing

/// `clean --format json`: the schema, checked key by key on seed 000.
@Suite struct StructureJSONTests {
    func object(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }
    func strings(_ value: Any?) throws -> [String] { try #require(value as? [String]) }

    @Test func schemaOnSeed000() throws {
        let run = try CLI.run(["--format", "json", CLI.seeds.appendingPathComponent("000_60be760428ae1841.txt").path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let file = try object(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)))
        #expect(Set(file.keys) == ["file", "pages"])
        #expect((file["file"] as? String)?.hasSuffix("000_60be760428ae1841.txt") == true)
        let pages = try #require(file["pages"] as? [[String: Any]])
        #expect(pages.count == 1)
        let articles = try #require(pages[0]["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        for article in articles {
            #expect(Set(article.keys).isSubset(of: ["headlines", "byline", "body", "captions", "jumps"]))
            _ = try strings(article["headlines"]); _ = try strings(article["body"]); _ = try strings(article["captions"])
            for jump in try #require(article["jumps"] as? [[String: Any]]) {
                #expect(Set(jump.keys) == ["direction", "page", "line", "column"])
                #expect(["continues-on", "continued-from"].contains(jump["direction"] as? String ?? ""))
                #expect(jump["page"] is Int && jump["line"] is Int && jump["column"] is Int)
            }
            if let byline = article["byline"] {
                let byline = try object(byline)
                #expect(byline["lead"] as? String == "本报讯")
                for credit in try #require(byline["credits"] as? [[String: Any]]) {
                    #expect(credit["role"] is String)
                    _ = try strings(credit["names"])
                }
            }
        }
        // The first article: its headlines printed after its body are attached to it.
        #expect(try strings(articles[0]["headlines"]).contains("合力打造更具韧性活力竞争力的“地瓜经济”"))
        // Several names for one role.
        let credits = try #require((try object(articles[3]["byline"]))["credits"] as? [[String: Any]])
        #expect(credits.first?["role"] as? String == "记者")
        #expect(try strings(credits.first?["names"]) == ["林韬", "郑斌"])
        // The page's top headlines go to the article they name, further down.
        #expect(try strings(articles[4]["headlines"]).contains("拱墅区高质量发展大会召开"))
        // Jump links, with where the marker stood.
        let jumps = articles.flatMap { ($0["jumps"] as? [[String: Any]]) ?? [] }
        #expect(jumps.count == 3)
        #expect(jumps.allSatisfy { $0["page"] as? Int == 7 })
    }

    @Test func captionsAreTheirOwn() throws {
        let run = try CLI.run(["--format", "json", CLI.seeds.appendingPathComponent("002_3e1904aefa3dd74a.txt").path])
        let file = try object(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)))
        let articles = try #require((file["pages"] as? [[String: Any]])?.first?["articles"] as? [[String: Any]])
        #expect(articles.contains { ((($0["captions"] as? [String]) ?? []).contains("郑斌摄")) })
    }

    /// Pages cut by `=== 第N版 ===` lines are each a page of the file's
    /// object (the second was dropped: the file counted one page a form feed).
    @Test func separatorLinesOpenPages() throws {
        let run = try CLI.run(["--format", "json", "-"], stdin: "=== 第1版 ===\n\n本报讯（记者 林韬）今天召开座谈会。\n\n"
                                  + "=== 第2版 ===\n\n本报讯（记者 王凯）明天召开大会。\n")
        let file = try object(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)))
        let pages = try #require(file["pages"] as? [[String: Any]])
        #expect(pages.map { $0["number"] as? Int } == [1, 2])
        let bodies = pages.map { (($0["articles"] as? [[String: Any]]) ?? []).flatMap { ($0["body"] as? [String]) ?? [] } }
        #expect(bodies == [["本报讯（记者 林韬）今天召开座谈会。"], ["本报讯（记者 王凯）明天召开大会。"]])
    }

    @Test func jsonDoesNotGoWithReports() throws {
        #expect(try CLI.run(["--format", "json", "--diff"], stdin: "甲").status == 2)
    }
}
