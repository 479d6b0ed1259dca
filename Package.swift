// swift-tools-version: 6.1
import PackageDescription

/// One set of compiler settings for every target (STYLE.md, habit 14).
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "crmkit",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "crmkit", targets: ["crmkit"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .executableTarget(
            name: "crmkit",
            dependencies: ["Commands"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Commands",
            dependencies: [
                "WorkspaceFiles", "Reports", "Scoring", "SelectionWorkshop", "ProcessCatalog", "Localization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // WorkspaceFiles is rooted at the package root so that the top-level `questionnaires/` and
        // `scorecards/` folders and the probe list `reference-crm/probes.yaml` ship as its resources without
        // a second copy in the tree. The rest of `reference-crm/` belongs to the reference CRM, not here.
        .target(
            name: "WorkspaceFiles",
            dependencies: [
                "SelectionWorkshop", "ProcessCatalog", "Localization", "ReferenceCRM",
                .product(name: "Yams", package: "Yams"),
            ],
            path: ".",
            exclude: [
                "README.md", "docs", "reference-crm/README.md", "reference-crm/crm.default.yaml", "scripts", "Tests", "Sources/crmkit", "Sources/Commands",
                "Sources/SelectionWorkshop", "Sources/ProcessCatalog", "Sources/Localization", "Sources/Reports",
                "Sources/Scoring", "Sources/ReferenceCRM",
            ],
            sources: ["Sources/WorkspaceFiles"],
            resources: [.copy("questionnaires"), .copy("scorecards"), .copy("reference-crm/probes.yaml")],
            swiftSettings: swiftSettings
        ),
        // The selection math: weights (direct, AHP, group AHP, rank-based), weighted sum, TOPSIS,
        // sensitivity, cost of ownership, evaluator agreement. Pure: numbers in, numbers out.
        .target(
            name: "Scoring",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Reports",
            dependencies: ["SelectionWorkshop", "ProcessCatalog", "Localization"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SelectionWorkshop",
            dependencies: ["Scoring", "ProcessCatalog", "Localization"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ProcessCatalog",
            dependencies: ["Localization"],
            resources: [.copy("Resources/apqc-pcf.yaml")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Localization",
            swiftSettings: swiftSettings
        ),
        // The reference CRM's own domain: phone numbers, service levels, the records and the `crm.yaml`
        // configuration model. Pure: no web, storage or YAML here.
        .target(
            name: "ReferenceCRM",
            dependencies: ["Localization"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CommandsTests",
            dependencies: ["Commands", "WorkspaceFiles", "Scoring"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WorkspaceFilesTests",
            dependencies: [
                "WorkspaceFiles", "SelectionWorkshop", "ProcessCatalog", "Localization",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScoringTests",
            dependencies: [
                "Scoring",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportsTests",
            // WorkspaceFiles loads the example workspace and the bundled questionnaires the report is tested on.
            dependencies: ["Reports", "SelectionWorkshop", "ProcessCatalog", "Localization", "WorkspaceFiles"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SelectionWorkshopTests",
            dependencies: [
                "SelectionWorkshop",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProcessCatalogTests",
            dependencies: ["ProcessCatalog", "WorkspaceFiles"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReferenceCRMTests",
            dependencies: [
                "ReferenceCRM", "Localization",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LocalizationTests",
            dependencies: [
                "Localization",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
