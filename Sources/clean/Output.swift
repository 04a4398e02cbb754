import ArgumentParser
import Foundation

/// Why an output could not be written.
enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(String, reason: String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "clean: \(path): cannot write: \(reason)"
        }
    }
}

/// Writing results: to standard output, or to files that are never left half-written.
struct Output {
    let standardOutput: FileHandle

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes(write)
    }

    /// Writes every byte, straight from the caller's storage (a `Data` made
    /// of them first copied all the output once more). A closed pipe ends
    /// the run quietly, by its signal, as it ends `cat`; any other failure
    /// to write (a full disk) is said, and the run stops with status 2.
    private func write(_ bytes: UnsafeRawBufferPointer) {
        if let failure = Self.writeAll(bytes, to: standardOutput.fileDescriptor) {
            Self.reportError("clean: standard output: cannot write: \(failure)")
            exit(2)
        }
    }

    /// Writes every byte to `descriptor`, again after an interrupted or
    /// short write; nil when all went, else why not.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result >= 0 { written += result; continue }
            if errno == EINTR { continue }
            return String(cString: strerror(errno))
        }
        return nil
    }

    static func reportError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ValidationError("-o \(path): exists and is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("-o \(path): cannot create the folder: \(error.localizedDescription)")
        }
    }

    /// Two inputs with the same name would overwrite each other in -o DIR.
    static func checkDistinctNames(_ inputs: [String], outputDirectory: String?) throws {
        guard outputDirectory != nil else { return }
        var seen: [String: String] = [:]
        for path in inputs {
            let name = URL(fileURLWithPath: path, isDirectory: false).lastPathComponent
            if let other = seen[name] {
                throw ValidationError("\(other) and \(path) would both be written to -o as \(name)")
            }
            seen[name] = path
        }
    }

    /// Writes `bytes` to `path` atomically (see `AtomicFile`).
    static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
        let file = try AtomicFile(path: path, replacing: replacing)
        file.write(bytes)
        try file.commit()
    }

    /// Flushes to disk everything written to the file system that holds
    /// `folder` (`-o`'s files, once for the run); the reason it could not, if any.
    static func flush(folder: String) -> String? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        #if os(Linux)
        return syncfs(descriptor) == 0 ? nil : String(cString: strerror(errno))
        #else
        sync()
        return nil
        #endif
    }

    /// The process's file mode mask, which `umask` reads only by setting it:
    /// read once, not twice a file written.
    static let processUmask: mode_t = {
        let mask = umask(0)
        umask(mask)
        return mask
    }()
}

#if os(Linux)
// (`syncfs` is Linux's own, in <unistd.h> under _GNU_SOURCE, which Swift's
// Glibc module leaves out: declared here.)
@_silgen_name("syncfs") private func syncfs(_ descriptor: Int32) -> Int32
#endif
