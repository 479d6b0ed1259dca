import Foundation
import Localization

/// The BPMN 2.0 export of a process charter, so that a team can open the charter's steps as a diagram in a
/// BPMN modeler (bpmn.io, Camunda Modeler, Signavio, Bizagi) and carry on modeling there.
///
/// The document has one pool for the process and one lane per performer, a start event, one task per step
/// in order, an end event and the sequence flows between them, plus the diagram interchange (shapes and
/// edges) that modelers need to draw it without an auto-layout step.
public enum BPMNExport {
    /// The BPMN 2.0 XML of `charter`, with its names and documentation in `language`.
    ///
    /// A charter without steps becomes start → one task named after the charter → end, performed by the owner.
    public static func document(for charter: ProcessCharter, in language: Language) -> String {
        let model = ProcessModel(charter: charter, language: language)
        let layout = DiagramLayout(model: model)
        var xml = XMLWriter()
        xml.open(
            "definitions",
            [
                ("xmlns", "http://www.omg.org/spec/BPMN/20100524/MODEL"),
                ("xmlns:bpmndi", "http://www.omg.org/spec/BPMN/20100524/DI"),
                ("xmlns:dc", "http://www.omg.org/spec/DD/20100524/DC"),
                ("xmlns:di", "http://www.omg.org/spec/DD/20100524/DI"),
                ("id", model.ids.definitions),
                ("targetNamespace", model.ids.targetNamespace),
                ("exporter", "crmkit"),
            ])
        writeCollaboration(model, to: &xml)
        writeProcess(model, to: &xml)
        writeDiagram(model, layout, to: &xml)
        xml.close()
        return xml.text
    }

    private static func writeCollaboration(_ model: ProcessModel, to xml: inout XMLWriter) {
        xml.open("collaboration", [("id", model.ids.collaboration)])
        xml.empty(
            "participant", [("id", model.ids.participant), ("name", model.title), ("processRef", model.ids.process)])
        xml.close()
    }

    private static func writeProcess(_ model: ProcessModel, to xml: inout XMLWriter) {
        xml.open("process", [("id", model.ids.process), ("name", model.title), ("isExecutable", "false")])
        if let goal = model.goal {
            xml.element("documentation", text: goal)
        }
        xml.open("laneSet", [("id", model.ids.laneSet)])
        for (index, lane) in model.lanes.enumerated() {
            xml.open("lane", [("id", lane.id), ("name", lane.name)])
            for node in model.nodes where node.lane == index {
                xml.element("flowNodeRef", text: node.id)
            }
            xml.close()
        }
        xml.close()
        for (index, node) in model.nodes.enumerated() {
            xml.open(node.kind.elementName, [("id", node.id), ("name", node.name)])
            if let documentation = node.documentation {
                xml.element("documentation", text: documentation)
            }
            if index > 0 {
                xml.element("incoming", text: model.flows[index - 1].id)
            }
            if index < model.flows.count {
                xml.element("outgoing", text: model.flows[index].id)
            }
            xml.close()
        }
        for flow in model.flows {
            xml.empty(
                "sequenceFlow",
                [("id", flow.id), ("sourceRef", model.nodes[flow.source].id), ("targetRef", model.nodes[flow.target].id)])
        }
        xml.close()
    }

    private static func writeDiagram(_ model: ProcessModel, _ layout: DiagramLayout, to xml: inout XMLWriter) {
        xml.open("bpmndi:BPMNDiagram", [("id", model.ids.diagram)])
        xml.open("bpmndi:BPMNPlane", [("id", model.ids.plane), ("bpmnElement", model.ids.collaboration)])
        writeShape(of: model.ids.participant, bounds: layout.pool, isHorizontal: true, to: &xml)
        for (index, lane) in model.lanes.enumerated() {
            writeShape(of: lane.id, bounds: layout.lane(index), isHorizontal: true, to: &xml)
        }
        for (index, node) in model.nodes.enumerated() {
            writeShape(of: node.id, bounds: layout.node(index), isHorizontal: false, to: &xml)
        }
        for (index, flow) in model.flows.enumerated() {
            xml.open("bpmndi:BPMNEdge", [("id", flow.id + "_di"), ("bpmnElement", flow.id)])
            for point in layout.waypoints(ofFlow: index) {
                xml.empty("di:waypoint", [("x", String(point.x)), ("y", String(point.y))])
            }
            xml.close()
        }
        xml.close()
        xml.close()
    }

    private static func writeShape(of element: String, bounds: Bounds, isHorizontal: Bool, to xml: inout XMLWriter) {
        var attributes = [("id", element + "_di"), ("bpmnElement", element)]
        if isHorizontal {
            attributes.append(("isHorizontal", "true"))
        }
        xml.open("bpmndi:BPMNShape", attributes)
        xml.empty(
            "dc:Bounds",
            [
                ("x", String(bounds.x)), ("y", String(bounds.y)),
                ("width", String(bounds.width)), ("height", String(bounds.height)),
            ])
        xml.close()
    }
}

/// The semantic part of the export: lanes, flow nodes in flow order and the sequence flows between
/// neighbours. The XML and the diagram layout are both written from it, so they cannot disagree.
private struct ProcessModel {
    struct IDs {
        var definitions, targetNamespace, collaboration, participant, process, laneSet, diagram, plane: String
    }

    struct Lane {
        var id: String
        var name: String
    }

    enum Kind {
        case startEvent, task, endEvent

        var elementName: String {
            switch self {
            case .startEvent: "startEvent"
            case .task: "task"
            case .endEvent: "endEvent"
            }
        }
    }

    struct Node {
        var id: String
        var kind: Kind
        var name: String
        var documentation: String?
        /// Index into `lanes`.
        var lane: Int
    }

    struct Flow {
        var id: String
        /// Indices into `nodes`.
        var source, target: Int
    }

    var ids: IDs
    var title: String
    var goal: String?
    var lanes: [Lane] = []
    var nodes: [Node] = []
    var flows: [Flow] = []

    init(charter: ProcessCharter, language: Language) {
        let key = Self.ncNamePart(charter.id.rawValue)
        ids = IDs(
            definitions: "Definitions_\(key)", targetNamespace: "urn:crmkit:process-charter:\(key)",
            collaboration: "Collaboration_\(key)", participant: "Participant_\(key)", process: "Process_\(key)",
            laneSet: "LaneSet_1", diagram: "BPMNDiagram_1", plane: "BPMNPlane_1")
        title = charter.title.text(in: language)
        let goal = charter.goal.text(in: language)
        self.goal = goal.isEmpty ? nil : goal

        let steps =
            charter.steps.isEmpty
            ? [ProcessCharter.Step(name: charter.title, performer: charter.owner)] : charter.steps
        // Lanes are keyed by the performer's name as the reader sees it: two spellings that show the same
        // name in this language are one role, and two roles must never show as two lanes of the same name.
        var laneByPerformer: [String: Int] = [:]
        let stepLanes = steps.map { step in
            let performer = step.performer.text(in: language)
            if let lane = laneByPerformer[performer] { return lane }
            lanes.append(Lane(id: "Lane_\(lanes.count + 1)", name: performer))
            laneByPerformer[performer] = lanes.count - 1
            return lanes.count - 1
        }

        let words =
            language == .fa
            ? (start: "آغاز", end: "پایان", duration: "مدت مورد انتظار")
            : (start: "Start", end: "End", duration: "Expected duration")
        nodes.append(Node(id: "StartEvent_1", kind: .startEvent, name: words.start, lane: stepLanes[0]))
        for (index, step) in steps.enumerated() {
            // The canonical form (`1h-3h`) in both languages: it is what the charter file says, so a reader
            // finds the same value in the diagram and in the workspace.
            let duration = step.expectedDuration.map { "\(words.duration): \($0.text(in: language))" }
            nodes.append(
                Node(
                    id: "Task_\(index + 1)", kind: .task, name: step.name.text(in: language), documentation: duration,
                    lane: stepLanes[index]))
        }
        nodes.append(Node(id: "EndEvent_1", kind: .endEvent, name: words.end, lane: stepLanes[stepLanes.count - 1]))
        flows = (1..<nodes.count).map { Flow(id: "Flow_\($0)", source: $0 - 1, target: $0) }
    }

    /// `text` usable inside an XML NCName after a prefix: ASCII letters, digits, `-`, `.` and `_` are kept,
    /// anything else becomes `_`. Workspace ids are already of that shape; this guards charters built in code.
    static func ncNamePart(_ text: String) -> String {
        let part = String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    switch scalar {
                    case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_": scalar
                    default: "_"
                    }
                }))
        return part.isEmpty ? "charter" : part
    }
}

/// A rectangle of the diagram, in pixels, origin top left.
private struct Bounds {
    var x, y, width, height: Int
}

/// Where the pool, the lanes and the flow nodes are drawn: flow nodes one column each from left to right,
/// each centred vertically in its performer's lane, lanes stacked under each other inside the pool.
private struct DiagramLayout {
    static let origin = (x: 160, y: 80)
    /// The band on the pool's left that carries its name.
    static let poolHeaderWidth = 30
    static let laneHeight = 120
    static let columnWidth = 150
    /// From a lane's edge to the centre of the first or last flow node.
    static let margin = 80
    static let eventSize = (width: 36, height: 36)
    static let taskSize = (width: 100, height: 80)

    private let model: ProcessModel

    init(model: ProcessModel) {
        self.model = model
    }

    private var laneX: Int { Self.origin.x + Self.poolHeaderWidth }
    private var laneWidth: Int { 2 * Self.margin + (model.nodes.count - 1) * Self.columnWidth }

    var pool: Bounds {
        Bounds(
            x: Self.origin.x, y: Self.origin.y, width: Self.poolHeaderWidth + laneWidth,
            height: model.lanes.count * Self.laneHeight)
    }

    func lane(_ index: Int) -> Bounds {
        Bounds(x: laneX, y: Self.origin.y + index * Self.laneHeight, width: laneWidth, height: Self.laneHeight)
    }

    func node(_ index: Int) -> Bounds {
        let node = model.nodes[index]
        let size = node.kind == .task ? Self.taskSize : Self.eventSize
        let centreX = laneX + Self.margin + index * Self.columnWidth
        let centreY = lane(node.lane).y + Self.laneHeight / 2
        return Bounds(x: centreX - size.width / 2, y: centreY - size.height / 2, width: size.width, height: size.height)
    }

    /// From the middle of the source's right side to the middle of the target's left side; a flow that
    /// changes lane turns twice, half way between the two nodes, so it runs along the lanes and across them.
    func waypoints(ofFlow index: Int) -> [(x: Int, y: Int)] {
        let flow = model.flows[index]
        let source = node(flow.source)
        let target = node(flow.target)
        let start = (x: source.x + source.width, y: source.y + source.height / 2)
        let end = (x: target.x, y: target.y + target.height / 2)
        guard start.y != end.y else { return [start, end] }
        let middleX = (start.x + end.x) / 2
        return [start, (x: middleX, y: start.y), (x: middleX, y: end.y), end]
    }
}

/// A minimal writer of indented XML text. Every attribute value and every text goes through `escaped(_:)`,
/// so no caller can produce markup from data.
private struct XMLWriter {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var openElements: [String] = []

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "\(indentation)<\(name)\(Self.attributeText(attributes))>\n"
        openElements.append(name)
    }

    mutating func close() {
        guard let name = openElements.popLast() else { return }
        text += "\(indentation)</\(name)>\n"
    }

    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "\(indentation)<\(name)\(Self.attributeText(attributes)) />\n"
    }

    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        text += "\(indentation)<\(name)\(Self.attributeText(attributes))>\(Self.escaped(content))</\(name)>\n"
    }

    private var indentation: String { String(repeating: "  ", count: openElements.count) }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escaped($0.1))\"" }.joined()
    }

    /// `text` safe in an attribute value (either quote) or in element content: the five markup characters as
    /// entities; tab, line feed and carriage return as character references, because a parser turns them into
    /// spaces in attribute values (and CR LF into LF in content); and without the characters XML 1.0 does not
    /// allow at all (other C0 controls, U+FFFE, U+FFFF), which no reference can carry either.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                switch scalar.value {
                case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: result.unicodeScalars.append(scalar)
                default: break
                }
            }
        }
        return result
    }
}
