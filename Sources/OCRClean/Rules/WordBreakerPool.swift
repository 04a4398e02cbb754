import Synchronization

/// The word breakers a `Cleaner`'s runs have opened and given back, for its
/// next runs to take: opening one (ICU's break iterator for Chinese and its
/// word list) is some 60,000 instructions, paid by every file of a folder of
/// page files cleaned one by one (6% of `clean --check` over 300 pages).
/// A breaker is used by one run at a time: taken when the run first asks a
/// dictionary question, given back when it ends.
final class WordBreakerPool: Sendable {
    // (Unchecked: a breaker is handed from one run to the next, never shared.)
    private struct Breakers: @unchecked Sendable {
        var idle: [WordBreakerBox] = []
        var opened = 0
    }

    private let breakers = Mutex(Breakers())

    /// How many breakers the pool's runs have opened.
    var opened: Int { breakers.withLock { $0.opened } }

    /// An idle breaker, or a new one when every breaker is in use.
    func take() throws -> WordBreakerBox {
        if let idle = breakers.withLock({ $0.idle.popLast().map { Handed(box: $0) } }) { return idle.box }
        let opened = try WordBreakerBox()
        breakers.withLock { $0.opened += 1 }
        return opened
    }

    /// Gives a breaker back for another run. (As many stay as runs ran at
    /// once: one a job.)
    func giveBack(_ box: WordBreakerBox) {
        let handed = Handed(box: box)
        breakers.withLock { $0.idle.append(handed.box) }
    }

    private struct Handed: @unchecked Sendable {
        let box: WordBreakerBox
    }
}
