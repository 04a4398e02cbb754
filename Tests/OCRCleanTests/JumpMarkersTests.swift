import OCRClean
import Testing

@Suite struct JumpMarkersTests {
    let markers = try! Cleaner.only("jump-markers")

    @Test(arguments: [
        ("三是拓展招引渠道，（下转7版）", "continues on page 7"),
        ("工作汇报时(下转2版)", "continues on page 2"),
        ("工作汇报时（下转第7版）", "continues on page 7"),
        ("工作汇报时（转2版）", "continues on page 2"),
        ("（上接1版）创新、大谋发展", "continued from page 1"),
        ("（上接第一版）创新", "continued from page 1"),
        ("（上接第十二版）创新", "continued from page 12"),
        ("在与企 业（下 转 7 版）", "continues on page 7"),
        ("在与企业（下转\n\n7版）", "continues on page 7"),
        ("在与企业（下转７版）", "continues on page 7"),
        ("在与企业（下转7页）", "continues on page 7"),
    ])
    func everyFormIsRemovedAndRecorded(raw: String, note: String) throws {
        let result = try markers.clean(raw)
        #expect(!result.text.contains("转") && !result.text.contains("接"))
        #expect(result.edits.count == 1)
        #expect(result.edits.first?.note == "jump marker: \(note)")
    }

    // (A run of digits too long for a page number is none, however long: a
    // fuzz find overflowed reading one.)
    @Test(arguments: ["首版次软件", "转让2版权", "承接1个项目", "下转弯", "接2版", "（下转1234版）",
                      "（下转99999999999999999999999999版）", "（上接一二三四五六七八九一二三四五六七八九一二版）"])
    func notMarkers(text: String) throws {
        #expect(try markers.clean(text).edits.isEmpty)
    }

    @Test(arguments: Seeds.names)
    func everyMarkerInTheSeedsIsRemoved(seed: String) throws {
        let output = try Cleaner().clean(try Seeds.text(seed)).text
        #expect(!output.contains("下转") && !output.contains("上接"))
    }

    @Test func markersAreData() throws {
        let scalars = Array("活产业“一池春水”。（下转7版）".unicodeScalars)
        let found = JumpMarker.find(in: scalars[...], classifier: CharacterClassifier())
        #expect(found.count == 1)
        #expect(found[0].direction == .continuesOn)
        #expect(found[0].page == 7)
        #expect(found[0].range == 10..<16)
    }
}
