import CICU

/// One segment of text as ICU's word break iterator sees it.
public struct WordSegment: Sendable, Hashable {
    /// What kind of segment ICU says this is.
    public enum Kind: Sendable, Hashable {
        /// Spaces and punctuation.
        case none
        case number
        /// Latin and other alphabetic words.
        case letter
        case kana
        /// Han text, segmented with ICU's CJK dictionary.
        case ideographic
    }

    /// The segment's text.
    public let text: String
    /// Where it is, in Unicode scalars from the start of the segmented text.
    public let scalarRange: Range<Int>
    public let kind: Kind

    /// True when the dictionary made this segment a word of two or more characters:
    /// a run of Han or kana that ICU found in its dictionary, not a single character
    /// it fell back to.
    public var isDictionaryWord: Bool { Self.isDictionaryWord(kind, length: scalarRange.count) }

    /// `isDictionaryWord` for a segment met in `WordBreaker.forEachSegment`.
    public static func isDictionaryWord(_ kind: Kind, length: Int) -> Bool {
        (kind == .ideographic || kind == .kana) && length >= 2
    }
}

/// Splits text into words with ICU's word break iterator. For Chinese
/// (locale `zh`) ICU segments runs of Han characters with its dictionary:
/// `在座谈中李志龙简要介绍了` → 在 | 座谈 | 中 | 李 | 志 | 龙 | 简要 | 介绍 | 了.
///
/// A `WordBreaker` owns an ICU iterator: create one and reuse it (opening one
/// loads the dictionary). It is not safe to share between threads.
public final class WordBreaker {
    private let handle: OpaquePointer
    public let locale: String

    /// Opens a word break iterator for `locale` (default `zh`).
    public init(locale: String = "zh") throws(ICUError) {
        var error: Int32 = 0
        let handle = cicu_wordbreak_open(locale, &error)
        try ICUError.check(error, "open a word break iterator for \"\(locale)\"")
        guard let handle else { throw ICUError(code: 1, operation: "open a word break iterator for \"\(locale)\"") }
        self.handle = handle
        self.locale = locale
    }

    deinit { cicu_wordbreak_close(handle) }

    /// The segments of `text`, in order, covering all of it.
    public func segments(_ text: String) throws(ICUError) -> [WordSegment] {
        let scalars = Array(text.unicodeScalars)
        return try segments(of: scalars[...]).map { $0 }
    }

    /// The segments of a run of scalars; offsets count from the start of `scalars`.
    public func segments(of scalars: ArraySlice<Unicode.Scalar>) throws(ICUError) -> [WordSegment] {
        var result: [WordSegment] = []
        try forEachSegment(of: scalars) { range, kind in
            let start = scalars.startIndex + range.lowerBound
            let end = scalars.startIndex + range.upperBound
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            result.append(WordSegment(text: String(text), scalarRange: range, kind: kind))
        }
        return result
    }

    /// Calls `body` with each segment's scalar range (relative to `scalars`) and kind,
    /// without building strings: the form the cleaning rules use.
    public func forEachSegment(
        of scalars: ArraySlice<Unicode.Scalar>,
        _ body: (Range<Int>, WordSegment.Kind) -> Void
    ) throws(ICUError) {
        guard !scalars.isEmpty else { return }
        let count = scalars.count
        var error: Int32 = 0
        // (One call to C a text, its ends and kinds written on the stack:
        // the rules ask about a few characters at a time, thousands of times.)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * count) { room in
            let ends = room.baseAddress!, kinds = ends + count
            let segments = scalars.withUnsafeBufferPointer { text in
                text.withMemoryRebound(to: UInt32.self) { text in
                    Int(cicu_wordbreak_segments(handle, text.baseAddress, Int32(count), ends, kinds, &error))
                }
            }
            var start = 0
            for segment in 0..<segments {
                let end = Int(ends[segment])
                body(start..<end, Self.kind(kinds[segment]))
                start = end
            }
        }
        try ICUError.check(error, "segment \(count) characters")
    }

    private static func kind(_ raw: Int32) -> WordSegment.Kind {
        switch raw {
        case Int32(CICU_WORD_IDEO): .ideographic
        case Int32(CICU_WORD_KANA): .kana
        case Int32(CICU_WORD_LETTER): .letter
        case Int32(CICU_WORD_NUMBER): .number
        default: .none
        }
    }
}
