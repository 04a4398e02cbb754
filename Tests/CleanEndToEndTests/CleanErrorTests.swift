import Foundation
import Testing

/// Every way a run can go wrong: exit 2, a message naming the file and the
/// problem on standard error, and no output file left behind.
@Suite struct CleanErrorTests {
    @Test func missingFile() throws {
        let run = try CLI.run(["no-such-page.txt"])
        #expect(run.status == 2)
        #expect(run.stderr == "clean: no-such-page.txt: no such file\n")
        #expect(run.stdout.isEmpty)
    }

    /// A full disk under standard output is said, and the run stops with
    /// status 2 (Foundation's write stopped it with a crash).
    @Test func standardOutputThatCannotBeWritten() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = [CLI.seeds.appendingPathComponent("000_60be760428ae1841.txt").path]
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardOutput = full
        process.standardError = errors
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(said == "clean: standard output: cannot write: No space left on device\n")
    }

    @Test func aDirectory() throws {
        let run = try CLI.run([CLI.seeds.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a directory"))
    }

    @Test func unreadableFile() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("locked.txt")
        try "甲".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let run = try CLI.run([file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot read"))
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.txt")
        try Data("甲乙\n丙".utf8 + [0xC3, 0x28]).write(to: file)
        let run = try CLI.run([file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.txt: not valid UTF-8: byte 0xC3 at byte offset 10 (line 2)"))
    }

    @Test func invalidGB18030NamesTheByteOffset() throws {
        let run = try CLI.run(["--encoding", "gb18030"], stdin: Data([0xD7, 0xF9, 0x81, 0x20]))
        #expect(run.status == 2)
        #expect(run.stderr.contains("not valid gb18030 at byte offset 2"))
    }

    @Test func usageErrorsExitTwo() throws {
        for arguments in [["--bogus"], ["--disable", "nope"], ["-i"], ["-i", "-"], ["--diff", "--check"],
                          ["--encoding", "klingon"], ["--color", "sometimes"], ["-o", "x", "-i", "y"]] {
            let run = try CLI.run(arguments, stdin: "甲")
            #expect(run.status == 2, "\(arguments)")
            #expect(!run.stderr.isEmpty, "\(arguments)")
            #expect(run.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func aBadFileAmongGoodOnesLeavesNoPartialOutput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "甲,乙".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF]).write(to: folder.appendingPathComponent("bad.txt"))
        let out = folder.appendingPathComponent("out")
        let run = try CLI.run(["-o", out.path, "good.txt", "bad.txt", "gone.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.txt: not valid UTF-8"))
        #expect(run.stderr.contains("gone.txt: no such file"))
        // The good file is written whole; nothing else, no temporary files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["good.txt"])
        #expect(try String(contentsOf: out.appendingPathComponent("good.txt"), encoding: .utf8) == "甲，乙\n")
    }

    @Test func inPlaceLeavesABadFileUntouched() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.txt")
        let bytes = Data([0xE7, 0x94, 0xB2, 0x2C, 0xFF])
        try bytes.write(to: file)
        let run = try CLI.run(["-i", file.path])
        #expect(run.status == 2)
        #expect(try Data(contentsOf: file) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.txt"])
    }

    @Test func twoInputsWithOneNameCannotShareAnOutputFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try "甲".write(to: folder.appendingPathComponent("\(sub)/p.txt"), atomically: true, encoding: .utf8)
        }
        let run = try CLI.run(["-o", "out", "a/p.txt", "b/p.txt"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("would both be written"))
    }
}

@Suite struct LossyTests {
    @Test func lossyReplacesAndReportsEachInvalidSequence() throws {
        let run = try CLI.run(["--lossy"], stdin: Data([0x61, 0xFF, 0x62]) + Data("甲,乙".utf8) + Data([0xC3]))
        #expect(run.status == 0)
        #expect(run.stdout == "a\u{FFFD}b甲，乙\u{FFFD}\n")
        #expect(run.stderr.contains("byte 0xFF at byte offset 1 is not UTF-8: replaced by U+FFFD"))
        #expect(run.stderr.contains("byte 0xC3 at byte offset 10 is not UTF-8: replaced by U+FFFD"))
    }

    /// UTF-16 with a lone surrogate: replaced and reported alike from a file
    /// and from standard input (a file stopped with an error, stdin replaced
    /// it unsaid).
    @Test func lossyUTF16FromAFileAndFromStdin() throws {
        let bytes = Data([0xFF, 0xFE, 0x28, 0x57, 0x00, 0xD8, 0x41, 0x00])  // BOM, 在, a lone surrogate, A
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try bytes.write(to: folder.appendingPathComponent("page.txt"))
        let file = try CLI.run(["--lossy", "page.txt"], in: folder)
        let stdin = try CLI.run(["--lossy"], stdin: bytes)
        for run in [file, stdin] {
            #expect(run.status == 0)
            #expect(run.stdout == "在\u{FFFD}A\n")
            #expect(run.stderr.contains("invalid UTF-16 sequence at byte offset 4: replaced by U+FFFD"))
        }
    }

    @Test func lossyGB18030ReportsEachInvalidSequence() throws {
        // 座, then 0x81 0x20 (a lead byte before a space), 谈, then 0xFF.
        let run = try CLI.run(["--lossy", "--encoding", "gb18030"],
                              stdin: Data([0xD7, 0xF9, 0x81, 0x20, 0xCC, 0xB8, 0xFF]))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("座\u{FFFD}"))
        #expect(run.stdout.contains("谈\u{FFFD}"))
        #expect(run.stderr.contains("<stdin>: invalid gb18030 sequence at byte offset 2: replaced by U+FFFD"))
        #expect(run.stderr.contains("<stdin>: invalid gb18030 sequence at byte offset 6: replaced by U+FFFD"))
    }
}
