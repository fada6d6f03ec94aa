import HeraldCore

/// Turns a JSON record into a document: `id`, `url`, `title`, `text` or `html`,
/// `published`/`date`, `author`, with common aliases.
enum RecordMapping {
    static let textKeys = ["text", "body", "content", "article", "maintext"]
    static let htmlKeys = ["html", "raw_html", "rawHtml"]
    static let titleKeys = ["title", "headline"]
    static let dateKeys = ["published", "date", "publishedAt", "published_at", "datePublished", "date_publish", "pubdate"]
    static let urlKeys = ["url", "link", "uri"]

    /// The document for `record`, read from input `name`; `raw` are the record's bytes, hashed for an id.
    static func document(_ record: JSONValue, raw: [UInt8], name: String, options: ReaderOptions) throws(InputError) -> Document {
        guard case .object = record else {
            throw InputError(name, .invalidRecord("expected a JSON object, found \(record.typeName)"))
        }
        func string(_ keys: [String]) throws(InputError) -> String? {
            for key in keys {
                guard let value = record[key] else { continue }
                switch value {
                case .null: continue
                case let .string(s): return s
                case let .number(n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
                default: throw InputError(name, .invalidRecord("'\(key)' should be a string, found \(value.typeName)"))
                }
            }
            return nil
        }
        let text = try string(textKeys)
        let html = try string(htmlKeys)
        if text == nil && html == nil {
            throw InputError(name, .invalidRecord("no 'text' or 'html' field (keys: \(keys(record)))"))
        }
        if text == nil, !options.acceptsHTML { throw InputError(name, .htmlNotSupported) }
        var warnings: [InputWarning] = []
        var published: String?
        if let given = try string(dateKeys) {
            published = PublicationDate.normalize(given)
            if published == nil {
                warnings.append(InputWarning(code: "unknown-date", message: "unrecognised publication date '\(given)'"))
            }
        }
        let id = try string(["id", "_id", "uuid", "guid"]) ?? SHA256.hex(raw)
        var body = Array((text ?? "").utf8)
        if text != nil, body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw InputError(name, .empty)
        }
        if let t = text, let repaired = UnicodeScalarRepair.repairNUL(t) { body = repaired }
        var document = Document(id: id, source: name, text: body, title: try string(titleKeys),
                                publishedAt: published ?? options.defaultDate, author: try author(record, name: name),
                                url: try string(urlKeys))
        if text == nil, let html {
            document.html = Array(html.utf8)
            document.layers = [.html]
        }
        document.warnings = warnings
        return document
    }

    private static func keys(_ record: JSONValue) -> String {
        guard case let .object(members) = record else { return "" }
        return members.map(\.0).prefix(12).joined(separator: ", ")
    }

    /// `author` as a string, a list of strings or objects with `name`, or an object with `name`.
    private static func author(_ record: JSONValue, name: String) throws(InputError) -> String? {
        guard let value = record["author"] ?? record["authors"] ?? record["byline"] else { return nil }
        func one(_ v: JSONValue) -> String? {
            switch v {
            case let .string(s): return s.isEmpty ? nil : s
            case .object: return v["name"]?.string
            default: return nil
            }
        }
        switch value {
        case .null: return nil
        case let .array(items):
            let names = items.compactMap(one)
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default:
            guard let s = one(value) else {
                throw InputError(name, .invalidRecord("'author' should be a string, a list or an object with 'name', found \(value.typeName)"))
            }
            return s
        }
    }
}

/// NUL characters escaped into JSON strings ("\u0000") are dropped from text.
enum UnicodeScalarRepair {
    static func repairNUL(_ text: String) -> [UInt8]? {
        guard text.utf8.contains(0) else { return nil }
        return text.utf8.filter { $0 != 0 }
    }
}
