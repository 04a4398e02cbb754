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
            let name = URL(fileURLWithPath: path).lastPathComponent
            if let other = seen[name] {
                throw ValidationError("\(other) and \(path) would both be written to -o as \(name)")
            }
            seen[name] = path
        }
    }

    /// Writes `bytes` to a temporary file in the target's folder, flushes it to
    /// disk and renames it over the target, so that a reader (or a crash) sees
    /// the old file or the new one, never half of one. With `replacing`, the
    /// new file keeps the old one's permissions.
    static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".clean-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == nil, replacing {
            var status = stat()
            if stat(path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        } else if failure == nil {
            fchmod(descriptor, 0o644 & ~currentUmask())
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw OutputError.cannotWrite(path, reason: failure)
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
