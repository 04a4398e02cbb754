import Foundation

/// Runs `transform` on up to `jobs` items at once and hands the results to
/// `consume` in the order of the items, so that `-j 8` writes exactly what
/// `-j 1` writes. Items are taken from the iterator a batch at a time, so a
/// stream is never read far ahead.
enum Parallel {
    static func inOrder<Item: Sendable, Result: Sendable, Items: IteratorProtocol<Item>>(
        _ items: Items, jobs: Int,
        transform: @escaping @Sendable (Item) throws -> Result,
        consume: (Item, Result) throws -> Void
    ) throws {
        var items = items
        while true {
            var batch: [Item] = []
            while batch.count < max(1, jobs), let item = items.next() { batch.append(item) }
            if batch.isEmpty { return }
            let slots = Slots<Result>(count: batch.count)
            let work = batch
            if jobs <= 1 || batch.count == 1 {
                for (index, item) in work.enumerated() { slots.set(index, Swift.Result { try transform(item) }) }
            } else {
                DispatchQueue.concurrentPerform(iterations: work.count) { index in
                    slots.set(index, Swift.Result { try transform(work[index]) })
                }
            }
            for (index, item) in batch.enumerated() {
                try consume(item, try slots.get(index).get())
            }
        }
    }

    /// Results written by worker threads, each slot once, read after all are done.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var values: [Swift.Result<Value, Error>?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Swift.Result<Value, Error>) {
            lock.lock(); defer { lock.unlock() }
            values[index] = value
        }

        func get(_ index: Int) -> Swift.Result<Value, Error> {
            lock.lock(); defer { lock.unlock() }
            return values[index]!
        }
    }
}
