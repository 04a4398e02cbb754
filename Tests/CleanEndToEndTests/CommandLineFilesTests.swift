import ArgumentParser
import Testing
@testable import clean

/// `CleanCommand.parse(commandLine:)`, which gives ArgumentParser only the
/// first files after the options (it reads many in quadratic time), must
/// read every command line as ArgumentParser reads it whole.
@Suite struct CommandLineFilesTests {
    static let lines: [[String]] = [
        ["a.txt", "b.txt", "c.txt"],
        ["-o", "out", "a.txt", "b.txt", "c.txt", "d.txt"],
        ["--output-dir=out", "a.txt", "b.txt", "c.txt"],
        ["-i", "a.txt", "b.txt", "c.txt"],
        ["--pages", "1,7,9", "a.txt", "b.txt", "c.txt"],
        ["-j", "2", "--enable", "x", "--disable", "y,z", "a.txt", "b.txt", "c.txt"],
        ["a.txt", "-j", "2", "b.txt", "c.txt", "d.txt"],
        ["--", "-x.txt", "a.txt", "b.txt", "c.txt"],
        ["-", "a.txt", "b.txt"],
        ["--check", "a.txt", "-", "b.txt", "c.txt"],
        ["--jsonl", "--field", "body", "a.jsonl", "b.jsonl", "c.jsonl"],
        ["--encoding", "gb18030", "--lossy", "--dedup-scope", "corpus", "a", "b", "c", "d"],
        ["a.txt", "b.txt", "--diff", "--color", "never", "c.txt", "d.txt", "e.txt"],
    ]

    @Test(arguments: lines)
    func readsWhatArgumentParserReadsWhole(line: [String]) throws {
        let read = try CleanCommand.parse(commandLine: line)
        let whole = try CleanCommand.parse(line)
        #expect(read.files == whole.files)
        #expect(read.outputDirectory == whole.outputDirectory)
        #expect(read.inPlace == whole.inPlace && read.check == whole.check && read.diff == whole.diff)
        #expect(read.jsonl == whole.jsonl && read.field == whole.field && read.lossy == whole.lossy)
        #expect(read.jobs == whole.jobs && read.enabledRules == whole.enabledRules
                && read.disabledRules == whole.disabledRules)
        #expect(read.pages?.numbers == whole.pages?.numbers)
        #expect(read.encoding == whole.encoding && read.dedupScope == whole.dedupScope && read.color == whole.color)
    }

    /// A folder's worth of files, in order. (ArgumentParser alone reads them
    /// in quadratic time: a few hundred here.)
    @Test func readsManyFilesInOrder() throws {
        let line = ["-o", "out", "-j", "2"] + (0..<600).map { "scans/page\($0).txt" }
        let read = try CleanCommand.parse(commandLine: line)
        #expect(read.files == Array(line.dropFirst(4)))
        #expect(read.files == (try CleanCommand.parse(line)).files)
        #expect(read.outputDirectory == "out" && read.jobs == 2)
    }

    /// The checks that look at the files see all of them, not only those
    /// ArgumentParser read: standard input among many files is refused
    /// with -o as it is among few.
    @Test func validatesEveryFile() {
        let line = ["-o", "out", "a.txt", "b.txt", "c.txt", "-", "d.txt"]
        #expect(throws: (any Error).self) { try CleanCommand.parse(line) }
        #expect(throws: (any Error).self) { try CleanCommand.parse(commandLine: line) }
    }
}
