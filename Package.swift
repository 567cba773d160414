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
        // The session screen: state, events, a pure update and a render to a cell canvas.
        .target(name: "HEPApp", dependencies: ["HEPCore"]),
        // The system's ncursesw (found without pkg-config, whose -D flags SwiftPM drops;
        // shim.h sets them), and the only code that talks to it.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "HEPTerminal", dependencies: ["HEPApp", "CNcursesw"]),
        // The command line: wiring only.
        .executableTarget(
            name: "hep",
            dependencies: [
                "HEPCore",
                "HEPApp",
                "HEPTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Figures for the session screen (see scripts/bench).
        .executableTarget(name: "hep-bench", dependencies: ["HEPCore", "HEPApp"], path: "Benchmarks/Bench"),
        // A child process for the crash-safety tests: appends records until killed.
        .executableTarget(name: "hep-append-probe", dependencies: ["HEPCore"], path: "Tests/AppendProbe"),
        // Helpers the test targets share: paths, running processes, scratch folders.
        .target(name: "TestSupport", dependencies: ["HEPCore"], path: "Tests/TestSupport"),
        .testTarget(name: "HEPCoreTests", dependencies: ["HEPCore", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "HEPAppTests", dependencies: ["HEPApp", "TestSupport"], exclude: ["Snapshots"]),
        // The real binary in tmux, reading back the JSON it wrote.
        .testTarget(name: "EndToEndTests", dependencies: ["HEPCore", "TestSupport"]),
    ]
)
