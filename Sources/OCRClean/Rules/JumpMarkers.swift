/// `jump-markers`: removes page-jump markers from the text (CONVENTIONS.md §3).
///
/// （下转7版）, (下转2版), （下转第7版）, （转2版）, （上接1版）, （上接第一版），
/// half- or full-width, with spaces inside — each is removed and logged with
/// its direction and page (`--explain` shows them; `JumpMarker.find` gives
/// them as data). Any space before a removed marker goes with it. The
/// `paragraphs` rule, which runs before, has already made the text after a
/// 下转 marker start a new paragraph.
///
/// Raw → clean (seed 000): `三是拓展招引渠道，（下转7版）` → `三是拓展招引渠道，`.
public struct JumpMarkers: Rule {
    public init() {}
    public let name = "jump-markers"
    public let summary = "removes page-jump markers such as （下转7版） and （上接1版）, logging their pages"

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let scalars = document.scalars
        let classifier = context.classifier
        return JumpMarker.find(in: scalars[...], classifier: classifier).map { marker in
            var start = marker.range.lowerBound
            while start > 0, classifier.is(scalars[start - 1], .space) { start -= 1 }
            let what = marker.direction == .continuesOn ? "continues on page" : "continued from page"
            return Change.remove(start..<marker.range.upperBound, note: "jump marker: \(what) \(marker.page)")
        }
    }
}
