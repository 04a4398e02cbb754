/// The openings that always start a new paragraph (CONVENTIONS.md §1):
/// a news lead 本报讯…, a bullet ■ or ●, a dash lead ——, and numbered
/// section headings （一）… / 一、… / 1. …
enum UnitStart {
    static let leads: [[Unicode.Scalar]] = ["本报讯", "本 报 讯", "■", "●", "◆", "——"].map { Array($0.unicodeScalars) }
    static let chineseNumerals: ScalarSet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func matches<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text) -> Bool {
        startsWithLead(text) || isSectionHeading(text)
    }

    /// 本报讯, ■, ●, ◆ or —— (a section heading aside).
    static func startsWithLead<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text) -> Bool {
        // (Asked of every line, most opening with an ideograph other than
        // 本: answered before the set of initials is looked up.)
        guard let first = text.first, first == "本" || !CharacterClassifier.isIdeograph(first),
              leadInitials.contains(first) else { return false }
        for lead in leads where text.starts(with: lead) { return true }
        return false
    }

    static let leadInitials = ScalarSet(leads.map { $0[0] })

    /// A numbered section heading: 一、… or （一）… — its first sentence is the
    /// heading and a paragraph of its own (（一）以扩大需求为导向，着力巩固高质量发展态势。).
    @inline(__always)
    static func isSectionHeading<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text) -> Bool {
        guard let first = text.first,
              first == "（" || first == "(" || chineseNumerals.contains(first) else { return false }
        return opensWithSectionNumber(text, first: first)
    }

    /// `isSectionHeading` past its first character. (Apart: a function that
    /// reads a character's numeric type sets up the standard library's
    /// types for it on entry, a hundred instructions, and every line of
    /// every page is asked whether it opens a section.)
    private static func opensWithSectionNumber<Text: RandomAccessCollection<Unicode.Scalar>>(
        _ text: Text, first: Unicode.Scalar
    ) -> Bool {
        // (The first six characters, read where they stand: asked of every
        // line, an array of them was made for each line opening with 一.)
        let count = min(text.count, 6)
        func at(_ offset: Int) -> Unicode.Scalar { text[text.index(text.startIndex, offsetBy: offset)] }
        // 一、 二、 十一、
        var index = 0
        while index < count, chineseNumerals.contains(at(index)) { index += 1 }
        if index > 0, index < count, at(index) == "、" { return true }
        // （一） （1）
        if first == "（" || first == "(" {
            var inner = 1
            while inner < count, chineseNumerals.contains(at(inner)) || at(inner).properties.numericType != nil { inner += 1 }
            if inner > 1, inner < count, at(inner) == "）" || at(inner) == ")" { return true }
        }
        return false
    }
}
