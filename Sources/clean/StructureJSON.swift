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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(File(file: page.name, pages: structure))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
