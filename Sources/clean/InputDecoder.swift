import ArgumentParser
import Foundation
import ICUKit

/// Why an input could not be read. Each names the file and what is wrong.
enum InputError: Error, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String, reason: String)
    case invalidUTF8(String, byteOffset: Int, line: Int, byte: UInt8)
    case invalidEncoding(String, encoding: String, byteOffset: Int)

    var description: String {
        switch self {
        case .missing(let path): "clean: \(path): no such file"
        case .directory(let path): "clean: \(path): is a directory (give the files in it, e.g. \(path)/*.txt)"
        case .unreadable(let path, let reason): "clean: \(path): cannot read: \(reason)"
        case .invalidUTF8(let path, let offset, let line, let byte):
            "clean: \(path): not valid UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at byte offset \(offset) (line \(line)); if the file is GB18030 or GBK, say --encoding gb18030"
        case .invalidEncoding(let path, let encoding, let offset):
            "clean: \(path): not valid \(encoding) at byte offset \(offset)"
        }
    }
}

/// Reads an input (a path, or - for standard input) and decodes it to text.
struct InputDecoder {
    let encoding: String
    /// Replace invalid sequences with U+FFFD (each reported) instead of failing.
    let lossy: Bool
    private let converter: Converter?

    /// UTF-8 input (the default).
    var isUTF8: Bool { converter == nil }

    /// Whether the input can be cut into page windows at its form-feed and
    /// line-feed bytes: UTF-8, and the Chinese multibyte encodings in which
    /// no byte of a character but the first is below 0x30 (GB18030, GBK,
    /// GB2312, Big5). UTF-16 and stateful encodings are read whole.
    var cutsAtLineBytes: Bool {
        converter == nil || ["gb18030", "gbk", "gb2312", "cp936", "windows-936", "big5"].contains(encoding.lowercased())
    }

    /// How characters stand in the bytes, for a stream that must cut a line
    /// (`cutsAtLineBytes` encodings only).
    var byteCharacters: PageStream.ByteCharacters {
        // 。！？ in each encoding, and ! ?
        let ascii: [[UInt8]] = [[0x21], [0x3F]]
        if isUTF8 { return .init(isUTF8: true, fullStops: ["。", "！", "？"].map { Array($0.utf8) } + ascii) }
        if encoding.lowercased() == "big5" {
            return .init(isUTF8: false, fullStops: [[0xA1, 0x43], [0xA1, 0x49], [0xA1, 0x48]] + ascii)
        }
        return .init(isUTF8: false, fullStops: [[0xA1, 0xA3], [0xA3, 0xA1], [0xA3, 0xBF]] + ascii)  // GB18030, GBK, GB2312
    }

    init(encoding: String, lossy: Bool = false) throws {
        self.encoding = encoding
        self.lossy = lossy
        let utf8Names = ["utf-8", "utf8"]
        if utf8Names.contains(encoding.lowercased()) {
            converter = nil
        } else {
            do {
                converter = try Converter(encoding: encoding)
            } catch {
                throw ValidationError("unknown encoding '\(encoding)' (ICU knows names such as utf-8, gb18030, gbk, utf-16)")
            }
        }
    }

    /// The text of an input as Unicode scalars (see `decodeScalars`); `warn`
    /// hears of each invalid sequence replaced under `lossy`.
    func readScalars(_ path: String, warn: (String) -> Void = { _ in }) throws -> [Unicode.Scalar] {
        let bytes = try Self.readBytes(path)
        let name = path == "-" ? "<stdin>" : path
        return try decodeScalars(bytes[...], name: name, startingAt: 0, warn: warn)
    }

    /// The text of `bytes` as Unicode scalars, the cleaner's input: valid
    /// UTF-8 (nearly always) decoded and checked in one pass; anything else
    /// (an error to report, --lossy, another encoding) through `decode`.
    func decodeScalars(_ bytes: ArraySlice<UInt8>, name: String, startingAt base: Int, lineBase: Int = 0,
                       warn: (String) -> Void) throws -> [Unicode.Scalar] {
        if converter == nil, !(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])),
           let scalars = bytes.withUnsafeBufferPointer({ UTF8Validation.scalars(of: $0, replacingInvalid: false) }) {
            return scalars
        }
        return Array(try decode(Array(bytes), name: name, startingAt: base, lineBase: lineBase, warn: warn).unicodeScalars)
    }

    /// `base` and `lineBase`: the bytes and lines of the input before these
    /// bytes, for the offset and the line an error names.
    func decode(_ bytes: [UInt8], name: String, startingAt base: Int, lineBase: Int = 0,
                warn: (String) -> Void) throws -> String {
        if let converter {
            return try decode(bytes, with: converter, named: encoding, name: name, startingAt: base, warn: warn)
        }
        // UTF-16 announced by its byte order mark is decoded as such.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decode(bytes, with: try Converter(encoding: "UTF-16"), named: "UTF-16", name: name,
                              startingAt: base, warn: warn)
        }
        // Valid UTF-8, nearly always: checked once, by the string itself.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
            guard lossy else {
                let line = lineBase + bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                throw InputError.invalidUTF8(name, byteOffset: base + offset, line: line, byte: bytes[offset])
            }
            for bad in UTF8Validation.invalidOffsets(bytes) {
                warn("clean: \(name): byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at byte offset \(base + bad) is not UTF-8: replaced by U+FFFD")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Through an ICU converter: an invalid sequence is an error naming its
    /// offset, or with `lossy` a U+FFFD, each reported.
    private func decode(_ bytes: [UInt8], with converter: Converter, named encoding: String, name: String,
                        startingAt base: Int, warn: (String) -> Void) throws -> String {
        do {
            guard lossy else { return try converter.decode(bytes) }
            let (text, invalid) = try converter.decodeReplacing(bytes)
            for offset in invalid {
                warn("clean: \(name): invalid \(encoding) sequence at byte offset \(base + offset): replaced by U+FFFD")
            }
            return text
        } catch let error as Converter.InvalidInput {
            throw InputError.invalidEncoding(name, encoding: encoding, byteOffset: base + error.byteOffset)
        }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        let handle = try open(path)
        defer { if path != "-" { try? handle.close() } }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw InputError.unreadable(path, reason: error.localizedDescription)
        }
    }

    /// Opens an input for reading, or says clearly why it cannot be read: no
    /// such file, a directory, a device (which may never end), no permission.
    static func open(_ path: String) throws -> FileHandle {
        if path == "-" { return FileHandle.standardInput }
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { throw InputError.missing(path) }
            throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw InputError.directory(path)
        case S_IFBLK:
            throw InputError.unreadable(path, reason: "a device, not a file")
        case S_IFCHR where path != "/dev/stdin" && path != "/dev/null":
            throw InputError.unreadable(path, reason: "a device, not a file")
        default: break
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        return handle
    }
}

/// UTF-8 read by hand: decoded and checked in one pass, and the bytes that
/// do not belong to a well-formed sequence (overlong forms, surrogates and
/// values above U+10FFFF included) found, for the message that names them.
enum UTF8Validation {
    /// The scalars of UTF-8 bytes, decoded and checked in one pass (a String
    /// checks them, and the cleaner decodes them again: twice the work).
    /// A byte that starts no well-formed sequence (overlong forms,
    /// surrogates, values past U+10FFFF, a sequence cut short) gives nil, or
    /// with `replacingInvalid` a U+FFFD for each such byte.
    static func scalars(of bytes: UnsafeBufferPointer<UInt8>, replacingInvalid: Bool) -> [Unicode.Scalar]? {
        var wellFormed = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { output, count in
            guard let input = bytes.baseAddress, let values = output.baseAddress else { return }
            // (Every byte of the input passes here: the loop keeps its place
            // and its count in registers and writes straight into the
            // scalars' storage.)
            let end = bytes.count
            var index = 0, written = 0
            while index < end {
                // (Chinese text is runs of three-byte characters: eight at a
                // time while 24 bytes hold eight, their leads and continuation
                // bytes checked in three 64-bit words, their values written
                // and then kept if none is an overlong form or a surrogate;
                // one at a time, each from one load, where they do not.)
                while index + 25 <= end {
                    let raw = UnsafeRawPointer(input + index)
                    let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
                    let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                    let third = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
                    guard first & 0xC0F0_C0C0_F0C0_C0F0 == 0x80E0_8080_E080_80E0,
                          second & 0xF0C0_C0F0_C0C0_F0C0 == 0xE080_80E0_8080_E080,
                          third & 0xC0C0_F0C0_C0F0_C0C0 == 0x8080_E080_80E0_8080 else { break }
                    var invalid: UInt32 = 0
                    for lane in 0..<8 {
                        let word = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 3 * lane, as: UInt32.self))
                        let value = (word & 0x0F) << 12 | (word & 0x3F00) >> 2 | (word & 0x3F_0000) >> 16
                        // (Below U+0800 the subtraction wraps to the top bit.)
                        invalid |= (value &- 0x800) >> 31 | (value & 0xF800 == 0xD800 ? 1 : 0)
                        (values + written + lane).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                    }
                    guard invalid == 0 else { break }  // (what was written is written over)
                    written += 8
                    index += 24
                }
                while index + 4 <= end {
                    let word = UInt32(littleEndian: UnsafeRawPointer(input + index).loadUnaligned(as: UInt32.self))
                    guard word & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                    let decoded = (word & 0x0F) << 12 | (word & 0x3F00) >> 2 | (word & 0x3F_0000) >> 16
                    guard decoded >= 0x800, decoded & 0xF800 != 0xD800 else { break }
                    values[written] = unsafeBitCast(decoded, to: Unicode.Scalar.self)
                    written += 1
                    index += 3
                }
                guard index < end else { break }
                let lead = UInt32(input[index])
                if lead < 0x80 {
                    values[written] = unsafeBitCast(lead, to: Unicode.Scalar.self)
                    written += 1
                    index += 1
                    continue
                }
                var value = 0xFFFD as UInt32, length = 0
                if lead & 0xF0 == 0xE0, index + 2 < end {
                    // (Han characters and CJK marks: three bytes.)
                    let second = UInt32(input[index + 1]), third = UInt32(input[index + 2])
                    let decoded = (lead & 0x0F) << 12 | (second & 0x3F) << 6 | third & 0x3F
                    if second & 0xC0 == 0x80, third & 0xC0 == 0x80, decoded >= 0x800, decoded & 0xF800 != 0xD800 {
                        value = decoded
                        length = 3
                    }
                } else if lead & 0xE0 == 0xC0, lead >= 0xC2, index + 1 < end {
                    let second = UInt32(input[index + 1])
                    if second & 0xC0 == 0x80 {
                        value = (lead & 0x1F) << 6 | second & 0x3F
                        length = 2
                    }
                } else if lead & 0xF8 == 0xF0, index + 3 < end {
                    let second = UInt32(input[index + 1]), third = UInt32(input[index + 2])
                    let fourth = UInt32(input[index + 3])
                    let decoded = (lead & 0x07) << 18 | (second & 0x3F) << 12 | (third & 0x3F) << 6 | fourth & 0x3F
                    if second & 0xC0 == 0x80, third & 0xC0 == 0x80, fourth & 0xC0 == 0x80,
                       decoded >= 0x10000, decoded <= 0x10FFFF {
                        value = decoded
                        length = 4
                    }
                }
                if length == 0 {
                    guard replacingInvalid else { wellFormed = false; break }
                    length = 1
                }
                // (Well-formed by the checks above: no surrogate, none past U+10FFFF.)
                values[written] = unsafeBitCast(value, to: Unicode.Scalar.self)
                written += 1
                index += length
            }
            count = written
        }
        guard wellFormed else { return nil }
        // (Room was made for a scalar a byte, four times what Chinese text
        // needs: a window kept so waits for a worker, and the cleaning keeps
        // its input. Copied to its size, for a copy's small cost.)
        return scalars.count < scalars.capacity / 2 ? scalars.withUnsafeBufferPointer { Array($0) } : scalars
    }

    /// Where each invalid sequence starts (a byte that cannot start or continue one).
    static func invalidOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets: [Int] = []
        var from = 0
        while from < bytes.count, let bad = firstInvalidOffset(bytes, from: from) {
            offsets.append(bad)
            from = bad + 1
            while from < bytes.count, bytes[from] & 0xC0 == 0x80 { from += 1 }
        }
        return offsets
    }

    static func firstInvalidOffset(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return index }
            for next in 2..<max(2, length) where bytes[index + next] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
