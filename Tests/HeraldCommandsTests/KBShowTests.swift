import HeraldKnowledge
import Testing
@testable import HeraldCommands

@Suite struct KBShowTests {
    private func show(_ name: String) throws -> [String] {
        let command = try #require(try HeraldCommand.parseAsRoot(["kb", "show", name]) as? KBShow)
        return command.lines(in: KnowledgeBase.standard)
    }

    @Test func namesAgentWordsAndUnknowns() throws {
        #expect(try show("the Kremlin").contains { $0.hasPrefix("Russia [c:RUS] country") && $0.hasSuffix("as metonym") })
        #expect(try show("Sen.") == ["agent word 'sen.': sector LEG (a title before or beside a name)"])
        #expect(try show("Foreign Minister").first == "agent word 'foreign minister': sector GOV (a title before or beside a name)")
        #expect(try show("Zzyzx Qwerty") == ["no actor is named 'Zzyzx Qwerty'"])
    }
}
