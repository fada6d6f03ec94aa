/// The overlap measures extraction benchmarks use.
public enum TextOverlap {
    /// Words as Python's `\w+` finds them: runs of letters, digits and underscores.
    public static func words(_ text: String, lowercased: Bool) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in (lowercased ? text.lowercased() : text).unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// WCXB's word F1: bag-of-words overlap of lowercased words.
    public static func wordF1(predicted: String, reference: String) -> Double {
        let p = counts(words(predicted, lowercased: true)), r = counts(words(reference, lowercased: true))
        let referenceTotal = r.values.reduce(0, +), predictedTotal = p.values.reduce(0, +)
        if referenceTotal == 0 { return predictedTotal == 0 ? 1 : 0 }
        if predictedTotal == 0 { return 0 }
        let overlap = p.reduce(0) { $0 + min($1.value, r[$1.key] ?? 0) }
        let precision = Double(overlap) / Double(predictedTotal), recall = Double(overlap) / Double(referenceTotal)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// The ScrapingHub benchmark's shingle counts: true positives, false positives and false
    /// negatives over 4-word shingles, normalised to sum to one so that every page weighs the same.
    public static func shingleCounts(predicted: String, reference: String, n: Int = 4) -> (tp: Double, fp: Double, fn: Double) {
        let p = counts(shingles(predicted, n)), r = counts(shingles(reference, n))
        var tp = 0.0, fp = 0.0, fn = 0.0
        for key in Set(p.keys).union(r.keys) {
            let predictedCount = Double(p[key] ?? 0), referenceCount = Double(r[key] ?? 0)
            tp += min(predictedCount, referenceCount)
            fp += max(0, predictedCount - referenceCount)
            fn += max(0, referenceCount - predictedCount)
        }
        let sum = tp + fp + fn
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0)
    }

    static func shingles(_ text: String, _ n: Int) -> [String] {
        let tokens = words(text, lowercased: false)
        var result: [String] = []
        for i in 0..<max(1, tokens.count - n + 1) {
            let shingle = tokens[i..<min(tokens.count, i + n)].joined(separator: " ")
            if !shingle.isEmpty { result.append(shingle) }
        }
        return result
    }

    static func counts(_ items: [String]) -> [String: Int] {
        var table: [String: Int] = [:]
        for item in items { table[item, default: 0] += 1 }
        return table
    }
}
