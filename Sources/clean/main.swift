import ArgumentParser
import Foundation

// Exit codes are part of the interface: 0 done, 1 `--check` found changes,
// 2 usage or input error. ArgumentParser's own `main()` would exit 64 on a
// usage error, so parsing and errors are handled here.
#if os(Linux)
// Cleaning makes and drops a text-sized array at every stage. glibc gives a
// freed large block back to the kernel (unmapped, or the heap's top trimmed),
// so the next one is faulted in and zeroed page by page again: 11% of the
// time of a 10 MB run went to page faults. Blocks up to 4 MB (a streamed
// window's arrays are smaller) now stay in the heap for reuse; larger ones
// are still unmapped when freed (at 32 MB the heap fragmented: the peak of
// a --dedup-scope corpus run rose from 103 to 140 MB; at 4 MB it is 105).
// (`mallopt` is in <malloc.h>, which Swift's Glibc module leaves out:
// declared here, with its two constants.)
@_silgen_name("mallopt") func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
let mallocTrimThreshold: Int32 = -1, mallocMmapThreshold: Int32 = -3
_ = mallopt(mallocMmapThreshold, 4 << 20)
_ = mallopt(mallocTrimThreshold, 256 << 20)
#endif

do {
    let command = try CleanCommand.parse(commandLine: Array(CommandLine.arguments.dropFirst()))
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let status = CleanCommand.exitCode(for: error)
    if status == .success {
        // --help, --version: what they print goes to standard output.
        print(CleanCommand.fullMessage(for: error))
        exit(0)
    }
    // ArgumentParser's message names the problem and adds the usage line.
    let message = CleanCommand.fullMessage(for: error)
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}
