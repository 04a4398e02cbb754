import ICUKit
import Testing

@Suite struct TransliteratorTests {
    @Test func fullwidthToHalfwidth() throws {
        let transform = try Transliterator(id: "Fullwidth-Halfwidth")
        #expect(try transform.transform("ＡＢＣ１２３") == "ABC123")
        #expect(try transform.transform("") == "")
    }

    @Test func growingOutput() throws {
        let transform = try Transliterator(id: "Han-Latin")
        #expect(try transform.transform("中文").contains("zhōng"))
    }

    @Test func unknownIdThrowsWithTheICUName() {
        #expect {
            _ = try Transliterator(id: "No-Such-Transform")
        } throws: { error in
            (error as? ICUError)?.name.hasPrefix("U_") == true
        }
    }
}
