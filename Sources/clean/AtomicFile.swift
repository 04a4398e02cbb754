import Foundation

/// A file written in parts and put in place whole: the parts go to a
/// temporary file in the target's folder, which `commit` renames over the
/// target, so that a reader (or a killed run) sees the old file or the new
/// one, never half of one. With `replacing` (`-i`, the user's own file) the
/// new file keeps the old one's permissions and is flushed to disk before
/// the rename, so that even a crash of the machine leaves one of the two. A
/// new file in `-o`'s folder is not flushed alone: the folder is, once, when
/// the run ends (`Output.flush(folder:)`): a flush a file was most of the
/// time of a folder of pages, and a crash mid-run loses only output the run
/// makes again.
///
/// A streamed input is written so, window by window (held whole, a 100 MB
/// file cleaned with -o took 900 MB).
final class AtomicFile {
    let path: String
    private let temporary: String
    private let replacing: Bool
    private var descriptor: Int32
    /// Why a write failed: said by `commit`, which then puts nothing in place.
    private var failure: String?

    init(path: String, replacing: Bool) throws(OutputError) {
        let url = URL(fileURLWithPath: path, isDirectory: false)  // (told, not looked up: a stat a file)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".clean-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.replacing = replacing
        self.descriptor = descriptor
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Removes the temporary file of one neither committed nor abandoned
    /// (a run stopped by an error it throws).
    deinit { abandon() }

    func write(_ bytes: [UInt8]) {
        guard failure == nil, descriptor >= 0 else { return }
        failure = bytes.withUnsafeBytes { Output.writeAll($0, to: descriptor) }
    }

    func write(_ text: String) {
        write(Array(text.utf8))
    }

    /// Puts the file in place, or throws why it could not (and leaves the
    /// target as it was).
    func commit() throws(OutputError) {
        guard descriptor >= 0 else { return }
        if failure == nil, replacing {
            var status = stat()
            if stat(path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        } else if failure == nil {
            fchmod(descriptor, 0o644 & ~Output.processUmask)
        }
        if failure == nil, replacing, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        descriptor = -1
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path, reason: failure)
        }
    }

    /// Drops what was written: the target stays as it was (an input that
    /// turned out unreadable half-way is not half cleaned into it).
    func abandon() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporary)
    }
}
