/// `duplicates`: a paragraph or sentence that OCR or layout printed twice is
/// printed once, the first time (CONVENTIONS.md §4).
///
/// - A whole paragraph of 10 characters or more that repeats an earlier one
///   anywhere on the page — exactly, or differing only in whitespace,
///   punctuation width or one OCR-broken character in fifty — goes.
/// - A sentence of 10 characters or more that repeats an earlier sentence of
///   the same article goes, also when one copy has a character printed twice
///   at a line break (新商业综合 / 合体). An article starts at a news lead (本报讯), so a
///   stock phrase in two articles (区委书记李志龙出席会议并讲话。) stays, and
///   so do short lines such as a column label printed for two articles.
/// - Pages (split by a form feed or `=== 第N版 ===`) are looked at one by one.
///
/// Raw → clean (seed 001): the 朝晖街道 article prints
/// `截至目前，西湖文化广场商务区已协调解决了…方面的问题80余个。` twice; the
/// second copy goes, and the edit says which text it repeated.
public struct Duplicates: Rule {
    public init() {}
    public let name = "duplicates"
    /// What is left of a paragraph once its repeated sentences are gone can
    /// itself repeat an earlier paragraph: the rule looks again.
    public let settlesInOnePass = false
    /// Pages are looked at one by one.
    public let readsPagesAlone = true
    /// Paragraphs are lines with letters, compared without their spaces:
    /// blank lines and the spaces at a line's ends make no copy.
    public let readsLinesNotLayout = true
    public let summary = "removes a paragraph or a sentence (10+ characters) printed twice"

    static let minimumLength = 10

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let s = document.scalars
        let classifier = context.classifier
        let paragraphs = document.lines.filter { line in line.range.contains { !classifier.is(s[$0], .space) } }
        var changes: [Change] = []
        // (Made with room for a page's paragraphs and sentences: the rule is
        // asked page by page on later passes, and tables grown from nothing,
        // a copy at each doubling, cost more than reading the page.)
        let room = min(paragraphs.count, 128)
        // (Every key is kept end to end in one buffer, sets of them find
        // them by hash and compare them there: see `TextArena`.)
        var arena = TextArena(capacity: min(s.count, 1 << 16))
        var seenParagraphs = NearDuplicateIndex(capacity: room)
        var articleSentences = TextTable<Void>(capacity: 2 * room)
        // The sentences seen, each with one of its doubled characters printed
        // once: a copy may have a character printed twice at a line break
        // that the first has once (…新商业综合 / 合体，…), or the other way round.
        var articleSentencesUndoubled = TextTable<Void>()
        var previousEnd: Int?
        var sentences: [(raw: Range<Int>, key: Range<Int>, doubled: Bool)] = []  // (one array for all paragraphs)
        // How the page will read on the next pass, to tell whether its
        // sentence removals settle the rule (see `NextReading`).
        var next = NextReading()
        for paragraph in paragraphs {
            let whole = arena.append(upTo: paragraph.range.count) { key in
                Self.comparableSentences(paragraph.range, s, classifier, into: &sentences, key: key)
            }
            defer { previousEnd = paragraph.range.upperBound }
            // (The tables are emptied keeping their room: a page has many articles.)
            if PageBreak.matches(s[paragraph.range]) {
                next.settle(&changes, index: seenParagraphs, arena: arena)
                seenParagraphs.removeAll()
                articleSentences.removeAll()
                articleSentencesUndoubled.removeAll()
                arena.removeAll()  // (no text of it is in a table now)
                continue
            }
            // 本报讯 starts a new article.
            let lead = arena[whole].starts(with: UnitSplit.lead)
            if lead {
                articleSentences.removeAll()
                articleSentencesUndoubled.removeAll()
            }
            if whole.count >= Self.minimumLength, let earlier = seenParagraphs.matchOrInsert(whole, in: arena) {
                // The paragraph and the line break before it. (Nothing of it
                // was kept, not it nor its sentences: read again without it,
                // the page reads to this rule as it did, unless it was a
                // lead, which started an article.)
                let start = previousEnd ?? paragraph.range.lowerBound
                changes.append(.remove(start..<paragraph.range.upperBound,
                                       note: "paragraph printed twice; kept the first: \(Self.excerpt(arena[earlier]))",
                                       settlesItsRule: !lead))
                continue
            }
            // A sentence's key in the arena: its stretch of the paragraph's.
            func inArena(_ key: Range<Int>) -> Range<Int> { (whole.start + key.lowerBound)..<(whole.start + key.upperBound) }
            var removed: [(raw: Range<Int>, key: Range<Int>, doubled: Bool)] = []
            for sentence in sentences {
                guard sentence.key.count >= Self.minimumLength else { continue }
                let text = arena.text(inArena(sentence.key))
                // (The variants are made, then put in the arena: nothing of
                // the arena may be held as it grows, or it is copied.)
                let variantKeys = sentence.doubled ? Self.undoubled(arena[text], classifier) : []
                let variants = variantKeys.map { arena.append($0) }
                let repeated = !articleSentences.insert(text, in: arena)
                    || articleSentencesUndoubled.contains(text, in: arena)
                    || variants.contains { articleSentences.contains($0, in: arena) }
                if repeated {
                    removed.append(sentence)
                } else {
                    for variant in variants { articleSentencesUndoubled.insert(variant, in: arena) }
                }
            }
            guard !removed.isEmpty else {
                next.keep(whole)
                continue
            }
            if removed.count == sentences.count {
                let start = previousEnd ?? paragraph.range.lowerBound
                next.removals.append(changes.count)
                changes.append(.remove(start..<paragraph.range.upperBound,
                                       note: "paragraph of sentences printed before in this article"))
                next.reshape(whole, into: nil, lead: lead, arena: arena)
            } else {
                for sentence in removed {
                    let key = arena.scalars[inArena(sentence.key)]
                    next.removals.append(changes.count)
                    changes.append(.remove(sentence.raw, note: "sentence printed twice in this article; kept the first: \(Self.excerpt(key))"))
                }
                // The paragraph as the next pass reads it: its sentences that stay.
                var kept: [Unicode.Scalar] = []
                kept.reserveCapacity(whole.count)
                var removedAt = 0
                for sentence in sentences {
                    if removedAt < removed.count, removed[removedAt].raw == sentence.raw { removedAt += 1; continue }
                    kept.append(contentsOf: arena.scalars[inArena(sentence.key)])
                }
                let rest = arena.append(kept)
                next.reshape(whole, into: rest, lead: lead, arena: arena)
            }
        }
        next.settle(&changes, index: seenParagraphs, arena: arena)
        return changes
    }

    /// What a page's paragraphs will be when the rule reads its own output
    /// on the next pass: those it kept, some with sentences removed. The
    /// removals settle the rule (`Change.settlesItsRule`) when the page will
    /// read to it as it did but for them, which the rule tells from the keys:
    /// - a paragraph left with its other sentences (…, 另一段。) holds only
    ///   sentences seen first here, so no sentence is a copy; it must copy no
    ///   paragraph either: none of the page's others has its text, its first
    ///   or its last eight letters (a near copy shares one of them);
    /// - a news lead stays one, and no paragraph becomes one or a page break;
    /// - no paragraph gone or shortened leaves room, in the index's lists of
    ///   paragraphs with its first or last letters, for one it kept out.
    /// The common case, a repeated sentence inside a paragraph of its own
    /// words, settles: the page is not read again for it (on the bench
    /// corpus nearly a third of the pages were, a twentieth of the time).
    struct NextReading {
        /// The keys of the paragraphs that stay, as the next pass reads them,
        /// of `minimumLength` or more (shorter ones are never compared).
        private var kept: [TextArena.Text] = []
        /// Each paragraph shortened or gone: its key before, and after if it stays.
        private var reshaped: [(before: TextArena.Text, after: TextArena.Text?)] = []
        /// The changes of the page that removed sentences or paragraphs of them.
        var removals: [Int] = []
        /// Whether nothing already rules settling out.
        private var settles = true

        mutating func keep(_ key: TextArena.Text) {
            if key.count >= Duplicates.minimumLength { kept.append(key) }
        }

        /// The paragraph `before` is `after` on the next pass (nil: gone).
        mutating func reshape(_ before: TextArena.Text, into after: TextArena.Text?, lead: Bool, arena: TextArena) {
            reshaped.append((before, after))
            guard let after else {
                // (A lead gone ends no article there.)
                if lead { settles = false }
                return
            }
            keep(after)
            let letters = arena[after]
            if letters.starts(with: UnitSplit.lead) != lead || letters.first == "=" || letters.first == "\u{0C}" {
                settles = false
            }
        }

        /// Marks the page's removals as settling the rule if they do, and
        /// starts the next page.
        mutating func settle(_ changes: inout [Change], index: NearDuplicateIndex, arena: TextArena) {
            defer { self = NextReading() }
            guard !removals.isEmpty, settles else { return }
            let anchor = NearDuplicateIndex.anchor
            func same(_ a: TextArena.Text, _ b: TextArena.Text, _ part: (TextArena.Text) -> Range<Int>) -> Bool {
                arena.equal(arena.text(part(a)), arena.text(part(b)))
            }
            for (before, after) in reshaped {
                if index.isCrowded(before, in: arena) { return }
                guard let after, after.count >= Duplicates.minimumLength else { continue }
                for other in kept where other.start != after.start {
                    if arena.equal(other, after) { return }
                    if after.count >= 2 * anchor && other.count >= 2 * anchor,
                       same(after, other, { $0.start..<$0.start + anchor })
                        || same(after, other, { $0.range.upperBound - anchor..<$0.range.upperBound }) {
                        return
                    }
                }
            }
            for number in removals {
                let change = changes[number]
                changes[number] = .remove(change.range, note: change.note, settlesItsRule: true)
            }
        }
    }

    /// A paragraph as it is compared (see `comparable`), with its sentences:
    /// each up to and including 。！？ (and the closing quotes after them), the
    /// rest, if any, a last one; each as a range of the text and of the key,
    /// and whether its key has a Han character twice in a row (see `undoubled`),
    /// written into `sentences` (emptied first: one array serves every paragraph).
    /// The key is written at `key`, which has room for `range.count` scalars;
    /// the result is how many it holds. (One reading for all, straight into
    /// the key's storage: this reads every character of every page, and a
    /// sentence's key is its stretch of the paragraph's.)
    static func comparableSentences(_ range: Range<Int>, _ s: [Unicode.Scalar], _ classifier: CharacterClassifier,
                                    into sentences: inout [(raw: Range<Int>, key: Range<Int>, doubled: Bool)],
                                    key: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        precondition(key.count >= range.count)
        sentences.removeAll(keepingCapacity: true)
        var count = 0
        s.withUnsafeBufferPointer { s in
            @inline(__always) func take(_ scalar: Unicode.Scalar) {
                guard let compared = comparableForm(scalar, classifier) else { return }
                key[count] = compared
                count += 1
            }
            var start = range.lowerBound, keyStart = 0, index = range.lowerBound, doubled = false
            while index < range.upperBound {
                let scalar = s[index]
                index += 1
                // (A Han character, most of a page, is taken as it is; only
                // full-width marks, the sentence ends among them, look further.)
                let kind = classifier.classOf(scalar)
                if kind.contains(.space) { continue }
                guard kind.contains(.cjkPunctuation) else {
                    // (Only here does a Han character go in the key.)
                    if count > keyStart, key[count - 1] == scalar, kind.contains(.han) { doubled = true }
                    key[count] = scalar
                    count += 1
                    continue
                }
                key[count] = narrowForm(scalar)
                count += 1
                if scalar == "。" || scalar == "！" || scalar == "？" {
                    while index < range.upperBound, PrintedLine.closers.contains(s[index]) { take(s[index]); index += 1 }
                    sentences.append((start..<index, keyStart..<count, doubled))
                    start = index
                    keyStart = count
                    doubled = false
                }
            }
            if start < range.upperBound { sentences.append((start..<range.upperBound, keyStart..<count, doubled)) }
        }
        return count
    }

    /// The text with one of its doubled Han characters printed once, for each
    /// such pair (综合合体 → 综合体).
    static func undoubled(_ key: ArraySlice<Unicode.Scalar>, _ classifier: CharacterClassifier) -> [[Unicode.Scalar]] {
        // (Asked of every sentence, nearly always for nothing: the look is a bare scan.)
        let doubled = key.withUnsafeBufferPointer { key -> [Int] in
            var found: [Int] = []
            for index in key.indices.dropFirst() where key[index] == key[index - 1] && classifier.is(key[index], .han) {
                found.append(index)
            }
            return found
        }
        return doubled.map { index in
            var variant = Array(key)
            variant.remove(at: index)  // (an offset: the scan read the key through a pointer)
            return variant
        }
    }

    /// What is compared: no whitespace, punctuation width folded.
    static func comparable(_ text: ArraySlice<Unicode.Scalar>, _ classifier: CharacterClassifier) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count)
        for scalar in text {
            if let compared = comparableForm(scalar, classifier) { result.append(compared) }
        }
        return result
    }

    /// A character as it is compared: none for whitespace, full-width punctuation narrowed.
    @inline(__always)
    static func comparableForm(_ scalar: Unicode.Scalar, _ classifier: CharacterClassifier) -> Unicode.Scalar? {
        let kind = classifier.classOf(scalar)
        if kind.contains(.space) { return nil }
        return kind.contains(.cjkPunctuation) ? narrowForm(scalar) : scalar
    }

    /// ，；：？！（） as , ; : ? ! ( ); any other character as it is.
    static func narrowForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "，": ","
        case "；": ";"
        case "：": ":"
        case "？": "?"
        case "！": "!"
        case "（": "("
        case "）": ")"
        default: scalar
        }
    }

    static func excerpt(_ key: ArraySlice<Unicode.Scalar>) -> String {
        let text = String(scalars: key.prefix(16))
        return key.count > 16 ? text + "…" : text
    }
}

/// Finds an earlier paragraph equal to a new one, or equal but for one
/// OCR-broken character in fifty, without comparing every pair: candidates
/// share their first or their last eight characters. The paragraphs are
/// texts of one `TextArena`.
struct NearDuplicateIndex {
    private var exact: TextTable<Void>
    private var byPrefix: TextTable<Candidates>
    private var bySuffix: TextTable<Candidates>
    static let anchor = 8
    static let candidatesPerAnchor = 8

    /// An index with room for `capacity` paragraphs.
    init(capacity: Int = 0) {
        exact = TextTable(capacity: capacity)
        byPrefix = TextTable(capacity: capacity)
        bySuffix = TextTable(capacity: capacity)
    }

    /// The paragraphs that share an anchor, in order, at most
    /// `candidatesPerAnchor`. (Most anchors have one: it is held without an
    /// array of its own, which every paragraph made.)
    struct Candidates {
        let earliest: TextArena.Text
        var later: [TextArena.Text] = []

        init(_ earliest: TextArena.Text) { self.earliest = earliest }

        func first(where matches: (TextArena.Text) -> Bool) -> TextArena.Text? {
            matches(earliest) ? earliest : later.first(where: matches)
        }

        mutating func appendUnlessFull(_ key: TextArena.Text) {
            if later.count + 1 < candidatesPerAnchor { later.append(key) }
        }
    }

    /// Forgets every paragraph, keeping the tables' room: a window holds
    /// dozens of pages, and tables made anew grew again on each, a copy at
    /// each doubling.
    mutating func removeAll() {
        exact.removeAll()
        byPrefix.removeAll()
        bySuffix.removeAll()
    }

    /// The earlier paragraph `key` repeats, if any; if none, `key` is
    /// remembered (its anchors are read once for both).
    mutating func matchOrInsert(_ key: TextArena.Text, in arena: TextArena) -> TextArena.Text? {
        if exact.contains(key, in: arena) { return key }
        guard key.count >= 2 * Self.anchor else {
            exact.insert(key, in: arena)
            return nil
        }
        let prefix = arena.text(key.start..<key.start + Self.anchor)
        let suffix = arena.text(key.range.upperBound - Self.anchor..<key.range.upperBound)
        let allowed = max(1, key.count / 50)
        func near(_ earlier: TextArena.Text) -> Bool {
            abs(earlier.count - key.count) <= allowed && Self.distance(arena[earlier], arena[key], limit: allowed) <= allowed
        }
        // (Each anchor is looked up once, for the search and the remembering:
        // a paragraph is added in place where its anchor stands.)
        let prefixAt = byPrefix.index(of: prefix, in: arena), suffixAt = bySuffix.index(of: suffix, in: arena)
        if let earlier = prefixAt.flatMap({ byPrefix[$0].first(where: near) })
            ?? suffixAt.flatMap({ bySuffix[$0].first(where: near) }) {
            return earlier
        }
        exact.insert(key, in: arena)
        if let prefixAt { byPrefix[prefixAt].appendUnlessFull(key) } else { byPrefix.insert(prefix, Candidates(key), in: arena) }
        if let suffixAt { bySuffix[suffixAt].appendUnlessFull(key) } else { bySuffix.insert(suffix, Candidates(key), in: arena) }
        return nil
    }

    /// Whether a list of paragraphs that share the first or the last
    /// letters of `key` (one of them) is full: without `key`, one the list
    /// kept out might have been in it.
    func isCrowded(_ key: TextArena.Text, in arena: TextArena) -> Bool {
        guard key.count >= 2 * Self.anchor else { return false }
        let prefix = arena.text(key.start..<key.start + Self.anchor)
        let suffix = arena.text(key.range.upperBound - Self.anchor..<key.range.upperBound)
        func full(_ candidates: Candidates) -> Bool { candidates.later.count + 1 >= Self.candidatesPerAnchor }
        return byPrefix.index(of: prefix, in: arena).map { full(byPrefix[$0]) } ?? false
            || bySuffix.index(of: suffix, in: arena).map { full(bySuffix[$0]) } ?? false
    }

    /// Levenshtein distance, computed only within `limit` of the diagonal.
    static func distance(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>, limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        let big = limit + 1
        var previous = [Int](repeating: big, count: m + 1)
        var current = [Int](repeating: big, count: m + 1)
        for j in 0...min(m, limit) { previous[j] = j }
        for i in 1...n {
            let low = max(1, i - limit), high = min(m, i + limit)
            current = [Int](repeating: big, count: m + 1)
            if i <= limit { current[0] = i }
            var best = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[a.startIndex + i - 1] == b[b.startIndex + j - 1] ? 0 : 1
                    current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                    best = min(best, current[j])
                }
            }
            if best > limit { return big }
            swap(&previous, &current)
        }
        return min(previous[m], big)
    }
}
