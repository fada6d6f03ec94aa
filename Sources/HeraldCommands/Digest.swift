import Foundation
import Herald

/// The `text` format: what a person reads in a terminal.
struct Digest {
    let color: Bool

    private func style(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func render(_ document: Document) -> String {
        var out = style(document.title ?? "(no headline)", "1") + "\n"
        var facts = [document.source]
        facts.append("published \(document.publishedAt ?? "unknown")")
        if let author = document.author { facts.append("by \(author)") }
        facts.append("\(document.sentences.count) sentence\(document.sentences.count == 1 ? "" : "s")")
        if !document.boilerplate.isEmpty {
            facts.append("\(document.boilerplate.count) boilerplate line\(document.boilerplate.count == 1 ? "" : "s") removed")
        }
        if !document.captions.isEmpty {
            facts.append("\(document.captions.count) picture caption\(document.captions.count == 1 ? "" : "s") set apart")
        }
        out += style(facts.joined(separator: " · "), "2") + "\n"
        if let url = document.url { out += style(url, "2") + "\n" }
        out += "\n"
        let width = String(max(document.sentences.count - 1, 0)).count
        for (index, sentence) in document.sentences.enumerated() {
            let number = String(index)
            let label = String(repeating: " ", count: width - number.count) + number
            let text = document.string(of: sentence).split(whereSeparator: \.isNewline).joined(separator: " ")
            out += style(label, "2") + "  " + text + "\n"
        }
        if !document.entities.isEmpty {
            out += "\n" + style("Entities", "1") + "\n"
            for entity in document.entities {
                let code = entity.actor.map { " [\($0)]" } ?? ""
                let about = [entity.kind.rawValue, entity.role.map { "\(entity.country ?? "") \($0)".trimmingCharacters(in: .whitespaces) }]
                    .compactMap { $0 }.joined(separator: ", ")
                out += "  \(entity.name) (\(about))\(code) ×\(entity.mentions.count)\n"
            }
        }
        if !document.quotes.isEmpty {
            out += "\n" + style("Quotes", "1") + "\n"
            for quote in document.quotes {
                out += "  \(quote.speaker ?? quote.speakerText ?? "unknown"): “\(document.string(quote.start..<quote.end))”\n"
            }
        }
        if !document.events.isEmpty {
            out += "\n" + style("Events", "1") + "\n"
            for event in document.events {
                out += "  \(event.source ?? "?") \(event.code) \(event.target ?? "?") (sentence \(event.sentence))\n"
            }
        }
        if document.integrity.patchwork == true {
            out += "\n" + style("Patchwork: sentences \(document.integrity.foreignSentences.map(String.init).joined(separator: ", ")) do not belong to the main story", "33") + "\n"
        }
        for warning in document.warnings { out += style("warning: \(warning.message)", "33") + "\n" }
        return out
    }
}
