import Testing
@testable import HeraldCore

@Suite struct OutputTests {
    @Test func jsonStringsAreEscaped() {
        var writer = JSONWriter()
        writer.value("a\"b\\c\nd\u{01}é“")
        #expect(writer.string == #""a\"b\\c\nd\u0001é“""#)
    }

    @Test func compactAndIndentedOutput() {
        for indent in [0, 2] {
            var writer = JSONWriter(indent: indent)
            writer.beginObject()
            writer.key("a"); writer.value([1, 2])
            writer.key("b"); writer.beginObject(); writer.endObject()
            writer.key("c"); writer.value(nil as String?)
            writer.key("d"); writer.value(1.5)
            writer.key("e"); writer.value(2.0)
            writer.endObject()
            let expected = indent == 0
                ? #"{"a":[1,2],"b":{},"c":null,"d":1.5,"e":2.0}"#
                : "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": null,\n  \"d\": 1.5,\n  \"e\": 2.0\n}"
            #expect(writer.string == expected)
        }
    }

    @Test func scalarOffsetsCountCodePoints() {
        let text = Array("a“b”é😀c".utf8)
        let index = ScalarIndex(text)
        #expect(index.scalarOffset(0) == 0)
        #expect(index.scalarOffset(1) == 1)  // “
        #expect(index.scalarOffset(4) == 2)  // b
        #expect(index.scalarOffset(text.count - 1) == 6)  // c
        #expect(index.scalarOffset(text.count) == 7)
        #expect(ScalarIndex(Array("abc".utf8)).scalarOffset(3) == 3)
    }

    @Test func documentJSONHasEveryContractKey() throws {
        var document = Document(text: "Hello.")
        document.sentences = [Sentence(range: 0..<6, tokens: 0..<2)]
        let json = document.json()
        for key in ["id", "title", "publishedAt", "author", "url", "text", "boilerplate", "captions", "sentences", "entities",
                    "quotes", "events", "dates", "integrity", "patchwork", "score", "foreignSentences",
                    "orphanReferences", "reusedFrom", "index", "start", "end"]
        {
            #expect(json.contains("\"\(key)\":"), "missing \(key)")
        }
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Fed in pieces, the same as at once, with and without the processor's SHA instructions.
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        for hardware in [true, false] {
            var hash = SHA256(hardware: hardware)
            hash.update(million[0..<333])
            hash.update(million[333...])
            #expect(hash.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        }
    }
}
