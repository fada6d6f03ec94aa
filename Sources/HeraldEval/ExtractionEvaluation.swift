import Foundation
import HeraldCore
import HeraldHTML
import HeraldIO
import HeraldText

/// Article extraction scored on the ScrapingHub benchmark and on WCXB.
public struct ExtractionEvaluation {
    /// One page with what is known to be right about it.
    public struct Page: Sendable {
        public var id: String
        public var path: String
        public var html: [UInt8]
        public var body: String
        public var title: String?
        public var date: String?
        public var author: String?
        public var url: String?
    }

    /// What an extractor produced for one page.
    public struct Output: Sendable {
        public var text: String
        public var title: String?
        public var date: String?
        public var author: String?
        /// The page's own last-modified date, when it gives one.
        public var modified: String?
        public init(text: String, title: String?, date: String?, author: String? = nil, modified: String? = nil) {
            self.text = text
            self.title = title
            self.date = date
            self.author = author
            self.modified = modified
        }
    }

    /// Scores over a set of pages.
    public struct Score: Sendable, CustomStringConvertible {
        public var pages = 0
        /// ScrapingHub: summed normalised shingle counts.
        public var tp = 0.0, fp = 0.0, fn = 0.0
        /// WCXB: summed word F1.
        public var wordF1Sum = 0.0
        public var titles = 0, titlesRight = 0
        public var authors = 0, authorsRight = 0
        public var dates = 0, datesRight = 0
        /// Dates right, counting as right the page's modified date where the truth took that.
        public var datesRightOrModified = 0

        public var shinglePrecision: Double { tp + fp == 0 ? 0 : tp / (tp + fp) }
        public var shingleRecall: Double { tp + fn == 0 ? 0 : tp / (tp + fn) }
        public var shingleF1: Double {
            let p = shinglePrecision, r = shingleRecall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        public var wordF1: Double { pages == 0 ? 0 : wordF1Sum / Double(pages) }

        public var description: String {
            func f(_ x: Double) -> String { BoundaryScore.format(x) }
            var parts = ["\(pages) pages", "shingle F1 \(f(shingleF1)) (P \(f(shinglePrecision)) R \(f(shingleRecall)))",
                         "word F1 \(BoundaryScore.format(wordF1, places: 4))"]
            if titles > 0 { parts.append("headline \(titlesRight)/\(titles) (\(f(Double(titlesRight) / Double(titles))))") }
            if authors > 0 { parts.append("author \(authorsRight)/\(authors) (\(f(Double(authorsRight) / Double(authors))))") }
            if dates > 0 {
                parts.append("date \(datesRight)/\(dates) (\(f(Double(datesRight) / Double(dates))))")
                if datesRightOrModified > datesRight {
                    parts.append("date or its modified date \(datesRightOrModified)/\(dates) (\(f(Double(datesRightOrModified) / Double(dates))))")
                }
            }
            return parts.joined(separator: " · ")
        }
    }

    public let pages: [Page]

    /// The ScrapingHub pages under `directory` (`html/*.html.gz`, `ground-truth.json`).
    public static func scrapinghub(_ directory: String) throws -> ExtractionEvaluation {
        let truth = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/ground-truth.json"))))
        guard case let .object(entries) = truth else { throw EvaluationError("\(directory)/ground-truth.json: not an object") }
        var pages: [Page] = []
        for (id, entry) in entries.sorted(by: { $0.0 < $1.0 }) {
            let path = "\(directory)/html/\(id).html.gz"
            pages.append(Page(id: id, path: path, html: try readPage(path), body: entry["articleBody"]?.string ?? "",
                              url: entry["url"]?.string))
        }
        return ExtractionEvaluation(pages: pages)
    }

    /// The WCXB pages of `split` under `directory` (`SPLIT/html/*.html.gz`, `SPLIT/ground-truth/*.json`).
    public static func wcxb(_ directory: String, split: String) throws -> ExtractionEvaluation {
        let truthDirectory = "\(directory)/\(split)/ground-truth"
        let files = try FileManager.default.contentsOfDirectory(atPath: truthDirectory).filter { $0.hasSuffix(".json") }.sorted()
        var pages: [Page] = []
        for file in files {
            let record = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(truthDirectory)/\(file)"))))
            guard let truth = record["ground_truth"], let body = truth["main_content"]?.string, !body.isEmpty else { continue }
            let id = String(file.dropLast(5))
            let path = "\(directory)/\(split)/html/\(id).html.gz"
            pages.append(Page(id: id, path: path, html: try readPage(path), body: body, title: truth["title"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                              date: truth["publish_date"]?.string.flatMap(PublicationDate.normalize),
                              author: truth["author"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                              url: record["url"]?.string))
        }
        return ExtractionEvaluation(pages: pages)
    }

    private static func readPage(_ path: String) throws -> [UInt8] {
        for item in ArticleReader(paths: [path], options: ReaderOptions(maxBytes: 64 << 20, acceptsHTML: true)) {
            let document = try item.get()
            return document.html ?? document.text
        }
        throw EvaluationError("\(path): no page")
    }

    /// Herald's output for a page: the HTML reader, then the cleaner's boilerplate removal.
    public static func herald(_ page: Page) -> Output {
        var document = Document(id: page.id, source: page.path, text: [])
        document.html = page.html
        document.url = page.url
        document.layers = [.html]
        HTMLReader().process(&document)
        Cleaner().process(&document)
        return Output(text: document.textString, title: document.title, date: document.publishedAt, author: document.author)
    }

    /// The page's own last-modified date, for scoring dates against truths that took it.
    public static func modifiedDate(_ page: Page) -> String? {
        MetadataExtractor.extract(HTMLParser.parse(HTMLEncoding.utf8(page.html).bytes)).modified
    }

    /// Scores `outputs` (one per page, in order).
    public func score(_ outputs: [Output]) -> Score {
        var score = Score()
        for (page, output) in zip(pages, outputs) {
            score.pages += 1
            let counts = TextOverlap.shingleCounts(predicted: output.text, reference: page.body)
            score.tp += counts.tp
            score.fp += counts.fp
            score.fn += counts.fn
            score.wordF1Sum += TextOverlap.wordF1(predicted: output.text, reference: page.body)
            if page.title != nil {
                score.titles += 1
                if Field.headline.isRight(page, output) { score.titlesRight += 1 }
            }
            if page.author != nil {
                score.authors += 1
                if Field.author.isRight(page, output) { score.authorsRight += 1 }
            }
            if let date = page.date {
                score.dates += 1
                if Field.date.isRight(page, output) {
                    score.datesRight += 1
                    score.datesRightOrModified += 1
                } else if output.modified == date {
                    score.datesRightOrModified += 1
                }
            }
        }
        return score
    }
}

extension ExtractionEvaluation {
    /// A field of metadata scored on WCXB.
    public enum Field: String, CaseIterable, Sendable {
        case headline, author, date

        /// The field in the ground truth.
        public var truth: KeyPath<Page, String?> {
            switch self { case .headline: \.title; case .author: \.author; case .date: \.date }
        }

        /// The field in an extractor's output.
        public var predicted: KeyPath<Output, String?> {
            switch self { case .headline: \.title; case .author: \.author; case .date: \.date }
        }

        /// Whether `output` has this field of `page` right: a headline with word F1 ≥ 0.9, an author
        /// with word F1 ≥ 0.8 ("A, B and C" for "A, B, C"), a date on the same day.
        public func isRight(_ page: Page, _ output: Output) -> Bool {
            guard let truth = page[keyPath: self.truth], let predicted = output[keyPath: self.predicted] else { return false }
            switch self {
            case .headline: return TextOverlap.wordF1(predicted: predicted, reference: truth) >= 0.9
            case .author: return TextOverlap.wordF1(predicted: predicted, reference: truth) >= 0.8
            case .date: return PublicationDate.normalize(predicted) == truth
            }
        }
    }
}

/// An evaluation input that cannot be read.
public struct EvaluationError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
