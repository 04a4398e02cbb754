import ICUKit

/// `normalize`: the characters themselves, before any repair looks at them.
///
/// - a byte order mark at the start goes;
/// - CRLF, CR, NEL, U+2028/U+2029 and vertical tabs become LF;
/// - invisible characters (zero-width space, zero-width joiners, soft hyphen,
///   word joiner: Default_Ignorable_Code_Point, except the variation selectors
///   that choose a glyph) and control characters other than tab, LF and form
///   feed go;
/// - every line is put in Unicode NFC;
/// - a form feed (a page break) is put on a line of its own.
///
/// Raw → clean (OCR output of a seed page, saved on Windows with a BOM):
/// `\u{FEFF}拱墅区高质量发展大会召开\r\n` → `拱墅区高质量发展大会召开\n`;
/// `推动\u{200B}数字化转型` → `推动数字化转型`.
public struct Normalize: Rule {
    public init() {}
    public let name = "normalize"
    public let summary = "NFC and LF line ends; removes the BOM, zero-width and control characters"

    public func changes(in document: Document, context: RuleContext) throws -> [Change] {
        let scalars = document.scalars
        let classifier = context.classifier
        var changes: [Change] = []
        var index = 0
        let passed = Self.passed, plainlyPassed = Self.plainlyPassed, plainNFC = Self.plainlyNFCCharacters
        // Whether every character is one NFC never touches (see
        // `plainlyNFCCharacters`), learned in the same reading.
        var plain = true
        while index < scalars.count {
            // (Nearly every character is none of the ones below, and one NFC
            // never touches: one bit test passes it.)
            index = scalars.withUnsafeBufferPointer { plainlyPassed.firstIndex(outsidePlaneOf: $0, in: index..<$0.count) }
            guard index < scalars.count else { break }
            let scalar = scalars[index]
            if plainlyPassed.contains(scalar) {  // (beyond the plane)
                index += 1
                continue
            }
            if !plainNFC.contains(scalar) { plain = false }
            if passed.contains(scalar) {
                index += 1
                continue
            }
            let kind = classifier.classOf(scalar)
            if kind.isDisjoint(with: Self.looked), scalar != "\u{0C}" {
                index += 1
                continue
            }
            if index == 0 && scalar == "\u{FEFF}" {
                changes.append(.remove(0..<1, note: "byte order mark"))
            } else if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
                changes.append(.remove(index..<index + 1, note: "CRLF line end"))
            } else if scalar == "\u{0C}" {
                // A page break stands on a line of its own.
                let alone = (index == 0 || scalars[index - 1] == "\n") && (index + 1 == scalars.count || scalars[index + 1] == "\n" || scalars[index + 1] == "\r")
                if !alone {
                    let before = index == 0 || scalars[index - 1] == "\n" ? "" : "\n"
                    let after = index + 1 == scalars.count || scalars[index + 1] == "\n" ? "" : "\n"
                    changes.append(Change(range: index..<index + 1, replacement: before + "\u{0C}" + after,
                                          note: "page break on a line of its own"))
                }
            } else if kind.contains(.lineBreak) {
                changes.append(Change(range: index..<index + 1, replacement: ["\n"],
                                      note: "line break \(Self.codePoint(scalar))"))
            } else if kind.contains(.invisible) {
                changes.append(.remove(index..<index + 1, note: "invisible \(Self.codePoint(scalar))"))
            } else if kind.contains(.control) {
                changes.append(.remove(index..<index + 1, note: "control character \(Self.codePoint(scalar))"))
            }
            index += 1
        }
        return try Self.composeWithNFC(changes, document: document, plainlyNFC: plain)
    }

    /// Lines that are not in NFC get one change each: the line with the
    /// character fixes above applied, then normalized. (`plainlyNFC`: every
    /// character of the document is one NFC never touches.)
    private static func composeWithNFC(_ changes: [Change], document: Document, plainlyNFC: Bool) throws -> [Change] {
        guard !plainlyNFC, try !Normalizer.isNormalized(document.text, form: .nfc) else {
            return changes
        }
        var result: [Change] = []
        var pending = changes[...]
        for line in document.lines {
            let lineChanges = pending.prefix { $0.range.lowerBound < line.range.upperBound + 1 }
            pending = pending.dropFirst(lineChanges.count)
            let original = document.string(line.range)
            guard try !Normalizer.isNormalized(original, form: .nfc) else {
                result.append(contentsOf: lineChanges)
                continue
            }
            // Changes that stand on the line's own LF (a CR before it) stay apart.
            let inside = lineChanges.filter { $0.range.upperBound <= line.range.upperBound }
            let outside = lineChanges.filter { $0.range.upperBound > line.range.upperBound }
            var fixed: [Unicode.Scalar] = []
            var cursor = line.range.lowerBound
            for change in inside {
                fixed.append(contentsOf: document.scalars[cursor..<change.range.lowerBound])
                fixed.append(contentsOf: change.replacement)
                cursor = change.range.upperBound
            }
            fixed.append(contentsOf: document.scalars[cursor..<line.range.upperBound])
            let nfc = try Normalizer.normalize(String(scalars: fixed), to: .nfc)
            if let change = Change.minimal(from: document.scalars[line.range], at: line.range.lowerBound,
                                           to: Array(nfc.unicodeScalars), note: "NFC") {
                result.append(change)
            }
            result.append(contentsOf: outside)
        }
        result.append(contentsOf: pending)
        return result
    }

    /// The characters NFC never touches, so that ICU need not be asked about
    /// a text of them alone: Latin-1 and the blocks a Chinese bulletin is
    /// made of, without combining marks (U+302A…, U+3099…) and without the
    /// singletons NFC maps to other characters (U+2000, U+2001, Ω U+2126, K
    /// U+212A, Å U+212B, 〈〉 U+2329/U+232A, U+2ADC, the compatibility
    /// ideographs U+F900…).
    static let plainlyNFCCharacters = ScalarSet(planeRanges: [
        0x4E00..<0xA000, 0..<0x300, 0x3030..<0x3099, 0xFF00..<0xFFF0,
        0x2002..<0x20D0, 0x2100..<0x2126, 0x2127..<0x212A, 0x212C..<0x2329, 0x232B..<0x2ADC,
        0x2ADD..<0x302A, 0x309B..<0x3100, 0x3400..<0x4DC0,
    ])

    /// The characters the rule passes without a look (the Basic Multilingual
    /// Plane's of none of the classes it changes, nor a form feed).
    static let passed = CharacterClassifier().plane(withNoneOf: looked).subtracting(["\u{0C}"])

    /// Those of them NFC never touches: what the rule's reading passes by one bit test.
    static let plainlyPassed = passed.intersection(plainlyNFCCharacters)

    /// The classes of the characters this rule may change (with the form feed and the BOM, which is invisible).
    static let looked: CharacterClass = [.lineBreak, .invisible, .control]

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
