/// A line that separates two pages of one input: a form feed (U+000C) alone
/// on its line, or a line such as `=== 第7版 ===`. Nothing joins across it,
/// and duplicates are looked for within one page.
public enum PageBreak {
    /// The page number a `=== 第N版 ===` line names (N); nil for any other line.
    public static func number(line: String) -> Int? {
        page(ofSeparator: line.unicodeScalars.filter { !isSpace($0) })
    }

    /// (Generic: a reader of a buffer's lines asks it without an array's
    /// reference counting.)
    @inline(__always)
    static func matches<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text) -> Bool {
        // Nearly every line is body text: look no further than its first
        // letter, and for most lines no further than its first character.
        guard let opening = text.first, opening == "\u{0C}" || opening == "=" || isSpace(opening) else { return false }
        return matchesPast(text)
    }

    private static func matchesPast<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text) -> Bool {
        guard let first = text.firstIndex(where: { !isSpace($0) }), text[first] == "\u{0C}" || text[first] == "=" else {
            return false
        }
        // (A form feed alone, the line of every page break of most inputs, is
        // read where it stands: its letters are not gathered.)
        if text[first] == "\u{0C}" { return text[text.index(after: first)...].allSatisfy(isSpace) }
        return page(ofSeparator: text.filter { !isSpace($0) }) != nil
    }

    /// The spaces a page-break line may hold between its parts.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}"
    }

    /// The page number of a `=== 第N版 ===` line (spaces already removed).
    static func page(ofSeparator letters: [Unicode.Scalar]) -> Int? {
        var index = 0
        while index < letters.count, letters[index] == "=" { index += 1 }
        guard index >= 2, index < letters.count, letters[index] == "第" else { return nil }
        index += 1
        var page = 0, digits = 0
        while index < letters.count, let value = letters[index].properties.numericType == .decimal
                ? letters[index].properties.numericValue : nil {
            page = page * 10 + Int(value)
            digits += 1
            index += 1
            // (No paper has a billion pages: a longer number is no page's,
            // and read on it would overflow, === 第99999999999999999999版 ===.)
            if digits > 9 { return nil }
        }
        guard digits > 0, index < letters.count, letters[index] == "版" else { return nil }
        index += 1
        let closing = letters.count - index
        guard closing >= 2, letters[index...].allSatisfy({ $0 == "=" }) else { return nil }
        return page
    }
}
