/// `corpus-duplicates` (opt-in, `clean --dedup-scope corpus`): a paragraph
/// that repeats one printed earlier anywhere in the run — the same article
/// reprinted on another page or in another issue, exactly or with a few
/// characters read differently — is found and reported; it is removed only
/// when asked (`--dedup-remove`).
///
/// The `duplicates` rule looks within a page and compares texts; across a
/// corpus that would keep every text in memory. Here each clean paragraph of
/// 40 characters or more becomes a 32-value MinHash signature of its
/// character 3-grams, filed under 8 band keys: memory grows with the number
/// of paragraphs, not with their text, and a look-up costs the same on the
/// millionth paragraph as on the first. A paragraph is a repeat when its
/// signature agrees with an earlier one's in 70% of its values (3-gram
/// Jaccard similarity about 0.7 or more; one misread character in 40
/// leaves about 0.87) and their lengths differ by less than a fifth.
/// Headlines (no clause punctuation) and short paragraphs — a stock phrase
/// such as 区委书记李志龙出席会议并讲话。 — are never compared.
///
/// Pages are reviewed in the order they are given, after cleaning, so the
/// first copy is kept and `-j N` finds what `-j 1` finds.
///
/// Raw → clean (seed 000 given twice, as a.txt and b.txt): b.txt's lead
/// `本报讯（记者 林韬 通讯员 王凯）2月15日…` is reported as
/// `paragraph repeats a.txt:6 (similarity 100%)`, and with `--dedup-remove`
/// b.txt keeps only its headlines.
public struct CorpusDuplicates: Sendable {
    public static let rule = "corpus-duplicates"

    /// A paragraph that repeats an earlier one.
    public struct Finding: Sendable, Hashable {
        /// The paragraph in the clean text, with the line breaks that set it apart.
        public let range: Range<Int>
        /// The file it is in.
        public let file: String
        /// Its first line in the input of its file (1-based).
        public let line: Int
        /// Where the kept copy is: a file name and its input line.
        public let keptIn: String
        public let keptLine: Int
        /// The share of signature values the two copies agree in (0...1).
        public let similarity: Double
        /// The first characters of the paragraph.
        public let excerpt: String

        public var message: String {
            "paragraph repeats \(keptIn):\(keptLine) (similarity \(Int((similarity * 100).rounded()))%): \(excerpt)"
        }
    }

    /// Paragraphs shorter than this (in non-space characters) are not compared.
    public let minimumLength: Int
    /// The least share of agreeing signature values that makes a repeat.
    public let threshold: Double

    private var signatures: [UInt16] = []
    private var entries: [Entry] = []
    private var names: [String] = []
    private var buckets = BandTable()

    private struct Entry {
        let name: Int32
        let line: Int32
        let length: Int32
    }

    /// Paragraphs shorter than this are not compared, unless told otherwise.
    public static let defaultMinimumLength = 40

    public init(minimumLength: Int = defaultMinimumLength, threshold: Double = 0.7) {
        self.minimumLength = minimumLength
        self.threshold = threshold
    }

    /// How many paragraphs are filed.
    public var count: Int { entries.count }

    /// The paragraphs of one clean text made ready to be looked up: the
    /// costly part (signatures, input lines), which needs nothing of the
    /// corpus, so `clean -j N` makes it in parallel; `review` then files the
    /// paragraphs in input order.
    public struct Prepared: Sendable {
        struct Line: Sendable {
            /// The line in the clean text.
            let range: Range<Int>
            /// Nil for a line that is not compared (short, a headline, a page break).
            let signature: [UInt16]?
            let length: Int
            let inputLine: Int
            let inputOffset: Int
        }
        let lines: [Line]
    }

    /// Prepares the paragraphs of `result` for `review`.
    public static func prepare(_ result: CleanResult, minimumLength: Int = defaultMinimumLength) -> Prepared {
        let s = result.scalars
        let classifier = Self.classifier
        var locator = InputLines(result)
        var lines: [Prepared.Line] = []
        var start = 0
        while start < s.count {
            var end = start
            while end < s.count && s[end] != "\n" { end += 1 }
            defer { start = end + 1 }
            let line = s[start..<end]
            guard line.contains(where: { !$0.properties.isWhitespace }) else { continue }
            let key = PageBreak.matches(line) ? [] : Duplicates.comparable(line, classifier)
            // Body text only: a headline reprinted over another article is not a repeat.
            let compared = key.count >= minimumLength && key.contains(where: sentencePunctuation.contains)
            let inputLine = locator.line(ofOutput: start)
            lines.append(Prepared.Line(range: start..<end, signature: compared ? MinHash.signature(key) : nil,
                                       length: key.count, inputLine: inputLine, inputOffset: locator.inputOffset))
        }
        return Prepared(lines: lines)
    }

    /// Reviews the clean text of one file (or of one window of it, whose
    /// first line is line `lineOffset + 1` of the file): files its paragraphs
    /// and returns those that repeat a paragraph filed before.
    public mutating func review(_ result: CleanResult, name: String, lineOffset: Int = 0,
                                prepared: Prepared? = nil) -> [Finding] {
        review(result, prepared ?? Self.prepare(result, minimumLength: minimumLength)) { _ in (name, lineOffset) }
    }

    /// Reviews the pages of one issue, each under its own file name.
    public mutating func review(_ issue: IssueResult, lineOffset: Int = 0, prepared: Prepared? = nil) -> [Finding] {
        let pages = issue.pages
        return review(issue.combined, prepared ?? Self.prepare(issue.combined, minimumLength: minimumLength)) { offset in
            let page = pages.last { $0.span.lowerBound <= offset } ?? pages[0]
            return (page.name, lineOffset - page.lineOffset)
        }
    }

    /// `file(offset)`: the file an input scalar offset is in, and what to add
    /// to a line of the input to make it a line of that file.
    private mutating func review(_ result: CleanResult, _ prepared: Prepared,
                                 file: (Int) -> (name: String, lineShift: Int)) -> [Finding] {
        var findings: [Finding] = []
        var previousEnd: Int?
        var pendingFirst: Range<Int>?   // a repeat that opens the text: its range runs to the next paragraph
        for line in prepared.lines {
            if let first = pendingFirst, let last = findings.indices.last {
                findings[last] = findings[last].extended(to: first.lowerBound..<line.range.lowerBound)
                pendingFirst = nil
            }
            guard let signature = line.signature else { previousEnd = line.range.upperBound; continue }
            let place = file(line.inputOffset)
            if let (earlier, similarity) = match(signature, length: line.length) {
                let entry = entries[earlier]
                let range = previousEnd.map { $0..<line.range.upperBound } ?? line.range
                // A repeat removed from the very start leaves the next paragraph first.
                if previousEnd == nil { pendingFirst = range } else { previousEnd = line.range.upperBound }
                findings.append(Finding(range: range, file: place.name, line: line.inputLine + place.lineShift,
                                        keptIn: names[Int(entry.name)], keptLine: Int(entry.line),
                                        similarity: similarity, excerpt: Self.excerpt(result.scalars[line.range])))
            } else {
                store(signature, length: line.length, name: place.name, line: line.inputLine + place.lineShift)
                previousEnd = line.range.upperBound
            }
        }
        return findings
    }

    private func match(_ signature: [UInt16], length: Int) -> (Int, Double)? {
        var best: (Int, Double)?
        for band in 0..<MinHash.bands {
            guard let candidate = buckets.first(MinHash.bandKey(signature, start: 0, band: band)) else { continue }
            let entry = entries[Int(candidate)]
            let shorter = min(length, Int(entry.length)), longer = max(length, Int(entry.length))
            guard shorter * 5 > longer * 4 else { continue }
            let base = Int(candidate) * MinHash.size
            var agree = 0
            for index in 0..<MinHash.size where signatures[base + index] == signature[index] { agree += 1 }
            let similarity = Double(agree) / Double(MinHash.size)
            if similarity >= threshold && similarity > (best?.1 ?? 0) { best = (Int(candidate), similarity) }
        }
        return best
    }

    private mutating func store(_ signature: [UInt16], length: Int, name: String, line: Int) {
        let id = UInt32(entries.count)
        if names.last != name { names.append(name) }
        entries.append(Entry(name: Int32(names.count - 1), line: Int32(clamping: line), length: Int32(clamping: length)))
        signatures.append(contentsOf: signature)
        for band in 0..<MinHash.bands {
            buckets.insertIfAbsent(MinHash.bandKey(signature, start: 0, band: band), id)
        }
    }

    /// The removal of the findings, as changes to the clean text.
    public static func changes(removing findings: [Finding]) -> [Change] {
        findings.map { .remove($0.range, note: $0.message) }
    }

    /// The findings as remarks for `--explain`, each on its input line.
    public static func diagnostics(_ findings: [Finding]) -> [Diagnostic] {
        findings.map { Diagnostic(rule: rule, message: $0.message, line: $0.line) }
    }
}

extension CorpusDuplicates {
    /// A constant table, built once (64K entries) rather than per text.
    static let classifier = CharacterClassifier()
    static let sentencePunctuation: ScalarSet = ["。", "！", "？", ",", ";", "，", "；"]

    static func excerpt(_ line: ArraySlice<Unicode.Scalar>) -> String {
        let text = line.filter { !$0.properties.isWhitespace }
        return String(scalars: text.prefix(16)) + (text.count > 16 ? "…" : "")
    }
}

extension CorpusDuplicates.Finding {
    func extended(to range: Range<Int>) -> Self {
        Self(range: range, file: file, line: line, keptIn: keptIn, keptLine: keptLine, similarity: similarity, excerpt: excerpt)
    }
}

/// The paragraphs filed under each band key: an open-addressing table of
/// 64-bit slots, each holding the key's high 32 bits (which also choose the
/// slot) and the first paragraph's number + 1 (0 is an empty slot): 8 bytes
/// an entry where a `Dictionary` takes several times that. Two keys that share
/// their high 32 bits share an entry; the signature comparison after a hit
/// sorts that out.
private struct BandTable {
    private var slots = [UInt64](repeating: 0, count: 1 << 16)
    private var used = 0

    func first(_ key: UInt64) -> Int? {
        let tag = key >> 32, mask = slots.count - 1
        var index = Int(truncatingIfNeeded: tag) & mask
        while slots[index] != 0 {
            if slots[index] >> 32 == tag { return Int(slots[index] & 0xFFFF_FFFF) - 1 }
            index = (index + 1) & mask
        }
        return nil
    }

    mutating func insertIfAbsent(_ key: UInt64, _ id: UInt32) {
        guard first(key) == nil else { return }
        if (used + 1) * 4 > slots.count * 3 {
            let old = slots
            slots = [UInt64](repeating: 0, count: old.count * 2)
            for slot in old where slot != 0 { put(slot) }
        }
        put((key & 0xFFFF_FFFF_0000_0000) | (UInt64(id) + 1))
        used += 1
    }

    private mutating func put(_ slot: UInt64) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot >> 32) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }
}

/// Input line of a clean text's offsets, read forward through the trace.
private struct InputLines {
    private let input: [Unicode.Scalar]
    private let pieces: [Trace.Piece]
    private var piece = 0
    private var outputStart = 0     // output offset where `piece` starts
    private var counted = 0         // input offset up to which newlines are counted
    private var newlines = 0
    private(set) var inputOffset = 0

    init(_ result: CleanResult) {
        input = result.input
        pieces = result.trace.pieces
    }

    /// The 1-based input line of the output offset `offset` (offsets asked in
    /// increasing order). Text a rule wrote counts from the next kept input,
    /// so a paragraph whose first characters were rewritten is on its own line.
    mutating func line(ofOutput offset: Int) -> Int {
        while piece < pieces.count {
            let current = pieces[piece]
            let length = current.outputLength
            if case .kept(let range) = current, offset < outputStart + length {
                inputOffset = range.lowerBound + max(0, offset - outputStart)
                break
            }
            if case .kept(let range) = current { inputOffset = range.upperBound }
            outputStart += length
            piece += 1
        }
        while counted < min(inputOffset, input.count) {
            if input[counted] == "\n" { newlines += 1 }
            counted += 1
        }
        return newlines + 1
    }
}
