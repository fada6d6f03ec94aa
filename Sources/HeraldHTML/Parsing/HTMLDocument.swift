/// A parsed HTML page: a tree of elements and text over the page's UTF-8 bytes.
///
/// Nodes live in one array and point at each other by index; text and attribute values are
/// byte ranges of ``source``, with character references decoded only when read.
public struct HTMLDocument: Sendable {
    /// An element or a run of text.
    public struct Node: Sendable {
        /// The element's tag; `.other` for unknown elements and for text.
        public var tag: HTMLTag
        /// True for text nodes.
        public var isText: Bool
        /// Text nodes: the text's bytes. Elements: the start tag's name.
        public var start: Int32
        public var end: Int32
        public var parent: Int32 = -1
        public var firstChild: Int32 = -1
        public var lastChild: Int32 = -1
        public var nextSibling: Int32 = -1
        /// Indices of the element's attributes in ``HTMLDocument/attributes``.
        public var firstAttribute: Int32 = 0
        public var attributeCount: Int32 = 0
    }

    /// A name and value as byte ranges of the source.
    public struct Attribute: Sendable {
        public var nameStart: Int32, nameEnd: Int32
        public var valueStart: Int32, valueEnd: Int32
    }

    /// The page, UTF-8.
    public let source: [UInt8]
    /// All nodes; node 0 is the root.
    public internal(set) var nodes: [Node]
    public internal(set) var attributes: [Attribute]

    init(source: [UInt8], nodes: [Node], attributes: [Attribute]) {
        self.source = source
        self.nodes = nodes
        self.attributes = attributes
    }

    /// The root node's index.
    public var root: Int { 0 }

    /// The children of node `index`, in order.
    public func children(_ index: Int) -> ChildSequence { ChildSequence(nodes: nodes, cursor: Int(nodes[index].firstChild)) }

    /// Iterates a node's children.
    public struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var cursor: Int
        public mutating func next() -> Int? {
            guard cursor >= 0 else { return nil }
            defer { cursor = Int(nodes[cursor].nextSibling) }
            return cursor
        }
    }

    /// The value of attribute `name` (lowercase ASCII) on element `index`, entities decoded.
    public func attribute(_ index: Int, _ name: StaticString) -> String? {
        guard let range = attributeRange(index, name) else { return nil }
        return source.withUnsafeBufferPointer { HTMLEntities.decode($0, range) }
    }

    /// Whether element `index` has attribute `name`.
    public func hasAttribute(_ index: Int, _ name: StaticString) -> Bool { attributeRange(index, name) != nil }

    /// The raw byte range of attribute `name`'s value.
    func attributeRange(_ index: Int, _ name: StaticString) -> Range<Int>? {
        let node = nodes[index]
        guard node.attributeCount > 0 else { return nil }
        let count = name.utf8CodeUnitCount
        let q = name.utf8Start
        return source.withUnsafeBufferPointer { p -> Range<Int>? in
            for k in Int(node.firstAttribute)..<Int(node.firstAttribute + node.attributeCount) {
                let a = attributes[k]
                guard Int(a.nameEnd - a.nameStart) == count else { continue }
                var same = true
                for j in 0..<count {
                    var b = p[Int(a.nameStart) + j]
                    if b &- 0x41 < 26 { b |= 0x20 }
                    if b != q[j] {
                        same = false
                        break
                    }
                }
                if same { return Int(a.valueStart)..<Int(a.valueEnd) }
            }
            return nil
        }
    }

    /// Whether source bytes `range` contain any of `words`, ignoring case.
    func rangeContains(_ range: Range<Int>, anyOf words: ASCIIWords) -> Bool {
        source.withUnsafeBufferPointer { words.occurs(in: $0, range) }
    }

    /// The decoded text of a text node.
    public func text(_ index: Int) -> String {
        let node = nodes[index]
        return source.withUnsafeBufferPointer { HTMLEntities.decode($0, Int(node.start)..<Int(node.end)) }
    }

    /// All text under node `index`, decoded, with white space collapsed; elements of the
    /// `skipped` tags are left out (a `<time>` inside a headline).
    public func textContent(_ index: Int, skipping skipped: Set<HTMLTag> = []) -> String {
        var out: [UInt8] = []
        // Blocks and line breaks part their text with a space; inline elements do too, except
        // inside a word ("Planning C<span>ycle</span>": a letter, then a lower-case letter).
        var boundary = false
        var stack = [index]
        var children: [Int] = []
        source.withUnsafeBufferPointer { p in
            while let current = stack.popLast() {
                if current < 0 {
                    if current == -1 { out.append(0x20) } else { boundary = true }
                    continue
                }
                let node = nodes[current]
                if node.isText {
                    let start = out.count
                    HTMLEntities.decode(p, Int(node.start)..<Int(node.end), into: &out)
                    if boundary, start > 0, start < out.count, !Self.joinsWord(out, at: start) { out.insert(0x20, at: start) }
                    boundary = false
                    continue
                }
                if node.tag == .script || node.tag == .style || skipped.contains(node.tag) { continue }
                let mark = node.tag.isBlock || node.tag == .br ? -1 : -2
                if mark == -1 { out.append(0x20) } else { boundary = true }
                stack.append(mark)
                children.removeAll(keepingCapacity: true)
                for child in self.children(current) { children.append(child) }
                stack.append(contentsOf: children.reversed())
            }
        }
        return out.withUnsafeBufferPointer(HTMLText.collapse)
    }

    /// Whether the text from `start` goes on a word that ends just before it: a letter, then a lower-case letter.
    private static func joinsWord(_ bytes: [UInt8], at start: Int) -> Bool {
        var k = start - 1
        while k > 0, bytes[k] & 0xC0 == 0x80 { k -= 1 }
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let last = bytes[k], first = bytes[start]
        if last < 0x80, first < 0x80 { return (last | 0x20) &- 0x61 < 26 && first &- 0x61 < 26 }
        guard let before = String(decoding: bytes[k..<start], as: UTF8.self).unicodeScalars.first,
              let after = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return before.properties.isAlphabetic && after.properties.isLowercase
    }

    /// The lowercased name of element `index` (for `.other` tags).
    public func tagName(_ index: Int) -> String {
        let node = nodes[index]
        return String(decoding: source[Int(node.start)..<Int(node.end)], as: UTF8.self).lowercased()
    }

    /// Indices of every element with tag `tag`, in document order.
    public func elements(_ tag: HTMLTag) -> [Int] {
        nodes.indices.filter { !nodes[$0].isText && nodes[$0].tag == tag && $0 != 0 }
    }
}
