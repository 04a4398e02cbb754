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

    init(command: CleanCommand, color: Bool) {
        self.command = command
        self.color = color
    }

    mutating func fail(_ message: String) {
        failures += 1
        Output.reportError(message)
    }

    /// The pages of one issue (or one file), cleaned whole.
    mutating func emitIssue(_ result: IssueResult, members: [IssueGrouping.Member]) {
        let structures = command.format == .json ? (try? result.structures(numbered: members.count > 1)) ?? [] : []
        for (index, page) in result.pages.enumerated() {
            let path = members.first { ($0.path == "-" ? "<stdin>" : $0.path) == page.name }?.path ?? page.name
            if page.changed { changedFiles += 1 }
            do {
                if command.check {
                    if page.changed { output.write("\(page.name): \(Self.counts(page.countsByRule))\n") }
                } else if command.diff {
                    output.write(DiffRenderer(color: color).render(result.combined, page: page))
                } else {
                    if command.explain {
                        output.write(Explain.jsonLines(page.edits, file: page.name,
                                                       diagnostics: index == 0 ? result.combined.diagnostics : []))
                    }
                    let text = command.format == .json
                        ? try StructureJSON.render(page, structure: structures[index]) : page.text
                    if command.inPlace {
                        try Output.writeAtomically(text, to: path, replacing: true)
                    } else if let folder = command.outputDirectory {
                        let target = URL(fileURLWithPath: folder)
                            .appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent).path
                        try Output.writeAtomically(text, to: target, replacing: false)
                    } else if !command.explain {
                        output.write(text)
                    }
                }
            } catch {
                fail((error as? OutputError)?.description ?? "clean: \(page.name): \(error)")
            }
        }
    }

    mutating func beginStream() {
        streamWrote = false
        streamChanged = false
        streamCounts = []
    }

    /// One window of a streamed input. Windows end at page breaks: their
    /// texts are joined as cleaning the whole input would join its pages.
    mutating func emitWindow(_ result: IssueResult, window: PageStream.Window) {
        guard let page = result.pages.first else { return }
        streamName = page.name
        if page.changed { streamChanged = true }
        let edits = page.edits.map { edit in
            // Columns of the window's first line go on from the line's start before it.
            let moved = edit.relocated(byScalars: 0, lines: -window.lineOffset, bytes: -window.byteOffset)
            guard window.columnOffset > 0, edit.source.start.line == 1 || edit.source.end.line == 1 else { return moved }
            func shift(_ location: SourceLocation, _ original: SourceLocation) -> SourceLocation {
                original.line == 1 ? SourceLocation(line: location.line, column: location.column + window.columnOffset,
                                                    byteOffset: location.byteOffset, scalarOffset: location.scalarOffset)
                                   : location
            }
            return Edit(rule: moved.rule, stage: moved.stage, range: moved.range, before: moved.before, after: moved.after,
                        source: SourceSpan(start: shift(moved.source.start, edit.source.start),
                                           end: shift(moved.source.end, edit.source.end)), note: moved.note)
        }
        if command.check {
            for (rule, count) in page.countsByRule {
                if let index = streamCounts.firstIndex(where: { $0.rule == rule }) {
                    streamCounts[index].count += count
                } else {
                    streamCounts.append((rule, count))
                }
            }
        } else if command.diff {
            output.write(DiffRenderer(color: color).render(result.combined, name: page.name,
                                                           within: page.span, lineOffset: -window.lineOffset))
        } else if command.explain {
            output.write(Explain.jsonLines(edits, file: page.name, diagnostics: result.combined.diagnostics))
        } else if !page.text.isEmpty {
            if streamWrote { output.write("\n") }
            output.write(String(page.text.dropLast()))
            output.write("\n")
            streamWrote = true
        }
    }

    mutating func endStream() {
        if streamChanged { changedFiles += 1 }
        if command.check && streamChanged { output.write("\(streamName): \(Self.counts(streamCounts))\n") }
    }

    static func counts(_ counts: [(rule: String, count: Int)]) -> String {
        counts.map { "\($0.rule) \($0.count)" }.joined(separator: ", ")
    }
}
