import CICU

/// ICU's answers about one Unicode scalar: `"座".icu.script == .han`.
public struct ICUScalarProperties: Sendable {
    public let scalar: Unicode.Scalar

    /// Scripts the cleaner distinguishes; everything else is `.other`.
    public enum Script: Sendable, Hashable {
        case common, inherited, han, hiragana, katakana, bopomofo, hangul, latin, other
    }

    /// East Asian Width (UAX #11): how wide the character prints in CJK text.
    public enum EastAsianWidth: Sendable, Hashable {
        case neutral, ambiguous, halfwidth, fullwidth, narrow, wide
    }

    /// The Unicode script (ICU's `uscript_getScript`).
    public var script: Script {
        var error: Int32 = 0
        switch cicu_script(Int32(scalar.value), &error) {
        case Int32(CICU_SCRIPT_COMMON): return .common
        case Int32(CICU_SCRIPT_INHERITED): return .inherited
        case Int32(CICU_SCRIPT_HAN): return .han
        case Int32(CICU_SCRIPT_HIRAGANA): return .hiragana
        case Int32(CICU_SCRIPT_KATAKANA): return .katakana
        case Int32(CICU_SCRIPT_BOPOMOFO): return .bopomofo
        case Int32(CICU_SCRIPT_HANGUL): return .hangul
        case Int32(CICU_SCRIPT_LATIN): return .latin
        default: return .other
        }
    }

    /// The general category (ICU's `u_charType`), as Swift's own enum.
    public var generalCategory: Unicode.GeneralCategory {
        switch cicu_general_category(Int32(scalar.value)) {
        case Int32(CICU_GC_LU): .uppercaseLetter
        case Int32(CICU_GC_LL): .lowercaseLetter
        case Int32(CICU_GC_LT): .titlecaseLetter
        case Int32(CICU_GC_LM): .modifierLetter
        case Int32(CICU_GC_LO): .otherLetter
        case Int32(CICU_GC_MN): .nonspacingMark
        case Int32(CICU_GC_ME): .enclosingMark
        case Int32(CICU_GC_MC): .spacingMark
        case Int32(CICU_GC_ND): .decimalNumber
        case Int32(CICU_GC_NL): .letterNumber
        case Int32(CICU_GC_NO): .otherNumber
        case Int32(CICU_GC_ZS): .spaceSeparator
        case Int32(CICU_GC_ZL): .lineSeparator
        case Int32(CICU_GC_ZP): .paragraphSeparator
        case Int32(CICU_GC_CC): .control
        case Int32(CICU_GC_CF): .format
        case Int32(CICU_GC_CO): .privateUse
        case Int32(CICU_GC_CS): .surrogate
        case Int32(CICU_GC_PD): .dashPunctuation
        case Int32(CICU_GC_PS): .openPunctuation
        case Int32(CICU_GC_PE): .closePunctuation
        case Int32(CICU_GC_PC): .connectorPunctuation
        case Int32(CICU_GC_PO): .otherPunctuation
        case Int32(CICU_GC_SM): .mathSymbol
        case Int32(CICU_GC_SC): .currencySymbol
        case Int32(CICU_GC_SK): .modifierSymbol
        case Int32(CICU_GC_SO): .otherSymbol
        case Int32(CICU_GC_PI): .initialPunctuation
        case Int32(CICU_GC_PF): .finalPunctuation
        default: .unassigned
        }
    }

    public var eastAsianWidth: EastAsianWidth {
        switch cicu_east_asian_width(Int32(scalar.value)) {
        case Int32(CICU_EAW_AMBIGUOUS): .ambiguous
        case Int32(CICU_EAW_HALFWIDTH): .halfwidth
        case Int32(CICU_EAW_FULLWIDTH): .fullwidth
        case Int32(CICU_EAW_NARROW): .narrow
        case Int32(CICU_EAW_WIDE): .wide
        default: .neutral
        }
    }

    /// Unicode White_Space: ASCII space, U+3000, U+00A0, U+2002..., tab, line ends.
    public var isWhiteSpace: Bool { has(CICU_PROP_WHITE_SPACE) }
    /// Unicode Ideographic: Han characters and 〇.
    public var isIdeographic: Bool { has(CICU_PROP_IDEOGRAPHIC) }
    /// Default_Ignorable_Code_Point: zero-width and other invisible characters.
    public var isDefaultIgnorable: Bool { has(CICU_PROP_DEFAULT_IGNORABLE) }
    /// Variation selectors, which are invisible but select a glyph and must stay.
    public var isVariationSelector: Bool { has(CICU_PROP_VARIATION_SELECTOR) }
    /// Sentence_Terminal: 。！？ . ! ? and their kin.
    public var isSentenceTerminal: Bool { has(CICU_PROP_SENTENCE_TERMINAL) }
    public var isTerminalPunctuation: Bool { has(CICU_PROP_TERMINAL_PUNCTUATION) }
    public var isDash: Bool { has(CICU_PROP_DASH) }
    public var isQuotationMark: Bool { has(CICU_PROP_QUOTATION_MARK) }
    /// Decomposition type <wide>: a full-width compatibility form such as `Ａ` or `，`.
    public var isWideCompatibilityForm: Bool { cicu_is_wide_compatibility(Int32(scalar.value)) != 0 }

    private func has(_ property: Int32) -> Bool {
        cicu_has_property(Int32(scalar.value), property) == 1
    }
    private func has(_ property: Int) -> Bool { has(Int32(property)) }
}

extension ICUScalarProperties {
    /// The runs of scalar values below `limit` over which every property
    /// here has the same value for each scalar: a table of answers is filled
    /// by asking once a run (a few thousand runs in the BMP) instead of once
    /// a scalar. Surrogate values make runs of their own.
    public static func runs(below limit: UInt32) throws -> [Range<UInt32>] {
        var starts = [UInt8](repeating: 0, count: Int(limit))
        let status = cicu_property_run_starts(&starts, Int32(limit))
        if status > 0 { throw ICUError(code: status, operation: "property runs") }
        var runs: [Range<UInt32>] = []
        var start: UInt32 = 0
        for value in 1..<limit where starts[Int(value)] != 0 {
            runs.append(start..<value)
            start = value
        }
        if start < limit { runs.append(start..<limit) }
        return runs
    }
}

extension Unicode.Scalar {
    /// ICU's character properties for this scalar.
    public var icu: ICUScalarProperties { ICUScalarProperties(scalar: self) }
}
