import ICUKit
import Testing

@Suite struct ScalarPropertiesTests {
    @Test func scripts() {
        #expect(("座" as Unicode.Scalar).icu.script == .han)
        #expect(("あ" as Unicode.Scalar).icu.script == .hiragana)
        #expect(("A" as Unicode.Scalar).icu.script == .latin)
        #expect(("，" as Unicode.Scalar).icu.script == .common)
    }

    @Test func categoriesAndWidths() {
        #expect(("（" as Unicode.Scalar).icu.generalCategory == .openPunctuation)
        #expect(("3" as Unicode.Scalar).icu.generalCategory == .decimalNumber)
        #expect(("\u{3000}" as Unicode.Scalar).icu.generalCategory == .spaceSeparator)
        #expect(("，" as Unicode.Scalar).icu.eastAsianWidth == .fullwidth)
        #expect(("座" as Unicode.Scalar).icu.eastAsianWidth == .wide)
        #expect(("a" as Unicode.Scalar).icu.eastAsianWidth == .narrow)
    }

    @Test func binaryProperties() {
        #expect(("\u{3000}" as Unicode.Scalar).icu.isWhiteSpace)
        #expect(("\u{00A0}" as Unicode.Scalar).icu.isWhiteSpace)
        #expect(("\u{200B}" as Unicode.Scalar).icu.isDefaultIgnorable)
        #expect(!("\u{200B}" as Unicode.Scalar).icu.isWhiteSpace)
        #expect(("\u{FE00}" as Unicode.Scalar).icu.isVariationSelector)
        #expect(("。" as Unicode.Scalar).icu.isSentenceTerminal)
        #expect(("座" as Unicode.Scalar).icu.isIdeographic)
        #expect(("Ａ" as Unicode.Scalar).icu.isWideCompatibilityForm)
        #expect(!("A" as Unicode.Scalar).icu.isWideCompatibilityForm)
        #expect(!icuVersion.isEmpty)
    }
}
