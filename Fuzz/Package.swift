// swift-tools-version:6.1
// A libFuzzer target for the whole cleaning pipeline, kept out of the main
// package because it only links with `-sanitize=fuzzer`. Run it with
// `scripts/fuzz` (it builds, runs for a fixed time, and keeps what crashes).
import PackageDescription

let package = Package(
    name: "ocr-clean-fuzz",
    dependencies: [.package(name: "ocr-clean", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzClean",
            dependencies: [.product(name: "OCRClean", package: "ocr-clean")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
