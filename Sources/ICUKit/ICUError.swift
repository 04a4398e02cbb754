import CICU

/// An error reported by ICU, carrying ICU's own name for it
/// (for example `U_ILLEGAL_ARGUMENT_ERROR`) and what was being attempted.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The raw `UErrorCode` value.
    public let code: Int32
    /// ICU's name for the code, such as `U_INVALID_CHAR_FOUND`.
    public let name: String
    /// What the wrapper was doing, such as `open word break iterator for "zh"`.
    public let operation: String

    init(code: Int32, operation: String) {
        self.code = code
        self.name = String(cString: cicu_error_name(code))
        self.operation = operation
    }

    public var description: String { "ICU error \(name) (\(code)) while trying to \(operation)" }

    /// Throws when `code` is an ICU failure (warnings, which are negative, pass).
    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if code > 0 { throw ICUError(code: code, operation: operation()) }
    }
}

/// The version of the system ICU this build links, such as "72.1".
public let icuVersion: String = String(cString: cicu_version())
