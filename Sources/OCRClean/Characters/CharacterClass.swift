import ICUKit

/// What the cleaning rules need to know about a character, as a set of flags.
public struct CharacterClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Unicode White_Space other than the line feed: ASCII space, tab, U+3000, U+00A0, U+2002...
    public static let space = CharacterClass(rawValue: 1 << 0)
    /// Han script or Ideographic: 座, 〇.
    public static let han = CharacterClass(rawValue: 1 << 1)
    /// Hiragana, katakana and bopomofo.
    public static let kana = CharacterClass(rawValue: 1 << 2)
    /// Punctuation or symbols printed full width (East Asian Width W or F): ，。、（）《》「」.
    public static let cjkPunctuation = CharacterClass(rawValue: 1 << 3)
    /// Letters of the Latin script (ASCII or not).
    public static let latinLetter = CharacterClass(rawValue: 1 << 4)
    /// Decimal digits (general category Nd).
    public static let digit = CharacterClass(rawValue: 1 << 5)
    /// Full-width compatibility forms of Latin letters and digits: Ａ, １.
    public static let fullwidthAlphanumeric = CharacterClass(rawValue: 1 << 6)
    /// Invisible characters with no place in clean text: zero-width spaces and
    /// joiners, soft hyphens, BOMs (Default_Ignorable_Code_Point, except the
    /// variation selectors, which choose a glyph).
    public static let invisible = CharacterClass(rawValue: 1 << 7)
    /// Control characters (Cc) other than tab, line feed, carriage return and form feed.
    public static let control = CharacterClass(rawValue: 1 << 8)
    /// Sentence_Terminal: 。！？.!?
    public static let sentenceTerminal = CharacterClass(rawValue: 1 << 9)
    /// Line breaks other than LF: CR, U+0085, U+2028, U+2029, vertical tab.
    public static let lineBreak = CharacterClass(rawValue: 1 << 10)

    /// Printed full width in CJK text (East Asian Width W, F or A: Han, kana,
    /// ，。, and the quotes “” that Chinese fonts print wide).
    public static let wide = CharacterClass(rawValue: 1 << 11)

    /// The marks that punctuate a sentence or clause: ，。；！？ — what body
    /// text has and a headline has not (a headline may have ： or 、:
    /// 石桥街道：走访企业协调破难 推动园区提质增效, 二、2025年发展主要目标…).
    public static let clausePunctuation = CharacterClass(rawValue: 1 << 12)
    /// The half-width marks CONVENTIONS.md §5 widens in CJK context: , ; : ? ! ( ).
    public static let halfWidthMark = CharacterClass(rawValue: 1 << 13)

    static let clauseMarks: ScalarSet = ["，", "。", "；", "！", "？"]
    static let halfWidthMarks: ScalarSet = [",", ";", ":", "?", "!", "(", ")"]

    /// Characters that make a context CJK: Han, kana, full-width punctuation.
    public static let cjk: CharacterClass = [.han, .kana, .cjkPunctuation]
}

/// Classifies characters with ICU's properties. The Basic Multilingual Plane
/// is answered from a table filled from ICU once a process (a few
/// milliseconds), so the hot path never calls ICU; other planes ask ICU.
public struct CharacterClassifier: Sendable {
    private let table: [UInt16]

    /// (Every classifier reads the same table, made on first use, an
    /// immutable constant: a run makes a classifier for its cleaner and one
    /// for its stream, and filling a table took 2% of a 1 MB run.)
    public init() {
        table = Self.filledTable
    }

    private static let filledTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x10000)
        // ICU is asked once a run of scalars whose properties are all alike
        // (a few thousand runs, not 65,536 scalars: the table cost a run of a
        // 1 MB page file 8% of its time); the scalars the classes name one by
        // one, each alone.
        let runs = (try? ICUScalarProperties.runs(below: 0x10000)) ?? (0..<0x10000).map { $0..<$0 + 1 }
        for run in runs {
            guard let first = Unicode.Scalar(run.lowerBound) else { continue }  // surrogates
            let kind = Self.classify(first).rawValue
            for value in run { table[Int(value)] = kind }
        }
        for scalar in Self.named { table[Int(scalar.value)] = Self.classify(scalar).rawValue }
        return table
    }()

    /// The scalars `classify` names, whose classes are not their properties'.
    static let named: [Unicode.Scalar] = ["\n", "\u{0C}", "\r", "\u{0B}", "\u{85}", "\u{2028}", "\u{2029}"]
        + Array("，。；！？,;:?!()".unicodeScalars)

    @inline(__always)
    public func classOf(_ scalar: Unicode.Scalar) -> CharacterClass {
        // Most of a page is CJK Unified Ideographs, all of one class: they
        // are answered without the table, whose 40 KB of them every rule
        // read at random, one cache miss a character.
        if Self.isIdeograph(scalar) { return Self.ideograph }
        let value = Int(scalar.value)
        if value < 0x10000 { return CharacterClass(rawValue: table[value]) }
        return Self.classify(scalar)
    }

    /// Whether `scalar` is one of the CJK Unified Ideographs of `ideographs`,
    /// whose class is `ideograph`: most of every page (`PrintedLine` passes
    /// them in runs).
    @inline(__always)
    public static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- UInt32(ideographs.lowerBound) < UInt32(ideographs.count)
    }

    /// The characters of the Basic Multilingual Plane of none of `classes`:
    /// a loop that reads every character passes these with one bit test,
    /// which does not mispredict at every run of ideographs as a test of
    /// their range does, and classifies the others. (Read off the table 64
    /// scalars a word.)
    public func plane(withNoneOf classes: CharacterClass) -> ScalarSet {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        table.withUnsafeBufferPointer { table in
            for word in bits.indices {
                var none: UInt64 = 0
                for bit in 0..<64 where table[word << 6 | bit] & classes.rawValue == 0 { none |= 1 << UInt64(bit) }
                bits[word] = none
            }
        }
        for word in (0xD800 >> 6)..<(0xE000 >> 6) { bits[word] = 0 }  // (surrogates are no characters)
        return ScalarSet(planeBits: bits)
    }

    /// The CJK Unified Ideographs every ICU since Unicode 1.1 has (the block
    /// goes on to U+9FFF, filled in later versions), and their class.
    static let ideographs = 0x4E00..<0x9FA6
    static let ideograph: CharacterClass = [.han, .wide]

    @inline(__always)
    public func `is`(_ scalar: Unicode.Scalar, _ classes: CharacterClass) -> Bool {
        !classOf(scalar).isDisjoint(with: classes)
    }

    static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        let icu = scalar.icu
        let category = icu.generalCategory
        var result: CharacterClass = []
        switch scalar {
        case "\n", "\u{0C}": break  // structure, not spaces: line feed and page break
        case "\r", "\u{0B}", "\u{85}", "\u{2028}", "\u{2029}": result.insert(.lineBreak)
        default:
            if icu.isWhiteSpace { result.insert(.space) }
        }
        switch icu.script {
        case .han: result.insert(.han)
        case .hiragana, .katakana, .bopomofo: result.insert(.kana)
        case .latin where category.isLetter: result.insert(.latinLetter)
        default: if icu.isIdeographic { result.insert(.han) }
        }
        let width = icu.eastAsianWidth
        if (width == .wide || width == .fullwidth || width == .ambiguous) && !result.contains(.space) {
            result.insert(.wide)
        }
        if (width == .wide || width == .fullwidth) && (category.isPunctuation || category.isSymbol) {
            result.insert(.cjkPunctuation)
        }
        if category == .decimalNumber { result.insert(.digit) }
        if icu.isWideCompatibilityForm && (category.isLetter || category == .decimalNumber) {
            result.insert(.fullwidthAlphanumeric)
        }
        if icu.isDefaultIgnorable && !icu.isVariationSelector { result.insert(.invisible) }
        if category == .control && !result.contains(.space) && !result.contains(.lineBreak)
            && scalar != "\n" && scalar != "\u{0C}" {
            result.insert(.control)
        }
        if icu.isSentenceTerminal { result.insert(.sentenceTerminal) }
        // (The marks are full-width or ASCII: no set look-up for the other
        // 60,000 scalars of the table.)
        if scalar.value >= 0x3000, CharacterClass.clauseMarks.contains(scalar) { result.insert(.clausePunctuation) }
        if scalar.isASCII, CharacterClass.halfWidthMarks.contains(scalar) { result.insert(.halfWidthMark) }
        return result
    }
}

extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
    var isSymbol: Bool {
        switch self {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: true
        default: false
        }
    }
}
