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

    @Test func everyScalarOfARunAnswersAlike() throws {
        let runs = try ICUScalarProperties.runs(below: 0x10000)
        #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == 0x10000)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        // (Thousands of runs, not a run a scalar: else nothing is saved.)
        #expect(runs.count < 10_000)
        func answers(_ scalar: Unicode.Scalar) -> [String] {
            let icu = scalar.icu
            return ["\(icu.generalCategory)", "\(icu.script)", "\(icu.eastAsianWidth)", "\(icu.isWideCompatibilityForm)",
                    "\(icu.isWhiteSpace)", "\(icu.isIdeographic)", "\(icu.isDefaultIgnorable)",
                    "\(icu.isVariationSelector)", "\(icu.isTerminalPunctuation)", "\(icu.isSentenceTerminal)",
                    "\(icu.isDash)", "\(icu.isQuotationMark)"]
        }
        var unlike: [String] = []
        for run in runs {
            guard let first = Unicode.Scalar(run.lowerBound) else { continue }  // surrogates
            let expected = answers(first)
            for value in run.dropFirst() where answers(Unicode.Scalar(value)!) != expected {
                unlike.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(unlike.isEmpty, "\(unlike.count) scalars: \(unlike.prefix(10))")
    }
}
