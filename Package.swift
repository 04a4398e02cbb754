// swift-tools-version:6.1
import PackageDescription

// Layers, each its own target:
//   CICU (C: the system's ICU behind an ICU-free header)
//   → ICUKit (safe Swift wrappers)
//   → OCRClean (document model, rules, edit log, diff)
//   → clean (the command line: arguments and I/O only)
let package = Package(
    name: "ocr-clean",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "OCRClean", targets: ["OCRClean"]),
        .executable(name: "clean", targets: ["clean"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
        ),
        .target(name: "ICUKit", dependencies: ["CICU"]),
        .target(name: "OCRClean", dependencies: ["ICUKit"]),
        .executableTarget(
            name: "clean",
            dependencies: [
                "OCRClean",
                "ICUKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ICUKitTests", dependencies: ["ICUKit"]),
        .testTarget(name: "OCRCleanTests", dependencies: ["OCRClean", "TestSupport"]),
        .testTarget(name: "CleanEndToEndTests", dependencies: ["clean", "OCRClean", "TestSupport"]),
    ]
)
