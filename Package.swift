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
            ],
            // The release build carries the Swift runtime and Foundation in
            // the binary, as `swift build --static-swift-stdlib` would make it
            // (compiled so too: Foundation's imports then name its static
            // libraries), so that every release build is the same one. It
            // needs only libc, libstdc++ and the system's ICU, so it runs on
            // a machine without Swift (a Spark worker); it starts in 5 ms, not
            // 15 (fifteen shared libraries bound); its calls into the runtime
            // go straight there, not through the dynamic linker's table: CPU
            // time 5% less on 10 MB, 3% on 100 MB. The price: a 78 MB binary
            // (Foundation's own ICU data is in it), and the linker's warning
            // about `mktemp` in Foundation's static library, which every
            // static Swift build on Linux prints.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // What the test targets share (a seeded random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ICUKitTests", dependencies: ["ICUKit"]),
        .testTarget(name: "OCRCleanTests", dependencies: ["OCRClean", "TestSupport"]),
        .testTarget(name: "CleanEndToEndTests", dependencies: ["clean", "OCRClean", "TestSupport"]),
    ]
)
