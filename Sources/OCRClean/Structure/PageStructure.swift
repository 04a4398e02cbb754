/// The structured view of cleaned pages (`clean --format json`): each page's
/// articles, each with its headline lines, byline (roles and names), body
/// paragraphs, captions and page jumps.
///
/// It is read from the clean text: a news lead (本报讯) starts an article;
/// paragraphs without sentence punctuation are headlines, or captions when
/// they stand between two body paragraphs of one article; a headline run
/// between two articles goes to the one whose words it shares (OCR of these
/// pages often prints an article's headline after its body). The plain text
/// output keeps the input's order; only this view attaches headlines.
public struct PageStructure: Sendable, Codable, Hashable {
    /// The page number, when the input says it (`=== 第N版 ===`, file names, --pages).
    public var number: Int?
    public var articles: [Article]

    public init(number: Int?, articles: [Article]) {
        self.number = number
        self.articles = articles
    }
}

public struct Article: Sendable, Codable, Hashable {
    public var headlines: [String] = []
    public var byline: BylineInfo?
    public var body: [String] = []
    public var captions: [String] = []
    public var jumps: [Jump] = []
}

/// 本报讯（记者 林韬 通讯员 王凯）: the lead and each role with its names.
public struct BylineInfo: Sendable, Codable, Hashable {
    public struct Credit: Sendable, Codable, Hashable {
        public var role: String
        public var names: [String]
    }
    public var lead: String
    public var credits: [Credit]
}

/// A page-jump marker that was removed from the article.
public struct Jump: Sendable, Codable, Hashable {
    public var direction: JumpMarker.Direction
    public var page: Int
    /// Where the marker stood in the input (1-based line and column).
    public var line: Int
    public var column: Int
}

extension CleanResult {
    /// The structured view of this result, one entry per page of the output.
    public func structure(pageNumbers: [Int]? = nil) throws -> [PageStructure] {
        try StructureReader(result: self, pageNumbers: pageNumbers).read().map(\.structure)
    }
}
