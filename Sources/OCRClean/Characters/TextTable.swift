/// A hash table of texts of one `TextArena`, each with a value: texts are
/// found by their hash, by open addressing, and compared through the arena,
/// with nothing retained or released. (A set of texts of their own retained
/// each at every insertion and released it at every removal.)
struct TextTable<Value> {
    /// The entries' indices by slot, each with the generation that wrote it:
    /// a slot of an earlier generation is free. (Emptying the table starts a
    /// new generation: articles start every few paragraphs, and their
    /// sentences' table was cleared slot by slot.)
    private var slots: [(generation: UInt32, entry: Int32)]
    private var generation: UInt32 = 1
    private(set) var entries: [(text: TextArena.Text, value: Value)] = []

    /// A table with room for `capacity` texts before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: (0, 0), count: size)
        entries.reserveCapacity(capacity)
    }

    var count: Int { entries.count }

    /// The entry of the text equal to `text`, if any.
    func index(of text: TextArena.Text, in arena: TextArena) -> Int? {
        let mask = slots.count - 1
        var slot = home(text.hash)
        while slots[slot].generation == generation {
            let entry = Int(slots[slot].entry)
            if arena.equal(entries[entry].text, text) { return entry }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func contains(_ text: TextArena.Text, in arena: TextArena) -> Bool {
        index(of: text, in: arena) != nil
    }

    /// Adds `text` with `value` unless a text equal to it is there; whether it was added.
    @discardableResult
    mutating func insert(_ text: TextArena.Text, _ value: Value, in arena: TextArena) -> Bool {
        if index(of: text, in: arena) != nil { return false }
        if 2 * (entries.count + 1) > slots.count { grow() }
        entries.append((text, value))
        place(entries.count - 1)
        return true
    }

    subscript(entry: Int) -> Value {
        get { entries[entry].value }
        set { entries[entry].value = newValue }
    }

    /// Forgets every text, keeping the room.
    mutating func removeAll() {
        guard !entries.isEmpty else { return }
        entries.removeAll(keepingCapacity: true)
        if generation == .max {
            slots = Array(repeating: (0, 0), count: slots.count)
            generation = 0
        }
        generation += 1
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = home(entries[entry].text.hash)
        while slots[slot].generation == generation { slot = (slot + 1) & mask }
        slots[slot] = (generation, Int32(entry))
    }

    /// A hash's first slot: its top bits once multiplied by 2^64 / φ (the
    /// multiplications that made it mix the low bits least).
    private func home(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slots.count.trailingZeroBitCount))
    }

    private mutating func grow() {
        slots = Array(repeating: (0, 0), count: 2 * slots.count)
        generation = 1
        for entry in entries.indices { place(entry) }
    }
}

extension TextTable where Value == Void {
    @discardableResult
    mutating func insert(_ text: TextArena.Text, in arena: TextArena) -> Bool { insert(text, (), in: arena) }
}
