import PropertyBased
import Testing

@testable import SelectionWorkshop

@Suite struct DependencyCycleTests {
    /// Tasks in the order given, each with the ids it depends on.
    static func tasks(_ edges: [(String, [PlanTask.ID])]) -> [PlanTask] {
        edges.enumerated().map { index, edge in SampleWorkspace.task(edge.0, at: index, dependsOn: edge.1) }
    }

    @Test func noCycleInADiamond() {
        let plan = Self.tasks([("a", ["b", "c"]), ("b", ["d"]), ("c", ["d"]), ("d", [])])
        #expect(WorkspaceValidator.dependencyCycle(plan) == nil)
    }

    @Test func noCycleWithoutTasksOrDependencies() {
        #expect(WorkspaceValidator.dependencyCycle([]) == nil)
        #expect(WorkspaceValidator.dependencyCycle(Self.tasks([("a", []), ("b", [])])) == nil)
    }

    @Test func findsTwoTasksWaitingForEachOther() throws {
        let cycle = try #require(WorkspaceValidator.dependencyCycle(Self.tasks([("a", ["b"]), ("b", ["a"])])))
        #expect(cycle.path == ["a", "b", "a"])
        // The link that closes the circle is b's.
        #expect(cycle.origin.description == "plan.yaml:tasks[1]")
    }

    @Test func findsAThreeTaskCircleReachedFromOutsideIt() throws {
        let plan = Self.tasks([("start", ["a"]), ("a", ["b"]), ("b", ["c"]), ("c", ["a"]), ("end", ["start"])])
        let cycle = try #require(WorkspaceValidator.dependencyCycle(plan))
        #expect(cycle.path == ["a", "b", "c", "a"])
        #expect(cycle.origin.description == "plan.yaml:tasks[3]")
    }

    @Test func findsATaskDependingOnItself() throws {
        let cycle = try #require(WorkspaceValidator.dependencyCycle(Self.tasks([("a", []), ("b", ["a", "b"])])))
        #expect(cycle.path == ["b", "b"])
        #expect(cycle.origin.description == "plan.yaml:tasks[1]")
    }

    @Test func ignoresDependenciesOnUnknownTasks() {
        let plan = Self.tasks([("a", ["ghost"]), ("b", ["a", "phantom"]), ("c", ["b", "ghost"])])
        #expect(WorkspaceValidator.dependencyCycle(plan) == nil)
    }

    @Test func aLongChainDoesNotExhaustTheStack() throws {
        let count = 10_000
        let chain = Self.tasks((0..<count).map { ("t\($0)", $0 + 1 < count ? [PlanTask.ID("t\($0 + 1)")] : []) })
        #expect(WorkspaceValidator.dependencyCycle(chain) == nil)

        var circle = chain
        circle[count - 1].dependsOn = ["t0"]
        let cycle = try #require(WorkspaceValidator.dependencyCycle(circle))
        #expect(cycle.path.count == count + 1)
        #expect(cycle.path.first == "t0")
        #expect(cycle.path.last == "t0")
    }

    /// Random dependency graphs of up to eight tasks, as lists of (task, dependency) index pairs.
    static let graph = zip(Gen.int(in: 1...8), Gen.int(in: 0...7).array(of: 0...24))

    @Test func reportsACycleExactlyWhenTheTasksCannotBeOrdered() async {
        await propertyCheck(count: 300, input: Self.graph) { taskCount, ends in
            var dependencies = [[PlanTask.ID]](repeating: [], count: taskCount)
            for pair in stride(from: 0, to: ends.count - 1, by: 2) {
                dependencies[ends[pair] % taskCount].append(PlanTask.ID("t\(ends[pair + 1] % taskCount)"))
            }
            let plan = Self.tasks(dependencies.enumerated().map { ("t\($0.offset)", $0.element) })
            let cycle = WorkspaceValidator.dependencyCycle(plan)
            #expect((cycle == nil) == Self.canBeOrdered(plan), "\(dependencies)")
            if let cycle {
                // Every step of the reported path is a real dependency, and the path comes back to its start.
                #expect(cycle.path.count >= 2)
                #expect(cycle.path.first == cycle.path.last)
                let byID = Dictionary(uniqueKeysWithValues: plan.map { ($0.id, $0) })
                for (from, to) in zip(cycle.path, cycle.path.dropFirst()) {
                    #expect(byID[from]?.dependsOn.contains(to) == true, "\(cycle.path)")
                }
            }
        }
    }

    /// Kahn's algorithm: the tasks can be ordered when repeatedly removing tasks with no open dependency
    /// removes them all.
    static func canBeOrdered(_ tasks: [PlanTask]) -> Bool {
        var open = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id, Set($0.dependsOn)) })
        while let ready = open.first(where: { $0.value.isEmpty })?.key {
            open[ready] = nil
            for id in open.keys { open[id]?.remove(ready) }
        }
        return open.isEmpty
    }
}
