import Foundation
import OCRClean

/// Where results go, in input order: standard output, the files of -o or -i,
/// or the reports (--diff, --explain, --check). Counts failures and changes
/// for the exit status.
struct Sink {
    let command: CleanCommand
    let color: Bool
    private(set) var failures = 0
    private(set) var changedFiles = 0
    private let output = Output(standardOutput: FileHandle.standardOutput)
    /// A streamed input: whether anything was written yet, and whether it changed.
    private var streamWrote = false
    private var streamChanged = false
    private var streamCounts: [(rule: String, count: Int)] = []
    private var streamName = ""
    /// `--format json` of a streamed input: its object, written page by page.
    private var structureStream: StructureStream?
    /// A streamed input's file (`-o`, `-i`), put in place when the input ends.
    private var streamFile: AtomicFile?
    /// `--dedup-scope corpus`: every paragraph seen so far, and how many repeats were found.
    private var corpus: CorpusDuplicates?
    private var corpusFound = 0

    init(command: CleanCommand, color: Bool) {
        self.command = command
        self.color = color
        corpus = command.dedupScope == .corpus ? CorpusDuplicates() : nil
    }

    /// With `--dedup-scope corpus`: the result with its repeats of earlier
    /// paragraphs removed (`--dedup-remove`), and their remarks by file name.
    private mutating func reviewCorpus(_ result: IssueResult, lineOffset: Int,
                                       prepared: CorpusDuplicates.Prepared?) -> (IssueResult, [String: [Diagnostic]]) {
        guard var index = corpus else { return (result, [:]) }
        corpus = nil  // the index is changed in place, not copied
        let findings = index.review(result, lineOffset: lineOffset, prepared: prepared)
        corpus = index
        corpusFound += findings.count
        guard !findings.isEmpty else { return (result, [:]) }
        let remarks = Dictionary(grouping: findings, by: \.file).mapValues(CorpusDuplicates.diagnostics)
        guard command.dedupRemove else { return (result, remarks) }
        do {
            return (try result.applying(CorpusDuplicates.changes(removing: findings), rule: CorpusDuplicates.rule), [:])
        } catch {
            fail("clean: \(error)")
            return (result, remarks)
        }
    }

    /// How many repeats --dedup-scope corpus found, on standard error.
    func reportCorpus() {
        if let summary = Self.corpusSummary(found: corpusFound, removed: command.dedupRemove, listed: command.explain) {
            Output.reportError(summary)
        }
    }

    static func corpusSummary(found: Int, removed: Bool, listed: Bool) -> String? {
        guard found > 0 else { return nil }
        let what = "clean: \(found) paragraph\(found == 1 ? "" : "s") repeat\(found == 1 ? "s" : "") an earlier one of the run"
        if removed { return what + "; removed, the first copy kept" }
        return what + "; kept" + (listed ? " (listed by --explain" : " (--explain lists them") + "; --dedup-remove removes them)"
    }

    mutating func fail(_ message: String) {
        failures += 1
        Output.reportError(message)
    }

    /// The pages of one issue (or one file), cleaned whole.
    /// (`structures`: with --format json, each file's view when the cleaning read it.)
    mutating func emitIssue(_ result: IssueResult, members: [IssueGrouping.Member],
                            prepared: CorpusDuplicates.Prepared? = nil, structures: CleanCommand.StructureRead? = nil) {
        let (result, remarks) = reviewCorpus(result, lineOffset: 0, prepared: prepared)
        var views: [[PageStructure]] = []
        if command.format == .json {
            do {
                views = try (structures ?? CleanCommand.StructureRead {
                    try result.structures(numbered: members.count > 1)
                }).get()
            } catch {
                // (Said, not written as files of no pages: `try?` here left a
                // view short of its files, and indexing it crashed.)
                fail("clean: \(result.pages.first?.name ?? "<stdin>"): cannot read its structure: \(error)")
                return
            }
        }
        // Each page's file, by its name (the first of that name), looked up
        // once: an issue may have thousands of pages.
        var pathOfName: [String: String] = [:]
        for member in members {
            let name = member.path == "-" ? "<stdin>" : member.path
            if pathOfName[name] == nil { pathOfName[name] = member.path }
        }
        for (index, page) in result.pages.enumerated() {
            let path = pathOfName[page.name] ?? page.name
            // (Whether a page of an issue changed is known once its log is
            // replayed: asked by --check alone, which says it.)
            if command.check, page.changed { changedFiles += 1 }
            do {
                if command.check {
                    if page.changed { output.write("\(page.name): \(Self.counts(page.countsByRule))\n") }
                } else if command.diff {
                    output.write(DiffRenderer(color: color).render(result.combined, page: page))
                } else {
                    if command.explain {
                        output.write(Explain.jsonLines(page.edits, file: page.name,
                                                       diagnostics: (index == 0 ? result.combined.diagnostics : [])
                                                           + (remarks[page.name] ?? [])))
                    }
                    // (Text goes out as the bytes of the page's scalars, not through a String.)
                    let text = command.format == .json
                        ? StructureJSON.render(page, structure: views[index]) : page.utf8
                    if let target = target(of: path) {
                        try Output.writeAtomically(text, to: target, replacing: command.inPlace)
                    } else if !command.explain {
                        output.write(text)
                    }
                }
            } catch {
                fail((error as? OutputError)?.description ?? "clean: \(page.name): \(error)")
            }
        }
    }

    /// The file `-i` or `-o` writes the input at `path` to; nil when the
    /// output goes to standard output.
    func target(of path: String) -> String? {
        if command.inPlace { return path }
        guard let folder = command.outputDirectory else { return nil }
        // (Paths told what they are, not looked up: a stat each.)
        return URL(fileURLWithPath: folder, isDirectory: true)
            .appendingPathComponent(URL(fileURLWithPath: path, isDirectory: false).lastPathComponent,
                                    isDirectory: false).path
    }

    /// Starts a streamed input, read from `path`: throws when the file it is
    /// written to (`-i`, `-o`) cannot be made.
    mutating func beginStream(name: String, path: String) throws {
        streamWrote = false
        streamChanged = false
        streamCounts = []
        structureStream = command.format == .json ? StructureStream(name: name) : nil
        streamFile = try target(of: path).map {
            try AtomicFile(path: $0, replacing: command.inPlace, removedOnInterrupt: true)
        }
    }

    /// Writes a streamed input's text (or JSON) where it goes: its file, or
    /// standard output unless --explain has it.
    private func writeStream(_ bytes: [UInt8]) {
        if let streamFile { streamFile.write(bytes) } else if !command.explain { output.write(bytes) }
    }

    /// One window of a streamed input. Windows end at page breaks: their
    /// texts are joined as cleaning the whole input would join its pages.
    mutating func emitWindow(_ result: IssueResult, window: PageStream.Window,
                             prepared: CorpusDuplicates.Prepared? = nil, structures: CleanCommand.StructureRead? = nil) {
        let (result, remarks) = reviewCorpus(result, lineOffset: window.lineOffset, prepared: prepared)
        guard let page = result.pages.first else { return }
        streamName = page.name
        if page.changed { streamChanged = true }
        if command.check {
            for (rule, count) in page.countsByRule {
                if let index = streamCounts.firstIndex(where: { $0.rule == rule }) {
                    streamCounts[index].count += count
                } else {
                    streamCounts.append((rule, count))
                }
            }
            return
        }
        if command.diff {
            output.write(DiffRenderer(color: color).render(result.combined, name: page.name,
                                                           within: page.span, lineOffset: -window.lineOffset))
            return
        }
        if command.explain {
            let edits = page.edits.map { edit in
                // Columns of the window's first line go on from the line's start before it.
                let moved = edit.relocated(byScalars: 0, lines: -window.lineOffset, bytes: -window.byteOffset)
                guard window.columnOffset > 0, edit.source.start.line == 1 || edit.source.end.line == 1
                else { return moved }
                func shift(_ location: SourceLocation, _ original: SourceLocation) -> SourceLocation {
                    original.line == 1
                        ? SourceLocation(line: location.line, column: location.column + window.columnOffset,
                                         byteOffset: location.byteOffset, scalarOffset: location.scalarOffset)
                        : location
                }
                return Edit(rule: moved.rule, stage: moved.stage, range: moved.range, before: moved.before,
                            after: moved.after,
                            source: SourceSpan(start: shift(moved.source.start, edit.source.start),
                                               end: shift(moved.source.end, edit.source.end)), note: moved.note)
            }
            output.write(Explain.jsonLines(edits, file: page.name,
                                           diagnostics: result.combined.diagnostics + (remarks[page.name] ?? [])))
        }
        // The text (or JSON), unless --explain has standard output and no file takes it.
        guard streamFile != nil || !command.explain else { return }
        if var stream = structureStream {
            do {
                let views = try (structures ?? CleanCommand.StructureRead {
                    try result.structures(numbered: false, continuing: window.byteOffset > 0)
                }).get()
                writeStream(stream.add(views.first ?? [], lineOffset: window.lineOffset,
                                       columnOffset: window.columnOffset))
            } catch {
                fail("clean: \(page.name): cannot read its structure: \(error)")
            }
            structureStream = stream
        } else if case var bytes = page.utf8, !bytes.isEmpty {
            if streamWrote { writeStream([0x0A]) }
            // The text ends with its line feed.
            if bytes.last != 0x0A { bytes.append(0x0A) }
            writeStream(bytes)
            streamWrote = true
        }
    }

    /// Ends a streamed input; its file is put in place unless the input
    /// `failed` (unreadable or undecodable half-way: -i leaves the file as
    /// it was, -o writes none, as for an input read whole).
    mutating func endStream(failed: Bool) {
        if var stream = structureStream {
            writeStream(stream.finish())
            structureStream = nil
        }
        if let file = streamFile {
            streamFile = nil
            if failed {
                file.abandon()
            } else {
                do { try file.commit() } catch { fail(error.description) }
            }
        }
        if streamChanged { changedFiles += 1 }
        if command.check && streamChanged { output.write("\(streamName): \(Self.counts(streamCounts))\n") }
    }

    static func counts(_ counts: [(rule: String, count: Int)]) -> String {
        counts.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
    }
}
