import CICU

/// ICU's word list for Chinese and Japanese: the words its dictionary word
/// break (`WordBreaker` with locale `zh`) builds segments of. Asked whether
/// any word could run across a point of a text, it answers in a few hundred
/// instructions where segmenting the text costs some twenty thousand; only
/// a "maybe" needs the word break.
///
/// The list is ICU's data, mapped once by ICU and shared: opening it costs
/// little, and it never changes.
public final class WordList: @unchecked Sendable {
    private let handle: OpaquePointer

    /// Opens the word list of the system's ICU. Throws when that ICU has none
    /// (or one in another format).
    public init() throws(ICUError) {
        var error: Int32 = 0
        let handle = cicu_dictionary_open(&error)
        try ICUError.check(error, "open ICU's Chinese word list (cjdict)")
        guard let handle else { throw ICUError(code: 1, operation: "open ICU's Chinese word list (cjdict)") }
        self.handle = handle
    }

    deinit { cicu_dictionary_close(handle) }

    /// False when no word of the list runs across offset `cut` of `scalars`
    /// (has letters on both sides of it): then the word break cannot read a
    /// word there. True when one may, and for text it cannot be sure about
    /// (kana, ideographs outside the main block, compatibility forms): 在座 |
    /// 谈中 may (座谈), 创立 | 于 may not.
    public func mayReadWord(across cut: Int, in scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard cut > 0, cut < scalars.count else { return false }
        return scalars.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: UInt32.self) { text in
                cicu_dictionary_may_read_word_across(handle, text.baseAddress, Int32(text.count), Int32(cut)) != 0
            }
        }
    }

    /// Calls `body` with each segment's scalar range (relative to
    /// `scalars`) and kind, as `WordBreaker.forEachSegment` would, and
    /// returns true — when every character is a CJK Unified Ideograph of the
    /// main block or a mark the word break always leaves alone (，。、“”…):
    /// each run of ideographs is segmented from the list as ICU's dictionary
    /// engine segments it (dictionary words and lone characters, of kind
    /// `.ideographic`), each mark is a segment of its own (kind `.none`).
    /// Returns false for any other text, without calling `body`: ask the
    /// `WordBreaker`. (在座谈中，李志龙简要介绍了 → 在 | 座谈 | 中 | ， | 李 | 志 |
    /// 龙 | 简要 | 介绍 | 了, as the word break reads it.)
    public func forEachSegment(
        of scalars: ArraySlice<Unicode.Scalar>, _ body: (Range<Int>, WordSegment.Kind) -> Void
    ) -> Bool {
        let count = scalars.count
        guard count > 0 else { return true }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * count) { room in
            let ends = room.baseAddress!, kinds = ends + count
            let segments = scalars.withUnsafeBufferPointer { text in
                text.withMemoryRebound(to: UInt32.self) { text in
                    Int(cicu_dictionary_segments(handle, text.baseAddress, Int32(count), ends, kinds))
                }
            }
            guard segments >= 0 else { return false }
            var start = 0
            for segment in 0..<segments {
                let end = Int(ends[segment])
                body(start..<end, kinds[segment] == Int32(CICU_WORD_IDEO) ? .ideographic : .none)
                start = end
            }
            return true
        }
    }
}
