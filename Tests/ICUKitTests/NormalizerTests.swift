import ICUKit
import Testing

@Suite struct NormalizerTests {
    @Test func nfkcFoldsFullWidthLatinAndDigits() throws {
        #expect(try Normalizer.normalize("ＡＢＣ１２３", to: .nfkc) == "ABC123")
    }

    @Test func nfcComposes() throws {
        let decomposed = "e\u{301}"
        #expect(try Normalizer.normalize(decomposed, to: .nfc) == "\u{e9}")
        #expect(try Normalizer.isNormalized(decomposed, form: .nfc) == false)
        #expect(try Normalizer.isNormalized("在座谈中", form: .nfc))
        #expect(try Normalizer.normalize("", to: .nfc) == "")
    }

    @Test func nfcKeepsCJKCompatibilityIdeographsApart() throws {
        // NFC maps U+F900 豈 to U+8C48: canonical, so it does happen; NFD too.
        #expect(try Normalizer.normalize("\u{F900}", to: .nfc) == "\u{8C48}")
        #expect(try Normalizer.normalize("\u{e9}", to: .nfd) == "e\u{301}")
    }

    @Test func longTextGrowsTheBuffer() throws {
        // NFD of precomposed Hangul triples in length: the buffer must grow.
        let text = String(repeating: "한", count: 5000)
        let nfd = try Normalizer.normalize(text, to: .nfd)
        #expect(nfd.unicodeScalars.count == 15000)
        #expect(try Normalizer.normalize(nfd, to: .nfc) == text)
    }
}
