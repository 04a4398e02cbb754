import ICUKit

/// Reads `PageStructure`s from a cleaning result (see `PageStructure`).
struct StructureReader {
    let result: CleanResult
    /// The number of each page between two form feeds (an issue's files,
    /// a stream's pages), as `Cleaner.clean(_:pageNumbers:)` takes them.
    let pageNumbers: [Int]?
    /// The text goes on with a page that text before it opened (a window of
    /// a stream after the first, which starts after a page break or before a
    /// `=== 第N版 ===` line): its first page is that page, and a separator
    /// line opening it opens a new one.
    var continuing = false
    let classifier = CharacterClassifier()

    struct Paragraph {
        let text: String
        let range: Range<Int>
    }

    enum Kind { case lead, body, heading, caption }

    /// Each page's structure, with the form feeds before it: the pages a
    /// file's text holds are its form feeds' and its `=== 第N版 ===` lines'.
    func read() throws -> [(structure: PageStructure, formFeedsBefore: Int)] {
        let output = result.scalars
        // Output paragraphs, cut into pages at page breaks.
        var pages: [(number: Int?, formFeedsBefore: Int, start: Int, paragraphs: [Paragraph])] =
            [(pageNumbers?.first, 0, 0, [])]
        var start = 0, formFeeds = 0
        for index in 0...output.count where index == output.count || output[index] == "\n" {
            defer { start = index + 1 }
            guard start < index else { continue }
            let range = start..<index
            if PageBreak.matches(output[range]) {
                let letters = Array(output[range].filter { $0 != " " })
                let isFormFeed = letters == ["\u{0C}"]
                if isFormFeed { formFeeds += 1 }
                // (A form feed's page is numbered as the cleaner numbered it;
                // a separator's, by the separator.)
                let number = PageBreak.page(ofSeparator: letters) ?? (isFormFeed ? pageNumbers?[safe: formFeeds] : nil)
                if !continuing && pages.count == 1 && pages[0].paragraphs.isEmpty && !isFormFeed {
                    pages[0].number = number  // a '=== 第N版 ===' line that opens the input
                } else {
                    pages.append((number, formFeeds, start, []))
                }
                continue
            }
            pages[pages.count - 1].paragraphs.append(
                Paragraph(text: String(scalars: output[range]), range: range))
        }
        // Each page's jumps: those that stood from its break line to the next's.
        var jumps = jumpPositions()[...]
        // (Taken when a page first has a headline to place: a page of one
        // article needs no dictionary.)
        var breaker: WordBreakerBox?
        defer { if let breaker { result.breakers.giveBack(breaker) } }
        return try pages.indices.map { number in
            let page = pages[number], end = number + 1 < pages.count ? pages[number + 1].start : Int.max
            let own = jumps.prefix { $0.offset < end }
            jumps = jumps.dropFirst(own.count)
            let articles = try articles(page.paragraphs, Array(own)) {
                if let breaker { return breaker }
                let taken = try result.breakers.take()
                breaker = taken
                return taken
            }
            return (PageStructure(number: page.number, articles: articles), page.formFeedsBefore)
        }
    }

    /// Each removed jump marker, with the output offset where it stood.
    func jumpPositions() -> [(offset: Int, jump: Jump)] {
        // (In the order they stand in the output. Most pages have none, and
        // their log is not replayed.)
        let placed = result.records.placed(JumpMarkers().name, on: result.input).enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }.map(\.element)
        guard !placed.isEmpty else { return [] }
        let locator = SourceLocator(result.input)
        return placed.flatMap { edit in
            let location = locator.location(at: edit.span.lowerBound)
            return JumpMarker.find(in: edit.before[...], classifier: classifier).map { marker in
                (edit.offset, Jump(direction: marker.direction, page: marker.page,
                                   line: location.line, column: location.column))
            }
        }
    }

    func articles(_ paragraphs: [Paragraph], _ jumps: [(offset: Int, jump: Jump)],
                  _ breaker: () throws -> WordBreakerBox) throws -> [Article] {
        // What each paragraph is.
        var kinds: [Kind] = paragraphs.map { paragraph in
            if paragraph.text.hasPrefix("本报讯") { return .lead }
            let punctuated = paragraph.text.unicodeScalars.contains { PrintedLine.sentencePunctuation.contains($0) }
            return punctuated ? .body : .heading
        }
        for index in kinds.indices.dropFirst().dropLast() where kinds[index] == .heading {
            if kinds[index - 1] != .heading, kinds[index + 1] == .body,
               paragraphs[index].text.unicodeScalars.count <= 16 {
                kinds[index] = .caption
            }
        }
        // Articles: a news lead opens one; body text before the first lead is one too.
        var articles: [Article] = []
        var articleOf = [Int?](repeating: nil, count: paragraphs.count)
        for (index, kind) in kinds.enumerated() {
            switch kind {
            case .lead:
                articles.append(Article(byline: Self.byline(paragraphs[index].text, classifier),
                                        body: [paragraphs[index].text]))
                articleOf[index] = articles.count - 1
            case .body:
                // After a headline run, body text without a news lead opens an
                // article of its own (a sidebar such as 浙江日报记者手记).
                if articles.isEmpty || index > 0 && kinds[index - 1] == .heading
                    && articles.last?.body.isEmpty == false {
                    articles.append(Article())
                }
                articles[articles.count - 1].body.append(paragraphs[index].text)
                articleOf[index] = articles.count - 1
            case .caption:
                if articles.isEmpty { articles.append(Article()) }
                articles[articles.count - 1].captions.append(paragraphs[index].text)
                articleOf[index] = articles.count - 1
            case .heading:
                break
            }
        }
        // Headline runs go to the article before or after them, by shared words.
        // (Each article's body is read once, when a headline is first weighed
        // against it, and segmented only where a headline's word may be one
        // of its words: see `BodyWords`. Segmented whole for every headline
        // run, a folder of pages took twelve times as long as --check.)
        var bodyWords = [BodyWords?](repeating: nil, count: articles.count)
        var index = 0
        while index < kinds.count {
            guard kinds[index] == .heading else { index += 1; continue }
            var end = index
            while end + 1 < kinds.count, kinds[end + 1] == .heading { end += 1 }
            let lines = paragraphs[index...end].map(\.text)
            let before = index > 0 ? articleOf[index - 1] : nil
            let after = end + 1 < kinds.count ? articleOf[end + 1] : nil
            // Any article of the page may be the one a headline names (the
            // page's top headlines often belong to an article further down);
            // the neighbours win ties and get one shared word for free.
            var target = after ?? before
            if !articles.isEmpty {
                let breaker = try breaker()
                let headline = lines.joined().scalarArray
                let words = try Self.words(headline, in: headline.indices, breaker).map(\.scalarArray)
                var best = -1
                for (number, article) in articles.enumerated() {
                    // (Headlines never go to an article's body: its words stay.)
                    if number >= bodyWords.count { bodyWords.append(nil) }
                    var body = bodyWords[number] ?? BodyWords(article.body.joined())
                    var score = try words.count { try body.contains($0, breaker: breaker) } * 2
                    bodyWords[number] = body
                    if number == after { score += 3 } else if number == before { score += 2 }
                    if score > best { best = score; target = number }
                }
            }
            if let target {
                articles[target].headlines += lines
            } else {
                articles.append(Article(headlines: lines))
            }
            index = end + 1
        }
        // Jumps go to the article of the paragraph they stood in or after (a
        // headline's: the article before it), or else to the page's first;
        // on a page of no paragraph, to an article of their own. (Placed only
        // in a paragraph's span, one between paragraphs or before a page's
        // first article was lost: seed 004's （下转7版） after its byline.)
        for (offset, jump) in jumps {
            let paragraph = paragraphs.lastIndex { $0.range.lowerBound <= offset }
            let before = paragraph.flatMap { articleOf[...$0].compactMap { $0 }.last }
            if let article = before ?? articleOf.lazy.compactMap({ $0 }).first ?? articles.indices.first {
                articles[article].jumps.append(jump)
            } else {
                articles.append(Article(jumps: [jump]))
            }
        }
        return articles
    }

    /// The dictionary words (two characters or more) of `range` of a text.
    static func words(_ scalars: [Unicode.Scalar], in range: Range<Int>, _ breaker: WordBreakerBox) throws -> Set<String> {
        // (Strings made of the dictionary's words only, not of every segment.)
        var words = Set<String>()
        for (segment, kind) in try breaker.segments(of: scalars, in: range)
        where WordSegment.isDictionaryWord(kind, length: segment.count) {
            words.insert(String(scalars: scalars[segment]))
        }
        return words
    }

    /// 本报讯（记者 林韬 通讯员 王凯）→ lead 本报讯, credits 记者: 林韬, 通讯员: 王凯.
    static func byline(_ text: String, _ classifier: CharacterClassifier) -> BylineInfo? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 4, scalars[3] == "（" || scalars[3] == "(",
              let close = scalars[4...].firstIndex(where: { $0 == "）" || $0 == ")" }) else {
            return BylineInfo(lead: "本报讯", credits: [])
        }
        let words = String(scalars: scalars[4..<close]).split(separator: " ").map(String.init)
        var credits: [BylineInfo.Credit] = []
        for word in words {
            if Byline.roles.contains(where: { $0.elementsEqual(word.unicodeScalars) }) {
                credits.append(BylineInfo.Credit(role: word, names: []))
            } else if !credits.isEmpty {
                credits[credits.count - 1].names.append(word)
            } else {
                credits.append(BylineInfo.Credit(role: "", names: [word]))
            }
        }
        return BylineInfo(lead: "本报讯", credits: credits)
    }
}
