/// A byline in brackets — （记者 林韬 通讯员 王凯） — read as roles and names,
/// so that the spaces between them can be told from the spaces OCR put inside
/// them (（记 者  林 韬  通 讯 员 黄朝文）).
struct Byline {
    /// The bracket's inside, in document offsets.
    let inside: Range<Int>
    /// Offsets (counted in non-space characters from the start of `inside`)
    /// where a role or a name ends and the next begins: a space stays there.
    /// (A handful, in order: a byline is read in every lead, and a set,
    /// hashed at each insertion, and arrays grown from nothing cost half
    /// the reading.)
    let boundaries: [Int]

    /// The roles a byline names, longest first so that 见习记者 wins over 记者.
    static let roles: [[Unicode.Scalar]] = [
        "见习记者", "特约记者", "首席记者", "通讯员", "实习生", "记者", "摄影", "编辑", "通讯", "摄",
    ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    /// The letters a role starts with: at any other letter no role is
    /// tried. (A role was tried at every letter of a lead's bracket, ten
    /// comparisons a letter: some 6,000 instructions a byline.)
    static let initials = ScalarSet(roles.map { $0[0] })

    /// The byline whose opening bracket is at `open` in `scalars` (line `line`),
    /// if the bracket holds roles and names.
    static func read(at open: Int, in scalars: [Unicode.Scalar], line: Range<Int>,
                     classifier: CharacterClassifier) -> Byline? {
        // A byline cut by the end of its printed line (本报讯（记者 郑斌 通讯 /
        // 郑斌摄 / 员 张志新）…) is read up to there: the spaces rule sees
        // printed lines before the paragraphs they make.
        // (The reach is 59 letters, spaces aside: the spaces this rule
        // removes must not bring the line's end into reach for a second
        // cleaning, a fuzz find.)
        var end = open + 1, reached = 0
        while end < line.upperBound, reached < 59 {
            if !classifier.is(scalars[end], .space) { reached += 1 }
            end += 1
        }
        guard let close = (open + 1..<end).first(where: { scalars[$0] == "）" || scalars[$0] == ")" })
                ?? (end == line.upperBound ? line.upperBound : nil) else { return nil }
        let inside = (open + 1)..<close
        // The text without spaces, and for each space run the offset it stands at.
        var letters: [Unicode.Scalar] = [], runs: [(at: Int, length: Int)] = []
        letters.reserveCapacity(inside.count)
        runs.reserveCapacity(inside.count / 2)
        var index = inside.lowerBound
        while index < inside.upperBound {
            if classifier.is(scalars[index], .space) {
                var end = index
                while end < inside.upperBound, classifier.is(scalars[end], .space) { end += 1 }
                runs.append((letters.count, end - index))
                index = end
            } else {
                letters.append(scalars[index])
                index += 1
            }
        }
        guard let roles = Self.roles(in: letters), !roles.isEmpty, roles[0].lowerBound == 0 else { return nil }
        var boundaries: [Int] = []
        // Each role, then the names up to the next role. (Each boundary
        // is past the ones before it: they come in order, each once.)
        for (number, role) in roles.enumerated() {
            let namesEnd = number + 1 < roles.count ? roles[number + 1].lowerBound : letters.count
            if role.lowerBound > 0, boundaries.last != role.lowerBound { boundaries.append(role.lowerBound) }
            if role.upperBound < namesEnd { boundaries.append(role.upperBound) }
            let spaces = runs.filter { $0.at > role.upperBound && $0.at < namesEnd }
            boundaries += nameBoundaries(from: role.upperBound, to: namesEnd, spaces: spaces)
        }
        return Byline(inside: inside, boundaries: boundaries)
    }

    /// Where the roles stand in the space-free text; nil if something between
    /// them is too long to be names (then it is not a byline).
    static func roles(in letters: [Unicode.Scalar]) -> [Range<Int>]? {
        var found: [Range<Int>] = []
        var index = 0
        var sinceRole = 0
        while index < letters.count {
            if initials.contains(letters[index]), let role = roles.first(where: { letters[index...].starts(with: $0) }),
               found.isEmpty || sinceRole > 0 || index == found.last!.upperBound {
                found.append(index..<index + role.count)
                index += role.count
                sinceRole = 0
            } else {
                index += 1
                sinceRole += 1
                if sinceRole > 16 { return nil }
            }
        }
        return found
    }

    /// Splits the names between two roles where OCR's spaces say a name ends.
    /// Where double spaces exist, only they separate names (the single ones
    /// are OCR's letter-spacing); a piece of one character is part of a name.
    /// (In order: the spaces come in order of the text.)
    static func nameBoundaries(from start: Int, to end: Int, spaces: [(at: Int, length: Int)]) -> [Int] {
        let doubles = spaces.contains { $0.length >= 2 }
        var boundaries: [Int] = []
        var pieceStart = start
        for space in spaces where !doubles || space.length >= 2 {
            // A name is at least two characters: shorter pieces join the next.
            if space.at - pieceStart >= 2 && end - space.at >= 2 && space.at < end {
                boundaries.append(space.at)
                pieceStart = space.at
            }
        }
        return boundaries
    }
}
