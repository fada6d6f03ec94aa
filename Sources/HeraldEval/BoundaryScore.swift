/// Precision, recall and F1 of predicted boundaries against gold ones.
public struct BoundaryScore: Sendable, Equatable, CustomStringConvertible {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds one document: sentence end offsets, the document's own end excluded.
    ///
    /// Offsets are moved left past white space first, so a sentence that swallows the spaces
    /// after it ends where the one without them does.
    public mutating func add(gold goldEnds: [Int], predicted predictedEnds: [Int], text: [Unicode.Scalar]) {
        func normalized(_ ends: [Int]) -> Set<Int> {
            var set = Set<Int>()
            let last = trimmedEnd(text.count, text)
            for end in ends {
                let e = trimmedEnd(min(end, text.count), text)
                if e > 0 && e < last { set.insert(e) }
            }
            return set
        }
        let g = normalized(goldEnds), p = normalized(predictedEnds)
        truePositives += g.intersection(p).count
        gold += g.count
        predicted += p.count
    }

    private func trimmedEnd(_ end: Int, _ text: [Unicode.Scalar]) -> Int {
        var e = end
        while e > 0, text[e - 1].properties.isWhitespace { e -= 1 }
        return e
    }

    public var description: String {
        "P \(Self.format(precision))  R \(Self.format(recall))  F1 \(Self.format(f1))  (\(truePositives) of \(gold) gold, \(predicted) predicted)"
    }

    /// `places` decimals, three unless told.
    public static func format(_ value: Double, places: Int = 3) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let units = Int((value * Double(scale)).rounded())
        let fraction = String(units % scale)
        return "\(units / scale).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }
}
