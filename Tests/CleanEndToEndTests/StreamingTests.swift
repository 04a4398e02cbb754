import Foundation
import OCRClean
import Testing

/// Large inputs and pipes: page windows, parallel jobs, same bytes every way.
@Suite struct StreamingTests {
    /// Sixty seed pages separated by form feeds (about 1 MB).
    static let corpus: String = {
        let seeds = Seeds.all.map { try! String(contentsOf: $0, encoding: .utf8) }
        return (0..<60).map { seeds[$0 % seeds.count] }.joined(separator: "\u{0C}")
    }()

    @Test func aStreamCleansExactlyAsTheWholeInput() throws {
        let whole = try Cleaner().clean(Self.corpus).text
        let streamed = try CLI.run(["-j", "1"], stdin: Self.corpus)
        #expect(streamed.status == 0)
        #expect(streamed.stdout == whole)
    }

    /// An article of page 1 that jumps to page 7 over five long pages (some
    /// 300 KB, past a window's 256 KB): the window stays open to page 7, so
    /// the stream stitches it as the whole input does. (Only a window's last
    /// page was asked where it jumps: the window closed after page 5.)
    @Test func aJumpOverLongPagesIsStitchedInAStream() throws {
        // (Filler from the seeds other than 000, the article's own.)
        let lines = Seeds.all.dropFirst().map { try! String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
            .split(separator: "\n").filter { !$0.contains("转") && !$0.contains("接") && !$0.contains("\u{0C}") }
        let filler = lines.joined(separator: "\n\n")
        let page = String(repeating: filler + "\n\n", count: 60_000 / filler.utf8.count + 1)
        let input = ([StitchCommandTests.page1] + Array(repeating: page, count: 5) + [StitchCommandTests.page7])
            .joined(separator: "\u{0C}\n")
        #expect(input.utf8.count > 300_000)
        let streamed = try CLI.run(["-j", "2"], stdin: input)
        #expect(streamed.status == 0)
        #expect(streamed.stdout.split(separator: "\u{0C}").first?.contains(StitchCommandTests.stitchedLead) == true)
        #expect(streamed.stdout == (try Cleaner().clean(input).text))
    }

    /// A stream without page breaks is cut at a line break once a page passes
    /// 4 MB (the largest file read whole), said on standard error, so that
    /// memory stays bounded: each side is cleaned as it would be alone.
    @Test func aPageLongerThanAFileReadWholeIsCutAtALineBreak() throws {
        let seed = try String(contentsOf: Seeds.all[1], encoding: .utf8)
            .replacingOccurrences(of: "\u{0C}", with: "")
        let input = String(repeating: seed, count: (4 << 20) / seed.utf8.count + 2)
        let run = try CLI.run(["-j", "2"], stdin: input)
        #expect(run.status == 0)
        let said = try #require(run.stderr.firstMatch(of: /<stdin>: no page break in 4 MB from byte offset 0: cut at byte offset (\d+) to bound memory, at a line break/))
        let cut = try #require(Int(said.1))
        let bytes = Array(input.utf8)
        #expect(cut <= 4 << 20 && bytes[cut - 1] == UInt8(ascii: "\n"))
        let first = try Cleaner().clean(String(decoding: bytes[..<cut], as: UTF8.self)).text
        let rest = try Cleaner().clean(String(decoding: bytes[cut...], as: UTF8.self)).text
        #expect(run.stdout == first + "\n" + rest)
    }

    /// A line with no line feed in 4 MB (a file without line ends) is cut
    /// inside, after a full stop, so that it is not held whole: the stream
    /// says so, and each side is cleaned as it would be alone, the line
    /// written as two paragraphs. In GB18030 as in UTF-8 the cut falls
    /// between two characters, which are read from the window's first byte.
    @Test(arguments: ["utf-8", "gb18030"])
    func aLineLongerThanAFileReadWholeIsCutAfterAFullStop(encoding: String) throws {
        let seed = try String(contentsOf: Seeds.all[1], encoding: .utf8)
            .replacingOccurrences(of: "\u{0C}", with: "").replacingOccurrences(of: "\n", with: "")
        // (Past 4 MB in GB18030, two bytes a Han character; under 8 MB in UTF-8: one cut.)
        let line = String(repeating: seed, count: (7 << 20) / seed.utf8.count)
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)  // (kCFStringEncodingGB_18030_2000)
        let bytes = encoding == "gb18030" ? try #require(line.data(using: gb18030)) : Data(line.utf8)
        #expect(bytes.count > 4 << 20)
        let run = try CLI.run(["--encoding", encoding, "-j", "2"], stdin: bytes)
        #expect(run.status == 0)
        let said = try #require(run.stderr.firstMatch(of: /<stdin>: no page break in 4 MB from byte offset 0: cut at byte offset (\d+) to bound memory, inside a line with no line feed in it, after a full stop; the line is written as two paragraphs/))
        let cut = try #require(Int(said.1))
        #expect(cut <= 4 << 20 && cut > 2 << 20)
        func text(_ part: Data) throws -> String {
            try #require(encoding == "gb18030" ? String(data: part, encoding: gb18030) : String(data: part, encoding: .utf8))
        }
        let first = try text(bytes[..<cut]), rest = try text(bytes[cut...])
        #expect(first.hasSuffix("。"))
        #expect(run.stdout == (try Cleaner().clean(first).text) + "\n" + (try Cleaner().clean(rest).text))
    }

    /// Pages separated by `=== 第N版 ===` lines are windows as pages
    /// separated by form feeds are, their numbers read from those lines: an
    /// article of page 1 that jumps to page 7, over 4 MB of pages between,
    /// keeps its window open and is stitched, as the whole input is, with no
    /// cut. (Before, such pages were held whole up to 4 MB and cut there, and
    /// the jump was lost.)
    /// Page 1 jumps to page 7 over five pages of filler, `separator(n)`
    /// opening page n: more than 4 MB, cleaned as a stream in windows, it must
    /// be stitched and give what cleaning it whole gives.
    func expectJumpStitchedAcrossWindows(separator: (Int) -> String) throws {
        let lines = Seeds.all.dropFirst().map { try! String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
            .split(separator: "\n").filter { !$0.contains("转") && !$0.contains("接") && !$0.contains("\u{0C}") }
        let filler = lines.joined(separator: "\n\n")
        let page = String(repeating: filler + "\n\n", count: 850_000 / filler.utf8.count + 1)
        var input = separator(1) + StitchCommandTests.page1
        for number in 2...6 { input += "\n\n" + separator(number) + page }
        input += "\n\n" + separator(7) + StitchCommandTests.page7
        #expect(input.utf8.count > 4 << 20)
        let streamed = try CLI.run(["-j", "2"], stdin: input)
        #expect(streamed.status == 0)
        #expect(!streamed.stderr.contains("cut at byte offset"))
        #expect(streamed.stdout.contains(StitchCommandTests.stitchedLead))
        #expect(streamed.stdout == (try Cleaner().clean(input).text))
    }

    @Test func pagesSeparatedByPageLinesAreWindowsAndAJumpAcrossThemIsStitched() throws {
        try expectJumpStitchedAcrossWindows { "=== 第\($0)版 ===\n\n" }
    }

    @Test func aJumpAcrossWindowsOfPagesOpenedByFormFeedsAfterASeparatorLineIsStitched() throws {
        // 第1版 by its line, pages 2 to 7 after form feeds: the look-ahead and
        // the stitch rule number page 7 alike, so the window stays open to it.
        try expectJumpStitchedAcrossWindows { $0 == 1 ? "=== 第1版 ===\n\n" : "\u{0C}\n\n" }
    }

    @Test func parallelJobsWriteTheSameBytes() throws {
        let one = try CLI.run(["-j", "1"], stdin: Self.corpus)
        let two = try CLI.run(["-j", "2"], stdin: Self.corpus)
        #expect(one.stdout == two.stdout)
        let files = Seeds.all.map(\.path)
        // (`-j3` joined, as people type it for make.)
        #expect(try CLI.run(["-j", "1"] + files).stdout == (try CLI.run(["-j3"] + files).stdout))
    }

    @Test func explainAndCheckOnAStreamSpeakOfTheWholeInput() throws {
        let check = try CLI.run(["--check"], stdin: Self.corpus)
        #expect(check.status == 1)
        #expect(check.stdout.split(separator: "\n").count == 1)
        // The same edits as cleaning the file whole (the layout rule's at the
        // window seams aside), located in the whole input.
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.txt")
        try Self.corpus.write(to: file, atomically: true, encoding: .utf8)
        // Seams: layout and page-break edits, and remarks, differ by window.
        func records(_ run: CLI.Run) -> [String] {
            run.stdout.split(separator: "\n").map(String.init)
                .filter { !$0.contains("\"rule\":\"layout\"") && !$0.contains("\"diagnostic\"")
                    && !$0.contains("page break on a line of its own") }
                .map { $0.replacingOccurrences(of: file.path, with: "<stdin>") }
                .sorted()
        }
        let streamed = records(try CLI.run(["--explain"], stdin: Self.corpus))
        let whole = records(try CLI.run(["--explain", file.path]))
        #expect(streamed.count > 1000)
        #expect(streamed.count == whole.count)
        #expect(streamed == whole, "the streamed log differs from the whole-file log")
    }

    /// `--format json` of a stream is the object of the input read whole,
    /// written window by window (read whole, 10 MB took 238 MB): the page a
    /// window ends in goes on in the next, whether pages end at form feeds
    /// (here inside a line: a seed starts after one), open at `=== 第N版 ===`
    /// lines, or both (an empty page between them); jumps name the input's lines.
    @Test(arguments: [("\u{0C}", 40), ("\n=== 第%d版 ===\n\n", 40), ("\u{0C}\n=== 第%d版 ===\n", 79)])
    func aStreamsStructureIsTheWholeInputs(separator: String, pageCount: Int) throws {
        let seeds = Seeds.all.map { try! String(contentsOf: $0, encoding: .utf8) }
        let input = (0..<40).map { page in
            (page == 0 ? "" : separator.replacingOccurrences(of: "%d", with: "\(page + 1)")) + seeds[page % seeds.count]
        }.joined()
        #expect(input.utf8.count > 2 * 256 << 10)  // (three windows at least)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("issue.txt")
        try input.write(to: file, atomically: false, encoding: .utf8)
        let whole = try CLI.run(["--format", "json", file.path])
        let streamed = try CLI.run(["--format", "json", "-j", "2"], stdin: input)
        #expect(streamed.status == 0 && streamed.stderr.isEmpty)
        #expect(streamed.stdout == whole.stdout.replacingOccurrences(of: "\"file\":\"\(file.path)\"", with: "\"file\":\"<stdin>\""))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(streamed.stdout.utf8)) as? [String: Any])
        let pages = try #require(object["pages"] as? [[String: Any]])
        #expect(pages.count == pageCount)
        #expect(streamed.stdout.contains("\"continues-on\""))
    }

    /// A file larger than one read whole is streamed to the file -o or -i
    /// writes too (held whole, 100 MB took 900 MB): the same bytes as the
    /// stream on standard output, the mode kept by -i, no file left beside.
    @Test func aLargeFileIsStreamedIntoItsOutputFile() throws {
        let input = Array(repeating: Self.corpus, count: 5).joined(separator: "\u{0C}")
        #expect(input.utf8.count > 4 << 20)  // (the largest file read whole)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.txt"), copy = folder.appendingPathComponent("copy.txt")
        try input.write(to: file, atomically: false, encoding: .utf8)
        try input.write(to: copy, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: copy.path)
        let streamed = try CLI.run(["-j", "2"], stdin: input)
        let out = folder.appendingPathComponent("out")
        #expect(try CLI.run(["-j", "2", "-o", out.path, file.path]).status == 0)
        #expect(try CLI.run(["-j", "2", "-i", copy.path]).status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("big.txt"), encoding: .utf8) == streamed.stdout)
        #expect(try String(contentsOf: copy, encoding: .utf8) == streamed.stdout)
        #expect(try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["big.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["big.txt", "copy.txt", "out"])
    }

    /// A large file found undecodable half-way, after windows were cleaned:
    /// -i leaves it as it was and -o writes nothing, as for a file read
    /// whole; no temporary file stays.
    @Test func aLargeFileThatFailsHalfwayIsNotWritten() throws {
        var bytes = Data(Array(repeating: Self.corpus, count: 5).joined(separator: "\u{0C}").utf8)
        let offset = try #require(bytes[(700 << 10)...].firstIndex(of: 0x0A))
        bytes[offset] = 0xFF
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.txt")
        try bytes.write(to: file)
        let out = folder.appendingPathComponent("out")
        let written = try CLI.run(["-o", out.path, file.path])
        #expect(written.status == 2 && written.stderr.contains("byte offset \(offset)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        let replaced = try CLI.run(["-i", file.path])
        #expect(replaced.status == 2)
        #expect(try Data(contentsOf: file) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.txt", "out"])
    }

    @Test func anEmptyStreamHasOneEmptyPage() throws {
        let run = try CLI.run(["--format", "json"], stdin: "")
        #expect(run.stdout == "{\"file\":\"<stdin>\",\"pages\":[{\"articles\":[]}]}\n")
    }

    @Test func invalidUTF8DeepInAStreamNamesItsByteOffset() throws {
        var bytes = Data(Self.corpus.utf8)
        let offset = bytes.count - 100
        bytes[offset] = 0xFF
        let run = try CLI.run([], stdin: bytes)
        #expect(run.status == 2)
        #expect(run.stderr.contains("byte offset \(offset)"))
    }

    /// GB18030 is streamed too (no byte of a character but the first is a
    /// form feed or a line feed): the same clean text as the UTF-8 input, and
    /// an invalid byte deep in it named by its offset in the whole input.
    @Test func aGB18030StreamCleansAsItsUTF8() throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)  // (kCFStringEncodingGB_18030_2000)
        var bytes = try #require(Self.corpus.data(using: gb18030))
        let run = try CLI.run(["--encoding", "gb18030", "-j", "2"], stdin: bytes)
        #expect(run.status == 0)
        #expect(run.stdout == (try CLI.run(["-j", "2"], stdin: Self.corpus).stdout))
        let offset = try #require(bytes[..<(bytes.count - 100)].lastIndex(of: 0x0A))
        bytes[offset] = 0xFF
        let bad = try CLI.run(["--encoding", "gb18030"], stdin: bytes)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("<stdin>: not valid gb18030 at byte offset \(offset)"))
    }

    @Test func aDeviceIsRefused() throws {
        let run = try CLI.run(["/dev/zero"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/dev/zero: cannot read: a device, not a file"))
    }
}
