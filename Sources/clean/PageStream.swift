import Foundation
import OCRClean

/// Reads an input in windows of whole pages (pages end at form feeds),
/// so that a filter's first page comes out before its last is read and a
/// corpus of any size is never held whole. A window closes after about
/// `windowBytes`, at a page break — but not while one of its pages jumps
/// (（下转N版）) to a page still to come, up to `maximumBytes`, so that the
/// stitch rule sees both halves.
final class PageStream {
    struct Window {
        let text: String
        /// Where the window starts in the input.
        let byteOffset: Int
        let lineOffset: Int
        /// The number of its first page (pages count from 1 in the input).
        let firstPage: Int
        /// Characters between the last line feed before the window and its start
        /// (a form feed inside a line cuts the line between two windows).
        let columnOffset: Int
    }

    private let handle: FileHandle
    private let name: String
    private let decoder: InputDecoder
    /// Warnings (`--lossy` replacements, cut pages), for the caller to print.
    private var warnings: [String] = []

    /// The warnings since the last call.
    func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }
    private var buffer: [UInt8] = []
    private var finished = false
    private var byteOffset = 0
    private var lineOffset = 0
    private var pagesRead = 0
    private var columnOffset = 0
    let windowBytes: Int
    let maximumBytes: Int
    /// A page (the text between form feeds) longer than this is cut at a
    /// line break: the size of the largest file read whole, some hundred
    /// newspaper pages.
    let longestPageBytes: Int

    init(handle: FileHandle, name: String, decoder: InputDecoder,
         windowBytes: Int = 256 << 10, maximumBytes: Int = 16 << 20, longestPageBytes: Int = CleanCommand.streamedSize) {
        self.handle = handle
        self.name = name
        self.decoder = decoder
        self.windowBytes = windowBytes
        self.maximumBytes = maximumBytes
        self.longestPageBytes = longestPageBytes
    }

    func next() throws -> Window? {
        if byteOffset == 0 && buffer.isEmpty && !finished && decoder.isUTF8 {
            buffer.append(contentsOf: handle.readData(ofLength: 1 << 20))
            // UTF-16 (announced by its byte order mark) cannot be cut by bytes: read it whole.
            if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
                buffer.append(contentsOf: handle.readDataToEndOfFile())
                finished = true
                let bytes = buffer
                buffer = []
                byteOffset = bytes.count
                let text = try decoder.decode(bytes, name: name, startingAt: 0) { warnings.append($0) }
                return Window(text: text, byteOffset: 0, lineOffset: 0, firstPage: 1, columnOffset: 0)
            }
        }
        var cut = 0  // end of the last whole page in the buffer (after its form feed)
        var searchFrom = 0
        // The furthest page a page of the window jumps to: the window stays
        // open up to it, whichever of its pages jumps (page 1 to page 4 past
        // pages 2 and 3 too, not only its last page).
        var pagesInWindow = 0, jumpsTo = 0
        var noLineFeedBefore = 0  // (a long line is searched once for its end)
        while true {
            if let feed = Self.firstFormFeed(in: buffer, from: searchFrom) {
                pagesInWindow += 1
                let page = pagesRead + pagesInWindow
                jumpsTo = max(jumpsTo, furthestJump(of: buffer[cut..<(feed + 1)], page: page))
                cut = feed + 1
                searchFrom = feed + 1
                if cut >= windowBytes, jumpsTo <= page || cut >= maximumBytes { break }
                continue
            }
            if finished { cut = buffer.count; break }
            // A page past `longestPageBytes` is no printed page (a corpus
            // without form feeds): the pages before it go, or it is cut at a
            // line break, so that memory stays bounded whatever the input.
            if buffer.count - cut >= longestPageBytes {
                if cut > 0 { break }
                if let lineCut = Self.lineBreakCut(in: buffer, before: longestPageBytes,
                                                   noLineFeedBefore: &noLineFeedBefore, decode: decodeAside) {
                    cut = lineCut.offset
                    warnings.append("clean: \(name): no form feed in \(longestPageBytes >> 20) MB from byte offset "
                        + "\(byteOffset): cut at byte offset \(byteOffset + cut) to bound memory, "
                        + (lineCut.beforePageBreak
                            ? "before a page-break line; no page jump is stitched across it"
                            : "at a line break; lines are not joined, nor repeats removed, across it"))
                    break
                }
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
        guard cut > 0 else { return nil }
        let bytes = Array(buffer[..<cut])
        buffer.removeFirst(cut)
        let text = try decoder.decode(bytes, name: name, startingAt: byteOffset, lineBase: lineOffset) {
            warnings.append($0)
        }
        let window = Window(text: text, byteOffset: byteOffset, lineOffset: lineOffset,
                            firstPage: pagesRead + 1, columnOffset: columnOffset)
        if let lastLine = text.unicodeScalars.lastIndex(of: "\n") {
            columnOffset = text.unicodeScalars.distance(from: lastLine, to: text.unicodeScalars.endIndex) - 1
        } else {
            columnOffset += text.unicodeScalars.count
        }
        byteOffset += bytes.count
        let (lineFeeds, formFeeds) = Self.feeds(in: bytes)
        lineOffset += lineFeeds
        pagesRead += formFeeds
        return window
    }

    /// (The window's bytes are read for form feeds and counted for line
    /// feeds in tight loops: the generic ones cost 2% of a run.)
    static func firstFormFeed(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard start < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + start, 0x0C, buffer.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Where to cut a page longer than `limit` bytes: in the second half of
    /// the limit, before its last `=== 第N版 ===` line (pages separated so,
    /// not by form feeds: the next window opens with the page's number), else
    /// after its last blank line (between paragraphs, in most OCR); else
    /// after its last line feed before the limit, else after its first line
    /// feed; nil when it holds none yet. (`noLineFeedBefore`: how far the
    /// bytes are known to hold none, so a long line is read once.)
    static func lineBreakCut(in bytes: [UInt8], before limit: Int, noLineFeedBefore: inout Int,
                             decode: (ArraySlice<UInt8>) -> String?) -> (offset: Int, beforePageBreak: Bool)? {
        bytes.withUnsafeBufferPointer { buffer -> (offset: Int, beforePageBreak: Bool)? in
            guard let base = buffer.baseAddress else { return nil }
            func offset(_ found: UnsafeMutableRawPointer?) -> Int? {
                found.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            }
            if noLineFeedBefore == 0 {
                // (A separator line opens with ==: only such lines are decoded.)
                var separator = min(limit, buffer.count) - 1
                while separator >= limit / 2 {
                    if buffer[separator] == 0x0A, separator + 2 < buffer.count,
                       buffer[separator + 1] == 0x3D, buffer[separator + 2] == 0x3D {
                        let start = separator + 1
                        var end = start
                        while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                        if let line = decode(bytes[start..<end]), PageBreak.matches(line: line) { return (start, true) }
                    }
                    separator -= 1
                }
                var lastLineFeed: Int?
                var found = min(limit, buffer.count) - 1
                while found >= 0 {
                    if buffer[found] == 0x0A {
                        if lastLineFeed == nil { lastLineFeed = found + 1 }
                        if found < limit / 2 { break }
                        var before = found - 1
                        while before >= 0, buffer[before] == 0x20 || buffer[before] == 0x09 || buffer[before] == 0x0D { before -= 1 }
                        if before >= 0, buffer[before] == 0x0A { return (found + 1, false) }
                    }
                    found -= 1
                }
                if let lastLineFeed { return (lastLineFeed, false) }
                noLineFeedBefore = min(limit, buffer.count)
            }
            guard noLineFeedBefore < buffer.count,
                  let found = offset(memchr(base + noLineFeedBefore, 0x0A, buffer.count - noLineFeedBefore)) else {
                noLineFeedBefore = buffer.count
                return nil
            }
            return (found + 1, false)
        }
    }

    static func feeds(in bytes: [UInt8]) -> (lineFeeds: Int, formFeeds: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var lineFeeds = 0, formFeeds = 0
            for byte in buffer {
                lineFeeds &+= byte == 0x0A ? 1 : 0
                formFeeds &+= byte == 0x0C ? 1 : 0
            }
            return (lineFeeds, formFeeds)
        }
    }

    /// Bytes decoded to look at them (for a jump, a page-break line), not
    /// for the output: an invalid sequence reads as none, and is reported
    /// when the window is decoded.
    private func decodeAside(_ bytes: ArraySlice<UInt8>) -> String? {
        decoder.isUTF8 ? String(decoding: bytes, as: UTF8.self)
            : try? decoder.decode(Array(bytes), name: name, startingAt: 0, warn: { _ in })
    }

    /// The furthest page after `page` that the page of `bytes` jumps to
    /// (（下转7版）), or 0.
    private func furthestJump(of bytes: ArraySlice<UInt8>, page: Int) -> Int {
        // (Every page passes here: in UTF-8 only one holding a 转, E8 BD AC, is decoded.)
        let holdsTurn = !decoder.isUTF8 || bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var from = 0
            while from + 2 < buffer.count, let found = memchr(base + from, 0xE8, buffer.count - from - 2) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[at + 1] == 0xBD && buffer[at + 2] == 0xAC { return true }
                from = at + 1
            }
            return false
        }
        guard holdsTurn else { return 0 }
        // (转 is common, 转型, so most pages are decoded: UTF-8 straight to
        // scalars, not through a String and its scalar view, three times the work.)
        let scalars: [Unicode.Scalar]
        if decoder.isUTF8 {
            scalars = Self.scalars(ofUTF8: bytes)
        } else if let text = decodeAside(bytes) {
            scalars = Array(text.unicodeScalars)
        } else {
            return 0
        }
        return JumpMarker.find(in: scalars[...], classifier: classifier)
            .filter { $0.direction == .continuesOn && $0.page > page }
            .map(\.page).max() ?? 0
    }

    private let classifier = CharacterClassifier()

    /// The scalars of UTF-8 bytes, each byte that starts no well-formed
    /// sequence read as U+FFFD (one for each such byte, where a String puts
    /// one for each maximal invalid part: to look for markers, the same).
    static func scalars(ofUTF8 bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        bytes.withUnsafeBufferPointer { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { output, count in
                var index = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var value = 0xFFFD as UInt32, length = 1
                    if lead < 0x80 {
                        value = lead
                    } else {
                        // (How many bytes follow, the smallest value that needs them.)
                        let (follow, least): (Int, UInt32) =
                            lead >= 0xC2 && lead < 0xE0 ? (1, 0x80) : lead >= 0xE0 && lead < 0xF0 ? (2, 0x800)
                            : lead >= 0xF0 && lead < 0xF5 ? (3, 0x10000) : (0, 0)
                        if follow > 0, index + follow < bytes.count {
                            var decoded = lead & (0x3F >> UInt32(follow)), wellFormed = true
                            for next in 1...follow {
                                let byte = UInt32(bytes[index + next])
                                wellFormed = wellFormed && byte & 0xC0 == 0x80
                                decoded = decoded << 6 | byte & 0x3F
                            }
                            if wellFormed, decoded >= least, decoded <= 0x10FFFF, !(0xD800...0xDFFF).contains(decoded) {
                                value = decoded
                                length = follow + 1
                            }
                        }
                    }
                    output[count] = Unicode.Scalar(value)!
                    count += 1
                    index += length
                }
            }
        }
    }
}
