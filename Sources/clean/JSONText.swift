/// JSON written by hand, byte for byte as `JSONEncoder` writes it with
/// `.sortedKeys` and `.withoutEscapingSlashes` (the encoder took some 4 µs
/// an edit, a third of an --explain run, and an eighth of a folder's
/// `--format json`). Tests hold each writer to the encoder's output.
enum JSONText {
    /// `text` as a JSON string: `"` and `\` escaped, control characters as
    /// \b \f \n \r \t or \u00XX, everything else (slashes too) as it is.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        var text = text  // (`withUTF8` may make it contiguous)
        text.withUTF8 { appendString($0, to: &bytes) }
    }

    static func appendString(_ text: [UInt8], to bytes: inout [UInt8]) {
        text.withUnsafeBufferPointer { appendString($0, to: &bytes) }
    }

    /// (The text between two characters to escape is copied at once: a byte
    /// at a time, writing strings was most of `--format json`'s writing.)
    static func appendString(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        for index in text.indices {
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            start = index + 1
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
            case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            default:
                bytes.append(contentsOf: #"\u00"#.utf8)
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0xF)])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        bytes.append(UInt8(ascii: "\""))
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
