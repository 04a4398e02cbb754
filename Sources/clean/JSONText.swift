/// JSON written by hand, byte for byte as `JSONEncoder` writes it with
/// `.sortedKeys` and `.withoutEscapingSlashes` (the encoder took some 4 µs
/// an edit, a third of an --explain run, and an eighth of a folder's
/// `--format json`). Tests hold each writer to the encoder's output.
enum JSONText {
    /// `text` as a JSON string: `"` and `\` escaped, control characters as
    /// \b \f \n \r \t or \u00XX, everything else (slashes too) as it is.
    static func appendString<Bytes: Sequence>(_ text: Bytes, to bytes: inout [UInt8]) where Bytes.Element == UInt8 {
        bytes.append(UInt8(ascii: "\""))
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        appendString(text.utf8, to: &bytes)
    }

    /// `key` (written as it is: its quotes, colon and any comma) and the number.
    static func appendNumber(_ key: String, _ value: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: key.utf8)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// An array of strings.
    static func appendStrings(_ texts: [String], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(text, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
