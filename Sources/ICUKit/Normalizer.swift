import CICU

/// Unicode normalization with ICU (`unorm2`).
public enum Normalizer {
    public enum Form: Sendable, CaseIterable {
        case nfc, nfd, nfkc, nfkd

        var raw: Int32 {
            switch self {
            case .nfc: Int32(CICU_NFC)
            case .nfd: Int32(CICU_NFD)
            case .nfkc: Int32(CICU_NFKC)
            case .nfkd: Int32(CICU_NFKD)
            }
        }
    }

    /// `text` in normalization form `form`: NFKC of `ＡＢＣ１２３` is `ABC123`.
    public static func normalize(_ text: String, to form: Form) throws(ICUError) -> String {
        let (units, _) = UTF16Buffer.encode(text.unicodeScalars)
        if units.isEmpty { return text }
        let (result, error) = units.withUnsafeBufferPointer { source in
            UTF16Buffer.fill(capacity: units.count + units.count / 2) { dest, capacity, error in
                cicu_normalize(form.raw, source.baseAddress, Int32(source.count), dest, capacity, &error)
            }
        }
        try ICUError.check(error, "normalize \(units.count) UTF-16 units to \(form)")
        return UTF16Buffer.string(result)
    }

    /// Whether `text` is certainly already in `form` (ICU's quick check, no copying).
    public static func isNormalized(_ text: String, form: Form) throws(ICUError) -> Bool {
        let (units, _) = UTF16Buffer.encode(text.unicodeScalars)
        var error: Int32 = 0
        let prefix = units.withUnsafeBufferPointer { source in
            cicu_normalized_prefix(form.raw, source.baseAddress, Int32(source.count), &error)
        }
        try ICUError.check(error, "check normalization")
        return Int(prefix) == units.count
    }
}
