/// `layout`: the shape of clean text (CONVENTIONS.md, "Shape of the output").
///
/// One paragraph a line, exactly one blank line between paragraphs, no space
/// (of any kind: ASCII, U+3000, U+00A0...) at the start or end of a line, no
/// blank lines at the start, one newline at the end. It runs last, after the
/// rules that decide where paragraphs are.
///
/// Raw → clean (seed 000): ` 拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩 \n李志龙讲话…`
/// → `拱墅区高质量发展大会召开\n\n建一流营商环境  拼一流经济业绩\n\n李志龙讲话…`.
public struct Layout: Rule {
    public init() {}
    public let name = "layout"
    public let summary = "one paragraph a line, one blank line between, no edge spaces, final newline"

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let scalars = document.scalars
        let classifier = context.classifier
        // Lines with content: the whole line, and the content without the spaces at either end.
        var lines: [(line: Range<Int>, content: Range<Int>)] = []
        for line in document.lines {
            var start = line.range.lowerBound, end = line.range.upperBound
            while start < end, classifier.is(scalars[start], .space) { start += 1 }
            while end > start, classifier.is(scalars[end - 1], .space) { end -= 1 }
            if start < end { lines.append((line.range, start..<end)) }
        }
        guard let first = lines.first else {
            return scalars.isEmpty ? [] : [.remove(0..<scalars.count, note: "only white space")]
        }
        var changes: [Change] = []
        let nothing: [Unicode.Scalar] = [], newline: [Unicode.Scalar] = ["\n"], blankLine: [Unicode.Scalar] = ["\n", "\n"]
        func make(_ range: Range<Int>, _ target: [Unicode.Scalar], _ note: String) {
            if let change = Change.minimal(from: scalars[range], at: range.lowerBound, to: target, note: note) {
                changes.append(change)
            }
        }
        make(0..<first.line.lowerBound, nothing, "blank lines at the start")
        for (index, current) in lines.enumerated() {
            make(current.line.lowerBound..<current.content.lowerBound, nothing, "space at the start of a line")
            make(current.content.upperBound..<current.line.upperBound, nothing, "space at the end of a line")
            let next = index + 1 < lines.count ? lines[index + 1].line.lowerBound : nil
            make(current.line.upperBound..<(next ?? scalars.count), next == nil ? newline : blankLine,
                 next == nil ? "one newline at the end" : "one blank line between paragraphs")
        }
        return changes
    }
}
