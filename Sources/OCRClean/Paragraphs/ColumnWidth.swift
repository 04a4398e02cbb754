/// The column width around each line, learned from the lines themselves.
///
/// In a justified column most lines are exactly as wide as the column, so the
/// most common width among nearby body lines is the column width. It is
/// learned per window, because one page mixes columns of different widths
/// (seed 003's last article is twice as wide as the rest).
enum ColumnWidth {
    /// Lines on each side that vote.
    static let window = 12
    /// Above this many characters a line is not a column line but a whole paragraph.
    static let longLine = 40.0
    /// A line without sentence punctuation up to this wide can be a headline.
    static let longHeading = 80.0

    /// The column width at each line; nil where lines are whole paragraphs.
    static func estimate(_ lines: [PrintedLine]) -> [Double?] {
        lines.indices.map { index in
            var votes: [Double: Int] = [:]
            var voters = 0
            let low = max(0, index - window), high = min(lines.count, index + window + 1)
            for line in lines[low..<high] where line.hasSentencePunctuation && line.width >= 6 {
                votes[(line.width * 2).rounded() / 2, default: 0] += 1
                voters += 1
            }
            guard let best = votes.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }),
                  best.value >= 3, best.value * 5 >= voters else {
                return nil  // too few body lines around to tell: judge by punctuation alone
            }
            return best.key >= longLine ? nil : best.key
        }
    }
}
