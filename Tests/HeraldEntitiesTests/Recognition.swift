import HeraldCore
import HeraldText
@testable import HeraldEntities

/// The text stages and the entity recognizer, built once for this target's suites.
let recognition = try! Pipeline(Pipeline.textComponents + [EntityRecognizer()])

/// The entities found in `text`, read as published on `date` (by default a day of the 2016 American campaign).
func recognize(_ text: String, date: String? = "2016-09-25") throws -> [Entity] {
    try recognition.run(Document(text: text, publishedAt: date)).entities
}

/// The entities found in `text`, read as published on `date` (by default the day after the 2016 G20 summit).
func entities(_ text: String, date: String = "2016-09-05") throws -> [Entity] {
    try recognize(text, date: date)
}
