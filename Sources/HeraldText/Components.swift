import HeraldCore

extension Pipeline {
    /// The text stages: cleaning, tokenization and sentence splitting.
    public static var textComponents: [any Component] { [Cleaner(), Tokenizer(), SentenceSplitter()] }
}
