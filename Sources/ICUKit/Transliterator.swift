import CICU

/// An ICU transform, such as `Fullwidth-Halfwidth` or `Traditional-Simplified`.
/// It owns an ICU object: create once, reuse, do not share between threads.
public final class Transliterator {
    private let handle: OpaquePointer
    /// The ICU transform id it was opened with.
    public let id: String

    /// Opens the transform `id`; an unknown id throws (`U_INVALID_ID`).
    public init(id: String) throws(ICUError) {
        let units = Array(id.utf16)
        var error: Int32 = 0
        let handle = units.withUnsafeBufferPointer { buffer in
            cicu_transliterator_open(buffer.baseAddress, Int32(buffer.count), &error)
        }
        try ICUError.check(error, "open transliterator \"\(id)\"")
        guard let handle else { throw ICUError(code: 1, operation: "open transliterator \"\(id)\"") }
        self.handle = handle
        self.id = id
    }

    deinit { cicu_transliterator_close(handle) }

    /// `text` transformed.
    public func transform(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        let (result, error) = UTF16Buffer.fill(capacity: source.count * 2) { dest, capacity, error in
            guard Int(capacity) >= source.count else {
                error = Int32(CICU_BUFFER_OVERFLOW_ERROR)
                return Int32(source.count)
            }
            dest.update(from: source, count: source.count)
            return cicu_transliterate(handle, dest, Int32(source.count), capacity, &error)
        }
        try ICUError.check(error, "transliterate with \"\(id)\"")
        return UTF16Buffer.string(result)
    }
}
