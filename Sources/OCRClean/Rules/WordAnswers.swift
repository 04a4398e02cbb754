/// The answers to "does the dictionary read a word across this cut" for
/// questions of eight letters or fewer, kept for a cleaning run: the rules
/// ask the same ones again and again (half the questions of a first pass,
/// three in four of a second, on generated pages: a headline and the line
/// after it are asked about on every pass), and ICU's word list answers
/// each in a few thousand instructions, most of them cache misses in its trie.
///
/// A fixed table of entries, found by the hash of the letters and compared
/// whole: an entry is overwritten when its slots are full, so a question
/// may be answered again, never answered wrong. (Read through a pointer: a
/// class's stored table is checked for exclusive access at every read.)
final class WordAnswers {
    private struct Entry {
        var letters = SIMD8<UInt32>()  // (`longest` lanes)
        var count: UInt8 = 0
        var cut: UInt8 = 0
        var answer = false
        var used = false
    }

    /// The longest question kept, in letters.
    static let longest = 8

    private static let largest = 4096
    private static let probes = 4
    private let entries: UnsafeMutablePointer<Entry>
    /// The table's size less one (it is a power of two).
    private let mask: Int

    /// A table with room for the questions of a text of `scalars`
    /// characters (the rules ask about one every hundred and fifty): a page
    /// of a folder of thousands needs some dozens of entries, and clearing
    /// 4,096 for each was 2.5% of such a run. (Room only changes how often
    /// a question is asked again, never an answer.)
    init(forTextOf scalars: Int = .max) {
        var size = 64
        while size < Self.largest, size * 64 < scalars { size *= 2 }
        mask = size - 1
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Entry(), count: size)
    }

    deinit {
        entries.deinitialize(count: mask + 1)
        entries.deallocate()
    }

    /// The question as a key, if it is one of eight letters or fewer.
    private static func key(_ joined: [Unicode.Scalar], cut: Int) -> (SIMD8<UInt32>, UInt8, UInt8)? {
        guard joined.count <= longest, cut >= 0, cut <= joined.count else { return nil }
        var letters = SIMD8<UInt32>()  // (`longest` lanes)
        for index in joined.indices { letters[index] = joined[index].value }
        return (letters, UInt8(joined.count), UInt8(cut))
    }

    private func homeIndex(_ letters: SIMD8<UInt32>, _ count: UInt8, _ cut: UInt8) -> Int {
        var hash = UInt64(count) << 8 | UInt64(cut)
        for lane in 0..<8 { hash = (hash ^ UInt64(letters[lane])) &* 0x9E37_79B9_7F4A_7C15 }
        return Int(truncatingIfNeeded: hash >> 52) & mask
    }

    /// The answer kept for the question, if any.
    func answer(_ joined: [Unicode.Scalar], cut: Int) -> Bool? {
        guard let (letters, count, cut) = Self.key(joined, cut: cut) else { return nil }
        let home = homeIndex(letters, count, cut)
        for probe in 0..<Self.probes {
            let entry = entries[(home + probe) & mask]
            guard entry.used else { return nil }
            if entry.count == count, entry.cut == cut, entry.letters == letters { return entry.answer }
        }
        return nil
    }

    /// Keeps the answer to the question (one of more than eight letters is not kept).
    func remember(_ joined: [Unicode.Scalar], cut: Int, answer: Bool) {
        guard let (letters, count, cut) = Self.key(joined, cut: cut) else { return }
        let home = homeIndex(letters, count, cut)
        var slot = home
        for probe in 0..<Self.probes where !entries[(home + probe) & mask].used {
            slot = (home + probe) & mask
            break
        }
        entries[slot] = Entry(letters: letters, count: count, cut: cut, answer: answer, used: true)
    }
}
