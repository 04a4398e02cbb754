import OCRClean

/// `--format json`: one JSON object per file, on one line:
///
///     {"file":"p01.txt","pages":[{"articles":[{"body":["…"],
///       "byline":{"credits":[{"names":["林韬"],"role":"记者"}],"lead":"本报讯"},
///       "captions":["郑斌摄"],"headlines":["…"],
///       "jumps":[{"column":9,"direction":"continues-on","line":168,"page":7}]}],"number":1}]}
///
/// Written as `JSONEncoder` writes the `Codable` `PageStructure` with sorted
/// keys (see `JSONText`), so a reader may decode it with it.
enum StructureJSON {
    /// A file's object, with its line feed.
    static func render(_ page: CleanedPage, structure: [PageStructure]) -> [UInt8] {
        var bytes = opening(file: page.name)
        for (index, page) in structure.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(page, to: &bytes)
        }
        bytes.append(contentsOf: "]}\n".utf8)
        return bytes
    }

    /// A file's object up to its first page, for a stream's pages to follow
    /// (comma-separated, then `]}`): `{"file":"…","pages":[`.
    static func opening(file: String) -> [UInt8] {
        var bytes = Array(#"{"file":"#.utf8)
        JSONText.appendString(file, to: &bytes)
        bytes.append(contentsOf: #","pages":["#.utf8)
        return bytes
    }

    /// One page's object, as it stands in its file's `pages`.
    static func append(_ page: PageStructure, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"articles":["#.utf8)
        for (index, article) in page.articles.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(article, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        if let number = page.number { JSONText.appendNumber(#","number":"#, number, to: &bytes) }
        bytes.append(UInt8(ascii: "}"))
    }

    private static func append(_ article: Article, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"body":"#.utf8)
        JSONText.appendStrings(article.body, to: &bytes)
        if let byline = article.byline {
            bytes.append(contentsOf: #","byline":{"credits":["#.utf8)
            for (index, credit) in byline.credits.enumerated() {
                bytes.append(contentsOf: (index > 0 ? #",{"names":"# : #"{"names":"#).utf8)
                JSONText.appendStrings(credit.names, to: &bytes)
                bytes.append(contentsOf: #","role":"#.utf8)
                JSONText.appendString(credit.role, to: &bytes)
                bytes.append(UInt8(ascii: "}"))
            }
            bytes.append(contentsOf: #"],"lead":"#.utf8)
            JSONText.appendString(byline.lead, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(contentsOf: #","captions":"#.utf8)
        JSONText.appendStrings(article.captions, to: &bytes)
        bytes.append(contentsOf: #","headlines":"#.utf8)
        JSONText.appendStrings(article.headlines, to: &bytes)
        bytes.append(contentsOf: #","jumps":["#.utf8)
        for (index, jump) in article.jumps.enumerated() {
            JSONText.appendNumber(index > 0 ? #",{"column":"# : #"{"column":"#, jump.column, to: &bytes)
            bytes.append(contentsOf: #","direction":"#.utf8)
            JSONText.appendString(jump.direction.rawValue, to: &bytes)
            JSONText.appendNumber(#","line":"#, jump.line, to: &bytes)
            JSONText.appendNumber(#","page":"#, jump.page, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(contentsOf: "]}".utf8)
    }
}
