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
