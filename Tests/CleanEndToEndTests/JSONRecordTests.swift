import Foundation
import Testing
import TestSupport
@testable import clean

/// The tool's own JSON reader (`JSONRecord`), which `--jsonl` trusts with
/// every record of a corpus, against Foundation's `JSONSerialization` on
/// records broken at random: it takes a record for one JSON object exactly
/// when Foundation does, and reads every string field as Foundation does;
/// but for a trailing comma (`[1,]`), which Foundation allows and RFC 8259
/// does not.
struct JSONRecordTests {
    static let seeds = [
        #"{"text":"在座谈中，李志龙\n\n下一段","id":17,"source":"2023-02-16_01.txt"}"#,
        #"{"t\u0065xt":"\u5728 \u5ea7\t\u201c\\\/\ud83d\ude00\u007f\u2028","n":[1,-0.5e+3,true,false,null,{"a":[]}]}"#,
        #"{ "a" : { "b" : [ 1 , 2.50 , "x\"y" ] } , "text" : "" , "e" : 1E-7 }"#,
    ]
    /// What a mutation inserts: JSON's own marks, escapes, numbers' parts,
    /// whitespace JSON allows and some it does not, Chinese, bytes that are
    /// not UTF-8.
    static let pieces: [[UInt8]] = [
        "{", "}", "[", "]", "\"", "\\", ":", ",", " ", "\t", "\n", "\r", "\u{0B}", "0", "1", "-", "+", ".", "e",
        "E", "u", "\\u", "\\ud83d", "\\ude00", "\\n", "\\/", "true", "false", "null", "nul", "中", "\u{2028}",
        "\u{7F}", "\u{1}", "{\"k\":1}",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0x00]]

    @Test func readsRecordsAsFoundationDoes() throws {
        var random = SplitMix(seed: 0x4A53_4F4E)
        var disagreements: [String] = []
        for round in 0..<50_000 {
            var bytes = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0...bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.insert(contentsOf: Self.pieces.randomElement(using: &random)!, at: at)
                case 1: if at < bytes.count { bytes.remove(at: at) }
                default: if at < bytes.count { bytes[at] = Self.pieces.randomElement(using: &random)!.first! }
                }
            }
            let ours = JSONRecord(bytes)
            let theirs = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
            var agree = (ours != nil) == (theirs != nil) || ours == nil && Self.hasTrailingComma(bytes)
            if let ours, let theirs {
                for field in ours.fields {
                    guard let value = JSONRecord.string(ArraySlice(bytes[field.value])) else { continue }
                    // (Foundation keeps a repeated key's last value.)
                    if ours.fields.last(where: { $0.key == field.key })?.value == field.value {
                        agree = agree && theirs[field.key] as? String == value
                    }
                }
            }
            if !agree {
                disagreements.append("\(ours != nil ? "ours" : "not ours") \(theirs != nil ? "theirs" : "not theirs"): "
                                     + String(decoding: bytes, as: UTF8.self).debugDescription)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(8).joined(separator: "\n"))")
    }

    /// A comma before a closing bracket, spaces between, outside strings.
    static func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
        var inString = false, escaped = false, comma = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true }
                else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true; comma = false
            case UInt8(ascii: ","): comma = true
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if comma { return true }
            case 0x20, 0x09, 0x0A, 0x0D: break
            default: comma = false
            }
        }
        return false
    }
}
