/// Random texts over a small alphabet, for checking a fast search against a
/// plain look at every place it could go wrong.
public enum RandomTexts {
    /// Calls `body` with every range of random texts of every length up to
    /// `longest` (two blocks of eight and more), made from `alphabet` by a
    /// generator seeded with `seed`.
    public static func forEveryRange(over alphabet: [Unicode.Scalar], seed: UInt64, longest: Int = 30,
                                     _ body: ([Unicode.Scalar], Range<Int>) -> Void) {
        var generator = SplitMix(seed: seed)
        for length in 0...longest {
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            for start in 0...length {
                for end in start...length { body(text, start..<end) }
            }
        }
    }
}
