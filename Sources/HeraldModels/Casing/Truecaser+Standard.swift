import Foundation

extension Truecaser {
    /// The truecaser over Herald's casing lexicon (`herald train casing` writes it), loaded once;
    /// over no lexicon if the resource is missing, when every word is a name's.
    public static let standard: Truecaser = {
        guard let url = Bundle.module.url(forResource: "casing", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return Truecaser(usualForms: []) }
        return Truecaser(usualForms: text.split(separator: "\n").lazy.filter { !$0.hasPrefix("#") }.map(String.init))
    }()
}
