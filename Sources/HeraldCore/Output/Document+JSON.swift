extension Document {
    /// The document as the article JSON contract (shared/spec/article-json.md), every key present.
    ///
    /// `indent` > 0 pretty-prints; 0 gives one line, for JSON Lines.
    public func json(indent: Int = 2) -> String {
        var writer = JSONWriter(indent: indent, capacity: text.count * 3 + 1024)
        write(to: &writer)
        return writer.string
    }

    /// Writes the document as one JSON object.
    public func write(to w: inout JSONWriter) {
        let index = ScalarIndex(text)
        w.beginObject()
        w.key("id"); w.value(id)
        w.key("source"); w.value(source)
        w.key("title"); w.value(title)
        w.key("publishedAt"); w.value(publishedAt)
        w.key("author"); w.value(author)
        w.key("url"); w.value(url)
        w.key("text"); w.value(utf8: text)
        w.key("boilerplate"); w.value(boilerplate)
        w.key("captions"); w.value(captions)

        w.key("sentences")
        w.beginArray()
        for (number, sentence) in sentences.enumerated() {
            w.beginObject()
            w.key("index"); w.value(number)
            writeSpan(sentence.range, index: index, to: &w)
            w.endObject()
        }
        w.endArray()

        w.key("entities")
        w.beginArray()
        for entity in entities { write(entity, index: index, to: &w) }
        w.endArray()

        w.key("quotes")
        w.beginArray()
        for quote in quotes { write(quote, index: index, to: &w) }
        w.endArray()

        w.key("events")
        w.beginArray()
        for event in events { write(event, to: &w) }
        w.endArray()

        w.key("dates")
        w.beginArray()
        for date in dates {
            w.beginObject()
            w.key("sentence"); w.value(date.sentence)
            writeSpan(date.start..<date.end, index: index, to: &w)
            w.key("value"); w.value(date.value)
            w.endObject()
        }
        w.endArray()

        w.key("integrity"); write(integrity, index: index, to: &w)

        w.key("warnings")
        w.beginArray()
        for warning in warnings {
            w.beginObject()
            w.key("code"); w.value(warning.code)
            w.key("message"); w.value(warning.message)
            w.key("offset"); if let offset = warning.offset { w.value(offset) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// Writes `start`, `end` (in scalars) and `text` of a byte range.
    private func writeSpan(_ range: Range<Int>, index: ScalarIndex, to w: inout JSONWriter) {
        w.key("start"); w.value(index.scalarOffset(range.lowerBound))
        w.key("end"); w.value(index.scalarOffset(range.upperBound))
        w.key("text"); w.value(utf8: text[range])
    }

    private func write(_ entity: Entity, index: ScalarIndex, to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(entity.id)
        w.key("type"); w.value(entity.kind.rawValue)
        w.key("name"); w.value(entity.name)
        w.key("country"); w.value(entity.country)
        w.key("role"); w.value(entity.role)
        w.key("actor"); w.value(entity.actor)
        w.key("mentions")
        w.beginArray()
        for mention in entity.mentions {
            w.beginObject()
            w.key("sentence"); w.value(mention.sentence)
            writeSpan(mention.start..<mention.end, index: index, to: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private func write(_ quote: Quote, index: ScalarIndex, to w: inout JSONWriter) {
        w.beginObject()
        w.key("sentence"); w.value(quote.sentence)
        writeSpan(quote.start..<quote.end, index: index, to: &w)
        w.key("kind"); w.value(quote.kind.rawValue)
        w.key("speaker"); w.value(quote.speaker)
        w.key("speakerEntity"); w.value(quote.speakerEntity)
        w.key("speakerText"); w.value(quote.speakerText)
        w.key("cue"); w.value(quote.cue)
        w.endObject()
    }

    private func write(_ event: Event, to w: inout JSONWriter) {
        w.beginObject()
        w.key("sentence"); w.value(event.sentence)
        w.key("source"); w.value(event.source)
        w.key("target"); w.value(event.target)
        w.key("sourceEntity"); w.value(event.sourceEntity)
        w.key("targetEntity"); w.value(event.targetEntity)
        w.key("code"); w.value(event.code)
        w.key("root"); w.value(event.root)
        w.key("quadClass"); w.value(event.quadClass)
        w.key("goldstein"); w.value(event.goldstein)
        w.key("date"); w.value(event.date)
        w.key("location")
        if let location = event.location {
            w.beginObject()
            w.key("name"); w.value(location.name)
            w.key("country"); w.value(location.country)
            w.key("admin1"); w.value(location.admin1)
            w.key("lat"); w.value(location.lat)
            w.key("lon"); w.value(location.lon)
            w.endObject()
        } else {
            w.null()
        }
        w.key("text"); w.value(utf8: text[event.start..<event.end])
        w.endObject()
    }

    private func write(_ integrity: Integrity, index: ScalarIndex, to w: inout JSONWriter) {
        w.beginObject()
        w.key("patchwork"); w.value(integrity.patchwork)
        w.key("score"); w.value(integrity.score)
        w.key("foreignSentences"); w.value(integrity.foreignSentences)
        w.key("orphanReferences")
        w.beginArray()
        for orphan in integrity.orphanReferences {
            w.beginObject()
            w.key("sentence"); w.value(orphan.sentence)
            writeSpan(orphan.start..<orphan.end, index: index, to: &w)
            w.endObject()
        }
        w.endArray()
        w.key("reusedFrom")
        w.beginArray()
        for reuse in integrity.reusedFrom {
            w.beginObject()
            w.key("sentence"); w.value(reuse.sentence)
            w.key("article"); w.value(reuse.article)
            w.key("similarity"); w.value(reuse.similarity)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
