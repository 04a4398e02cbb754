import Foundation

/// One JSON Lines record read from its bytes: checked to be one JSON object
/// (RFC 8259, strictly: no trailing comma, no NaN, no invalid UTF-8, at most
/// 512 levels deep), with where each top-level field's value stands, so that
/// `--jsonl` replaces one field and passes every other byte through.
///
/// (Foundation's `JSONSerialization` would build every field of every record
/// as objects only to read one string: a fifth of `--jsonl`'s time.)
struct JSONRecord {
    /// The top-level fields in order: the key, decoded, and its value's bytes.
    let fields: [(key: String, value: Range<Int>)]

    static let maximumDepth = 512

    /// Nil when the bytes are not one JSON object.
    init?(_ bytes: [UInt8]) {
        guard let fields = bytes.withUnsafeBufferPointer({ buffer -> [(String, Range<Int>)]? in
            var reader = Reader(bytes: buffer)
            return reader.object()
        }) else { return nil }
        self.fields = fields.map { (key: $0.0, value: $0.1) }
    }

    /// The value of `field` when it is a string, decoded; nil when it is
    /// another kind of value.
    static func string(_ bytes: ArraySlice<UInt8>) -> String? {
        unescaped(bytes).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of a string value (as the reader checked it), its
    /// escapes decoded; nil when the value is not a string.
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard bytes.first == UInt8(ascii: "\"") else { return nil }
        let inner = bytes.dropFirst().dropLast()
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var index = inner.startIndex
        func hex4(_ at: Int) -> UInt32 {
            inner[at..<at + 4].reduce(0) { value, byte in value << 4 | UInt32(Reader.hexValue(byte)!) }
        }
        while index < inner.endIndex {
            // (The text up to the next escape is copied at once: a byte at a
            // time, decoding was a tenth of a --jsonl run.)
            let escaped = inner.withUnsafeBufferPointer { bytes -> Int in
                let from = index - inner.startIndex
                guard let base = bytes.baseAddress, from < bytes.count,
                      let found = memchr(base + from, Int32(UInt8(ascii: "\\")), bytes.count - from)
                else { return inner.endIndex }
                return inner.startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
            }
            out.append(contentsOf: inner[index..<escaped])
            index = escaped
            guard index < inner.endIndex else { break }
            let escape = inner[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var value = hex4(index)
                index += 4
                if (0xD800..<0xDC00).contains(value) {  // (the reader checked the low half follows)
                    value = 0x10000 + (value - 0xD800) << 10 + (hex4(index + 2) - 0xDC00)
                    index += 6
                }
                out.append(contentsOf: String(Character(Unicode.Scalar(value)!)).utf8)
            default: out.append(escape)  // " \ /
            }
        }
        return out
    }

    /// A recursive-descent reader over the bytes; each function leaves
    /// `index` after what it read, or returns nil/false on the first fault.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var depth = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        static func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard current == byte else { return false }
            index += 1
            return true
        }

        /// The whole input: one object, with nothing but spaces around it.
        mutating func object() -> [(String, Range<Int>)]? {
            skipSpace()
            guard let fields = members(), index <= bytes.count else { return nil }
            skipSpace()
            return index == bytes.count ? fields : nil
        }

        mutating func members() -> [(String, Range<Int>)]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            depth += 1
            defer { depth -= 1 }
            guard depth <= JSONRecord.maximumDepth else { return nil }
            var fields: [(String, Range<Int>)] = []
            skipSpace()
            if take(UInt8(ascii: "}")) { return fields }
            repeat {
                skipSpace()
                let keyStart = index
                guard string() else { return nil }
                let keyBytes = UnsafeBufferPointer(rebasing: bytes[keyStart..<index])
                let key = JSONRecord.string(ArraySlice(keyBytes)) ?? ""
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                let valueStart = index
                guard value() else { return nil }
                fields.append((key, valueStart..<index))
                skipSpace()
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? fields : nil
        }

        mutating func value() -> Bool {
            switch current {
            case UInt8(ascii: "{"): return members() != nil
            case UInt8(ascii: "["):
                index += 1
                depth += 1
                defer { depth -= 1 }
                guard depth <= JSONRecord.maximumDepth else { return false }
                skipSpace()
                if take(UInt8(ascii: "]")) { return true }
                repeat {
                    skipSpace()
                    guard value() else { return false }
                    skipSpace()
                } while take(UInt8(ascii: ","))
                return take(UInt8(ascii: "]"))
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count,
                  memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0 else { return false }
            index += count
            return true
        }

        /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        mutating func number() -> Bool {
            func digits() -> Int {
                let start = index
                while let byte = current, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { index += 1 }
                return index - start
            }
            _ = take(UInt8(ascii: "-"))
            if !take(UInt8(ascii: "0")) { guard digits() > 0 else { return false } }
            if take(UInt8(ascii: ".")) { guard digits() > 0 else { return false } }
            if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
                if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
                guard digits() > 0 else { return false }
            }
            return true
        }

        /// A string: no raw control character, only JSON's escapes, a
        /// `\u` high surrogate only before a low one, and valid UTF-8.
        mutating func string() -> Bool {
            guard take(UInt8(ascii: "\"")) else { return false }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): index += 1; return true
                case ..<0x20: return false
                case UInt8(ascii: "\\"):
                    guard index + 1 < bytes.count else { return false }
                    switch bytes[index + 1] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 2
                    case UInt8(ascii: "u"):
                        guard let unit = unicodeEscape(at: index) else { return false }
                        index += 6
                        if (0xDC00..<0xE000).contains(unit) { return false }
                        if (0xD800..<0xDC00).contains(unit) {
                            guard let low = unicodeEscape(at: index), (0xDC00..<0xE000).contains(low) else { return false }
                            index += 6
                        }
                    default: return false
                    }
                case 0xE1...0xEC, 0xEE, 0xEF:  // (most of Chinese text: checked here at once)
                    guard index + 2 < bytes.count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80
                    else { return false }
                    index += 3
                case 0x80...:
                    guard let length = utf8Sequence(at: index) else { return false }
                    index += length
                default: index += 1
                }
            }
            return false
        }

        func unicodeEscape(at start: Int) -> UInt32? {
            guard start + 6 <= bytes.count, bytes[start] == UInt8(ascii: "\\"), bytes[start + 1] == UInt8(ascii: "u")
            else { return nil }
            var value: UInt32 = 0
            for offset in 2..<6 {
                guard let digit = Self.hexValue(bytes[start + offset]) else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        /// The length of the well-formed UTF-8 sequence at `start` (Unicode
        /// table 3-7: no overlong form, no surrogate, nothing past U+10FFFF).
        func utf8Sequence(at start: Int) -> Int? {
            let lead = bytes[start]
            let length: Int, low: UInt8, high: UInt8  // (the bounds of the second byte)
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return nil
            }
            guard start + length <= bytes.count, (low...high).contains(bytes[start + 1]) else { return nil }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[start + offset]) { return nil }
            return length
        }
    }
}
