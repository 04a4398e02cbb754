/// Page-jump markers: （下转7版）, (下转2版), （下转第7版）, （转2版）, （上接1版）,
/// （上接第一版）, with half- or full-width brackets and digits, Chinese
/// numerals, and spaces or line breaks between their parts.
public struct JumpMarker: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable, Codable {
        /// 下转 / 转: the article continues on `page`.
        case continuesOn = "continues-on"
        /// 上接: the article comes from `page`.
        case continuedFrom = "continued-from"
    }

    public let direction: Direction
    /// The page named.
    public let page: Int
    /// Where the marker stands, in scalar offsets of the text searched.
    public let range: Range<Int>

    static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Every marker in `scalars`, in order.
    public static func find(in scalars: ArraySlice<Unicode.Scalar>, classifier: CharacterClassifier) -> [JumpMarker] {
        var result: [JumpMarker] = []
        var index = scalars.startIndex
        // (Most text has no 转 or 接: the next one is looked for eight characters at a time.)
        while let pivot = ScalarSearch.firstIndex(of: "转", or: "接", in: scalars[index...]) {
            if let marker = match(around: pivot, in: scalars, classifier: classifier) {
                result.append(marker)
                index = marker.range.upperBound
            } else {
                index = pivot + 1
            }
        }
        return result
    }

    /// Whether the text ends with a 下转 marker (spaces after it allowed).
    static func endsWithForwardJump(_ scalars: ArraySlice<Unicode.Scalar>, classifier: CharacterClassifier) -> Bool {
        guard let last = find(in: scalars.suffix(16), classifier: classifier).last,
              last.direction == .continuesOn else { return false }
        var index = last.range.upperBound
        while index < scalars.endIndex, classifier.is(scalars[index], .space) { index += 1 }
        return index == scalars.endIndex
    }

    /// Whether the text opens with a 上接 marker: the continuation of an
    /// article from another page, which starts a paragraph of its own.
    static func startsWithBackwardJump(_ scalars: ArraySlice<Unicode.Scalar>, classifier: CharacterClassifier) -> Bool {
        guard let first = scalars.first, ["（", "(", "上", "接"].contains(first),
              let marker = find(in: scalars.prefix(16), classifier: classifier).first,
              marker.direction == .continuedFrom else { return false }
        return !scalars[scalars.startIndex..<marker.range.lowerBound].contains { !classifier.is($0, .space) }
    }

    /// Whether a marker may hold this character besides its 转 or 接: the
    /// spaces and line breaks between its parts, 下 and 上, its brackets, 第,
    /// the page number's digits, 版 and 页. A marker is a run of these around
    /// its 转 or 接, so a reader of raw bytes can decode just that run.
    public static func mayHold(_ scalar: Unicode.Scalar, classifier: CharacterClassifier) -> Bool {
        switch scalar {
        case "\n", "下", "上", "（", "(", "）", ")", "第", "十", "版", "页": true
        default: chineseDigits[scalar] != nil || scalar.properties.numericType == .decimal
            || classifier.is(scalar, .space)
        }
    }

    /// Reads a marker whose 转/接 is at `pivot`.
    private static func match(around pivot: Int, in s: ArraySlice<Unicode.Scalar>,
                              classifier: CharacterClassifier) -> JumpMarker? {
        func isGap(_ i: Int) -> Bool { classifier.is(s[i], .space) || s[i] == "\n" }
        // Backwards: optional 下/上, then an optional opening bracket.
        var start = pivot
        var back = pivot - 1
        while back >= s.startIndex, isGap(back) { back -= 1 }
        var prefix: Unicode.Scalar?
        if back >= s.startIndex, s[pivot] == "转" ? s[back] == "下" : s[back] == "上" {
            prefix = s[back]
            start = back
            back -= 1
            while back >= s.startIndex, isGap(back) { back -= 1 }
        }
        var opened = false
        if back >= s.startIndex, s[back] == "（" || s[back] == "(" {
            opened = true
            start = back
        }
        // A bare 转 or 接 is a marker only inside brackets: （转2版）.
        guard prefix != nil || opened else { return nil }
        return match(from: start, pivot: pivot, in: s, classifier: classifier)
    }

    /// `match(around:in:classifier:)` past the 转 or 接 of a marker that
    /// starts at `start`. (Apart: a function that reads a character's
    /// numeric type sets up the standard library's types for it on entry,
    /// a hundred instructions, and nearly every 转 and 接 of a page, 转型,
    /// 直接, is no marker.)
    private static func match(from start: Int, pivot: Int, in s: ArraySlice<Unicode.Scalar>,
                              classifier: CharacterClassifier) -> JumpMarker? {
        func isGap(_ i: Int) -> Bool { classifier.is(s[i], .space) || s[i] == "\n" }
        // Forwards: optional 第, the page number, 版 or 页, an optional closing bracket.
        var index = pivot + 1
        func skipGaps() { while index < s.endIndex, isGap(index) { index += 1 } }
        skipGaps()
        if index < s.endIndex, s[index] == "第" { index += 1; skipGaps() }
        // page = tens × 10 + current: 十二 is 12, 二十 is 20, 12 and １２ are 12.
        var current = 0, tens = 0, digits = 0
        while index < s.endIndex {
            let scalar = s[index]
            if let value = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil {
                current = current * 10 + Int(value)
            } else if let value = chineseDigits[scalar] {
                current = current * 10 + value
            } else if scalar == "十" {
                tens = current == 0 ? 1 : current
                current = 0
            } else if isGap(index), digits > 0 {
                // spaces inside the number: look past them
                var probe = index
                while probe < s.endIndex, isGap(probe) { probe += 1 }
                if probe < s.endIndex, s[probe] == "版" || s[probe] == "页" { index = probe; break }
                break
            } else {
                break
            }
            digits += 1
            index += 1
            // (No page number runs past three: a longer run of digits is no
            // marker, and read on it would overflow, 下转99999999999999999999版.)
            if digits > 3 { return nil }
        }
        guard digits > 0 else { return nil }
        skipGaps()
        guard index < s.endIndex, s[index] == "版" || s[index] == "页" else { return nil }
        index += 1
        var end = index
        var probe = index
        while probe < s.endIndex, isGap(probe) { probe += 1 }
        if probe < s.endIndex, s[probe] == "）" || s[probe] == ")" { end = probe + 1 }
        return JumpMarker(direction: s[pivot] == "转" ? .continuesOn : .continuedFrom,
                          page: tens * 10 + current, range: start..<end)
    }
}
