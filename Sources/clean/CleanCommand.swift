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

            Files of one folder whose names differ only in a page number
            (2023-02-16_01.txt, 2023-02-16_07.txt) are pages of one issue: an
            article cut by （下转7版） on page 1 is joined with its rest after
            （上接1版） on page 7. (More than 200 such files are no issue, but
            a folder of numbered scans: each is cleaned alone.) --pages 1,7
            says so for the files given; --no-stitch cleans each file alone.
            Inside one input, a form feed or a line '=== 第7版 ===' separates
            pages.

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

    @Option(help: ArgumentHelp("Page numbers of the files given, in order, when they are pages of one issue (e.g. 1,7): jumps between them are stitched.", valueName: "numbers"))
    var pages: PageNumbers?

    @Flag(help: "Clean every file alone: do not stitch articles that jump between pages of one issue.")
    var noStitch = false

    @Flag(help: "Each input line is a JSON object: clean the text in its --field, pass every other byte through.")
    var jsonl = false

    @Option(help: ArgumentHelp("The string field of each record that --jsonl cleans.", valueName: "name"))
    var field: String = "text"

    @Flag(help: "With --jsonl: pass a bad record (not JSON, no such field, not a string) through unchanged and count it, instead of stopping.")
    var skipBad = false

    // (`-j4` as well as `-j 4`: people type it as they do for make.)
    @Option(name: [.customShort("j", allowingJoined: true), .customLong("jobs")],
            help: ArgumentHelp("Clean this many files (or page windows) at once (-j 4 or -j4); output is the same as with -j 1. Default: the number of cores.", valueName: "n"))
    var jobs: Int?

    @Flag(help: "List the rules, in the order they run, and exit.")
    var listRules = false

    @Option(help: ArgumentHelp("Input encoding: utf-8 (default; UTF-16 with a byte order mark is recognised), gb18030, gbk, utf-16...",
                               valueName: "name"))
    var encoding: String = "utf-8"

    @Option(help: ArgumentHelp("Output format: text (the clean text) or json (each page's articles: headlines, byline, body, captions, jumps; one JSON object a file).", valueName: "format"))
    var format: OutputFormat = .text

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: ArgumentHelp("Where repeated paragraphs are looked for: page (default: within each page and article, and removed) or corpus (also each paragraph of 40+ characters against every earlier one of the run, in input order: reported, and removed with --dedup-remove).",
                               valueName: "scope"))
    var dedupScope: DedupScope = .page

    @Flag(help: "With --dedup-scope corpus: remove each paragraph that repeats an earlier one of the run, keeping the first copy.")
    var dedupRemove = false

    @Flag(help: "Replace bytes that are not valid in the input encoding with U+FFFD, each reported on standard error, instead of stopping.")
    var lossy = false

    @Option(help: ArgumentHelp("Colour for --diff: auto (on a terminal, unless NO_COLOR is set), always or never.",
                               valueName: "when"))
    var color: ColorChoice = .auto

    struct PageNumbers: ExpressibleByArgument {
        let numbers: [Int]
        init?(argument: String) {
            let parts = argument.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !parts.isEmpty, parts.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
            numbers = parts.map { $0! }
        }
    }

    enum DedupScope: String, ExpressibleByArgument, CaseIterable {
        case page, corpus
    }

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
        if dedupRemove && dedupScope != .corpus {
            throw ValidationError("--dedup-remove removes what --dedup-scope corpus finds: add --dedup-scope corpus.")
        }
        if let jobs, jobs < 1 { throw ValidationError("-j needs at least 1 job") }
        if jsonl && (diff || check || inPlace || outputDirectory != nil || format == .json) {
            throw ValidationError("--jsonl writes records to standard output: not with --diff, --check, -i, -o or --format json.")
        }
        if format == .json && (diff || check || explain || inPlace) {
            throw ValidationError("--format json is an output of its own: not with --diff, --check, --explain or -i.")
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
        if jsonl { return try runJSONLines(inputs, cleaner: cleaner) }
        let decoder = try InputDecoder(encoding: encoding, lossy: lossy)
        if let outputDirectory { try Output.makeDirectory(outputDirectory) }
        try Output.checkDistinctNames(inputs, outputDirectory: outputDirectory)
        let stitch = !noStitch && !options.disabled.contains("stitch")
        // Files named as pages of one issue are cleaned together, but not files
        // too large to be one printed page (a corpus cut into numbered parts),
        // nor more files than an issue has pages (a folder of numbered scans,
        // scan0001.txt to scan9999.txt): those are cleaned one by one, in
        // bounded memory. (`--pages` keeps any files together.)
        let issues = try IssueGrouping.group(inputs, explicitPages: pages?.numbers, stitch: stitch).flatMap { issue in
            pages == nil && issue.count > 1
                && (issue.count > Self.mostPagesOfAnIssue || issue.contains { Self.fileSize($0.path) > Self.streamedSize })
                ? issue.map { [$0] } : [issue]
        }
        let run = stitch ? cleaner : try Cleaner(CleanOptions(enabled: options.enabled,
                                                              disabled: options.disabled.union(["stitch"])))
        var sink = Sink(command: self, color: ColorSupport.enabled(color))
        let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount

        // Files cleaned whole go in batches, several at once; a lone large
        // file or standard input is read as a stream of page windows.
        var batch: [[IssueGrouping.Member]] = []
        func flush() throws {
            try Parallel.inOrder(batch.makeIterator(), jobs: workers, transform: { issue in
                let outcome = try Self.cleanWhole(issue, decoder: decoder, cleaner: run)
                return (outcome, outcome.result.flatMap(corpusPreparation),
                        outcome.result.flatMap { structures($0, numbered: issue.count > 1) })
            }, consume: { issue, cleaned in
                let (outcome, prepared, structures) = cleaned
                outcome.warnings.forEach { Output.reportError($0) }
                outcome.errors.forEach { sink.fail($0) }
                if let result = outcome.result {
                    sink.emitIssue(result, members: issue, prepared: prepared, structures: structures)
                }
            })
            batch = []
        }
        for issue in issues {
            guard streams(issue, decoder: decoder) else {
                batch.append(issue)
                if batch.count >= 4 * workers { try flush() }
                continue
            }
            try flush()
            try stream(issue[0].path, cleaner: run, workers: workers, decoder: decoder, sink: &sink)
        }
        try flush()
        sink.reportCorpus()
        if let outputDirectory, let reason = Output.flush(folder: outputDirectory) {
            sink.fail("clean: \(outputDirectory): the files written could not be flushed to disk: \(reason)")
        }
        let failures = sink.failures
        let changedFiles = sink.changedFiles
        if failures > 0 { throw ExitCode(2) }
        if check && changedFiles > 0 { throw ExitCode(1) }
    }

    /// `--jsonl`: records from each input in turn, written as each is cleaned.
    func runJSONLines(_ inputs: [String], cleaner: Cleaner) throws {
        var lines = JSONLines(cleaner: cleaner, field: field, explain: explain, skipBad: skipBad,
                              corpus: dedupScope == .corpus ? CorpusDuplicates() : nil, dedupRemove: dedupRemove)
        var skipped = 0
        for path in inputs {
            let handle: FileHandle
            do {
                handle = try InputDecoder.open(path)
            } catch let error as InputError {
                Output.reportError(error.description)
                throw ExitCode(2)
            }
            do {
                skipped += try lines.run(LineReader(handle: handle), source: path == "-" ? "<stdin>" : path,
                                      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) {
                    FileHandle.standardOutput.write($0)
                }
            } catch let bad as JSONLines.BadRecord {
                Output.reportError(bad.description + " (use --skip-bad to pass bad records through)")
                throw ExitCode(2)
            }
        }
        if let summary = Sink.corpusSummary(found: lines.corpusFound, removed: dedupRemove, listed: explain) {
            Output.reportError(summary)
        }
        if skipped > 0 { Output.reportError("clean: \(skipped) bad record\(skipped == 1 ? "" : "s") passed through unchanged") }
    }

    /// A lone input is streamed when it is standard input or a large file
    /// and its encoding can be cut at form feeds (UTF-8, GB18030, GBK, Big5:
    /// see `InputDecoder.cutsAtLineBytes`): its text (or `--format json`
    /// object) goes out window by window, to standard output or to the
    /// file -o or -i writes, which is put in place when the input ends.
    func streams(_ issue: [IssueGrouping.Member], decoder: InputDecoder) -> Bool {
        guard issue.count == 1, pages == nil, decoder.cutsAtLineBytes else {
            return false
        }
        let path = issue[0].path
        return path == "-" || Self.fileSize(path) > Self.streamedSize
    }

    /// Files larger than this are streamed in page windows.
    static let streamedSize = 4 << 20

    /// More files named as pages of one issue than this are not one issue:
    /// the largest printed dailies run to some hundred pages on their
    /// biggest days. (A thousand numbered scans cleaned as one issue held
    /// them all in memory, 128 MB for 6 MB of text.)
    static let mostPagesOfAnIssue = 200

    /// The file's size in bytes (0 when it cannot be told). (One stat: the
    /// file manager's attributes read the file's extended attributes and
    /// its owner's name too, for every file of a folder.)
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// With --dedup-scope corpus, the costly half of the look-up, made
    /// beside the cleaning (in parallel); the look-up itself goes in order.
    func corpusPreparation(_ result: IssueResult) -> CorpusDuplicates.Prepared? {
        dedupScope == .corpus ? CorpusDuplicates.prepare(result.combined) : nil
    }

    /// With --format json, each file's structured view, read beside the
    /// cleaning (in parallel: it is most of the work); nil when the sink
    /// reads it, after --dedup-scope corpus has made its removals.
    func structures(_ result: IssueResult, numbered: Bool, continuing: Bool = false) -> StructureRead? {
        guard format == .json, dedupScope != .corpus else { return nil }
        return StructureRead { try result.structures(numbered: numbered, continuing: continuing) }
    }

    typealias StructureRead = Result<[[PageStructure]], any Error>

    static func cleanWhole(_ issue: [IssueGrouping.Member], decoder: InputDecoder,
                           cleaner: Cleaner) throws -> (errors: [String], warnings: [String], result: IssueResult?) {
        var pages: [IssuePage] = []
        var errors: [String] = [], warnings: [String] = []
        for member in issue {
            do {
                let name = member.path == "-" ? "<stdin>" : member.path
                let scalars = try decoder.readScalars(member.path) { warnings.append($0) }
                pages.append(IssuePage(name: name, scalars: scalars, number: member.page))
            } catch let error as InputError {
                errors.append(error.description)
            }
        }
        return (errors, warnings, pages.isEmpty ? nil : try cleaner.clean(issue: pages))
    }

    /// Cleans one input window by window, writing each as soon as it is done.
    func stream(_ path: String, cleaner: Cleaner, workers: Int, decoder: InputDecoder, sink: inout Sink) throws {
        let name = path == "-" ? "<stdin>" : path
        let handle: FileHandle
        do {
            handle = try InputDecoder.open(path)
        } catch let error as InputError {
            sink.fail(error.description)
            return
        }
        let stream = PageStream(handle: handle, name: name, decoder: decoder)
        var failure: InputError?
        let windows = AnyIterator<PageStream.Window> {
            do { return try stream.next() } catch let error as InputError { failure = error; return nil } catch {
                failure = .unreadable(name, reason: "\(error)")
                return nil
            }
        }
        do {
            try sink.beginStream(name: name, path: path)
        } catch let error as OutputError {
            sink.fail(error.description)
            return
        }
        try Parallel.inOrder(windows, jobs: workers, transform: { window in
            let result = try cleaner.clean(issue: [IssuePage(name: name, scalars: window.scalars, number: window.firstPage)])
            // (A window after the first goes on with the page the one before ended in.)
            return (result, corpusPreparation(result), structures(result, numbered: false, continuing: window.byteOffset > 0))
        }, consume: { window, cleaned in
            // (Said as the windows go, not kept: a stream may hold millions.)
            stream.takeWarnings().forEach { Output.reportError($0) }
            sink.emitWindow(cleaned.0, window: window, prepared: cleaned.1, structures: cleaned.2)
        })
        sink.endStream(failed: failure != nil)
        stream.takeWarnings().forEach { Output.reportError($0) }
        if let failure { sink.fail(failure.description) }
    }
}
