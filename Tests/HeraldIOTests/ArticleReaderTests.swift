import Foundation
import HeraldCore
import Testing
@testable import HeraldIO

private func read(_ paths: [String], _ options: ReaderOptions = ReaderOptions()) -> [Result<Document, InputError>] {
    Array(ArticleReader(paths: paths, options: options))
}

@Suite struct ArticleReaderTests {
    @Test func readsTextJSONAndJSONLines() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a/story.txt", "Headline\n\nBody.")
        try dir.write("b/record.json", #"{"id": "r1", "title": "T", "text": "Body one.", "published": "2016-09-05T08:00:00Z", "author": ["A. Writer", "B. Writer"], "url": "https://example.com/1"}"#)
        try dir.write("b/many.json", #"[{"text": "One."}, {"text": "Two."}]"#)
        try dir.write("c/feed.jsonl", "{\"id\": \"x\", \"text\": \"X.\"}\n\n{\"id\": \"y\", \"text\": \"Y.\", \"date\": \"September 5, 2016\"}\n")
        try dir.write("c/notes.csv", "ignored")
        let results = read([dir.path])
        let documents = try results.map { try $0.get() }
        #expect(documents.map(\.source).map { $0.replacingOccurrences(of: dir.path + "/", with: "") }
            == ["a/story.txt", "b/many.json[0]", "b/many.json[1]", "b/record.json", "c/feed.jsonl:1", "c/feed.jsonl:3"])
        let record = documents[3]
        #expect(record.id == "r1")
        #expect(record.title == "T")
        #expect(record.publishedAt == "2016-09-05")
        #expect(record.author == "A. Writer, B. Writer")
        #expect(record.url == "https://example.com/1")
        #expect(documents[5].publishedAt == "2016-09-05")
        #expect(documents[0].id == SHA256.hex(Array("Headline\n\nBody.".utf8)))
        #expect(documents[1].id != documents[2].id)
    }

    @Test func gzipInputsReadLikePlainOnes() throws {
        let dir = try TemporaryDirectory()
        let plain = try dir.write("story.txt", "Headline\n\nBody.")
        let packed = try dir.writeGzip("story.txt.gz", "Headline\n\nBody.")
        let lines = try dir.writeGzip("feed.jsonl.gz", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n")
        let results = try read([plain, packed, lines]).map { try $0.get() }
        #expect(results.count == 4)
        #expect(results[0].text == results[1].text)
        #expect(results[0].id == results[1].id)
        #expect(results[3].source.hasSuffix("feed.jsonl.gz:2"))
    }

    @Test func gzipFilesRoundTripAndRebuildIdentically() throws {
        let dir = try TemporaryDirectory()
        let text = Array(String(repeating: "A\tc:RUS\tcountry\tRussia\tRUS\tRUS\n", count: 5000).utf8)
        let a = dir.path + "/a.kb.gz", b = dir.path + "/b.kb.gz"
        try Gzip.write(text, to: a)
        try Gzip.write(text, to: b)
        #expect(try Gzip.read(a) == text)
        #expect(try Gzip.read(a, limit: 1 << 20).count == text.count)
        let packed = try #require(FileManager.default.contents(atPath: a)), again = try #require(FileManager.default.contents(atPath: b))
        #expect(packed == again, "the same bytes give the same file")
        #expect(packed.count < text.count / 10)
        #expect(throws: InputError.self) { try Gzip.read(dir.path + "/missing.gz") }
    }

    @Test func badInputsAreNamedAndTheRestGoOn() throws {
        let dir = try TemporaryDirectory()
        let empty = try dir.write("empty.txt", "")
        let binary = try dir.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2] + Array(repeating: 0, count: 100))
        let page = try dir.write("page.html", "<html><body><p>Hi</p></body></html>")
        let emptyDir = dir.path + "/nothing"
        try dir.write("nothing/readme.csv", "x")
        let feed = try dir.write("feed.jsonl", "{\"text\": \"Fine.\"}\n{broken\n[1]\n{\"title\": \"no text\"}\n{\"text\": \"Also fine.\"}\n")
        let good = try dir.write("good.txt", "Fine.")
        // A pipeline without an HTML reader refuses pages clearly.
        let results = read([dir.path + "/missing.txt", empty, binary, page, emptyDir, feed, good], ReaderOptions(acceptsHTML: false))
        let errors = results.compactMap { result -> InputError? in
            if case let .failure(error) = result { return error }
            return nil
        }
        #expect(errors.map(\.kind) == [
            .notFound, .empty, .binary, .htmlNotSupported, .noArticles,
            .invalidJSON("expected a string key at byte 1"),
            .invalidRecord("expected a JSON object, found an array"),
            .invalidRecord("no 'text' or 'html' field (keys: title)"),
        ])
        #expect(errors[5].input == feed + ":2")
        #expect(results.filter { (try? $0.get()) != nil }.count == 3)
        #expect(errors[0].description.hasSuffix("missing.txt: no such file or directory"))
    }

    @Test func pagesComeWithTheirHTML() throws {
        let dir = try TemporaryDirectory()
        let page = try dir.write("page.html", "<html><body><p>Hi</p></body></html>")
        let record = try dir.write("r.json", #"{"html": "<p>Hi</p>", "url": "https://x.example/a"}"#)
        let documents = try read([page, record]).map { try $0.get() }
        #expect(documents.allSatisfy { $0.html != nil && $0.layers == [.html] })
        #expect(documents[1].url == "https://x.example/a")
    }

    @Test func utf16WithAByteOrderMarkIsText() throws {
        let dir = try TemporaryDirectory()
        let text = "Caf\u{E9} talks end \u{1F600}.\n"
        let little = try dir.write("le.txt", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let sentence = "Caf\u{E9} talks end \u{1F600}."
        let big = try dir.write("be.json", [0xFE, 0xFF] + #"{"text": "\#(sentence)"}"#.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        // Without the mark, NUL bytes are binary.
        let bare = try dir.write("bare.txt", text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let results = read([little, big, bare])
        #expect(try results[0].get().textString == text)
        #expect(try results[1].get().textString == sentence)
        #expect(throws: InputError.self) { try results[2].get() }
        #expect(TextDecoding.utf8FromMarkedUTF16([0xFF, 0xFE, 0x3D, 0xD8]) == Array("\u{FFFD}".utf8), "an unpaired surrogate")
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let dir = try TemporaryDirectory()
        // Mostly UTF-8 with one stray byte: replaced, offset named.
        let mixed = try dir.write("mixed.txt", Array("Caf\u{E9} ".utf8) + [0xFF] + Array(" ok.".utf8))
        // Windows-1252 throughout: decoded as such.
        let latin = try dir.write("latin.txt", Array("Caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94])
        let documents = try read([mixed, latin]).map { try $0.get() }
        #expect(documents[0].textString == "Caf\u{E9} \u{FFFD} ok.")
        #expect(documents[0].warnings.first?.offset == 6)
        #expect(documents[1].textString == "Caf\u{E9} \u{201C}q\u{201D}")
        #expect(documents[1].warnings.first?.message.contains("Windows-1252") == true)
    }

    @Test func oversizedInputsAreRefusedWithoutReadingThemWhole() throws {
        let dir = try TemporaryDirectory()
        let big = try dir.write("big.txt", String(repeating: "Word. ", count: 2000))
        let packed = try dir.writeGzip("big.txt.gz", String(repeating: "Word. ", count: 2000))
        let feed = try dir.write("feed.jsonl", "{\"text\": \"\(String(repeating: "w", count: 5000))\"}\n{\"text\": \"Small.\"}\n")
        let results = read([big, packed, feed], ReaderOptions(maxBytes: 4096))
        guard case let .failure(error) = results[0] else { Issue.record("big.txt should fail"); return }
        #expect(error.kind == .tooLarge(bytes: 12000, limit: 4096))
        #expect(error.description.contains("over the 4 KB limit"))
        guard case .failure = results[1] else { Issue.record("big.txt.gz should fail"); return }
        guard case .failure = results[2] else { Issue.record("the long record should fail"); return }
        #expect(try results[3].get().textString == "Small.")
    }

    @Test func dateComesFromTheRecordThenTheOptionThenTheFileName() throws {
        let dir = try TemporaryDirectory()
        let named = try dir.write("nyt_2015-11-16_story.txt", "Body.")
        let record = try dir.write("r.json", #"{"text": "Body.", "date": "2014-01-02"}"#)
        #expect(try read([named])[0].get().publishedAt == "2015-11-16")
        #expect(try read([named], ReaderOptions(defaultDate: "2016-09-05"))[0].get().publishedAt == "2016-09-05")
        #expect(try read([record], ReaderOptions(defaultDate: "2016-09-05"))[0].get().publishedAt == "2014-01-02")
    }
}
