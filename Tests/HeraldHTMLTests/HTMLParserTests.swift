import Testing
@testable import HeraldHTML

private func parse(_ html: String) -> HTMLDocument { HTMLParser.parse(Array(html.utf8)) }

private func texts(_ document: HTMLDocument) -> [String] {
    document.nodes.indices.filter { document.nodes[$0].isText }.map { document.text($0) }
}

@Suite struct HTMLParserTests {
    @Test func buildsATreeWithAttributesAndDecodedText() throws {
        let document = parse(#"<html><body><div class="a b" id=main data-x='1'><p>Caf&eacute; &amp; &#8220;tea&#x201D; &nbsp;x</p></div></body></html>"#)
        let div = try #require(document.elements(.div).first)
        #expect(document.attribute(div, "class") == "a b")
        #expect(document.attribute(div, "id") == "main")
        #expect(document.attribute(div, "data-x") == "1")
        let p = try #require(document.elements(.p).first)
        #expect(document.nodes[p].parent == Int32(div))
        #expect(document.textContent(p) == "Café & “tea” x")
    }

    @Test func rawTextCommentsAndForeignContentDoNotLeak() {
        let document = parse("""
        <p>one</p><script>if (a < b) { document.write("<p>no</p>") }</script><!-- <p>hidden</p> -->
        <style>p { color: red }</style><svg><text>drawing</text><svg><g/></svg></svg><![CDATA[x]]><p>two</p>
        """)
        let paragraphs = document.elements(.p).map { document.textContent($0) }
        #expect(paragraphs == ["one", "two"])
        #expect(!texts(document).contains { $0.contains("drawing") })
    }

    @Test func impliedEndTagsCloseParagraphsAndListItems() {
        let document = parse("<p>first<p>second<div>block</div><ul><li>a<li>b</ul>")
        #expect(document.elements(.p).map { document.textContent($0) } == ["first", "second"])
        #expect(document.elements(.li).map { document.textContent($0) } == ["a", "b"])
        let div = document.elements(.div)[0]
        #expect(document.nodes[Int(document.nodes[div].parent)].tag != .p)
    }

    @Test func aSecondBodyAndEarlyEndTagsCloseNothing() throws {
        let document = parse("<html><body><article><p>Before <body><img src=a.png><p>Chart</p></body></p><p>After the chart.</p></article></body></html><p>Trailing.</p>")
        #expect(document.elements(.body).count == 1)
        let article = try #require(document.elements(.article).first)
        #expect(document.textContent(article).contains("After the chart."), "the article goes on after the widget's </body>")
    }

    @Test func headingsCloseHeadings() {
        let document = parse("<h1>Title<div></div><h3>By a writer</h3><h2>Section</h1><p>text</p>")
        #expect(document.elements(.h1).map { document.textContent($0) } == ["Title"])
        #expect(document.elements(.h2).map { document.textContent($0) } == ["Section"])
        #expect(document.nodes[Int(document.nodes[document.elements(.p)[0]].parent)].tag != .h2)
    }

    @Test func streamedContentTakesItsPlaceholdersPlace() throws {
        let document = parse("""
        <body><main><h1>Title</h1><template id="B:0"></template><p>end</p></main>
        <div hidden id="S:0"><p>first <template id="P:1"></template></p></div><div hidden id="S:1"><b>second</b></div></body>
        """)
        let main = try #require(document.elements(.main).first)
        #expect(document.textContent(main) == "Title first second end")
        let hidden = document.elements(.div).filter { document.hasAttribute($0, "hidden") }
        #expect(hidden.allSatisfy { document.textContent($0).isEmpty })
    }

    @Test func malformedInputNeverBreaksIt() {
        let inputs = [
            "", "<", "<<<>>>", "</p></div>", "<div", "<div class=\"open", "<p>unclosed <b>bold <i>both",
            "<!--", "<script>never closed", "<a href='x>broken</a>", String(repeating: "<div>", count: 5000) + "deep",
            "<title>T</title><p>&bogus; &#xZZ; &#99999999; &</p>", "\u{0}\u{1}<p>\u{FFFD}</p>",
        ]
        for input in inputs {
            let document = parse(input)
            #expect(!document.nodes.isEmpty)
            _ = document.textContent(0)
        }
        let deep = parse(String(repeating: "<div>", count: 5000) + "deep")
        #expect(deep.textContent(0) == "deep")
    }

    @Test func strayEndTagsAreIgnoredAndUnknownTagsMatchByName() {
        let document = parse("<custom-box><p>in</p></span></custom-box><p>out</p>")
        let boxes = document.nodes.indices.filter { !document.nodes[$0].isText && document.tagName($0) == "custom-box" }
        #expect(boxes.count == 1)
        #expect(document.textContent(boxes[0]) == "in")
    }
}

@Suite struct HTMLEncodingTests {
    @Test func declaredCharsets() {
        #expect(HTMLEncoding.declared(Array(#"<meta charset="utf-8">"#.utf8)) == .utf8)
        #expect(HTMLEncoding.declared(Array(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#.utf8)) == .windows1252)
        #expect(HTMLEncoding.declared([0xEF, 0xBB, 0xBF] + Array("<p>".utf8)) == .utf8)
        #expect(HTMLEncoding.declared(Array("<p>nothing</p>".utf8)) == nil)
        #expect(HTMLEncoding.declared(Array(#"<meta charset="Shift_JIS">"#.utf8)) == .legacy("shift_jis"))
        #expect(HTMLEncoding.declared(Array(#"<meta charset="x-unknown-9">"#.utf8)) == nil)
        #expect(HTMLEncoding.declared(Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><html>"#.utf8)) == .windows1252)
        #expect(HTMLEncoding.declared(Array(#"<?xml version="1.0"?><html><meta charset="koi8-r">"#.utf8)) == .legacy("koi8-r"))
    }

    @Test func legacyAndUTF16PagesBecomeUTF8() {
        let japanese = Array(#"<meta charset="shift_jis"><p>"#.utf8) + [0x89, 0xEF, 0x92, 0x6B] + Array("</p>".utf8)  // 会談
        #expect(String(decoding: HTMLEncoding.utf8(japanese).bytes, as: UTF8.self).hasSuffix("<p>会談</p>"))
        let russian = Array(#"<meta content="text/html; charset=windows-1251" http-equiv="Content-Type"><p>"#.utf8) + [0xCC, 0xE8, 0xF0]
        #expect(String(decoding: HTMLEncoding.utf8(russian).bytes, as: UTF8.self).hasSuffix("<p>Мир"))
        let chinese = Array(#"<meta charset="gb2312"><p>"#.utf8) + [0xBB, 0xE1, 0xCC, 0xB8]  // 会谈
        #expect(String(decoding: HTMLEncoding.utf8(chinese).bytes, as: UTF8.self).hasSuffix("<p>会谈"))
        let utf16: [UInt8] = [0xFF, 0xFE] + #"<meta charset="utf-16"><p>café</p>"#.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(String(decoding: HTMLEncoding.utf8(utf16).bytes, as: UTF8.self) == #"<meta charset="utf-16"><p>café</p>"#)
        // Declared Shift_JIS, written in something else: read as UTF-8 or Windows-1252, with a warning.
        let wrong = Array(#"<meta charset="shift_jis"><p>caf"#.utf8) + [0xE9, 0xFF] + Array("</p>".utf8)
        let (bytes, warning) = HTMLEncoding.utf8(wrong)
        #expect(String(decoding: bytes, as: UTF8.self).contains("café"))
        #expect(warning?.code == "invalid-charset" && warning?.message.contains("shift_jis") == true)
    }

    @Test func latinPagesBecomeUTF8AndWrongDeclarationsAreSurvived() {
        let latin = Array(#"<meta charset="windows-1252"><p>caf"#.utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94]
        #expect(String(decoding: HTMLEncoding.utf8(latin).bytes, as: UTF8.self).hasSuffix("café “q”"))
        // Declared Latin, really UTF-8: kept as UTF-8.
        let mislabeled = Array(#"<meta charset="iso-8859-1"><p>café</p>"#.utf8)
        #expect(String(decoding: HTMLEncoding.utf8(mislabeled).bytes, as: UTF8.self).contains("café"))
        // Declared Latin, really UTF-8 with a stray byte: UTF-8, repaired.
        let strayed = Array(#"<meta charset="windows-1252"><p>café "#.utf8) + [0xFF] + Array("</p>".utf8)
        #expect(String(decoding: HTMLEncoding.utf8(strayed).bytes, as: UTF8.self).contains("café \u{FFFD}"))
        // Declared UTF-8 with a stray Latin byte: repaired, with a warning.
        let broken = Array(#"<meta charset="utf-8"><p>café "#.utf8) + [0xE9] + Array("</p>".utf8)
        let (bytes, warning) = HTMLEncoding.utf8(broken)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\u{FFFD}"))
        #expect(warning?.code == "invalid-utf8" && warning?.offset == 31)
    }
}
