import Foundation
import Testing
import OCRClean
import TestSupport
@testable import clean

/// clean's own UTF-8 reading, of its input and of a stream's pages for
/// their jumps before a window is decoded: it must read what a String reads.
@Suite struct StreamDecodingTests {
    /// On random bytes (mostly Chinese text, some bytes broken), the scalars
    /// other than U+FFFD are the same as a String decodes: an invalid byte
    /// never takes a valid character with it. (U+FFFD counts may differ: a
    /// String replaces a maximal invalid part once, the stream each byte.)
    /// Without replacement, the bytes are refused exactly where a String
    /// refuses them.
    @Test func readsWhatAStringReads() {
        var generator = SplitMix(seed: 8)
        let text = Array("在座谈中，（下转7版）38.3% 𠀀é\n\u{0C}".utf8)
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: bytes.append(UInt8.random(in: 0...255, using: &generator))
                case 1: bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
                default: bytes.append(text[Int.random(in: 0..<text.count, using: &generator)])
                }
            }
            let read = PageStream.scalars(ofUTF8: bytes[...]).filter { $0 != "\u{FFFD}" }
            let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 != "\u{FFFD}" }
            #expect(read == Array(expected), "\(bytes)")
            // Checked, the input's reading: valid exactly where a String is, and the same scalars.
            let checked = bytes.withUnsafeBufferPointer { UTF8Validation.scalars(of: $0, replacingInvalid: false) }
            #expect(checked == String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }, "\(bytes)")
        }
        // The edges of well-formedness: overlong forms, surrogates, past U+10FFFF, cut short.
        let edges: [[UInt8]] = [[0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
                                [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
                                [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xBD], [0xF0, 0x9F, 0x98, 0x80]]
        // (Alone, and followed by a letter: three-byte characters with a
        // byte after them are decoded four bytes at a time.)
        for edge in edges + edges.map({ $0 + [0x41] }) + edges.map({ [0xE4, 0xBD, 0xA0] + $0 + [0x41] }) {
            let checked = edge.withUnsafeBufferPointer { UTF8Validation.scalars(of: $0, replacingInvalid: false) }
            #expect(checked == String(validating: edge, as: UTF8.self).map { Array($0.unicodeScalars) }, "\(edge)")
        }
        let valid = Array("本报讯（记者 林韬）𠀀é\n".utf8)
        #expect(PageStream.scalars(ofUTF8: valid[...]) == Array(String(decoding: valid, as: UTF8.self).unicodeScalars))
        // Runs of three-byte characters, read eight at a time, with an
        // overlong form, a surrogate, a cut or another character in any
        // lane of a block: the same as a String, checked and not.
        let three = ["在", "座", "谈", "，", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFF}"].map { Array($0.utf8) }
        let breaks: [[UInt8]] = [[0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xE4, 0xBD], [0x41], [0xC3, 0xA9], [0xBD]]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 8...40, using: &generator) {
                bytes += Int.random(in: 0..<30, using: &generator) == 0
                    ? breaks[Int.random(in: 0..<breaks.count, using: &generator)]
                    : three[Int.random(in: 0..<three.count, using: &generator)]
            }
            let checked = bytes.withUnsafeBufferPointer { UTF8Validation.scalars(of: $0, replacingInvalid: false) }
            #expect(checked == String(validating: bytes, as: UTF8.self).map { Array($0.unicodeScalars) }, "\(bytes)")
            let replaced = bytes.withUnsafeBufferPointer { UTF8Validation.scalars(of: $0, replacingInvalid: true) }
            let expected = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 != "\u{FFFD}" }
            #expect(replaced?.filter { $0 != "\u{FFFD}" } == Array(expected), "\(bytes)")
        }
    }

    /// The look-ahead decodes only the characters around each 转 of a page:
    /// on random pages of markers broken by spaces, line breaks, numbers of
    /// every kind and bytes that are not UTF-8, it finds the page the whole
    /// page's decoding finds.
    /// The line and form feeds of a window, counted sixteen bytes at a time,
    /// are those a plain count finds, at every length and every place.
    @Test func countsFeedsAsAPlainCountDoes() {
        var generator = SplitMix(seed: 9)
        let text = Array("在座谈中，\n\n\u{0C}38.3%".utf8)
        for length in Array(0...100) + [1000, 4099] {
            let bytes = (0..<length).map { _ in text[Int.random(in: 0..<text.count, using: &generator)] }
            let counted = PageStream.feeds(in: bytes[...])
            #expect(counted.lineFeeds == bytes.count { $0 == 0x0A }, "\(length)")
            #expect(counted.formFeeds == bytes.count { $0 == 0x0C }, "\(length)")
        }
        // Feeds in every lane, and more than a lane's byte counts (255 in
        // every lane, 4,080 in a row) of each kind.
        let feeds = [UInt8](repeating: 0x0A, count: 600) + [UInt8](repeating: 0x0C, count: 300)
        #expect(PageStream.feeds(in: feeds[...]) == (600, 300))
        let many = [UInt8](repeating: 0x0A, count: 9_000) + [UInt8](repeating: 0x0C, count: 4_100) + [0x0A]
        #expect(PageStream.feeds(in: many[...]) == (9_001, 4_100))
    }

    @Test func readsJumpsAsTheWholePageDoes() {
        var generator = SplitMix(seed: 24)
        let pieces = ["（", "(", "下", "上", "转", "接", "第", "7", "１２", "十", "二", "版", "页", "）", ")", " ", "\u{3000}",
                      "\n", "转型", "发展", "。", "版面", "\u{A0}"].map { Array($0.utf8) }
        let classifier = CharacterClassifier()
        var found = 0
        for _ in 0..<4000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                switch Int.random(in: 0..<20, using: &generator) {
                case 0: bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator))
                case 1: bytes.append(contentsOf: Array("（下转\(Int.random(in: 1...40, using: &generator))版）".utf8))
                default: bytes.append(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &generator)])
                }
            }
            let page = Int.random(in: 0...3, using: &generator)
            let whole = PageStream.furthestJump(in: PageStream.scalars(ofUTF8: bytes[...])[...], after: page,
                                                classifier: classifier)
            #expect(PageStream.furthestJump(inUTF8: bytes[...], after: page, classifier: classifier) == whole,
                    "\(String(decoding: bytes, as: UTF8.self))")
            if whole > 0 { found += 1 }
        }
        #expect(found > 1000)  // (the pages do jump)
    }

    /// A stream's windows are whole pages of about `windowBytes` each, the
    /// pages in order and every byte read once, however the reads fall:
    /// from a file (a megabyte a read) and from a pipe (what came). (The
    /// bytes earlier windows took stay in the buffer until more is read:
    /// counted from the buffer's start, every window after the first was
    /// one page.)
    @Test(arguments: [false, true])
    func windowsHoldAboutTheirSizeOfPages(fromPipe: Bool) throws {
        let page = String(repeating: "以高质量招商推动经济高质量发展。\n\n", count: 200)  // (about 10 KB)
        let input = Data(Array(repeating: page, count: 150).joined(separator: "\u{0C}").utf8)
        let handle: FileHandle
        if fromPipe {
            let pipe = Pipe()
            handle = pipe.fileHandleForReading
            let writer = pipe.fileHandleForWriting
            Thread.detachNewThread {
                for start in stride(from: 0, to: input.count, by: 3_000) {  // (small writes: short reads)
                    writer.write(input[start..<min(start + 3_000, input.count)])
                }
                try? writer.close()
            }
        } else {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("windows-\(UUID()).txt")
            try input.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            handle = try FileHandle(forReadingFrom: file)
        }
        let windowBytes = 100_000
        let stream = PageStream(handle: handle, name: "test", decoder: try InputDecoder(encoding: "utf-8"),
                                windowBytes: windowBytes)
        var windows: [PageStream.Window] = []
        while let window = try stream.next() { windows.append(window) }
        let text = windows.map { String(String.UnicodeScalarView($0.scalars)) }.joined()
        #expect(text == String(decoding: input, as: UTF8.self))
        let pageBytes = page.utf8.count + 1
        for (number, window) in windows.enumerated() {
            let bytes = String(String.UnicodeScalarView(window.scalars)).utf8.count
            if number < windows.count - 1 {
                #expect(bytes >= windowBytes && bytes < windowBytes + pageBytes, "window \(number): \(bytes) bytes")
            }
            #expect(window.firstPage == 1 + windows[..<number].reduce(0) { $0 + $1.scalars.count { $0 == "\u{0C}" } })
        }
        #expect(windows.count >= input.count / (windowBytes + pageBytes) && windows.count <= input.count / windowBytes + 1)
    }
}
