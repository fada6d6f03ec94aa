extension Truecaser {
    /// The truecaser over Herald's casing lexicon (`herald train casing` writes it), loaded once;
    /// over no lexicon if the resource is missing, when every word is a name's.
    public static let standard = Truecaser(usualForms: ResourceLines.read("casing") ?? [])
}
