#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tolerant HTML parser: it never fails and never hangs, whatever the bytes.
///
/// It follows the browsers where it matters for reading articles: raw-text elements (`script`,
/// `style`, `title`, `textarea`, `noscript`, `iframe`), comments, CDATA and doctypes; void
/// elements; `<p>`, `<li>`, `<dt>`/`<dd>`, `<tr>`/`<td>` and `<option>` closed by what follows
/// them; a heading closed by another heading's start or end tag; stray end tags ignored;
/// unclosed elements closed at the end. Inline SVG and MathML are skipped whole. Nesting deeper than 256 levels is flattened.
public enum HTMLParser {
    /// Parses UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) -> HTMLDocument {
        bytes.withUnsafeBufferPointer { p in
            var builder = TreeBuilder(p: p)
            builder.run()
            var document = HTMLDocument(source: bytes, nodes: builder.nodes, attributes: builder.attributes)
            document.revealStreamedContent()
            return document
        }
    }
}

struct TreeBuilder {
    let p: UnsafeBufferPointer<UInt8>
    var nodes: [HTMLDocument.Node] = []
    var attributes: [HTMLDocument.Attribute] = []
    /// Open elements, innermost last.
    private var stack: [Int32] = [0]
    private static let maxDepth = 256

    init(p: UnsafeBufferPointer<UInt8>) {
        self.p = p
        nodes.reserveCapacity(p.count / 40)
        nodes.append(HTMLDocument.Node(tag: .html, isText: false, start: 0, end: 0))
    }

    mutating func run() {
        var i = 0
        let n = p.count
        while i < n {
            guard p[i] == UInt8(ascii: "<"), i + 1 < n else {
                // Text up to the next "<".
                let k = index(of: UInt8(ascii: "<"), from: i + 1, end: n)
                appendText(i, k)
                i = k
                continue
            }
            let next = p[i + 1]
            if next == UInt8(ascii: "!") {
                i = skipMarkup(i)
            } else if next == UInt8(ascii: "?") {
                i = skip(to: UInt8(ascii: ">"), from: i) + 1
            } else if next == UInt8(ascii: "/") {
                if i + 2 < n, isLetter(p[i + 2]) {
                    i = endTag(i)
                } else {
                    i = skip(to: UInt8(ascii: ">"), from: i) + 1
                }
            } else if isLetter(next) {
                i = startTag(i)
            } else {
                appendText(i, i + 1)
                i += 1
            }
        }
    }

    // MARK: Markup

    private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    /// Index of the first `byte` at or after `from`, or the end.
    private func skip(to byte: UInt8, from: Int) -> Int {
        min(index(of: byte, from: from, end: p.count), p.count - 1)
    }

    /// Index of the first `byte` in `p[from..<end]` (found by `memchr`), or `end`; `from` when it is past `end`.
    @inline(__always)
    private func index(of byte: UInt8, from: Int, end: Int) -> Int {
        guard from < end, let base = p.baseAddress else { return max(from, end) }
        guard let found = memchr(base + from, Int32(byte), end - from) else { return end }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// Index just past `terminator` at or after `from`, or the end.
    private func skip(past terminator: StaticString, from: Int) -> Int {
        let t = terminator.utf8Start, count = terminator.utf8CodeUnitCount
        var k = from
        while k + count <= p.count {
            if p[k] == t[0] {
                var j = 1
                while j < count && p[k + j] == t[j] { j += 1 }
                if j == count { return k + count }
            }
            k += 1
        }
        return p.count
    }

    /// Comments, CDATA sections and doctypes.
    private func skipMarkup(_ i: Int) -> Int {
        if i + 3 < p.count, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-") {
            return skip(past: "-->", from: i + 4)
        }
        if i + 8 < p.count, p[i + 2] == UInt8(ascii: "[") {
            return skip(past: "]]>", from: i + 3)
        }
        return skip(to: UInt8(ascii: ">"), from: i) + 1
    }

    private mutating func startTag(_ i: Int) -> Int {
        var k = i + 1
        let nameStart = k
        while k < p.count, !isSpace(p[k]), p[k] != UInt8(ascii: ">"), p[k] != UInt8(ascii: "/") { k += 1 }
        let nameEnd = k
        let tag = HTMLTag.named(p, nameStart..<nameEnd)
        // Attributes.
        let firstAttribute = attributes.count
        var selfClosing = false
        while k < p.count {
            while k < p.count, isSpace(p[k]) { k += 1 }
            guard k < p.count else { break }
            let b = p[k]
            if b == UInt8(ascii: ">") {
                k += 1
                break
            }
            if b == UInt8(ascii: "/") {
                selfClosing = k + 1 < p.count && p[k + 1] == UInt8(ascii: ">")
                k += 1
                continue
            }
            let attributeName = k
            while k < p.count, !isSpace(p[k]), p[k] != UInt8(ascii: "="), p[k] != UInt8(ascii: ">"),
                  !(p[k] == UInt8(ascii: "/") && k + 1 < p.count && p[k + 1] == UInt8(ascii: ">"))
            {
                k += 1
            }
            if k == attributeName { k += 1; continue }
            let attributeNameEnd = k
            while k < p.count, isSpace(p[k]) { k += 1 }
            var valueStart = k, valueEnd = k
            if k < p.count, p[k] == UInt8(ascii: "=") {
                k += 1
                while k < p.count, isSpace(p[k]) { k += 1 }
                if k < p.count, p[k] == UInt8(ascii: "\"") || p[k] == UInt8(ascii: "'") {
                    let quote = p[k]
                    valueStart = k + 1
                    k = valueStart
                    while k < p.count, p[k] != quote { k += 1 }
                    valueEnd = k
                    if k < p.count { k += 1 }
                } else {
                    valueStart = k
                    while k < p.count, !isSpace(p[k]), p[k] != UInt8(ascii: ">") { k += 1 }
                    valueEnd = k
                }
            }
            attributes.append(HTMLDocument.Attribute(nameStart: Int32(attributeName), nameEnd: Int32(attributeNameEnd),
                                                     valueStart: Int32(valueStart), valueEnd: Int32(valueEnd)))
        }
        let attributeCount = attributes.count - firstAttribute
        if tag.isSkippedWhole {
            return selfClosing ? k : skipElement(named: nameStart..<nameEnd, from: k)
        }
        // A second <body> (a widget's page pasted into the article) opens nothing, as in browsers.
        if tag == .body, stack.contains(where: { nodes[Int($0)].tag == .body }) { return k }
        openImplied(by: tag)
        let index = append(HTMLDocument.Node(tag: tag, isText: false, start: Int32(nameStart), end: Int32(nameEnd),
                                             firstAttribute: Int32(firstAttribute), attributeCount: Int32(attributeCount)))
        if tag.isVoid || (selfClosing && tag == .other) { return k }
        if tag.isRawText {
            let contentEnd = rawTextEnd(named: nameStart..<nameEnd, from: k)
            if contentEnd > k { appendText(k, contentEnd, parent: index) }
            return contentEnd >= p.count ? p.count : skip(to: UInt8(ascii: ">"), from: contentEnd) + 1
        }
        if stack.count < Self.maxDepth { stack.append(Int32(index)) }
        return k
    }

    private mutating func endTag(_ i: Int) -> Int {
        var k = i + 2
        let nameStart = k
        while k < p.count, !isSpace(p[k]), p[k] != UInt8(ascii: ">") { k += 1 }
        let name = nameStart..<k
        let tag = HTMLTag.named(p, name)
        let after = skip(to: UInt8(ascii: ">"), from: k) + 1
        if tag == .br {  // "</br>" is a line break
            _ = append(HTMLDocument.Node(tag: .br, isText: false, start: Int32(nameStart), end: Int32(k)))
            return after
        }
        // "</body>" and "</html>" close nothing: what follows them is still the page's, where it was (HTML5).
        if tag == .body || tag == .html { return after }
        // Close up to the innermost open element of this name; ignore the tag if none is open.
        // Any heading's end tag closes the innermost open heading ("<h1>Title</h2>").
        var level = stack.count - 1
        while level > 0 {
            let open = nodes[Int(stack[level])]
            if open.tag == tag && (tag != .other || sameName(open, name)) || tag.isHeading && open.tag.isHeading {
                stack.removeLast(stack.count - level)
                break
            }
            // An end tag does not close past a table cell or list for inline elements.
            level -= 1
        }
        return after
    }

    private func sameName(_ node: HTMLDocument.Node, _ name: Range<Int>) -> Bool {
        guard Int(node.end - node.start) == name.count else { return false }
        for j in 0..<name.count where p[Int(node.start) + j] | 0x20 != p[name.lowerBound + j] | 0x20 { return false }
        return true
    }

    /// Where the raw text of a `script`, `style` or similar element ends: at its end tag.
    private func rawTextEnd(named name: Range<Int>, from: Int) -> Int {
        var k = from
        while k + 1 < p.count {
            k = index(of: UInt8(ascii: "<"), from: k, end: p.count - 1)
            guard k + 1 < p.count else { break }
            if p[k + 1] == UInt8(ascii: "/"), matchesName(at: k + 2, name) { return k }
            k += 1
        }
        return p.count
    }

    /// Past the end tag of a skipped element (`svg`, `math`), counting nested ones.
    private func skipElement(named name: Range<Int>, from: Int) -> Int {
        var depth = 1
        var k = from
        while k + 1 < p.count {
            if p[k] == UInt8(ascii: "<") {
                if p[k + 1] == UInt8(ascii: "/"), matchesName(at: k + 2, name) {
                    depth -= 1
                    if depth == 0 { return skip(to: UInt8(ascii: ">"), from: k) + 1 }
                } else if matchesName(at: k + 1, name) {
                    depth += 1
                }
            }
            k += 1
        }
        return p.count
    }

    private func matchesName(at k: Int, _ name: Range<Int>) -> Bool {
        guard k + name.count <= p.count else { return false }
        for j in 0..<name.count where p[k + j] | 0x20 != p[name.lowerBound + j] | 0x20 { return false }
        let after = k + name.count
        return after == p.count || isSpace(p[after]) || p[after] == UInt8(ascii: ">") || p[after] == UInt8(ascii: "/")
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }

    // MARK: Tree

    /// Closes what a start tag of `tag` implicitly ends.
    private mutating func openImplied(by tag: HTMLTag) {
        // Body content closes an open <head> (pages that never close it, or open <body> inside it).
        if !tag.belongsInHead, let level = stack.lastIndex(where: { nodes[Int($0)].tag == .head }) {
            stack.removeLast(stack.count - level)
        }
        func closeInnermost(_ targets: HTMLTagSet, stoppingAt barriers: HTMLTagSet) {
            var level = stack.count - 1
            while level > 0 {
                let open = nodes[Int(stack[level])].tag
                if targets.contains(open) {
                    stack.removeLast(stack.count - level)
                    return
                }
                if barriers.contains(open) { return }
                level -= 1
            }
        }
        if tag.closesParagraph { closeInnermost(Self.paragraph, stoppingAt: Self.paragraphBarriers) }
        // A heading opened right inside another closes it ("<h1>Title<h3>date</h3>").
        if tag.isHeading, stack.count > 1, nodes[Int(stack[stack.count - 1])].tag.isHeading { stack.removeLast() }
        switch tag {
        case .li: closeInnermost(Self.listItem, stoppingAt: Self.listItemBarriers)
        case .dt, .dd: closeInnermost(Self.definition, stoppingAt: Self.definitionBarriers)
        case .tr: closeInnermost(Self.row, stoppingAt: Self.rowBarriers)
        case .td, .th: closeInnermost(Self.cell, stoppingAt: Self.cellBarriers)
        case .option: closeInnermost(Self.option, stoppingAt: Self.optionBarriers)
        default: break
        }
    }

    // The elements a start tag closes when one is open, and those past which it does not look.
    private static let paragraph: HTMLTagSet = [.p]
    private static let paragraphBarriers: HTMLTagSet = [.button, .table, .td, .th, .caption, .object, .template]
    private static let listItem: HTMLTagSet = [.li]
    private static let listItemBarriers: HTMLTagSet = [.ul, .ol, .menu, .table]
    private static let definition: HTMLTagSet = [.dt, .dd]
    private static let definitionBarriers: HTMLTagSet = [.dl, .table]
    private static let row: HTMLTagSet = [.tr]
    private static let rowBarriers: HTMLTagSet = [.table, .thead, .tbody, .tfoot]
    private static let cell: HTMLTagSet = [.td, .th]
    private static let cellBarriers: HTMLTagSet = [.tr, .table]
    private static let option: HTMLTagSet = [.option]
    private static let optionBarriers: HTMLTagSet = [.select]

    private mutating func append(_ node: HTMLDocument.Node, parent: Int? = nil) -> Int {
        var node = node
        let parentIndex = parent ?? Int(stack[stack.count - 1])
        node.parent = Int32(parentIndex)
        let index = nodes.count
        nodes.append(node)
        let last = nodes[parentIndex].lastChild
        if last >= 0 { nodes[Int(last)].nextSibling = Int32(index) } else { nodes[parentIndex].firstChild = Int32(index) }
        nodes[parentIndex].lastChild = Int32(index)
        return index
    }

    private mutating func appendText(_ start: Int, _ end: Int, parent: Int? = nil) {
        guard end > start else { return }
        let parentIndex = parent ?? Int(stack[stack.count - 1])
        // Merge with a text node just before (a stray "<" splits runs).
        let last = nodes[parentIndex].lastChild
        if last >= 0, nodes[Int(last)].isText, nodes[Int(last)].end == Int32(start) {
            nodes[Int(last)].end = Int32(end)
            return
        }
        _ = append(HTMLDocument.Node(tag: .other, isText: true, start: Int32(start), end: Int32(end)), parent: parentIndex)
    }
}
