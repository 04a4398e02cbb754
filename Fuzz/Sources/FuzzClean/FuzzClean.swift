import OCRClean

/// Every input, valid UTF-8 or not (decoded with replacement characters, as
/// `--lossy` would), goes through the whole pipeline. The properties that
/// must hold for any input are checked here, so a violation is a crash the
/// fuzzer keeps: the edit log replays to the output, cleaning is idempotent on
/// its own output... (see `check`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        try check(text)
    } catch {
        fatalError("cleaning failed: \(error)")
    }
    return 0
}

/// SwiftPM names an executable's entry point `<module>_main`; here it hands
/// control to libFuzzer's driver, which calls `fuzz` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzClean_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzz(data, size) }
}

let cleaner = try! Cleaner()

func check(_ text: String) throws {
    let result = try cleaner.clean(text)
    guard try EditLog.replay(result.edits, on: text) == result.text else {
        fatalError("the edit log does not replay to the output")
    }
    let flat = FlatEdit.apply(result.trace.flatEdits, to: Array(text.unicodeScalars))
    guard String(String.UnicodeScalarView(flat)) == result.text else {
        fatalError("the trace does not rebuild the output")
    }
    guard try cleaner.clean(result.text).text == result.text else {
        fatalError("not idempotent")
    }
}
