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

    /// `removedOnInterrupt`: for a file written over a whole run (a
    /// stream's), whose temporary file Ctrl-C or a kill other than -9 would
    /// leave, as large as the input, beside the target: it is removed then.
    init(path: String, replacing: Bool, removedOnInterrupt: Bool = false) throws(OutputError) {
        let url = URL(fileURLWithPath: path, isDirectory: false)  // (told, not looked up: a stat a file)
        let folder = url.deletingLastPathComponent().path
        var template = Array((folder + "/." + url.lastPathComponent + ".clean-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .cannotWrite(path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.replacing = replacing
        self.descriptor = descriptor
        temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if removedOnInterrupt { slot = Interrupts.register(template) }
    }

    /// Where `Interrupts` holds the temporary file's name, if it does.
    private var slot: Int?

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
        Interrupts.unregister(slot)
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
        Interrupts.unregister(slot)
    }
}

/// The temporary files of streams being written, removed when the run is
/// interrupted (SIGINT, SIGTERM, SIGHUP), before the signal ends it as it
/// would have. (State of the process, as a signal handler needs: a handler
/// can only read memory set aside before, and call `unlink`.)
private enum Interrupts {
    static let capacity = 16
    /// Each slot a name (a C string, never freed: a registered name may be
    /// read by a handler at any moment; one a large input) or nil.
    nonisolated(unsafe) static let names: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let names = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        names.initialize(repeating: nil, count: capacity)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                for slot in 0..<Interrupts.capacity {
                    if let name = Interrupts.names[slot] { unlink(name) }
                }
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigaction(signal, &action, nil)
        }
        return names
    }()

    /// Holds `name` (a C string) for removal on interrupt; its slot, or nil
    /// when every slot is taken.
    static func register(_ name: [CChar]) -> Int? {
        guard let slot = (0..<capacity).first(where: { names[$0] == nil }) else { return nil }
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: name.count)
        copy.initialize(from: name, count: name.count)
        names[slot] = copy
        return slot
    }

    static func unregister(_ slot: Int?) {
        if let slot { names[slot] = nil }
    }
}
