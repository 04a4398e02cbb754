/// `paragraphs`: rebuilds paragraphs from column OCR (CONVENTIONS.md §1).
///
/// OCR of a newspaper column gives one line per printed line, often with a
/// blank line after each, so neither a newline nor a blank line says where a
/// paragraph ends. For each pair of neighbouring lines the rule weighs the
/// signals a reader uses — does the line before end a sentence, is it short of
/// its column, is the next line indented, does it open a new unit (本报讯, ■,
/// 一、…) — with `BreakWeights`, and joins the lines where the sentence goes on.
/// It also:
/// - keeps headlines and other unpunctuated lines that do not fit the column
///   as paragraphs of their own;
/// - moves a short line that cuts a sentence (a caption such as 郑斌摄, a
///   column label) to its own paragraph right after the paragraph it cut, and
///   joins the sentence around it;
/// - prints once a character that the break printed twice (经济高质量 / 量发展),
///   but keeps a real doubled word (学习 / 习近平), asking ICU's dictionary;
/// - never lets the text after a 下转 marker continue the sentence before it.
///
/// Raw → clean (seed 000): `本报讯（记者 林韬 通讯员 王\n\n凯）2月15日上午，区委书记李志龙\n\n赴杭钢集团…`
/// → `本报讯（记者 林韬 通讯员 王凯）2月15日上午，区委书记李志龙赴杭钢集团…`;
/// (seed 002) `以高质量招商推动经济高质量\n\n郑斌摄\n\n量发展。锚定产业赛道…`
/// → `以高质量招商推动经济高质量发展。锚定产业赛道…\n\n郑斌摄`.
public struct Paragraphs: Rule {
    public var weights: BreakWeights

    public init(weights: BreakWeights = .standard) {
        self.weights = weights
    }

    public let name = "paragraphs"
    /// Joining and moving changes the neighbours a decision looked at: on its
    /// own output the rule can find a join it could not see before.
    public let settlesInOnePass = false
    /// Nothing joins across a page break, and columns are measured page by page.
    public let readsPagesAlone = true
    /// A whole paragraph that ends mid-sentence is read as cut by a jump
    /// marker a later rule removed (see `PageLayout`).
    public let readsLaterPassesOtherwise = true
    public let summary = "joins the printed lines of a paragraph; moves captions that cut a sentence after it"

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let pages = PrintedLine.pages(of: document, classifier: context.classifier)
        // A layout a page, its page break its last line: how blank lines are
        // used, whether lines are whole paragraphs, the columns, are each
        // page's own, so a page reads the same alone as inside an issue.
        var changes: [Change] = []
        changes.reserveCapacity(pages.reduce(0) { $0 + $1.count })  // (about a join a line on raw pages)
        for lines in pages where lines.count > 1 {
            let layout = try PageLayout(lines: lines, document: document, weights: weights, context: context)
            try layout.changes(into: &changes)
        }
        return changes
    }
}
