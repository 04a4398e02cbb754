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
        var start = 0, index = 0
        while true {
            index = firstToEscape(in: text, from: index)
            guard index < text.count else { break }
            let byte = text[index]
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
            index += 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// The first byte from `start` on that a JSON string escapes (a
    /// control character, `"` or `\`), or the end: sixteen compared at once.
    private static func firstToEscape(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return text.count }
        var index = start
        let space = SIMD16<UInt8>(repeating: 0x20), quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")),
            backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        while index + 16 <= text.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if any((block .< space) .| (block .== quote) .| (block .== backslash)) { break }
            index += 16
        }
        while index < text.count, text[index] >= 0x20, text[index] != UInt8(ascii: "\""), text[index] != UInt8(ascii: "\\") {
            index += 1
        }
        return index
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
