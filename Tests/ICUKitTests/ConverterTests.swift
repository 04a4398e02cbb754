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

    @Test func decodesUTF16WithBOM() throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x28, 0x57]  // BOM + 在 (U+5728) little endian
        #expect(try Converter(encoding: "UTF-16").decode(bytes) == "在")
    }

    @Test func unknownEncodingThrows() {
        #expect(throws: ICUError.self) { _ = try Converter(encoding: "no-such-charset") }
    }
}
