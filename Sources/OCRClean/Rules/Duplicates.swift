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
        var seenParagraphs = NearDuplicateIndex(capacity: room)
        var articleSentences = Set<TextKey>(minimumCapacity: 2 * room)
        // The sentences seen, each with one of its doubled characters printed
        // once: a copy may have a character printed twice at a line break
        // that the first has once (…新商业综合 / 合体，…), or the other way round.
        var articleSentencesUndoubled: Set<TextKey> = []
        var previousEnd: Int?
        var sentences: [(raw: Range<Int>, key: Range<Int>, doubled: Bool)] = []  // (one array for all paragraphs)
        for paragraph in paragraphs {
            let key = Self.comparableSentences(paragraph.range, s, classifier, into: &sentences)
            defer { previousEnd = paragraph.range.upperBound }
            // (The sets are emptied keeping their room: a page has many articles.)
            if PageBreak.matches(s[paragraph.range]) {
                seenParagraphs.removeAll()
                articleSentences.removeAll(keepingCapacity: true)
                articleSentencesUndoubled.removeAll(keepingCapacity: true)
                continue
            }
            // 本报讯 starts a new article.
            if key.starts(with: UnitSplit.lead) {
                articleSentences.removeAll(keepingCapacity: true)
                articleSentencesUndoubled.removeAll(keepingCapacity: true)
            }
            if key.count >= Self.minimumLength, let earlier = seenParagraphs.matchOrInsert(key) {
                // The paragraph and the line break before it.
                let start = previousEnd ?? paragraph.range.lowerBound
                changes.append(.remove(start..<paragraph.range.upperBound,
                                       note: "paragraph printed twice; kept the first: \(Self.excerpt(earlier[...]))"))
                continue
            }
            var removed: [(raw: Range<Int>, key: Range<Int>, doubled: Bool)] = []
            for sentence in sentences {
                let sentenceKey = key[sentence.key]
                guard sentenceKey.count >= Self.minimumLength else { continue }
                let key = TextKey(sentenceKey)
                let variants = sentence.doubled ? Self.undoubled(sentenceKey, classifier).map(TextKey.init) : []
                let repeated = !articleSentences.insert(key).inserted
                    || articleSentencesUndoubled.contains(key)
                    || variants.contains { articleSentences.contains($0) }
                if repeated {
                    removed.append(sentence)
                } else {
                    for variant in variants { articleSentencesUndoubled.insert(variant) }
                }
            }
            if !removed.isEmpty && removed.count == sentences.count {
                let start = previousEnd ?? paragraph.range.lowerBound
                changes.append(.remove(start..<paragraph.range.upperBound,
                                       note: "paragraph of sentences printed before in this article"))
            } else {
                for sentence in removed {
                    changes.append(.remove(sentence.raw, note: "sentence printed twice in this article; kept the first: \(Self.excerpt(key[sentence.key]))"))
                }
            }
        }
        return changes
    }

    /// A paragraph as it is compared (see `comparable`), with its sentences:
    /// each up to and including 。！？ (and the closing quotes after them), the
    /// rest, if any, a last one; each as a range of the text and of the key,
    /// and whether its key has a Han character twice in a row (see `undoubled`),
    /// written into `sentences` (emptied first: one array serves every paragraph).
    /// (One reading for all: a sentence's key is its stretch of the paragraph's.)
    static func comparableSentences(_ range: Range<Int>, _ s: [Unicode.Scalar], _ classifier: CharacterClassifier,
                                    into sentences: inout [(raw: Range<Int>, key: Range<Int>, doubled: Bool)])
        -> [Unicode.Scalar] {
        sentences.removeAll(keepingCapacity: true)
        // (Written straight into the key's storage: this reads every character of every page.)
        let key = [Unicode.Scalar](unsafeUninitializedCapacity: range.count) { key, count in
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
        }
        return key
    }

    /// The text with one of its doubled Han characters printed once, for each
    /// such pair (综合合体 → 综合体).
    static func undoubled(_ key: ArraySlice<Unicode.Scalar>, _ classifier: CharacterClassifier) -> [ArraySlice<Unicode.Scalar>] {
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
            variant.remove(at: index)
            return variant[...]
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
/// share their first or their last eight characters.
struct NearDuplicateIndex {
    private var exact: Set<TextKey>
    private var byPrefix: [TextKey: Candidates]
    private var bySuffix: [TextKey: Candidates]
    static let anchor = 8
    static let candidatesPerAnchor = 8

    /// An index with room for `capacity` paragraphs.
    init(capacity: Int = 0) {
        exact = Set(minimumCapacity: capacity)
        byPrefix = Dictionary(minimumCapacity: capacity)
        bySuffix = Dictionary(minimumCapacity: capacity)
    }

    /// The paragraphs that share an anchor, in order, at most
    /// `candidatesPerAnchor`. (Most anchors have one: it is held without an
    /// array of its own, which every paragraph made.)
    struct Candidates {
        let earliest: [Unicode.Scalar]
        var later: [[Unicode.Scalar]] = []

        init(_ earliest: [Unicode.Scalar]) { self.earliest = earliest }

        func first(where matches: ([Unicode.Scalar]) -> Bool) -> [Unicode.Scalar]? {
            matches(earliest) ? earliest : later.first(where: matches)
        }

        mutating func appendUnlessFull(_ key: [Unicode.Scalar]) {
            if later.count + 1 < candidatesPerAnchor { later.append(key) }
        }
    }

    /// Forgets every paragraph, keeping the tables' room: a window holds
    /// dozens of pages, and tables made anew grew again on each, a copy at
    /// each doubling.
    mutating func removeAll() {
        exact.removeAll(keepingCapacity: true)
        byPrefix.removeAll(keepingCapacity: true)
        bySuffix.removeAll(keepingCapacity: true)
    }

    /// The earlier paragraph `key` repeats, if any; if none, `key` is
    /// remembered (its anchors are read once for both).
    mutating func matchOrInsert(_ key: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let whole = TextKey(key[...])
        if exact.contains(whole) { return key }
        guard key.count >= 2 * Self.anchor else {
            exact.insert(whole)
            return nil
        }
        let prefix = TextKey(key.prefix(Self.anchor)), suffix = TextKey(key.suffix(Self.anchor))
        let allowed = max(1, key.count / 50)
        func near(_ earlier: [Unicode.Scalar]) -> Bool {
            abs(earlier.count - key.count) <= allowed && Self.distance(earlier, key, limit: allowed) <= allowed
        }
        // (Each anchor is looked up once, for the search and the remembering:
        // a paragraph is added in place where its anchor stands.)
        let prefixAt = byPrefix.index(forKey: prefix), suffixAt = bySuffix.index(forKey: suffix)
        if let earlier = prefixAt.flatMap({ byPrefix.values[$0].first(where: near) })
            ?? suffixAt.flatMap({ bySuffix.values[$0].first(where: near) }) {
            return earlier
        }
        exact.insert(whole)
        if let prefixAt { byPrefix.values[prefixAt].appendUnlessFull(key) } else { byPrefix[prefix] = Candidates(key) }
        if let suffixAt { bySuffix.values[suffixAt].appendUnlessFull(key) } else { bySuffix[suffix] = Candidates(key) }
        return nil
    }

    /// Levenshtein distance, computed only within `limit` of the diagonal.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
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
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
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

/// A text as a set or dictionary key: hashed once with a fast 64-bit mix
/// (SipHash over every scalar, as `[Unicode.Scalar]` hashes, was a tenth of
/// clean's time), compared in full, so two texts are never taken for equal.
struct TextKey: Hashable {
    let scalars: ArraySlice<Unicode.Scalar>
    let hash: UInt64

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        // (Four scalars a step, two to a 64-bit word, in two lanes that do
        // not wait on each other: one chain of multiplies over every scalar
        // of every paragraph and sentence waited on each of them.)
        let factor: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var a: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(scalars.count), b: UInt64 = 0x9E37_79B9_7F4A_7C15
        scalars.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index + 4 <= buffer.count {
                a = (a ^ raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt64.self)) &* factor
                b = (b ^ raw.loadUnaligned(fromByteOffset: 4 * index + 8, as: UInt64.self)) &* factor
                index += 4
            }
            while index < buffer.count {
                a = (a ^ UInt64(buffer[index].value)) &* factor
                index += 1
            }
        }
        hash = a ^ (b << 29 | b >> 35)
    }

    static func == (a: TextKey, b: TextKey) -> Bool { a.hash == b.hash && a.scalars == b.scalars }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// What a Set or a Dictionary asks for first: the text's hash mixed with
    /// the table's seed (MurmurHash3's finalizer), not SipHash run over it
    /// again — that was a sixth of this rule's instructions.
    func _rawHashValue(seed: Int) -> Int {
        var mixed = hash ^ UInt64(UInt(bitPattern: seed))
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed &*= 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return Int(truncatingIfNeeded: mixed)
    }
}

