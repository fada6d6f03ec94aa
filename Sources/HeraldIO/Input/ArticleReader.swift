import HeraldCore

/// Reads articles from paths: plain text, JSON records (one object or an array), JSON Lines,
/// directories (recursively), `-` for standard input, and `.gz` versions of each.
///
/// It yields one result per article, in order: a document, or an error that names the input.
/// A bad input never stops the rest. JSON Lines are streamed, so memory stays bounded by the
/// largest record, and no single article over ``ReaderOptions/maxBytes`` is read whole.
public final class ArticleReader: Sequence, IteratorProtocol {
    public let options: ReaderOptions
    private var pending: [Pending]
    private var queue: [Result<Document, InputError>] = []
    private var lines: (source: ByteSource, path: String, number: Int)?

    private enum Pending {
        case path(String)
        case file(path: String, format: InputFormat?)
    }

    /// Creates a reader over `paths` ("-" for standard input).
    public init(paths: [String], options: ReaderOptions = ReaderOptions()) {
        self.options = options
        pending = paths.reversed().map(Pending.path)
    }

    public func next() -> Result<Document, InputError>? {
        while true {
            if !queue.isEmpty { return queue.removeFirst() }
            if let item = nextLine() { return item }
            guard let item = pending.popLast() else { return nil }
            switch item {
            case let .path(path): expand(path)
            case let .file(path, format): read(path, format: format)
            }
        }
    }

    // MARK: Paths

    private func expand(_ path: String) {
        if path == "-" {
            pending.append(.file(path: "-", format: nil))
            return
        }
        switch FileSystem.kind(path) {
        case .missing:
            queue.append(.failure(InputError(path, .notFound)))
            return
        case .file, .other:
            pending.append(.file(path: path, format: InputFormat.fromExtension(of: path)))
            return
        case .directory:
            break
        }
        let files = FileSystem.files(under: path) { InputFormat.fromExtension(of: $0) != nil }
        if files.isEmpty { queue.append(.failure(InputError(path, .noArticles))) }
        pending.append(contentsOf: files.reversed().map { .file(path: $0, format: InputFormat.fromExtension(of: $0)) })
    }

    // MARK: Files

    private func read(_ path: String, format declared: InputFormat?) {
        let name = path == "-" ? "<stdin>" : path
        do {
            var format = declared
            if format == .html && !options.acceptsHTML { throw InputError(name, .htmlNotSupported) }
            let bytes: [UInt8]
            if path != "-", !Self.isGzip(path), format != .jsonLines {
                // A plain file: one read of the size it has.
                bytes = try FileSystem.read(path, name: name, limit: options.maxBytes)
            } else {
                let source = try ByteSource(path: path, name: name)
                // Standard input that starts like a record is streamed as JSON Lines.
                if path == "-", format == nil, try source.peekFirstNonSpace() == UInt8(ascii: "{") { format = .jsonLines }
                if format == .jsonLines {
                    lines = (source, name, 0)
                    return
                }
                bytes = try source.readAll(limit: options.maxBytes, knownSize: nil)
            }
            switch format ?? InputFormat.sniff(bytes) {
            case .jsonLines:
                // A file without extension that starts with "{": one JSON object, or JSON Lines.
                if let value = try? JSONParser.parse(bytes), case .object = value {
                    queue.append(record(value, raw: bytes, name: name))
                } else {
                    readJSONLines(bytes, name: name)
                }
            case .json:
                readJSON(bytes, name: name)
            case .html:
                if !options.acceptsHTML { throw InputError(name, .htmlNotSupported) }
                // The page keeps its bytes: the HTML reader decodes them by the charset the page declares.
                var document = try decoded(bytes, name: name, repairing: false)
                document.html = document.text
                document.text = []
                document.layers = [.html]
                queue.append(.success(document))
            case .text:
                queue.append(.success(try decoded(bytes, name: name)))
            }
        } catch {
            queue.append(.failure(error as? InputError ?? InputError(name, .unreadable("\(error)"))))
        }
    }

    private static func isGzip(_ path: String) -> Bool { path.lowercased().hasSuffix(".gz") }

    /// A text document from raw bytes: UTF-16 with a byte-order mark made UTF-8, checked for emptiness and
    /// binary data, and, `repairing`, invalid UTF-8 repaired.
    private func decoded(_ raw: [UInt8], name: String, repairing: Bool = true) throws(InputError) -> Document {
        let bytes = TextDecoding.utf8FromMarkedUTF16(raw) ?? raw
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw InputError(name, .empty) }
        if TextDecoding.looksBinary(bytes) { throw InputError(name, .binary) }
        let (text, warning) = repairing ? TextDecoding.repairUTF8(bytes) : (bytes, nil)
        let date = options.defaultDate ?? PublicationDate.inFileName(String(name.split(separator: "/").last ?? ""))
        var document = Document(id: SHA256.hex(raw), source: name, text: text, publishedAt: date)
        if let warning { document.warnings.append(warning) }
        return document
    }

    // MARK: Records

    private func readJSON(_ raw: [UInt8], name: String) {
        let bytes = TextDecoding.utf8FromMarkedUTF16(raw) ?? raw
        if TextDecoding.looksBinary(bytes) { return queue.append(.failure(InputError(name, .binary))) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(TextDecoding.repairUTF8(bytes).bytes)
        } catch {
            return queue.append(.failure(InputError(name, .invalidJSON(error.description))))
        }
        switch value {
        case .object:
            queue.append(record(value, raw: raw, name: name))
        case let .array(items):
            if items.isEmpty { queue.append(.failure(InputError(name, .empty))) }
            for (index, item) in items.enumerated() {
                queue.append(record(item, raw: Array(Self.canonicalBytes(item)), name: "\(name)[\(index)]"))
            }
        default:
            queue.append(.failure(InputError(name, .invalidJSON("expected an object or an array of objects, found \(value.typeName)"))))
        }
    }

    private func readJSONLines(_ bytes: [UInt8], name: String) {
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if let item = lineRecord(Array(line), name: name, number: number) { queue.append(item) }
        }
    }

    /// The next record of the JSON Lines file being streamed, if any.
    private func nextLine() -> Result<Document, InputError>? {
        while let (source, path, number) = lines {
            let line: Result<[UInt8], InputError>?
            do {
                line = try source.nextLine(limit: options.maxBytes)
            } catch {
                lines = nil
                return .failure(error)
            }
            guard let line else {
                if number == 0 { return .failure(InputError(path, .empty)) }
                lines = nil
                return nil
            }
            lines = (source, path, number + 1)
            switch line {
            case let .failure(error): return .failure(InputError("\(path):\(number + 1)", error.kind))
            case let .success(bytes):
                if let item = lineRecord(bytes, name: path, number: number + 1) { return item }
            }
        }
        return nil
    }

    private func lineRecord(_ bytes: [UInt8], name: String, number: Int) -> Result<Document, InputError>? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return nil }
        let input = "\(name):\(number)"
        if TextDecoding.looksBinary(bytes) { return .failure(InputError(input, .binary)) }
        do {
            let value = try JSONParser.parse(TextDecoding.repairUTF8(bytes).bytes)
            return record(value, raw: bytes, name: input)
        } catch {
            return .failure(InputError(input, .invalidJSON(error.description)))
        }
    }

    private func record(_ value: JSONValue, raw: [UInt8], name: String) -> Result<Document, InputError> {
        Result { () throws(InputError) in try RecordMapping.document(value, raw: raw, name: name, options: options) }
    }

    /// Compact JSON of a value, to hash array elements that carry no id.
    static func canonicalBytes(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        func write(_ v: JSONValue) {
            switch v {
            case .null: writer.null()
            case let .bool(b): writer.value(b)
            case let .number(n): writer.value(n)
            case let .string(s): writer.value(s)
            case let .array(items):
                writer.beginArray()
                items.forEach(write)
                writer.endArray()
            case let .object(members):
                writer.beginObject()
                for (key, member) in members {
                    writer.key(key)
                    write(member)
                }
                writer.endObject()
            }
        }
        write(value)
        return writer.bytes
    }
}
