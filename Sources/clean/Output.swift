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

    /// Writes `bytes` to a temporary file in the target's folder and renames
    /// it over the target, so that a reader (or a killed run) sees the old
    /// file or the new one, never half of one. With `replacing` (`-i`, the
    /// user's own file) the new file keeps the old one's permissions and is
    /// flushed to disk before the rename, so that even a crash of the machine
    /// leaves one of the two. A new file in `-o`'s folder is not flushed
    /// alone: the folder is, once, when the run ends (`flush(folder:)`): a
    /// flush a file was most of the time of a folder of pages, and a crash
    /// mid-run loses only output the run makes again.
    static func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path, isDirectory: false)  // (told, not looked up: a stat a file)
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
            fchmod(descriptor, 0o644 & ~processUmask)
        }
        if failure == nil, replacing, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw OutputError.cannotWrite(path, reason: failure)
        }
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
    private static let processUmask: mode_t = {
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
