extension Document {
    /// For each of `changes` (sorted, in this document's offsets), whether it
    /// changes only the layout of the lines: white space replaced by white
    /// space where a line ends or begins (blank lines, spaces at a line's
    /// ends), joining no two lines and splitting none. Layout's changes are
    /// (…拼一流经济业绩 \n李志龙讲话 → …拼一流经济业绩\n\n李志龙讲话); a join is not.
    ///
    /// A rule that reads only what the lines say (`Rule.readsLinesNotLayout`)
    /// finds nothing new after such changes, so the `Cleaner` need not ask it
    /// again about a page that had only these.
    func layoutOnly(_ changes: [Change], classifier: CharacterClassifier) -> [Bool] {
        func isWhite(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || classifier.is(scalar, .space) }
        // (A run of white space is looked at this far around a change, no
        // further: a million blank lines must not be walked once per change.)
        let reach = 64
        // The run of white space around each change made of white space.
        let regions: [Range<Int>?] = changes.map { change in
            guard change.replacement.allSatisfy(isWhite), scalars[change.range].allSatisfy(isWhite) else { return nil }
            var low = change.range.lowerBound, high = change.range.upperBound
            while low > 0, isWhite(scalars[low - 1]) {
                guard change.range.lowerBound - low < reach else { return nil }
                low -= 1
            }
            while high < scalars.count, isWhite(scalars[high]) {
                guard high - change.range.upperBound < reach else { return nil }
                high += 1
            }
            return low..<high
        }
        // Each run with all its changes made (a line's end space and the blank
        // line after it are two changes in one run): it still ends a line, or
        // the text, as it did, and the letters on its two sides stay on lines
        // of their own.
        var result = [Bool](repeating: false, count: changes.count)
        var first = 0
        while first < changes.count {
            guard let region = regions[first] else { first += 1; continue }
            var end = first + 1
            while end < changes.count, regions[end]?.lowerBound == region.lowerBound { end += 1 }
            var cursor = region.lowerBound, after = false
            for change in changes[first..<end] {
                after = after || scalars[cursor..<change.range.lowerBound].contains("\n") || change.replacement.contains("\n")
                cursor = change.range.upperBound
            }
            after = after || scalars[cursor..<region.upperBound].contains("\n")
            let edge = region.lowerBound == 0 || region.upperBound == scalars.count
            let before = scalars[region].contains("\n")
            if edge || before && after {
                for index in first..<end { result[index] = true }
            }
            first = end
        }
        return result
    }
}
