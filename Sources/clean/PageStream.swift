import Foundation
import OCRClean

/// Reads an input in windows of whole pages (pages end at form feeds, or
/// before `=== 第N版 ===` lines),
/// so that a filter's first page comes out before its last is read and a
/// corpus of any size is never held whole. A window closes after about
/// `windowBytes`, at a page break — but not while one of its pages jumps
/// (（下转N版）) to a page still to come, up to `maximumBytes`, so that the
/// stitch rule sees both halves.
final class PageStream {
    struct Window {
        /// The window's text, decoded.
        let scalars: [Unicode.Scalar]
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
    /// The bytes at the buffer's start that earlier windows took. (Dropped
    /// only when more is read: dropped after each window, the rest of the
    /// buffer, three windows' worth, was moved to its start every time.)
    private var consumed = 0
    /// Where a read lands before it joins the buffer (see `readChunk`).
    private let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    private var finished = false
    private var byteOffset = 0
    private var lineOffset = 0
    private var pagesRead = 0
    /// The number of the page being read: after a `=== 第N版 ===` line the
    /// one it names, else one more than the form feeds before it.
    private var pageNumber = 1
    /// The form feeds the look-ahead has passed.
    private var formFeedsAhead = 0
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

    deinit {
        scratch.deallocate()
    }

    func next() throws -> Window? {
        if byteOffset == 0 && buffer.isEmpty && !finished && decoder.isUTF8 {
            try readChunk()
            // UTF-16 (announced by its byte order mark) cannot be cut by bytes: read it whole.
            if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
                buffer.append(contentsOf: handle.readDataToEndOfFile())
                finished = true
                let bytes = buffer
                buffer = []
                byteOffset = bytes.count
                let scalars = try decoder.decodeScalars(bytes[...], name: name, startingAt: 0) { warnings.append($0) }
                return Window(scalars: scalars, byteOffset: 0, lineOffset: 0, firstPage: 1, columnOffset: 0)
            }
        }
        var cut = consumed  // end of the last whole page in the buffer (after its form feed)
        var searchFrom = consumed
        // The furthest page a page of the window jumps to: the window stays
        // open up to it, whichever of its pages jumps (page 1 to page 4 past
        // pages 2 and 3 too, not only its last page).
        var jumpsTo = 0
        while true {
            if let (end, next) = nextPageEnd(from: searchFrom) {
                let page = pageNumber
                jumpsTo = max(jumpsTo, furthestJump(of: buffer[cut..<end], page: page))
                // Numbered as the stitch rule numbers them: by a separator
                // line, else by the form feeds before the page.
                if next == nil { formFeedsAhead += 1 }
                pageNumber = next ?? formFeedsAhead + 1
                cut = end
                searchFrom = end
                if cut - consumed >= windowBytes, jumpsTo <= page || cut - consumed >= maximumBytes { break }
                continue
            }
            if finished { cut = buffer.count; break }
            if consumed > 0 {
                buffer.removeFirst(consumed)
                cut -= consumed
                searchFrom -= consumed
                consumed = 0
            }
            // A page past `longestPageBytes` is no printed page (a corpus
            // without page breaks): the pages before it go, or it is cut at a
            // line break, so that memory stays bounded whatever the input.
            if buffer.count - cut >= longestPageBytes {
                if cut > 0 { break }
                let lineCut = Self.lineBreakCut(in: buffer, before: longestPageBytes, characters: decoder.byteCharacters)
                cut = lineCut.offset
                warnings.append("clean: \(name): no page break in \(longestPageBytes >> 20) MB from byte offset "
                    + "\(byteOffset): cut at byte offset \(byteOffset + cut) to bound memory, " + lineCut.kind.consequence)
                break
            }
            try readChunk()
        }
        guard cut > consumed else { return nil }
        let bytes = buffer[consumed..<cut]
        consumed = cut
        let scalars = try decoder.decodeScalars(bytes, name: name, startingAt: byteOffset, lineBase: lineOffset) {
            warnings.append($0)
        }
        let window = Window(scalars: scalars, byteOffset: byteOffset, lineOffset: lineOffset,
                            firstPage: pagesRead + 1, columnOffset: columnOffset)
        if let lastLine = scalars.lastIndex(of: "\n") {
            columnOffset = scalars.count - lastLine - 1
        } else {
            columnOffset += scalars.count
        }
        byteOffset += bytes.count
        let (lineFeeds, formFeeds) = Self.feeds(in: bytes)
        lineOffset += lineFeeds
        pagesRead += formFeeds
        return window
    }

    /// Reads what one read gives, up to a megabyte, into the buffer:
    /// through scratch memory of the stream's own, which a read through
    /// `Data` allocated each time and copied twice more. At the end of the
    /// input, sets `finished`. (One read, not a loop until the chunk is
    /// full: from a pipe, the pages that came are cleaned before the next
    /// ones come.)
    private func readChunk() throws {
        while true {
            let got = Glibc.read(handle.fileDescriptor, scratch.baseAddress, scratch.count)
            if got > 0 {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<got]))
                return
            }
            if got == 0 { finished = true; return }
            if errno == EINTR { continue }
            throw InputError.unreadable(name, reason: String(cString: strerror(errno)))
        }
    }

    /// Where the page read from `start` ends: after its form feed, or before
    /// the `=== 第N版 ===` line that opens the next page (with N); nil when
    /// the buffer holds neither yet. (Pages separated by such lines are cut
    /// into windows as pages separated by form feeds are, not held whole up
    /// to 4 MB.)
    private func nextPageEnd(from start: Int) -> (end: Int, nextNumber: Int?)? {
        let feed = Self.firstByte(0x0C, in: buffer, from: start, before: buffer.count)
        let limit = feed ?? buffer.count
        // (A separator line opens with ==, a character body text rarely
        // holds: only lines opening so are decoded. One at `start` opens the
        // page being read.)
        var from = start + 1
        while from < limit, let equals = Self.firstByte(0x3D, in: buffer, from: from, before: limit) {
            from = equals + 1
            guard buffer[equals - 1] == 0x0A, equals + 1 < buffer.count, buffer[equals + 1] == 0x3D else { continue }
            guard let lineEnd = Self.firstByte(0x0A, in: buffer, from: equals, before: buffer.count) ?? (finished ? buffer.count : nil)
            else { return feed.map { ($0 + 1, nil) } }  // (the line is not read whole yet)
            if let line = decodeAside(buffer[equals..<lineEnd]), let number = PageBreak.number(line: line) {
                return (equals, number)
            }
        }
        return feed.map { ($0 + 1, nil) }
    }

    /// Where `byte` first stands in `bytes[start..<end]`. (The window's bytes
    /// are searched for form feeds, and counted for line feeds, in tight
    /// loops: the generic ones cost 2% of a run.)
    static func firstByte(_ byte: UInt8, in bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard start < end, let base = buffer.baseAddress,
                  let found = memchr(base + start, Int32(byte), end - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Where a page longer than a window may be cut, and what that costs.
    enum CutKind: Equatable {
        case atLineBreak
        /// A line with no line feed in the limit (no printed line is that
        /// long: a file without line ends, or not text): cut after a full
        /// stop, or at a space, or between two characters.
        case insideLine(after: String)

        var consequence: String {
            switch self {
            case .atLineBreak: "at a line break; lines are not joined, nor repeats removed, across it"
            case .insideLine(let after):
                "inside a line with no line feed in it, \(after); the line is written as two paragraphs"
            }
        }
    }

    /// Where to cut a page longer than `limit` bytes (`bytes` holds at least
    /// that many; it has no page break, neither a form feed nor a
    /// `=== 第N版 ===` line): in the second half of the limit, after its last
    /// blank line (between paragraphs, in most OCR), else after its last line
    /// feed before the limit; and when there is none, inside the line (see
    /// `insideLineCut`), so that no input, a 50 MB line too, is held whole.
    static func lineBreakCut(in bytes: [UInt8], before limit: Int, characters: ByteCharacters) -> (offset: Int, kind: CutKind) {
        bytes.withUnsafeBufferPointer { buffer -> (offset: Int, kind: CutKind) in
            let limit = min(limit, buffer.count)
            var lastLineFeed: Int?
            var found = limit - 1
            while found >= 0 {
                if buffer[found] == 0x0A {
                    if lastLineFeed == nil { lastLineFeed = found + 1 }
                    if found < limit / 2 { break }
                    var before = found - 1
                    while before >= 0, buffer[before] == 0x20 || buffer[before] == 0x09 || buffer[before] == 0x0D { before -= 1 }
                    if before >= 0, buffer[before] == 0x0A { return (found + 1, .atLineBreak) }
                }
                found -= 1
            }
            if let lastLineFeed { return (lastLineFeed, .atLineBreak) }
            return insideLineCut(in: buffer, before: limit, characters: characters)
        }
    }

    /// Where to cut `limit` bytes of one line: after its last full stop
    /// (。！？!?) in the second half, else after its last space there, else
    /// after its last whole character. Characters are read from the first
    /// byte, which starts one, so that no character is cut in two.
    static func insideLineCut(in buffer: UnsafeBufferPointer<UInt8>, before limit: Int,
                              characters: ByteCharacters) -> (offset: Int, kind: CutKind) {
        var index = 0, lastCharacter = 0, afterFullStop: Int?, afterSpace: Int?
        while index < limit {
            let length = characters.length(at: index, in: buffer)
            guard index + length <= limit else { break }
            if index >= limit / 2 {
                if buffer[index] == 0x20 {
                    afterSpace = index + length
                } else if characters.fullStops.contains(where: { stop in
                    stop.count == length && stop.indices.allSatisfy { buffer[index + $0] == stop[$0] }
                }) {
                    afterFullStop = index + length
                }
            }
            index += length
            lastCharacter = index
        }
        if let afterFullStop { return (afterFullStop, .insideLine(after: "after a full stop")) }
        if let afterSpace { return (afterSpace, .insideLine(after: "at a space")) }
        return (max(lastCharacter, 1), .insideLine(after: "between two characters"))
    }

    /// How the characters of a streamed encoding stand in its bytes: how long
    /// each is, read from its first byte, and the bytes of its full stops.
    struct ByteCharacters {
        let isUTF8: Bool
        let fullStops: [[UInt8]]

        /// The bytes of the character that starts at `index`; 1 for a byte
        /// that starts no character (invalid input, reported when decoded).
        func length(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
            let lead = buffer[index]
            guard isUTF8 else {
                // GB18030, GBK, GB2312, Big5: ASCII alone; a lead byte and one
                // more, or three more when the next is a digit (GB18030).
                guard lead >= 0x81, lead != 0xFF, index + 1 < buffer.count else { return 1 }
                return (0x30...0x39).contains(buffer[index + 1]) ? 4 : 2
            }
            let length = lead < 0xC2 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 1
            for next in 1..<max(length, 1) where index + next >= buffer.count || buffer[index + next] & 0xC0 != 0x80 {
                return 1
            }
            return length
        }
    }

    static func feeds(in bytes: ArraySlice<UInt8>) -> (lineFeeds: Int, formFeeds: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var lineFeeds = 0, formFeeds = 0, index = 0
            // (Every byte of the input is counted here: sixteen at a time,
            // each lane counting the feeds it saw in a byte of its own, the
            // lanes summed before one can overflow. A byte at a time the
            // compiler made a branch of each compare, and a line feed every
            // twenty-odd bytes mispredicted; eight at a time in a 64-bit
            // word cost four instructions a byte.)
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                let lineFeed = SIMD16<UInt8>(repeating: 0x0A), formFeed = SIMD16<UInt8>(repeating: 0x0C)
                let none = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
                while index + 16 <= buffer.count {
                    var lines = none, forms = none
                    let end = min(buffer.count - 16, index + 254 * 16)  // (255 blocks at most)
                    while index <= end {
                        let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                        lines &+= none.replacing(with: one, where: block .== lineFeed)
                        forms &+= none.replacing(with: one, where: block .== formFeed)
                        index += 16
                    }
                    lineFeeds &+= Int(SIMD16<UInt16>(truncatingIfNeeded: lines).wrappedSum())
                    formFeeds &+= Int(SIMD16<UInt16>(truncatingIfNeeded: forms).wrappedSum())
                }
            }
            while index < buffer.count {
                lineFeeds &+= buffer[index] == 0x0A ? 1 : 0
                formFeeds &+= buffer[index] == 0x0C ? 1 : 0
                index += 1
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
        guard decoder.isUTF8 else {
            guard let text = decodeAside(bytes) else { return 0 }
            return Self.furthestJump(in: Array(text.unicodeScalars)[...], after: page, classifier: classifier)
        }
        return Self.furthestJump(inUTF8: bytes, after: page, classifier: classifier)
    }

    /// `furthestJump(in:after:classifier:)` of the page of UTF-8 `bytes`,
    /// read as the window's decoding reads them (a U+FFFD a byte that is not UTF-8).
    static func furthestJump(inUTF8 bytes: ArraySlice<UInt8>, after page: Int, classifier: CharacterClassifier) -> Int {
        // (Every page passes here, and most hold no 下转 marker: only the
        // characters around each 转 (E8 BD AC) are decoded, and only on a
        // page with a 版 (E7 89 88) or a 页 (E9 A1 B5) after one, which every
        // such marker ends with. 转 alone is common, 转型; the two in that
        // order are not.)
        bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            // (Sought by their last byte, one continuation byte in 64: the
            // lead bytes E7, E8 and E9 each start a sixteenth of Han characters.)
            func first(_ lead: UInt8, _ second: UInt8, _ last: UInt8, from start: Int) -> Int? {
                var from = start + 2
                while from < buffer.count, let found = memchr(base + from, Int32(last), buffer.count - from) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if buffer[at - 2] == lead && buffer[at - 1] == second { return at - 2 }
                    from = at + 1
                }
                return nil
            }
            guard let turn = first(0xE8, 0xBD, 0xAC, from: 0),
                  first(0xE7, 0x89, 0x88, from: turn + 3) != nil || first(0xE9, 0xA1, 0xB5, from: turn + 3) != nil
            else { return 0 }
            // Each 转's marker, if it is one, is the run of characters a marker
            // holds around it (see `JumpMarker.mayHold`): decoded alone, it
            // reads as it does inside the page.
            var furthest = 0, next: Int? = turn
            while let turn = next {
                let run = Self.markerRun(around: turn, in: buffer, classifier: classifier)
                let scalars = Self.scalars(ofUTF8: bytes[(bytes.startIndex + run.lowerBound)..<(bytes.startIndex + run.upperBound)])
                furthest = max(furthest, Self.furthestJump(in: scalars[...], after: page, classifier: classifier))
                next = first(0xE8, 0xBD, 0xAC, from: turn + 3)
            }
            return furthest
        }
    }

    /// The furthest page after `page` that a 下转 marker in `scalars` names, or 0.
    static func furthestJump(in scalars: ArraySlice<Unicode.Scalar>, after page: Int, classifier: CharacterClassifier) -> Int {
        JumpMarker.find(in: scalars, classifier: classifier)
            .filter { $0.direction == .continuesOn && $0.page > page }
            .map(\.page).max() ?? 0
    }

    private let classifier = CharacterClassifier()

    /// The bytes of UTF-8 `buffer` around the 转 at `turn` that a jump marker
    /// can span: the characters on either side that a marker may hold, read
    /// one at a time up to one it cannot (or a byte that is not UTF-8, which
    /// the page's decoding makes a U+FFFD, which no marker holds either).
    static func markerRun(around turn: Int, in buffer: UnsafeBufferPointer<UInt8>,
                          classifier: CharacterClassifier) -> Range<Int> {
        // (Decoded where it stands, without an array a character.)
        func character(_ range: Range<Int>) -> Unicode.Scalar? {
            var iterator = UnsafeBufferPointer(rebasing: buffer[range]).makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
            return scalar
        }
        var start = turn
        while start > 0 {
            var lead = start - 1
            while lead > 0, start - lead < 4, buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard let scalar = character(lead..<start), JumpMarker.mayHold(scalar, classifier: classifier) else { break }
            start = lead
        }
        var end = turn + 3
        while end < buffer.count {
            let lead = buffer[end]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard end + length <= buffer.count, let scalar = character(end..<end + length),
                  JumpMarker.mayHold(scalar, classifier: classifier) else { break }
            end += length
        }
        return start..<end
    }

    /// The scalars of UTF-8 bytes, each byte that starts no well-formed
    /// sequence read as U+FFFD (one for each such byte, where a String puts
    /// one for each maximal invalid part: to look for markers, the same).
    static func scalars(ofUTF8 bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        bytes.withUnsafeBufferPointer { UTF8Validation.scalars(of: $0, replacingInvalid: true)! }
    }
}
