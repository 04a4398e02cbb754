import CICU

/// Decodes bytes in a legacy or UTF-16 encoding with ICU's converters (`ucnv`).
public struct Converter: Sendable {
    /// A byte sequence that is not valid in the encoding.
    public struct InvalidInput: Error, Sendable, Equatable {
        public let encoding: String
        /// Byte offset of the first invalid sequence.
        public let byteOffset: Int

        public init(encoding: String, byteOffset: Int) {
            self.encoding = encoding
            self.byteOffset = byteOffset
        }
    }

    /// The encoding name as given (ICU accepts aliases: `gb18030`, `GBK`, `UTF-16`...).
    public let encoding: String

    /// Fails with `U_FILE_ACCESS_ERROR`/`U_INVALID_TABLE_FILE` style errors for an unknown name.
    public init(encoding: String) throws(ICUError) {
        var error: Int32 = 0
        let handle = cicu_converter_open(encoding, 1, &error)
        defer { cicu_converter_close(handle) }
        try ICUError.check(error, "open converter \"\(encoding)\"")
        self.encoding = encoding
    }

    /// The canonical name ICU uses for this encoding.
    public var canonicalName: String {
        var error: Int32 = 0
        guard let handle = cicu_converter_open(encoding, 1, &error) else { return encoding }
        defer { cicu_converter_close(handle) }
        return String(cString: cicu_converter_name(handle, &error))
    }

    /// Decodes `bytes`, each invalid sequence as U+FFFD, and says where each
    /// of them starts (byte offsets, in order): `--lossy` reports them all.
    public func decodeReplacing(_ bytes: [UInt8]) throws -> (text: String, invalidOffsets: [Int]) {
        var error: Int32 = 0
        guard let handle = cicu_converter_open(encoding, 1, &error) else {
            try ICUError.check(error == 0 ? 1 : error, "open converter \"\(encoding)\"")
            return ("", [])
        }
        defer { cicu_converter_close(handle) }
        // (At most one UTF-16 unit a byte, and one more; at most one invalid
        // sequence a byte.)
        var offsets = [Int32](repeating: 0, count: bytes.count)
        var found: Int32 = 0
        var units = [UInt16](repeating: 0, count: bytes.count + 1)
        let written = bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { chars in
                units.withUnsafeMutableBufferPointer { dest in
                    offsets.withUnsafeMutableBufferPointer { offsets in
                        cicu_converter_to_utf16_replacing(handle, chars.baseAddress, Int32(chars.count),
                                                          dest.baseAddress, Int32(dest.count), offsets.baseAddress,
                                                          Int32(offsets.count), &found, &error)
                    }
                }
            }
        }
        try ICUError.check(error, "decode \(bytes.count) bytes as \(encoding)")
        units.removeSubrange(Int(written)...)
        return (UTF16Buffer.string(units), offsets.prefix(Int(found)).map(Int.init))
    }

    /// Decodes `bytes`. With `lossy`, invalid sequences become U+FFFD; otherwise the
    /// first one throws `InvalidInput` with its byte offset.
    public func decode(_ bytes: [UInt8], lossy: Bool = false) throws -> String {
        var error: Int32 = 0
        guard let handle = cicu_converter_open(encoding, lossy ? 0 : 1, &error) else {
            try ICUError.check(error == 0 ? 1 : error, "open converter \"\(encoding)\"")
            return ""
        }
        defer { cicu_converter_close(handle) }
        var invalidAt: Int32 = -1
        let (units, status) = bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { chars in
                UTF16Buffer.fill(capacity: bytes.count + 1) { dest, capacity, error in
                    cicu_converter_to_utf16(handle, chars.baseAddress, Int32(chars.count),
                                            dest, capacity, &invalidAt, &error)
                }
            }
        }
        if invalidAt >= 0 { throw InvalidInput(encoding: encoding, byteOffset: Int(invalidAt)) }
        try ICUError.check(status, "decode \(bytes.count) bytes as \(encoding)")
        return UTF16Buffer.string(units)
    }
}
