import Foundation
import Testing

/// `crmkit catalog …` run as a user runs it: the built executable in a subprocess.
@Suite struct CatalogCommandTests {
    @Test func showsAProcessInPersianWithItsElementID() async throws {
        let result = try await CLI.run(["catalog", "show", "3.5.1", "--lang", "fa"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("مدیریت رهبری/ فرصت‌ها"))
        #expect(result.stdout.contains("10182"))
        #expect(result.stdout.contains("Manage leads/opportunities"))
        #expect(result.stdout.contains("3.5  توسعه و مدیریت برنامه‌های فروش"))
        #expect(result.stdout.contains("©2024 APQC"))
        #expect(result.stderr.isEmpty)
    }

    @Test func findsAnElementByItsAPQCElementID() async throws {
        let result = try await CLI.run(["catalog", "show", "10182"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3.5.1  Manage leads/opportunities"))
    }

    @Test func showPrintsJSONWithEveryField() async throws {
        let result = try await CLI.run(["catalog", "show", "6.2.3", "--format", "json", "--lang", "fa"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["pcf_version"] as? String == "7.4")
        #expect(document["language"] as? String == "fa")
        #expect((document["notice"] as? String)?.contains("©2024 APQC") == true)
        let element = try #require(document["element"] as? [String: Any])
        #expect(element["hierarchy_id"] as? String == "6.2.3")
        #expect(element["element_id"] as? Int == 10389)
        #expect(element["level"] as? Int == 3)
        #expect(element["name"] as? String == "مدیریت شکایات مشتریان")
        #expect(element["name_fa"] as? String == "مدیریت شکایات مشتریان")
        #expect(element["name_en"] as? String == "Manage customer complaints")
        #expect(element["parent_hierarchy_id"] as? String == "6.2")
        #expect(element["persian_match"] as? String == "direct")
        for key in ["persian_note", "note", "former", "level_name", "level_5_children_omitted", "child_count"] {
            #expect(element.keys.contains(key), "missing \(key)")
        }
        let path = try #require(document["path"] as? [[String: Any]])
        #expect(path.compactMap { $0["hierarchy_id"] as? String } == ["6.0", "6.2"])
        let children = try #require(document["children"] as? [[String: Any]])
        #expect(children.count == element["child_count"] as? Int)
        #expect(children.allSatisfy { $0["level"] as? Int == 4 })
    }

    @Test func listPrintsJSONForScripts() async throws {
        let result = try await CLI.run(["catalog", "list", "--level", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let elements = try #require(document["elements"] as? [[String: Any]])
        #expect(document["count"] as? Int == 10)
        #expect(elements.count == 10)
        #expect(elements.allSatisfy { $0["level"] as? Int == 2 })
        #expect(elements.first?["hierarchy_id"] as? String == "3.1")
        #expect(document["notice"] is String)
    }

    @Test func listFiltersUnderAGroupInPersian() async throws {
        let result = try await CLI.run(["catalog", "list", "--under", "6.2", "--level", "3", "--lang", "fa"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("6.2.") }.count == 5)
        #expect(result.stdout.contains("مدیریت شکایات مشتریان"))
        #expect(result.stdout.contains("©2024 APQC"))
        #expect(result.stdout.contains("crmkit catalog notice"))
    }

    @Test func listSearchesPersianNames() async throws {
        let result = try await CLI.run(["catalog", "list", "--search", "شکایات", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ids = (document["elements"] as? [[String: Any]])?.compactMap { $0["hierarchy_id"] as? String }
        #expect(ids?.contains("6.2.3") == true)
    }

    @Test(arguments: [
        ["catalog", "show", "3.5.99"], ["catalog", "show", "99999"], ["catalog", "list", "--under", "9.9"],
    ])
    func unknownIDExitsOneAndSaysWhereToLook(arguments: [String]) async throws {
        let result = try await CLI.run(arguments)
        let id = try #require(arguments.last)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(id))
        #expect(result.stderr.contains("crmkit catalog list"))
    }

    @Test func unknownIDSuggestsTheClosest() async throws {
        let result = try await CLI.run(["catalog", "show", "3.5.9"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("3.5.8"))
    }

    @Test(arguments: ["0", "5", "9"])
    func levelOutsideOneToFourIsRejected(level: String) async throws {
        let result = try await CLI.run(["catalog", "list", "--level", level])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--level"))
        #expect(!result.stderr.contains("باید"), "English only, as --lang asks by default")
        let persian = try await CLI.run(["catalog", "list", "--level", level, "--lang", "fa"])
        #expect(persian.status == result.status)
        #expect(persian.stderr.contains("‏--level باید") && !persian.stderr.contains("must be"), "\(persian.stderr)")
    }

    @Test func noticePrintsAPQCsLicence() async throws {
        let result = try await CLI.run(["catalog", "notice"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("TERMS OF USE / ATTRIBUTION"))
        #expect(result.stdout.contains("©2024 APQC. ALL RIGHTS RESERVED."))
        #expect(result.stdout.contains("www.apqc.org/pcf"))
    }

    @Test func helpTeachesInBothLanguages() async throws {
        let result = try await CLI.run(["catalog", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("crmkit catalog show 3.5.1"))
        #expect(result.stdout.contains("کاتالوگ"))
    }
}
