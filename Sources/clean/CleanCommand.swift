import ArgumentParser
import Foundation
import OCRClean

/// The `clean` command: argument parsing and I/O. Everything that decides
/// what clean text is lives in OCRClean.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Turn the raw OCR text of scanned Chinese bulletins into clean text.",
        discussion: """
            Each FILE (or standard input, when there is none or it is -) is cleaned
            and written to standard output, one after another as cat would; with
            -o DIR each goes to DIR under its own name; with -i each file is
            rewritten in place, atomically.

            Every change is made by a named rule and logged: --diff shows the
            changes in the raw text, each named by its rule; --explain prints the
            log as JSON Lines; --check only counts (for CI on a corpus).

            Examples:
              clean page.txt > page.clean.txt
              clean -o cleaned/ scans/*.txt
              clean --diff page.txt | less -R
              ocr-tool page.png | clean | indexer
              clean --check corpus/*.txt || echo "corpus needs cleaning"

            Exit status: 0 done, 1 --check found changes, 2 usage or input error.
            """,
        version: "ocr-clean 0.1.0"
    )

    @Argument(help: ArgumentHelp("Files to clean; standard input when none is given or for -.",
                                 valueName: "file"))
    var files: [String] = []

    @Option(name: [.customShort("o"), .customLong("output-dir")],
            help: ArgumentHelp("Write each cleaned file to this folder, under its own name.", valueName: "dir"))
    var outputDirectory: String?

    @Flag(name: [.customShort("i"), .customLong("in-place")],
          help: "Rewrite each file in place (atomically: a temporary file, then a rename).")
    var inPlace = false

    @Flag(help: "Show the changes in the raw text, character by character, each named by its rule.")
    var diff = false

    @Flag(help: "Print the edit log as JSON Lines, one object per edit (with -o or -i, files are written too).")
    var explain = false

    @Flag(help: "Print only how many edits each rule would make; exit 1 if any, 0 if the input is clean.")
    var check = false

    @Option(name: .customLong("enable"), parsing: .singleValue,
            help: ArgumentHelp("Run a rule that is off by default (repeatable, or comma-separated).", valueName: "rule"))
    var enabledRules: [String] = []

    @Option(name: .customLong("disable"), parsing: .singleValue,
            help: ArgumentHelp("Do not run a rule (repeatable, or comma-separated).", valueName: "rule"))
    var disabledRules: [String] = []

    @Flag(help: "List the rules, in the order they run, and exit.")
    var listRules = false

    @Option(help: ArgumentHelp("Input encoding: utf-8 (default; UTF-16 with a byte order mark is recognised), gb18030, gbk, utf-16...",
                               valueName: "name"))
    var encoding: String = "utf-8"

    @Option(help: ArgumentHelp("Colour for --diff: auto (on a terminal, unless NO_COLOR is set), always or never.",
                               valueName: "when"))
    var color: ColorChoice = .auto

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    mutating func validate() throws {
        if [diff, explain, check].filter({ $0 }).count > 1 {
            throw ValidationError("--diff, --explain and --check are different reports: choose one.")
        }
        if inPlace && outputDirectory != nil {
            throw ValidationError("-i/--in-place and -o/--output-dir both say where to write: choose one.")
        }
        if (diff || check) && (inPlace || outputDirectory != nil) {
            throw ValidationError("--diff and --check only report; they do not go with -i or -o.")
        }
        if (inPlace || outputDirectory != nil) && (files.isEmpty || files.contains("-")) {
            throw ValidationError("\(inPlace ? "-i/--in-place" : "-o/--output-dir") needs file arguments, not standard input.")
        }
    }

    var options: CleanOptions {
        func split(_ values: [String]) -> Set<String> {
            Set(values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                .filter { !$0.isEmpty })
        }
        return CleanOptions(enabled: split(enabledRules), disabled: split(disabledRules))
    }

    func run() throws {
        if listRules {
            print(RuleList.render())
            return
        }
        let cleaner: Cleaner
        do {
            cleaner = try Cleaner(options)
        } catch let error as CleanError {
            throw ValidationError(error.description)
        }
        let inputs = files.isEmpty ? ["-"] : files
        let decoder = try InputDecoder(encoding: encoding)
        let output = Output(standardOutput: FileHandle.standardOutput)
        let useColor = ColorSupport.enabled(color)
        var failures = 0
        var changedFiles = 0

        if let outputDirectory { try Output.makeDirectory(outputDirectory) }
        try Output.checkDistinctNames(inputs, outputDirectory: outputDirectory)

        for path in inputs {
            do {
                let text = try decoder.read(path)
                let result = try cleaner.clean(text)
                if result.changed { changedFiles += 1 }
                let name = path == "-" ? "<stdin>" : path
                if check {
                    if result.changed {
                        let counts = result.countsByRule.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
                        output.write("\(name): \(counts)\n")
                    }
                } else if diff {
                    output.write(DiffRenderer(color: useColor).render(result, name: name))
                } else {
                    if explain { output.write(Explain.jsonLines(result, file: name)) }
                    if inPlace {
                        try Output.writeAtomically(result.text, to: path, replacing: true)
                    } else if let outputDirectory {
                        let target = URL(fileURLWithPath: outputDirectory)
                            .appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent).path
                        try Output.writeAtomically(result.text, to: target, replacing: false)
                    } else if !explain {
                        output.write(result.text)
                    }
                }
            } catch let error as InputError {
                failures += 1
                Output.reportError(error.description)
            } catch let error as OutputError {
                failures += 1
                Output.reportError(error.description)
            }
        }
        if failures > 0 { throw ExitCode(2) }
        if check && changedFiles > 0 { throw ExitCode(1) }
    }
}
