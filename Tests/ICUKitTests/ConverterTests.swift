import ICUKit
import Testing

@Suite struct ConverterTests {
    @Test func decodesGB18030() throws {
        // 座谈 in GB18030 / GBK.
        let bytes: [UInt8] = [0xD7, 0xF9, 0xCC, 0xB8]
        #expect(try Converter(encoding: "gb18030").decode(bytes) == "座谈")
    }

    @Test func reportsTheOffsetOfAnInvalidSequence() throws {
        let bytes: [UInt8] = Array("ok".utf8) + [0xFF] + Array("x".utf8)
        #expect(throws: Converter.InvalidInput(encoding: "UTF-8", byteOffset: 2)) {
            _ = try Converter(encoding: "UTF-8").decode(bytes)
        }
        #expect(try Converter(encoding: "UTF-8").decode(bytes, lossy: true) == "ok\u{FFFD}x")
    }

    @Test func replacesEachInvalidSequenceAndSaysWhere() throws {
        // 座, 0x81 before a space (a lead byte cut short), 谈, 0xFF, and a lead byte at the end.
        let bytes: [UInt8] = [0xD7, 0xF9, 0x81, 0x20, 0xCC, 0xB8, 0xFF, 0x41, 0x81]
        let converter = try Converter(encoding: "gb18030")
        let (text, offsets) = try converter.decodeReplacing(bytes)
        #expect(text == "座\u{FFFD} 谈\u{FFFD}A\u{FFFD}")
        #expect(offsets == [2, 6, 8])
        #expect(text == (try converter.decode(bytes, lossy: true)))
        #expect(try converter.decodeReplacing([0xD7, 0xF9]) == ("座", []))
    }

    @Test func decodesUTF16WithBOM() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x28, 0x57]  // BOM + 在 (U+5728) little endian
        #expect(try Converter(encoding: "UTF-16").decode(bytes) == "在")
    }

    @Test func unknownEncodingThrows() {
        #expect(throws: ICUError.self) { _ = try Converter(encoding: "no-such-charset") }
    }
}
