import OCRClean
import Testing

@Suite struct EditLogTests {
    let cleaner = try! Cleaner()

    @Test(arguments: Seeds.names)
    func replayingTheLogGivesTheOutput(seed: String) throws {
        let raw = try Seeds.text(seed)
        let result = try cleaner.clean(raw)
        #expect(try EditLog.replay(result.edits, on: raw) == result.text)
    }

    @Test(arguments: Seeds.names)
    func flatEditsInInputCoordinatesGiveTheOutput(seed: String) throws {
        let raw = try Seeds.text(seed)
        let result = try cleaner.clean(raw)
        let flat = result.trace.flatEdits
        #expect(String(String.UnicodeScalarView(FlatEdit.apply(flat, to: Array(raw.unicodeScalars)))) == result.text)
        // Every removed input character is accounted for by a named rule.
        #expect(flat.allSatisfy { !$0.rules.isEmpty })
    }

    @Test(arguments: Seeds.names)
    func cleaningIsIdempotent(seed: String) throws {
        let once = try cleaner.clean(try Seeds.text(seed)).text
        #expect(try cleaner.clean(once).edits.isEmpty)
    }

    @Test func textOfEveryUTF8LengthComesThroughWhole() throws {
        // One-, two-, three- and four-byte scalars, around an invisible character
        // that normalize removes: the output and the log's strings keep them whole.
        let raw = "A é 中\u{200B}𠀀😀\n"
        let result = try cleaner.clean(raw)
        #expect(result.text == "A é 中𠀀😀\n")
        #expect(result.edits.contains { $0.before == "\u{200B}" && $0.after.isEmpty })
        #expect(try EditLog.replay(result.edits, on: raw) == result.text)
    }

    @Test func sourceLocationsPointIntoTheInput() throws {
        // Seed 002 line 7 starts 本报讯(记者: the "(" is the 4th character, at byte 9 of the line.
        let raw = try Seeds.text("002_3e1904aefa3dd74a.txt")
        let result = try cleaner.clean(raw)
        let paren = try #require(result.edits.first { $0.before == "(" })
        #expect(paren.source.start.line == 7)
        #expect(paren.source.start.column == 4)
        let lineStart = raw.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            .prefix(6).reduce(0) { $0 + $1.count + 1 }
        #expect(paren.source.start.byteOffset == lineStart + 9)
        #expect(paren.rule == "width")
    }

    @Test(arguments: Seeds.names)
    func everySourceLocationCountsOutFromTheInput(seed: String) throws {
        // The log locates a stage's edits each from the one before: every
        // location must be what counting from the input's start gives.
        let raw = try Seeds.text(seed)
        let scalars = Array(raw.unicodeScalars)
        var lines = [0], bytes = [0]
        for (offset, scalar) in scalars.enumerated() {
            bytes.append(bytes[offset] + String(scalar).utf8.count)
            if scalar == "\n" { lines.append(offset + 1) }
        }
        let result = try cleaner.clean(raw)
        #expect(!result.edits.isEmpty)
        for edit in result.edits {
            for location in [edit.source.start, edit.source.end] {
                let offset = location.scalarOffset
                let line = lines.lastIndex { $0 <= offset }!
                #expect(location.line == line + 1 && location.column == offset - lines[line] + 1
                        && location.byteOffset == bytes[offset], "\(edit.rule) at \(location)")
            }
        }
    }

    @Test func theLogReadsTheSameFromManyThreads() async throws {
        // Edits are made from the compact log when first read, once.
        let result = try cleaner.clean(try Seeds.text("002_3e1904aefa3dd74a.txt"))
        let logs = await withTaskGroup(of: [Edit].self) { group in
            for _ in 0..<8 { group.addTask { result.edits } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(logs.count == 8 && logs.allSatisfy { $0 == logs[0] })
        #expect(result.changed && logs[0].count == result.countsByRule.reduce(0) { $0 + $1.count })
    }

    @Test func aReplayWithTheWrongInputIsCaught() throws {
        let result = try cleaner.clean("甲,乙")
        #expect(throws: EditLog.ReplayMismatch.self) {
            _ = try EditLog.replay(result.edits, on: "甲;乙")
        }
    }

    @Test func countsByRule() throws {
        let result = try cleaner.clean("\u{FEFF}甲,乙,丙")
        #expect(result.countsByRule.map(\.rule) == ["normalize", "width", "layout"])
        #expect(result.countsByRule.map(\.count) == [1, 2, 1])
    }

    @Test func unknownRuleIsAnError() {
        #expect(throws: CleanError.self) { _ = try Cleaner(CleanOptions(disabled: ["nope"])) }
    }
}
