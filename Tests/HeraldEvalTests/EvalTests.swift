import Testing
@testable import HeraldEval

private let sample = """
# newdoc id = d1
# newpar id = p1
# sent_id = 1
# text = Hello there.
1\tHello\thello\tINTJ\tUH\t_\t0\troot\t_\t_
2\tthere\tthere\tADV\tRB\t_\t1\tadvmod\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

# sent_id = 2
# text = Bye.
1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No
2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

# newpar id = p2
# sent_id = 3
# text = Mr. Smith won't go.
1\tMr.\tMr.\tPROPN\tNNP\t_\t2\tcompound\t_\t_
2\tSmith\tSmith\tPROPN\tNNP\t_\t4\tnsubj\t_\t_
3-4\twon't\t_\t_\t_\t_\t_\t_\t_\t_
3\two\twill\tAUX\tMD\t_\t5\taux\t_\tSpaceAfter=No
4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_
5\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_

"""

/// A GUM-style sentence written for these tests: a linked mention that goes on past the name, a place inside it.
private let gumSample = """
# newdoc id = test
# sent_id = test-1
# text = Joshua Norton , a merchant of San Francisco , reigned .
1\tJoshua\tJoshua\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Joshua_Norton
2\tNorton\tNorton\tPROPN\tNNP\t_\t1\tflat\t_\t_
3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_
4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_
5\tmerchant\tmerchant\tNOUN\tNN\t_\t1\tappos\t_\t_
6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_
7\tSan\tSan\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=(2-place-new-sssss-cf2-1-coref-San_Francisco
8\tFrancisco\tFrancisco\tPROPN\tNNP\t_\t7\tflat\t_\tEntity=2)1)
9\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_
10\treigned\treign\tVERB\tVBD\t_\t1\tacl\t_\t_
11\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

"""

@Suite struct EvalTests {
    @Test func gumMentionsAreTheirNames() {
        let sentences = GUMEntities.sentences(CoNLLU(parsing: gumSample))
        #expect(sentences.first?.map(\.tag) == ["B-PER", "I-PER", "O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "O"],
                "the name, not what the linked mention goes on to say; the place within it is a name too")
    }

    @Test func readsDocumentsParagraphsAndTokens() {
        let treebank = CoNLLU(parsing: sample)
        #expect(treebank.documents.count == 1)
        #expect(treebank.documents[0].paragraphs.map(\.count) == [2, 1])
        #expect(treebank.sentences[2].forms == ["Mr.", "Smith", "wo", "n't", "go", "."])
        #expect(treebank.sentences[0].spaceAfter == [true, false, true])
        let (text, ends) = treebank.documents[0].rawText()
        #expect(text == "Hello there. Bye.\n\nMr. Smith won't go.")
        #expect(ends == [12, 17, 38])
    }

    @Test func scoresBoundaries() {
        let evaluation = SentenceEvaluation(treebank: CoNLLU(parsing: sample))
        let herald = evaluation.scoreHerald().score
        #expect(herald.gold == 2 && herald.truePositives == 2 && herald.predicted == 2)
        // A peer that misses the boundary after "there." and adds one after "Mr.", once with the
        // space after it: trimmed, both are the same boundary.
        let peer = evaluation.scorePeer([[17, 22, 23, 38]])
        #expect(peer.gold == 2)
        #expect(peer.truePositives == 1)
        #expect(peer.predicted == 2)
        #expect(BoundaryScore.format(peer.f1) == "0.500")
    }
}

@Suite struct NEREvalTests {
    @Test func readsCoNLLAndUNERSpans() {
        let conll = "-DOCSTART- -X- -X- O\n\nJapan NNP I-NP B-LOC\nbeat VBD I-VP O\nSyria NNP I-NP B-LOC\n\nNadim NNP I-NP B-PER\nLadki NNP I-NP I-PER\n"
        let evaluation = NEREvaluation(iob: conll)
        #expect(evaluation.documents.count == 1)
        #expect(evaluation.documents[0].text == "Japan beat Syria\nNadim Ladki")
        #expect(evaluation.documents[0].gold == [
            .init(start: 0, end: 5, type: "LOC"), .init(start: 11, end: 16, type: "LOC"), .init(start: 17, end: 28, type: "PER"),
        ])
        let uner = "# newdoc id = a\n# text = It is in Argentina\n1\tIt\tO\t-\t-\n2\tis\tO\t-\t-\n3\tin\tO\t-\t-\n4\tArgentina\tB-LOC\t-\tx\n"
        #expect(NEREvaluation(iob: uner).documents.first?.gold == [.init(start: 9, end: 18, type: "LOC")])
    }

    @Test func scoresExactSpansByType() {
        let evaluation = NEREvaluation(iob: "Japan NNP I-NP B-LOC\nbeat VBD I-VP O\nSyria NNP I-NP B-ORG\n")
        let score = evaluation.score([[.init(start: 0, end: 5, type: "LOC"), .init(start: 11, end: 16, type: "LOC")]])
        #expect(score.f1(["LOC"]).p == 0.5)
        #expect(score.f1(["LOC"]).r == 1.0)
        #expect(score.f1(["ORG"]).r == 0)
        #expect(NEREvaluation.conllType(spacy: "NORP") == "MISC")
        #expect(NEREvaluation.conllType(spacy: "DATE") == "none")
    }
}
