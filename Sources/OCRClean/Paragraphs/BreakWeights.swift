/// How much each signal says "a paragraph ends between these two lines"
/// (positive) or "the sentence goes on" (negative). The rule breaks where the
/// sum is above zero. The weights are data, tuned on the answer keys in
/// `corpora/` (`scripts/eval`), not hand-picked per case.
public struct BreakWeights: Sendable, Hashable {
    /// The line before ends a sentence: 。！？… or ：, maybe in closing quotes.
    public var endsSentence = 2.0
    /// The line before ends in the middle of a sentence.
    public var endsMidSentence = -4.0
    /// The line before is shorter than its column.
    public var shortLine = 2.5
    /// The line before fills its column.
    public var fullLine = -2.5
    /// The line after is two or three characters short of the column: a lost indent.
    public var indentedNext = 1.0
    /// …and the line before it ends a sentence: the two signals together say
    /// more than each alone (…全 年红。 / 会议强调，要认真学习, with no blank line).
    public var sentenceThenIndent = 3.0
    /// Blank lines are rare on the page and one stands here (Tesseract-style output).
    public var blankLine = 3.0
    /// Blank lines are rare on the page and none stands here.
    public var noBlankLine = -3.0

    public init() {}
    public static let standard = BreakWeights()
}
