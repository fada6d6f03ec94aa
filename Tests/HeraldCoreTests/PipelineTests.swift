import Testing
@testable import HeraldCore

/// A component that appends its name to the text, for order checks.
private struct Stamp: Component {
    let name: String
    let requires: Set<Layer>
    let provides: Set<Layer>
    var fails = false

    func process(_ document: inout Document) throws {
        if fails && document.source == "bad" { throw StampError() }
        document.text.append(contentsOf: Array(name.utf8))
    }
}

private struct StampError: Error, CustomStringConvertible {
    var description: String { "stamp refused" }
}

@Suite struct PipelineTests {
    @Test func componentsRunInOrderAndAddTheirLayers() throws {
        let pipeline = try Pipeline([
            Stamp(name: "a", requires: [.rawText], provides: [.text]),
            Stamp(name: "b", requires: [.text], provides: [.tokens]),
        ])
        let document = try pipeline.run(Document(text: ">"))
        #expect(document.textString == ">ab")
        #expect(document.layers == [.rawText, .text, .tokens])
        #expect(pipeline.provides == [.rawText, .text, .tokens])
    }

    @Test func orderIsCheckedWhenBuilt() {
        let tokens = Stamp(name: "tokenizer", requires: [.text], provides: [.tokens])
        let text = Stamp(name: "cleaner", requires: [.rawText], provides: [.text])
        #expect(throws: PipelineError.missingLayer(component: "tokenizer", layer: .text, providedBy: "cleaner")) {
            try Pipeline([tokens, text])
        }
        #expect(throws: PipelineError.missingLayer(component: "tokenizer", layer: .text, providedBy: nil)) {
            try Pipeline([tokens])
        }
        let message = PipelineError.missingLayer(component: "tokenizer", layer: .text, providedBy: "cleaner").description
        #expect(message.contains("put 'cleaner' before it"))
    }

    @Test func aDocumentWithoutARequiredLayerFailsClearly() throws {
        let pipeline = try Pipeline([Stamp(name: "cleaner", requires: [.rawText], provides: [.text])], given: [.rawText])
        var page = Document(text: "<p>x</p>", source: "page.html")
        page.layers = [.html]
        #expect(throws: PipelineError.componentFailed(component: "cleaner", source: "page.html",
                                                      message: "the input does not carry the raw-text layer this component needs")) {
            try pipeline.run(page)
        }
    }

    @Test func batchesComeBackInInputOrderAndFailuresStayAlone() throws {
        let pipeline = try Pipeline([Stamp(name: "!", requires: [], provides: [.text], fails: true)])
        var inputs = (0..<500).map { Document(text: String($0), source: "doc\($0)") }
        inputs[7].source = "bad"
        let results = pipeline.process(inputs, concurrency: 4)
        #expect(results.count == 500)
        for (index, result) in results.enumerated() {
            if index == 7 {
                guard case let .failure(error) = result else {
                    Issue.record("document 7 should fail")
                    continue
                }
                #expect(error == .componentFailed(component: "!", source: "bad", message: "stamp refused"))
            } else {
                #expect(try result.get().textString == "\(index)!")
            }
        }
    }
}
