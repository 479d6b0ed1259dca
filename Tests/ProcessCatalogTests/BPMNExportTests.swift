import Foundation
import Localization
import ProcessCatalog
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct BPMNExportTests {
    /// Charters every structural rule is checked on: the worked example, one without steps, one whose texts
    /// carry markup characters, and one whose last step is not performed in the first lane.
    enum Fixture: String, CaseIterable, Sendable {
        case roadsideAssistance, withoutSteps, markupInTexts, endingWithTowing

        var charter: ProcessCharter {
            switch self {
            case .roadsideAssistance: Charters.roadsideAssistance()
            case .withoutSteps: Charters.roadsideAssistance(steps: [])
            case .endingWithTowing: Charters.roadsideAssistance(steps: Array(Charters.steps.dropLast()))
            case .markupInTexts:
                Charters.roadsideAssistance(
                    steps: [
                        .init(
                            name: LocalizedText(fa: Charters.markup, en: Charters.markup),
                            performer: LocalizedText(fa: "واحد <ویژه> & \"امداد\"", en: "Unit <special> & 'help'"))
                    ] + Charters.steps)
            }
        }
    }

    // MARK: Well-formed, namespaced

    @Test(arguments: Fixture.allCases, Language.allCases)
    func isWellFormedNamespacedXML(fixture: Fixture, language: Language) throws {
        let text = BPMNExport.document(for: fixture.charter, in: language)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = true
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        _ = try ParsedBPMN(text)
    }

    @Test func rootIsBPMNDefinitionsDeclaringDIAndDC() throws {
        let text = BPMNExport.document(for: Charters.roadsideAssistance(), in: .en)
        let bpmn = try ParsedBPMN(text)
        let root = bpmn.root
        #expect(root.localName == "definitions")
        #expect(root.uri == BPMN.model)
        let declared = bpmn.declaredNamespaces
        #expect(declared[""] == BPMN.model)
        #expect(declared["bpmndi"] == BPMN.bpmndi)
        #expect(declared["dc"] == BPMN.dc)
        #expect(declared["di"] == BPMN.di)
        #expect(root.value("exporter") == "crmkit")
        #expect(!root.value("targetNamespace").isEmpty)
    }

    // MARK: The process

    @Test(arguments: Language.allCases)
    func hasOneTaskPerStepInOrder(language: Language) throws {
        let charter = Charters.roadsideAssistance()
        let bpmn = try ParsedBPMN(BPMNExport.document(for: charter, in: language))
        #expect(bpmn.elements("task").map { $0.value("name") } == charter.steps.map { $0.name.text(in: language) })
        let process = try #require(bpmn.elements("process").first)
        #expect(process.value("name") == charter.title.text(in: language))
        #expect(process.value("isExecutable") == "false")
        let goal = process.children(named: "documentation").first?.text
        #expect(goal == charter.goal.text(in: language))
        let participant = try #require(bpmn.elements("participant").first)
        #expect(bpmn.elements("participant").count == 1)
        #expect(participant.value("processRef") == process.value("id"))
    }

    @Test(arguments: Fixture.allCases, Language.allCases)
    func flowsRunFromStartThroughTheTasksInOrderToEnd(fixture: Fixture, language: Language) throws {
        let bpmn = try ParsedBPMN(BPMNExport.document(for: fixture.charter, in: language))
        let starts = bpmn.elements("startEvent")
        let ends = bpmn.elements("endEvent")
        try #require(starts.count == 1 && ends.count == 1)
        let chain = [starts[0].value("id")] + bpmn.elements("task").map { $0.value("id") } + [ends[0].value("id")]
        let flows = bpmn.elements("sequenceFlow")
        #expect(flows.map { [$0.value("sourceRef"), $0.value("targetRef")] } == zip(chain, chain.dropFirst()).map { [$0, $1] })
        // Each node lists the flows that enter and leave it.
        for node in bpmn.flowNodes {
            let id = node.value("id")
            #expect(
                node.children(named: "incoming").map(\.text)
                    == flows.filter { $0.value("targetRef") == id }.map { $0.value("id") })
            #expect(
                node.children(named: "outgoing").map(\.text)
                    == flows.filter { $0.value("sourceRef") == id }.map { $0.value("id") })
        }
    }

    @Test(arguments: Language.allCases)
    func hasOneLanePerPerformerHoldingItsTasks(language: Language) throws {
        let charter = Charters.roadsideAssistance()
        let bpmn = try ParsedBPMN(BPMNExport.document(for: charter, in: language))
        let performers = charter.steps.map { $0.performer.text(in: language) }
        var distinct: [String] = []
        for performer in performers where !distinct.contains(performer) { distinct.append(performer) }
        #expect(distinct.count == 4)
        let lanes = bpmn.elements("lane")
        #expect(lanes.map { $0.value("name") } == distinct)

        let laneOfNode = bpmn.laneOfNode
        let tasks = bpmn.elements("task")
        for (task, performer) in zip(tasks, performers) {
            #expect(laneOfNode[task.value("id")]?.value("name") == performer, "\(task.value("name"))")
        }
        let start = try #require(bpmn.elements("startEvent").first).value("id")
        let end = try #require(bpmn.elements("endEvent").first).value("id")
        #expect(laneOfNode[start]?.value("id") == lanes.first?.value("id"))
        #expect(laneOfNode[end]?.value("name") == performers.last)
        // Every flow node is in exactly one lane.
        let references = lanes.flatMap { $0.children(named: "flowNodeRef").map(\.text) }
        #expect(references.sorted() == bpmn.flowNodes.map { $0.value("id") }.sorted())
    }

    @Test(arguments: Fixture.allCases, Language.allCases)
    func startSharesTheFirstTasksLaneAndEndTheLastTasks(fixture: Fixture, language: Language) throws {
        let bpmn = try ParsedBPMN(BPMNExport.document(for: fixture.charter, in: language))
        let laneOfNode = bpmn.laneOfNode
        let lane = { (element: Element?) in laneOfNode[element?.value("id") ?? ""]?.value("id") }
        let tasks = bpmn.elements("task")
        #expect(lane(bpmn.elements("startEvent").first) == lane(tasks.first))
        #expect(lane(bpmn.elements("startEvent").first) == bpmn.elements("lane").first?.value("id"))
        #expect(lane(bpmn.elements("endEvent").first) == lane(tasks.last))
    }

    @Test func aStepsExpectedDurationIsDocumentedOnItsTask() throws {
        let english = try ParsedBPMN(BPMNExport.document(for: Charters.roadsideAssistance(), in: .en))
        let notes = english.elements("task").map { $0.children(named: "documentation").first?.text }
        #expect(notes.first == "Expected duration: 5 minutes")
        #expect(notes[1] == "Expected duration: 5–10 minutes")
        #expect(notes[5] == "Expected duration: 30–90 minutes")

        let persian = try ParsedBPMN(BPMNExport.document(for: Charters.roadsideAssistance(), in: .fa))
        let firstNote = try #require(persian.elements("task").first?.children(named: "documentation").first)
        #expect(firstNote.text == "مدت مورد انتظار: ۵ دقیقه")

        var withoutDuration = Charters.roadsideAssistance()
        withoutDuration.steps[0].expectedDuration = nil
        let bare = try ParsedBPMN(BPMNExport.document(for: withoutDuration, in: .en))
        #expect(bare.elements("task").first?.children(named: "documentation").isEmpty == true)
    }

    // MARK: Diagram interchange

    @Test(arguments: Fixture.allCases, Language.allCases)
    func everyNodeIsDrawnInsideItsLaneAndEveryLaneInsideThePool(fixture: Fixture, language: Language) throws {
        let bpmn = try ParsedBPMN(BPMNExport.document(for: fixture.charter, in: language))
        let plane = try #require(bpmn.elements("BPMNPlane", in: BPMN.bpmndi).first)
        #expect(plane.value("bpmnElement") == bpmn.elements("collaboration").first?.value("id"))
        let bounds = try bpmn.shapeBounds()
        let participant = try #require(bpmn.elements("participant").first).value("id")
        let pool = try #require(bounds[participant])
        for lane in bpmn.elements("lane") {
            let laneBounds = try #require(bounds[lane.value("id")], "lane \(lane.value("id")) has no shape")
            #expect(pool.contains(laneBounds))
        }
        let laneOfNode = bpmn.laneOfNode
        for node in bpmn.flowNodes {
            let id = node.value("id")
            let shape = try #require(bounds[id], "\(id) has no shape")
            let expected = node.localName == "task" ? (100.0, 80.0) : (36.0, 36.0)
            #expect(shape.width == expected.0 && shape.height == expected.1, "\(id)")
            let lane = try #require(laneOfNode[id].flatMap { bounds[$0.value("id")] })
            #expect(lane.contains(shape), "\(id) lies outside its lane")
            // Vertically centred in its lane.
            #expect(abs(shape.midY - lane.midY) < 1, "\(id)")
        }
        // Left to right, in flow order.
        let xs = try bpmn.flowNodes.map { try #require(bounds[$0.value("id")]).x }
        let orderedXs = try (bpmn.elements("startEvent") + bpmn.elements("task") + bpmn.elements("endEvent"))
            .map { try #require(bounds[$0.value("id")]).x }
        #expect(orderedXs == xs.sorted())
        // Pool and lanes are horizontal.
        let horizontal = Set([participant] + bpmn.elements("lane").map { $0.value("id") })
        for shape in bpmn.elements("BPMNShape", in: BPMN.bpmndi) where horizontal.contains(shape.value("bpmnElement")) {
            #expect(shape.value("isHorizontal") == "true", "\(shape.value("bpmnElement"))")
        }
    }

    @Test(arguments: Fixture.allCases, Language.allCases)
    func everyFlowIsDrawnFromItsSourceToItsTargetAlongTheAxes(fixture: Fixture, language: Language) throws {
        let bpmn = try ParsedBPMN(BPMNExport.document(for: fixture.charter, in: language))
        let bounds = try bpmn.shapeBounds()
        let edges = Dictionary(
            bpmn.elements("BPMNEdge", in: BPMN.bpmndi).map { ($0.value("bpmnElement"), $0) },
            uniquingKeysWith: { first, _ in first })
        for flow in bpmn.elements("sequenceFlow") {
            let id = flow.value("id")
            let edge = try #require(edges[id], "\(id) has no edge")
            let points = try edge.children(named: "waypoint", in: BPMN.di).map { point in
                (x: try #require(Double(point.value("x"))), y: try #require(Double(point.value("y"))))
            }
            try #require(points.count >= 2, "\(id)")
            let source = try #require(bounds[flow.value("sourceRef")])
            let target = try #require(bounds[flow.value("targetRef")])
            #expect(source.touches(points[0]), "\(id) starts away from its source")
            #expect(target.touches(points[points.count - 1]), "\(id) ends away from its target")
            for (a, b) in zip(points, points.dropFirst()) {
                #expect(a.x == b.x || a.y == b.y, "\(id) has a diagonal segment")
            }
        }
    }

    @Test(arguments: Fixture.allCases, Language.allCases)
    func idsAreUniqueNCNamesAndEveryReferenceResolves(fixture: Fixture, language: Language) throws {
        let bpmn = try ParsedBPMN(BPMNExport.document(for: fixture.charter, in: language))
        let ids = bpmn.allElements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.wholeMatch(of: /[A-Za-z_][A-Za-z0-9._\-]*/) != nil, "\(id) is not an NCName")
        }
        let references =
            bpmn.allElements.compactMap { element in
                ["processRef", "sourceRef", "targetRef", "bpmnElement"].compactMap {
                    element.attributes[$0]
                }
            }.flatMap { $0 }
            + (bpmn.elements("flowNodeRef") + bpmn.elements("incoming") + bpmn.elements("outgoing")).map(\.text)
        for reference in references {
            #expect(ids.contains(reference), "\(reference) refers to nothing")
        }
    }

    // MARK: Languages and text

    @Test func persianDocumentCarriesThePersianNames() throws {
        let charter = Charters.roadsideAssistance()
        let text = BPMNExport.document(for: charter, in: .fa)
        #expect(text.contains("فرآیند امداد خودرو"))
        #expect(text.contains("پذیرش تماس و احراز اشتراک و خودرو"))
        #expect(text.contains("کارشناس مرکز تماس"))
        #expect(!text.contains("Roadside assistance"))
        #expect(!text.contains("Call center agent"))
        let bpmn = try ParsedBPMN(text)
        #expect(bpmn.elements("task").map { $0.value("name") } == charter.steps.map { $0.name.fa ?? "" })
        #expect(bpmn.elements("lane").map { $0.value("name") }.contains("راننده یدک‌کش"))
    }

    @Test(arguments: Language.allCases)
    func markupInNamesIsEscapedAndReadBackUnchanged(language: Language) throws {
        let text = BPMNExport.document(for: Fixture.markupInTexts.charter, in: language)
        #expect(!text.contains(Charters.markup))
        let bpmn = try ParsedBPMN(text)
        #expect(bpmn.elements("task").first?.value("name") == Charters.markup)
        let performer = language == .fa ? "واحد <ویژه> & \"امداد\"" : "Unit <special> & 'help'"
        #expect(bpmn.elements("lane").first?.value("name") == performer)
    }

    @Test func charactersXMLCannotCarryAreDroppedAndLineBreaksKept() throws {
        var charter = Charters.roadsideAssistance()
        charter.steps[0].name = LocalizedText(en: "Answer\u{0} the\u{1B} call\u{FFFF}\nthen\tverify")
        charter.goal = LocalizedText(en: "Safety\u{8}\r\nand comfort")
        let bpmn = try ParsedBPMN(BPMNExport.document(for: charter, in: .en))
        #expect(bpmn.elements("task").first?.value("name") == "Answer the call\nthen\tverify")
        let goal = bpmn.elements("process").first?.children(named: "documentation").first?.text
        #expect(goal == "Safety\r\nand comfort")
    }

    @Test(arguments: Language.allCases)
    func charterWithoutStepsIsOneTaskByTheOwner(language: Language) throws {
        let charter = Charters.roadsideAssistance(steps: [])
        let bpmn = try ParsedBPMN(BPMNExport.document(for: charter, in: language))
        let tasks = bpmn.elements("task")
        try #require(tasks.count == 1)
        #expect(tasks[0].value("name") == charter.title.text(in: language))
        let lanes = bpmn.elements("lane")
        #expect(lanes.map { $0.value("name") } == [charter.owner.text(in: language)])
        #expect(lanes.first?.children(named: "flowNodeRef").count == 3)
        #expect(bpmn.elements("sequenceFlow").count == 2)
    }

    @Test func oddCharterIdsStillGiveNCNames() throws {
        var charter = Charters.roadsideAssistance()
        charter.id = CharterID("امداد خودرو:۲")
        let bpmn = try ParsedBPMN(BPMNExport.document(for: charter, in: .en))
        let process = try #require(bpmn.elements("process").first).value("id")
        #expect(process.wholeMatch(of: /Process_[A-Za-z0-9._\-]+/) != nil)
    }
}

// MARK: - Fixtures

/// The roadside-assistance charter of the example workspace (`docs/example-workspace/charters/`), in code.
private enum Charters {
    static let markup = "Check <subscription> & \"car\" 'now'"

    static let steps: [ProcessCharter.Step] = {
        let agent = LocalizedText(fa: "کارشناس مرکز تماس", en: "Call center agent")
        let dispatcher = LocalizedText(fa: "کارشناس اعزام", en: "Dispatcher")
        let technician = LocalizedText(fa: "امدادگر سیار", en: "Roadside technician")
        let driver = LocalizedText(fa: "راننده یدک‌کش", en: "Tow-truck driver")
        func step(_ fa: String, _ en: String, _ performer: LocalizedText, _ duration: String) -> ProcessCharter.Step {
            .init(name: LocalizedText(fa: fa, en: en), performer: performer, expectedDuration: DurationRange(parsing: duration))
        }
        return [
            step(
                "پذیرش تماس و احراز اشتراک و خودرو", "Answer the call and verify the subscription and the car", agent,
                "5m"),
            step(
                "عیب‌یابی تلفنی و تعیین نوع خدمت و اولویت",
                "Troubleshoot by phone and set the type of service and priority", agent, "5m-10m"),
            step(
                "انتخاب نزدیک‌ترین امدادگر از روی AVL و اعزام", "Pick the nearest technician on AVL and dispatch", dispatcher, "5m"
            ),
            step(
                "حرکت امدادگر و پیامک زمان تقریبی رسیدن به مشترک",
                "Technician travels; the subscriber gets an SMS with the arrival time", technician, "20m-1h"),
            step("عیب‌یابی و تعمیر در محل", "Diagnose and repair on the spot", technician, "15m-1h"),
            step(
                "در صورت نیاز، یدک‌کشی خودرو به نزدیک‌ترین تعمیرگاه مجاز",
                "If needed, tow the car to the nearest authorized repair shop", driver, "30m-1h30m"),
            step("بستن پرونده، صدور صورت‌حساب و نظرسنجی", "Close the case, invoice and survey", agent, "10m"),
        ]
    }()

    static func roadsideAssistance(steps: [ProcessCharter.Step] = steps) -> ProcessCharter {
        ProcessCharter(
            id: CharterID("roadside-assistance"), apqcProcess: "6.3.4",
            title: LocalizedText(fa: "فرآیند امداد خودرو", en: "Roadside assistance"),
            goal: LocalizedText(
                fa: "ارائه خدمات در بیرون از تعمیرگاه به دارندگان خودروهای دچار نقص فنی",
                en: "Serve owners of broken-down cars outside the repair shop"),
            performanceIndicators: [LocalizedText(fa: "زمان ارائه خدمت", en: "Time to deliver service")],
            owner: LocalizedText(fa: "مدیر مرکز تماس", en: "Call center manager"),
            executors: [LocalizedText(fa: "کارکنان مرکز تماس", en: "Call center staff")],
            scope: LocalizedText(fa: "دارندگان خودروهای سپهر خودرو", en: "Owners of Sepehr Khodro cars"),
            rulesAndRegulations: [], informationSystems: [LocalizedText(fa: "سامانه اعزام", en: "Dispatch system")],
            distribution: [], recordKeeping: LocalizedText(fa: "پرونده امداد CRM", en: "The CRM assistance case"),
            approximateDuration: DurationRange(minimumMinutes: 60, maximumMinutes: 180), steps: steps)
    }
}

// MARK: - Reading the document back

private enum BPMN {
    static let model = "http://www.omg.org/spec/BPMN/20100524/MODEL"
    static let bpmndi = "http://www.omg.org/spec/BPMN/20100524/DI"
    static let dc = "http://www.omg.org/spec/DD/20100524/DC"
    static let di = "http://www.omg.org/spec/DD/20100524/DI"
}

/// An exported document parsed with Foundation's `XMLDocument` and copied at once into plain values.
///
/// The copy is on purpose: swift-corelibs-foundation's `XMLNode` wrappers do not keep their document alive
/// and crash when read after it is gone, and its `attribute(forName:)` finds no unprefixed attribute on an
/// element in a default namespace, which is every element here.
private struct ParsedBPMN {
    /// The root's namespace declarations, prefix (`""` for the default namespace) to URI.
    let declaredNamespaces: [String: String]
    let root: Element
    /// Every element, in document order.
    let allElements: [Element]

    init(_ text: String) throws {
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let root = try #require(document.rootElement())
        declaredNamespaces = Dictionary(
            (root.namespaces ?? []).map { ($0.name ?? "", $0.stringValue ?? "") }, uniquingKeysWith: { first, _ in first })
        self.root = Element(root)
        var found: [Element] = []
        func walk(_ element: Element) {
            found.append(element)
            element.children.forEach(walk)
        }
        walk(self.root)
        allElements = found
    }

    /// Every element named `localName` in namespace `uri`, in document order.
    func elements(_ localName: String, in uri: String = BPMN.model) -> [Element] {
        allElements.filter { $0.localName == localName && $0.uri == uri }
    }

    var flowNodes: [Element] {
        allElements.filter { $0.uri == BPMN.model && ["startEvent", "task", "endEvent"].contains($0.localName) }
    }

    /// Each flow node's id to the lane that lists it.
    var laneOfNode: [String: Element] {
        var result: [String: Element] = [:]
        for lane in elements("lane") {
            for reference in lane.children(named: "flowNodeRef") { result[reference.text] = lane }
        }
        return result
    }

    /// Each drawn element's id to its shape's bounds.
    func shapeBounds() throws -> [String: Rectangle] {
        var result: [String: Rectangle] = [:]
        for shape in elements("BPMNShape", in: BPMN.bpmndi) {
            let bounds = try #require(shape.children(named: "Bounds", in: BPMN.dc).first, "\(shape.value("id"))")
            let number = { (name: String) in try #require(Double(bounds.value(name)), "\(shape.value("id")).\(name)") }
            result[shape.value("bpmnElement")] = Rectangle(
                x: try number("x"), y: try number("y"), width: try number("width"), height: try number("height"))
        }
        return result
    }
}

/// One element of a parsed document: its name, its unprefixed attributes, its child elements and its text.
private struct Element {
    var localName: String
    var uri: String?
    var attributes: [String: String]
    var children: [Element]
    var text: String

    init(_ element: XMLElement) {
        localName = element.localName ?? ""
        uri = element.uri
        var attributes: [String: String] = [:]
        for attribute in element.attributes ?? [] {
            guard let name = attribute.name, !name.contains(":") else { continue }
            attributes[name] = attribute.stringValue ?? ""
        }
        self.attributes = attributes
        children = (element.children ?? []).compactMap { $0 as? XMLElement }.map(Element.init)
        text = element.stringValue ?? ""
    }

    /// The value of attribute `name`, or `""` when it is missing.
    func value(_ name: String) -> String { attributes[name] ?? "" }

    func children(named localName: String, in uri: String = BPMN.model) -> [Element] {
        children.filter { $0.localName == localName && $0.uri == uri }
    }
}

private struct Rectangle {
    var x, y, width, height: Double
    var maxX: Double { x + width }
    var maxY: Double { y + height }
    var midY: Double { y + height / 2 }

    func contains(_ other: Rectangle) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    /// `true` when `point` lies on this rectangle's edge or inside it.
    func touches(_ point: (x: Double, y: Double)) -> Bool {
        (x...maxX).contains(point.x) && (y...maxY).contains(point.y)
    }
}
