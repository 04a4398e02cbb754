import ArgumentParser
import Foundation

// Exit codes are part of the interface: 0 done, 1 `--check` found changes,
// 2 usage or input error. ArgumentParser's own `main()` would exit 64 on a
// usage error, so parsing and errors are handled here.
do {
    let command = try CleanCommand.parse()
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
