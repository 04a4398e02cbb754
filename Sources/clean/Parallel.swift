import Foundation

/// Runs `transform` on up to `jobs` items at once and hands the results to
/// `consume` in the order of the items, so that `-j 8` writes exactly what
/// `-j 1` writes.
///
/// The calling thread reads the items and consumes the results while the
/// workers transform: a pipeline, not batches, so no worker waits for the
/// slowest of a batch or for the output to be written. At most `jobs + 1`
/// items are read ahead (one waits ready for the first worker free), so a
/// stream is never read far ahead. With one job
/// everything runs on the calling thread, one item after another.
enum Parallel {
    static func inOrder<Item: Sendable, Result: Sendable, Items: IteratorProtocol<Item>>(
        _ items: Items, jobs: Int,
        transform: @escaping @Sendable (Item) throws -> Result,
        consume: (Item, Result) throws -> Void
    ) throws {
        var items = items
        guard jobs > 1 else {
            while let item = items.next() { try consume(item, try transform(item)) }
            return
        }
        let workers = OperationQueue()
        workers.maxConcurrentOperationCount = jobs
        // (When consuming fails, the items not started are dropped, and those
        // running finish before their captures go.)
        defer {
            workers.cancelAllOperations()
            workers.waitUntilAllOperationsAreFinished()
        }
        // (An entry is emptied when consumed: the array is compacted only now
        // and then, and a consumed item, a window of text, must not wait for it.)
        var pending: [(item: Item, slot: Slot<Result>)?] = []
        var head = 0
        while true {
            while pending.count - head < jobs + 1, let item = items.next() {
                let slot = Slot<Result>()
                workers.addOperation { slot.fill(Swift.Result { try transform(item) }) }
                pending.append((item, slot))
            }
            guard head < pending.count, let (item, slot) = pending[head] else { return }
            pending[head] = nil
            head += 1
            if head >= 64 {  // (the consumed entries go, now and then)
                pending.removeFirst(head)
                head = 0
            }
            try consume(item, try slot.take().get())
        }
    }

    /// One item's result, filled by a worker, taken by the consuming thread
    /// (which waits for it).
    private final class Slot<Value: Sendable>: @unchecked Sendable {
        private var value: Swift.Result<Value, any Error>?
        private let condition = NSCondition()

        func fill(_ result: Swift.Result<Value, any Error>) {
            condition.lock()
            value = result
            condition.broadcast()
            condition.unlock()
        }

        func take() -> Swift.Result<Value, any Error> {
            condition.lock()
            defer { condition.unlock() }
            while value == nil { condition.wait() }
            let taken = value!
            value = nil  // (the result is freed when consumed, not when the slot goes)
            return taken
        }
    }
}
