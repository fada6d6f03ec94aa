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
                switch kind(path) {
                case .directory: pending.append(path)
                case .file: if keep(path) { found.append(path) }
                default: break
                }
            }
        }
        return found.sorted()
    }
}
