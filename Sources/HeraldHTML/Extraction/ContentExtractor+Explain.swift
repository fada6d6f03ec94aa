import Foundation

extension ContentExtractor {
    /// For development: the chosen containers as tag.class paths, and the removed ancestors of the
    /// longest paragraphs.
    public func explain(_ document: HTMLDocument) -> String {
        var state = ExtractionState(document: document)
        state.measure()
        func describe(_ i: Int) -> String {
            var path: [String] = []
            var k = i
            while k > 0 {
                let node = document.nodes[k]
                let name = node.tag == .other ? document.tagName(k) : String(describing: node.tag)
                let cls = document.attribute(k, "class").map { "." + $0.split(separator: " ").joined(separator: ".") } ?? ""
                let id = document.attribute(k, "id").map { "#" + $0 } ?? ""
                path.append(name + id + cls + (state.removed[k] && (k == i || !state.removed[Int(node.parent)]) ? "[REMOVED]" : ""))
                k = Int(node.parent)
            }
            return path.reversed().joined(separator: " > ")
        }
        let (containers, core) = state.chooseContainers()
        var lines = containers.map { "chosen: \(describe($0)) text \(state.textLength[$0])" }
        if let core { lines.append("core: \(describe(core)) text \(state.textLength[core])") }
        let paragraphs = document.nodes.indices.filter { document.nodes[$0].tag == .p }
            .sorted { document.textContent($0).count > document.textContent($1).count }.prefix(3)
        for p in paragraphs {
            var k = p
            var removedAt = "-"
            while k > 0 {
                if state.removed[k] && !state.removed[Int(document.nodes[k].parent)] { removedAt = describe(k).components(separatedBy: " > ").last ?? "" }
                k = Int(document.nodes[k].parent)
            }
            lines.append("paragraph: text \(document.textContent(p).count) removed at \(removedAt)")
        }
        // The longest run of text, wherever it is: where an article outside <p> elements went.
        if let longest = document.nodes.indices.filter({ document.nodes[$0].isText }).max(by: { state.textLength[$0] < state.textLength[$1] }) {
            lines.append("longest text: \(state.textLength[longest]) in \(describe(Int(document.nodes[longest].parent)))")
        }
        return lines.joined(separator: "\n")
    }
}
