extension KnowledgeBase {
    /// Romanisations of Russian, Ukrainian and Belarusian given names that the sources and the news write
    /// differently ("Aleksandr Lukashenko" is "Alexander Lukashenko"; "Sergey Lavrov", "Sergei Lavrov").
    static let givenNameRomanisations: [[String]] = [
        ["Aleksandr", "Alexander", "Alexandr", "Oleksandr"], ["Aleksey", "Alexei", "Aleksei", "Alexey", "Oleksiy", "Oleksii"],
        ["Sergey", "Sergei", "Serhiy", "Serhii"], ["Dmitry", "Dmitri", "Dmitriy", "Dmytro"], ["Yuri", "Yury", "Yuriy", "Yurii"],
        ["Andrey", "Andrei", "Andriy", "Andrii"], ["Nikolay", "Nikolai"], ["Vasily", "Vasiliy", "Vasili"],
        ["Yevgeny", "Evgeny", "Yevgeniy", "Evgeni"], ["Valery", "Valeri", "Valeriy"], ["Anatoly", "Anatoliy", "Anatoli"],
        ["Gennady", "Gennadiy", "Gennadi"], ["Maksim", "Maxim"], ["Arkady", "Arkadiy"], ["Vitaly", "Vitaliy", "Vitali"],
        ["Grigory", "Grigoriy", "Grigori"], ["Georgy", "Georgiy", "Georgi"], ["Yevgeniya", "Evgenia", "Yevgenia"],
        ["Tatyana", "Tatiana"], ["Natalya", "Natalia"], ["Yulia", "Yuliya", "Iulia"],
    ]

    /// The other romanisations of a person's given name as first word of a name of two words or more, for the
    /// people of the countries that write it in Cyrillic.
    public mutating func addGivenNameRomanisations() {
        var variants: [Substring: [String]] = [:]
        for group in Self.givenNameRomanisations { for form in group { variants[Substring(form)] = group.filter { $0 != form } } }
        for name in names where name.kind == .alias {
            let actor = actors[name.actor]
            guard actor.kind == .person, let country = actor.country, Self.cyrillicCountries.contains(country),
                  let space = name.text.firstIndex(of: " "), let others = variants[name.text[..<space]] else { continue }
            for other in others { names.append(Name(text: other + name.text[space...], actor: name.actor, kind: name.kind)) }
        }
    }

    static let cyrillicCountries: Set<String> = ["RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "BGR", "SRB", "MKD", "MNG"]
}
