// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "hep",
    products: [
        .executable(name: "hep", targets: ["hep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Model, schedule, validation and storage: Foundation only.
        .target(name: "HEPCore"),
        // The command line: wiring only.
        .executableTarget(
            name: "hep",
            dependencies: [
                "HEPCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A child process for the crash-safety tests: appends records until killed.
        .executableTarget(name: "hep-append-probe", dependencies: ["HEPCore"], path: "Tests/AppendProbe"),
        .testTarget(name: "HEPCoreTests", dependencies: ["HEPCore"]),
    ]
)
