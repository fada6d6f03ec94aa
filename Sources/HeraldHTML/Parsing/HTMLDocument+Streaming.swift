extension HTMLDocument {
    /// Puts content that React streams into hidden blocks where the page's script would put it:
    /// each `<div hidden id="S:n">`'s children replace the `<template id="B:n">` (a boundary's)
    /// or `<template id="P:n">` (a segment's) placeholder
    /// (Next.js and other pages rendered by streaming; without this their article is a heap of
    /// hidden fragments at the end of the body). Only placeholders before their content move,
    /// so that a parent still comes before its children in ``nodes``.
    mutating func revealStreamedContent() {
        var placeholders: [String: Int] = [:]
        for i in nodes.indices where nodes[i].tag == .template {
            if let id = attribute(i, "id"), id.hasPrefix("B:") || id.hasPrefix("P:") { placeholders[String(id.dropFirst(2))] = i }
        }
        guard !placeholders.isEmpty else { return }
        for i in nodes.indices where nodes[i].tag == .div && hasAttribute(i, "hidden") {
            guard let id = attribute(i, "id"), id.hasPrefix("S:"), let template = placeholders[String(id.dropFirst(2))],
                  template < i else { continue }
            replace(template, withChildrenOf: i)
        }
    }

    /// Replaces node `old` in its parent's children with the children of `source`.
    private mutating func replace(_ old: Int, withChildrenOf source: Int) {
        let parent = Int(nodes[old].parent)
        var previous: Int32 = -1
        var cursor = nodes[parent].firstChild
        while cursor >= 0, Int(cursor) != old {
            previous = cursor
            cursor = nodes[Int(cursor)].nextSibling
        }
        guard cursor >= 0 else { return }
        let after = nodes[old].nextSibling
        var first = nodes[source].firstChild, last = nodes[source].lastChild
        if first < 0 { (first, last) = (after, previous) }
        var child = nodes[source].firstChild
        while child >= 0 {
            nodes[Int(child)].parent = Int32(parent)
            child = nodes[Int(child)].nextSibling
        }
        if nodes[source].firstChild >= 0 { nodes[Int(last)].nextSibling = after }
        if previous >= 0 { nodes[Int(previous)].nextSibling = first } else { nodes[parent].firstChild = first }
        if after < 0 { nodes[parent].lastChild = last }
        nodes[source].firstChild = -1
        nodes[source].lastChild = -1
        // The placeholder keeps its parent (every node but the root has one) but is no one's child.
        nodes[old].nextSibling = -1
    }
}
