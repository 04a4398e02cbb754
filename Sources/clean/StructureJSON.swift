import Foundation
import OCRClean

/// `--format json`: one JSON object per file, on one line:
///
///     {"file":"p01.txt","pages":[{"number":1,"articles":[{"headlines":["…"],
///       "byline":{"lead":"本报讯","credits":[{"role":"记者","names":["林韬"]}]},
///       "body":["…"],"captions":["郑斌摄"],"jumps":[{"direction":"continues-on","page":7,"line":168,"column":9}]}]}]}
enum StructureJSON {
    struct File: Encodable {
        let file: String
        let pages: [PageStructure]
    }

    static func render(_ page: CleanedPage, structure: [PageStructure]) throws -> String {
        try encoded(File(file: page.name, pages: structure)) + "\n"
    }

    /// A file's object up to its first page, for a stream's pages to follow
    /// (comma-separated, then `]}`): `{"file":"…","pages":[`.
    static func opening(file: String) throws -> String {
        String(try encoded(File(file: file, pages: [])).dropLast(2))
    }

    /// One page's object, as it stands in its file's `pages`.
    static func render(_ page: PageStructure) throws -> String {
        try encoded(page)
    }

    private static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
