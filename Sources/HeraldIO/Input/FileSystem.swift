#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system questions the reader asks, answered with one system call each.
enum FileSystem {
    enum Kind { case file(size: Int), directory, missing, other }

    /// What is at `path` (following symbolic links).
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(size: Int(info.st_size))
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The whole of a plain file, refused unread when it is over `limit` bytes.
    static func read(_ path: String, name: String, limit: Int) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(name, errno == ENOENT ? .notFound : .unreadable(String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw InputError(name, .unreadable(String(cString: strerror(errno)))) }
        if info.st_mode & S_IFMT == S_IFDIR { throw InputError(name, .unreadable("is a directory")) }
        let size = Int(info.st_size)
        if size > limit { throw InputError(name, .tooLarge(bytes: size, limit: limit)) }
        // Read to the end: the size may be wrong for special files, or change while we read.
        var bytes = [UInt8]()
        var capacity = info.st_mode & S_IFMT == S_IFREG ? max(size, 1) : 65536
        while true {
            var failure: Int32 = 0
            bytes.reserveCapacity(capacity)
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: capacity - start))
            let got = bytes.withUnsafeMutableBytes { raw -> Int in
                var total = 0
                while start + total < raw.count {
                    let n = Glibc.read(descriptor, raw.baseAddress! + start + total, raw.count - start - total)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return -1
                    }
                    if n == 0 { break }
                    total += n
                }
                return total
            }
            if got < 0 { throw InputError(name, .unreadable(String(cString: strerror(failure)))) }
            bytes.removeLast(capacity - start - got)
            if bytes.count > limit { throw InputError(name, .tooLarge(bytes: bytes.count, limit: limit)) }
            if bytes.count < capacity { return bytes }
            if bytes.count == size, info.st_mode & S_IFMT == S_IFREG { return bytes }  // a regular file: its size is known
            capacity *= 2
        }
    }

    /// Regular files under `directory`, recursively, hidden entries skipped, sorted.
    static func files(under directory: String, where keep: (String) -> Bool) -> [String] {
        var found: [String] = []
        var pending = [directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory]
        while let folder = pending.popLast() {
            guard let handle = opendir(folder) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = folder + "/" + name
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR): pending.append(path)
                case Int32(DT_REG): if keep(path) { found.append(path) }
                default:  // links and file systems that do not say: ask
                    switch kind(path) {
                    case .directory: pending.append(path)
                    case .file: if keep(path) { found.append(path) }
                    default: break
                    }
                }
            }
        }
        return found.sorted()
    }
}
