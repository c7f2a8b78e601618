// swift-tools-version:6.0
import PackageDescription

// One set of compiler settings for every target, so strictness never differs between them.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ParIndex",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parindex", targets: ["parindex"]),
        .library(name: "ParIndexCore", targets: ["ParIndexCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "ParIndexCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParIndexReports",
            dependencies: ["ParIndexCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "HTML",
            swiftSettings: swiftSettings
        ),
        // Models, migrations, services and read models: Fluent, never Vapor, so the compiler
        // keeps HTTP out of the rules of saving, access and workflow.
        .target(
            name: "ParIndexData",
            dependencies: [
                "ParIndexCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParIndexApp",
            dependencies: [
                "ParIndexCore",
                "ParIndexData",
                "ParIndexReports",
                "HTML",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            resources: [.copy("API/openapi.yaml")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ParIndexCLI",
            dependencies: [
                "ParIndexCore",
                "ParIndexReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "parindex",
            dependencies: ["ParIndexCLI", "ParIndexApp"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParIndexCoreTests",
            dependencies: [
                "ParIndexCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParIndexReportsTests",
            dependencies: ["ParIndexReports", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Spreadsheet/Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HTMLTests",
            dependencies: ["HTML"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParIndexAppTests",
            dependencies: [
                "ParIndexApp",
                "ParIndexData",
                "ParIndexReports",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ParIndexCLITests",
            dependencies: ["ParIndexCLI"],
            swiftSettings: swiftSettings
        ),
    ]
)
