import OCRClean
import Testing

@Suite struct NormalizeTests {
    let normalize = try! Cleaner.only("normalize")

    @Test func byteOrderMarkAndCRLF() throws {
        let result = try normalize.clean("\u{FEFF}拱墅区高质量发展大会召开\r\n建一流营商环境\r")
        #expect(result.text == "拱墅区高质量发展大会召开\n建一流营商环境\n")
        #expect(result.edits.map(\.note) == ["byte order mark", "CRLF line end", "line break U+000D"])
    }

    @Test func invisibleAndControlCharactersGo() throws {
        let line = try Seeds.line(containing: "推动 数 字 化转型")
        let dirty = line.replacingOccurrences(of: "数", with: "\u{200B}数\u{00AD}") + "\u{0}"
        #expect(try normalize.clean(dirty).text == line)
    }

    @Test func variationSelectorsStay() throws {
        let text = "葛\u{E0100}优"
        #expect(try normalize.clean(text).text == text)
    }

    @Test func lineIsPutInNFC() throws {
        let result = try normalize.clean("Cafe\u{301}与 座谈\n第二行")
        #expect(result.text == "Caf\u{E9}与 座谈\n第二行")
        #expect(result.edits.count == 1)
        #expect(result.edits[0].note == "NFC")
        #expect(result.edits[0].source.start.column == 4)
    }

    @Test func singletonsInTheFastPathBlocksAreStillNormalized() throws {
        // Ω, Å, 〈〉 and U+2000 sit among characters the fast path lets through
        // unasked; NFC maps each to another character, and so must the rule.
        let result = try normalize.clean("电阻1\u{2126}，\u{212B}\u{2329}书名\u{232A}\u{2000}完")
        #expect(result.text == "电阻1\u{3A9}，\u{C5}\u{3008}书名\u{3009}\u{2002}完")
    }

    @Test func nfcLineWithAnInvisibleCharacterIsOneChange() throws {
        let result = try normalize.clean("e\u{200B}\u{301}x\r\n")
        #expect(result.text == "\u{E9}x\n")
        #expect(try EditLog.replay(result.edits, on: "e\u{200B}\u{301}x\r\n") == result.text)
    }

    @Test func seedsAreAlreadyNormal() throws {
        for name in Seeds.names {
            #expect(try normalize.clean(Seeds.text(name)).edits.isEmpty, "\(name)")
        }
    }
}
