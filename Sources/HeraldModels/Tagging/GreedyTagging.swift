import HeraldCore

/// A sentence prepared for a left-to-right tagger: the features of token `i` given the two
/// classes chosen before it.
protocol TaggingContext {
    var count: Int { get }
    /// Writes the features of token `i` into `list`, which it empties first (reading the tokens it needs
    /// when first asked, if it will).
    mutating func features(_ i: Int, _ previous: Int, _ previous2: Int, into list: inout FeatureList)
}

/// Builds a token's feature list: each feature a template number and the values hashed with it.
struct FeatureList {
    private(set) var values: [UInt64] = []

    init(capacity: Int) { values.reserveCapacity(capacity) }

    /// Empties the list, keeping its storage for the next token.
    mutating func reset() { values.removeAll(keepingCapacity: true) }

    mutating func add(_ template: UInt8, _ build: (inout FeatureHash) -> Void = { _ in }) {
        var hash = FeatureHash(template)
        build(&hash)
        values.append(hash.value)
    }
}

/// Greedy left-to-right decoding and training shared by the taggers.
enum GreedyTagging {
    /// The class of each token, each chosen given the two before it: the best-scoring class that
    /// `allowed` lets follow the one before; where `settled` gives a token's class from the class
    /// before it, the model is not asked. (The context is borrowed, not copied: it fills in what it reads.)
    static func decode(_ model: AveragedPerceptron, _ context: inout some TaggingContext,
                       settled: (Int, Int) -> Int? = { _, _ in nil },
                       allowed: (Int, Int) -> Bool = { _, _ in true }) -> [Int] {
        var scratch = [Float](repeating: 0, count: model.classes)
        var chosen: [Int] = []
        chosen.reserveCapacity(context.count)
        var previous = -1, previous2 = -2
        var list = FeatureList(capacity: 32)
        for i in 0..<context.count {
            let guess: Int
            if let known = settled(i, previous) {
                guess = known
            } else {
                context.features(i, previous, previous2, into: &list)
                model.scores(list.values, into: &scratch)
                var best = -1
                for c in 0..<model.classes where allowed(c, previous) && (best < 0 || scratch[c] > scratch[best]) { best = c }
                guess = max(best, 0)
            }
            chosen.append(guess)
            previous2 = previous
            previous = guess
        }
        return chosen
    }

    /// Trains a model on contexts and their gold labels, shuffling with `seed` between passes;
    /// returns the averaged model and the label of each class.
    static func train<C: TaggingContext>(_ contexts: [C], _ gold: [[String]], iterations: Int, seed: UInt64,
                                         progress: (Int, Double) -> Void) -> (AveragedPerceptron, [String]) {
        let labels = Array(Set(gold.joined())).sorted()
        var contexts = contexts
        let classOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var model = AveragedPerceptron(classes: labels.count)
        var order = Array(contexts.indices)
        var random = SplitMix64(seed: seed)
        var scratch = [Float](repeating: 0, count: labels.count)
        var list = FeatureList(capacity: 32)
        for iteration in 0..<iterations {
            var correct = 0, total = 0
            for s in order {
                var previous = -1, previous2 = -2
                for i in 0..<contexts[s].count {
                    contexts[s].features(i, previous, previous2, into: &list)
                    let features = list.values
                    let guess = model.predict(features, scratch: &scratch)
                    let truth = classOf[gold[s][i]]!
                    model.update(features, truth: truth, guess: guess)
                    if guess == truth { correct += 1 }
                    total += 1
                    previous2 = previous
                    previous = guess
                }
            }
            progress(iteration + 1, Double(correct) / Double(max(total, 1)))
            order.shuffle(using: &random)
        }
        model.average(pruneBelow: 0.05)
        return (model, labels)
    }
}
