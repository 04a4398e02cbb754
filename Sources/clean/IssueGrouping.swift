import ArgumentParser
import Foundation

/// Which input files are pages of one issue, to be cleaned together so that
/// articles jumping between them are stitched.
///
/// Files of one folder whose names differ only in the page number form one
/// issue, the number giving the page: `2023-02-16_01.txt` and
/// `2023-02-16_07.txt` are pages 1 and 7 of one issue; `p01.txt`, `p07.txt`
/// too. Pages of different issues are never cleaned together. `--pages 1,7`
/// says it for the files given; `--no-stitch` cleans every file alone.
enum IssueGrouping {
    struct Member {
        let path: String
        let page: Int
    }

    static func group(_ paths: [String], explicitPages: [Int]?, stitch: Bool) throws -> [[Member]] {
        if let explicitPages {
            guard explicitPages.count == paths.count else {
                throw ValidationError("--pages gives \(explicitPages.count) page numbers for \(paths.count) files")
            }
            return [zip(paths, explicitPages).map { Member(path: $0, page: $1) }]
        }
        guard stitch else { return paths.map { [Member(path: $0, page: 1)] } }
        var groups: [[Member]] = []
        var groupOfKey: [String: Int] = [:]
        for path in paths {
            guard path != "-", let (key, page) = issueKey(path) else {
                groups.append([Member(path: path, page: 1)])
                continue
            }
            if let index = groupOfKey[key] {
                groups[index].append(Member(path: path, page: page))
            } else {
                groupOfKey[key] = groups.count
                groups.append([Member(path: path, page: page)])
            }
        }
        return groups
    }

    /// The file's folder and name with its last number taken out, and that number.
    static func issueKey(_ path: String) -> (String, Int)? {
        let url = URL(fileURLWithPath: path, isDirectory: false)  // (told, not looked up: a stat a file)
        let name = Array(url.lastPathComponent.unicodeScalars)
        guard let last = name.lastIndex(where: { $0.properties.numericType == .decimal && $0.isASCII }) else { return nil }
        var first = last
        while first > 0, name[first - 1].properties.numericType == .decimal, name[first - 1].isASCII { first -= 1 }
        guard last - first < 4, let page = Int(String(String.UnicodeScalarView(name[first...last]))) else { return nil }
        let stem = String(String.UnicodeScalarView(name[..<first])) + "#" + String(String.UnicodeScalarView(name[(last + 1)...]))
        return (url.deletingLastPathComponent().path + "/" + stem, page)
    }
}
