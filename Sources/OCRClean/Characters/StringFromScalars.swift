extension String {
    /// The string of these scalars, UTF-8 encoded straight into the string's
    /// storage. (`String(String.UnicodeScalarView(scalars))` takes a generic,
    /// repairing path that cost 13% of `clean`'s instructions in the edit log
    /// alone.)
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
