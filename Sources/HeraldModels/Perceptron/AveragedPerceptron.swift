/// A multi-class averaged perceptron over hashed sparse features (Collins 2002; the tagger
/// design Honnibal described for spaCy's first versions), written for Herald.
public struct AveragedPerceptron: Sendable {
    /// Number of classes.
    public let classes: Int
    /// Row of each feature in ``weights``.
    var rows: [UInt64: Int32] = [:]
    /// Weights, `classes` per row.
    var weights: [Float] = []
    /// The rows again as an open-addressing table, built once training is over.
    var table: FeatureTable?
    // Training state for averaging: running totals and the step each weight last changed.
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    private var step: Int32 = 0

    /// An untrained model.
    public init(classes: Int) { self.classes = classes }

    /// The score of each class for `features`.
    public func scores(_ features: [UInt64], into scores: inout [Float]) {
        let classes = classes
        scores.withUnsafeMutableBufferPointer { out in
            guard let out = out.baseAddress else { return }
            out.update(repeating: 0, count: classes)
            weights.withUnsafeBufferPointer { w in
                guard let w = w.baseAddress else { return }
                // Up to eight classes, a row at a time: eight lanes added at once, each in the features' order, so
                // the sums are those of the loop below. (A model with a table is finished: its rows end in padding.)
                if classes <= 8, let table {
                    assert(weights.count >= rows.count * classes + Self.padding)
                    var sums = SIMD8<Float>(repeating: 0)
                    for feature in features {
                        let row = table.row(feature)
                        guard row >= 0 else { continue }
                        sums += UnsafeRawPointer(w + Int(row) * classes).loadUnaligned(as: SIMD8<Float>.self)
                    }
                    for c in 0..<classes { out[c] = sums[c] }
                    return
                }
                for feature in features {
                    let row: Int32
                    if let table { row = table.row(feature) } else { row = rows[feature] ?? -1 }
                    guard row >= 0 else { continue }
                    let weights = w + Int(row) * classes
                    for c in 0..<classes { out[c] += weights[c] }
                }
            }
        }
    }

    /// The best class for `features`.
    public func predict(_ features: [UInt64], scratch: inout [Float]) -> Int {
        scores(features, into: &scratch)
        var best = 0
        for c in 1..<classes where scratch[c] > scratch[best] { best = c }
        return best
    }

    /// Learns from one example: when `guess` is wrong, features move toward `truth`.
    public mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        step += 1
        guard truth != guess else { return }
        for feature in features {
            let row = rowIndex(feature)
            bump(row * classes + truth, by: 1)
            bump(row * classes + guess, by: -1)
        }
    }

    private mutating func rowIndex(_ feature: UInt64) -> Int {
        if let row = rows[feature] { return Int(row) }
        let row = rows.count
        rows[feature] = Int32(row)
        weights.append(contentsOf: repeatElement(0, count: classes))
        totals.append(contentsOf: repeatElement(0, count: classes))
        stamps.append(contentsOf: repeatElement(0, count: classes))
        return row
    }

    private mutating func bump(_ index: Int, by delta: Float) {
        totals[index] += Double(step - stamps[index]) * Double(weights[index])
        stamps[index] = step
        weights[index] += delta
    }

    /// Replaces each weight by its average over training, and drops features left near zero.
    public mutating func average(pruneBelow threshold: Float = 0.0) {
        var keptRows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (feature, row) in rows {
            var values = [Float](repeating: 0, count: classes)
            var largest: Float = 0
            for c in 0..<classes {
                let i = Int(row) * classes + c
                let total = totals[i] + Double(step - stamps[i]) * Double(weights[i])
                values[c] = Float(total / Double(max(step, 1)))
                largest = max(largest, abs(values[c]))
            }
            if largest > threshold {
                keptRows[feature] = Int32(keptRows.count)
                kept.append(contentsOf: values)
            }
        }
        rows = keptRows
        weights = kept
        totals = []
        stamps = []
        finish()
    }

    /// The mean of trained models over the same classes: each feature's weights averaged, 0 where a
    /// model lacks it. Models trained on the same data in other orders err apart; their mean is steadier
    /// than any one of them.
    public static func mean(of models: [AveragedPerceptron]) -> AveragedPerceptron {
        precondition(!models.isEmpty && models.allSatisfy { $0.classes == models[0].classes })
        let classes = models[0].classes
        var merged = AveragedPerceptron(classes: classes)
        let share = 1 / Float(models.count)
        for model in models {
            for (feature, row) in model.rows.sorted(by: { $0.key < $1.key }) {
                let target: Int
                if let known = merged.rows[feature] { target = Int(known) } else {
                    target = merged.rows.count
                    merged.rows[feature] = Int32(target)
                    merged.weights.append(contentsOf: repeatElement(0, count: classes))
                }
                for c in 0..<classes { merged.weights[target * classes + c] += model.weights[Int(row) * classes + c] * share }
            }
        }
        merged.finish()
        return merged
    }

    /// Floats after a finished model's last row, so that eight of them can be read from any row.
    static let padding = 8

    /// Ends a model's training or reading: its rows padded (see ``padding``) and looked up by a table from now on.
    mutating func finish() {
        weights.append(contentsOf: repeatElement(0, count: Self.padding))
        table = FeatureTable(rows)
    }

    /// Number of features with weights.
    public var featureCount: Int { rows.count }
}
