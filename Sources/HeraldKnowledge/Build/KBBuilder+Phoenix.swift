import Foundation

/// One entry of a TABARI/PETRARCH actor dictionary: a name, its aliases and its codes.
struct PhoenixEntry {
    var name: String
    var aliases: [String] = []
    /// Codes with their date limits: "RUSGOV" from 1999-12-31 to 2008-05-07.
    var codes: [(code: String, start: String?, end: String?)] = []
    /// The comment after the entry, lowercased ("# union carbide spokesman").
    var note = ""
}

extension KBBuilder {
    /// Sector words of CAMEO codes, as role titles.
    static let sectorTitles: [String: String] = [
        "GOV": "government", "MIL": "military", "ELI": "elite", "OPP": "opposition", "REB": "rebel",
        "LEG": "legislature", "JUD": "judiciary", "COP": "police", "SPY": "intelligence", "BUS": "business",
        "MED": "media", "CVL": "civilian", "EDU": "education", "LAB": "labor", "REF": "refugee", "HLH": "health",
        "ENV": "environment", "AGR": "agriculture", "CRM": "criminal", "IGO": "international body", "NGO": "NGO",
        "PTY": "party", "IRC": "insurgent", "UAF": "armed forces", "SEP": "separatist", "MOD": "moderate", "RAD": "radical",
    ]

    /// Title words that make an alias a titled form ("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV").
    static let aliasTitleWords: Set<String> = [
        "president", "prime", "minister", "secretary", "ambassador", "chancellor", "premier", "general", "governor", "senator",
    ]

    /// A person's name without the religious and honorary styles the dictionaries write before some
    /// ("Hojatolislam Sayyed Ali Khamenei": "Ali Khamenei"; "Sir Guy Green": "Guy Green"), two words kept at least.
    static func withoutStyles(_ name: String) -> String {
        var words = name.split(separator: " ")
        while words.count > 2, let first = words.first, styleWords.contains(first.lowercased()) { words.removeFirst() }
        return words.joined(separator: " ")
    }

    static let styleWords: Set<String> = [
        "hojatolislam", "hojatoleslam", "sayyed", "sayyid", "seyed", "ayatollah", "grand", "sir", "dame", "maulana", "mullah",
        "hajji", "haji",
    ]

    /// Words that name a body, not a person, in a country dictionary's entry.
    static let bodyWords: Set<String> = [
        "movement", "army", "front", "party", "forces", "brigade", "brigades", "council", "union", "government", "league",
        "organization", "organisation", "group", "committee", "alliance", "coalition", "militia", "liberation",
        "authority", "observatory",
    ]

    /// Words that end an armed group's name.
    static let armedGroupWords: Set<String> = ["front", "brigade", "brigades", "militia"]

    /// Whether a code past its country names a sector ("USAGOV", "DNKFROGOV", "PSEREBHMS"), as a person's
    /// role does, and not only a territory or a status ("SDNSSD", "SDNSSDAUT", "IRQOCC", "BIHSRP").
    static func namesSector(_ code: String) -> Bool {
        guard code.count > 3 else { return true }
        var rest = Substring(code.dropFirst(3))
        while rest.count >= 3 {
            if sectorTitles[String(rest.prefix(3))] != nil { return true }
            rest = rest.dropFirst(3)
        }
        return false
    }

    /// Phoenix actors: people of the world's governments with dated roles (kept when a role runs
    /// into 1980 or later), international bodies, armed groups, and agent words.
    func addPhoenixActors(to base: inout KnowledgeBase, countries: CountryCodes) throws {
        // Agent words: "minister" → GOV, "rebels" → REB.
        for (word, sector) in Self.phoenixAgents(try lines("phoenix-petrarch2/Phoenix.agents.txt")) {
            base.addAgent(word, sector: sector)
        }
        for entry in try phoenixEntries("phoenix-petrarch2/Phoenix.Countries.actors.txt") {
            guard let first = entry.codes.first else { continue }
            // A country block: its aliases mix spellings with capitals and cities, which the other
            // sources give apart; they are left out.
            if entry.codes.count == 1, first.code.count == 3, base["c:\(first.code)"] != nil { continue }
            // People with a dated role that runs into 1980 or later (news archives reach back that far); undated
            // codes alone say nothing of when.
            // (A territory's dated code is no person's role: "IRAQ" under "IRQOCC" until 2006, "SOUTH_SUDAN" under
            // "SDNSSD" and "SDNSSDAUT"; nor is a movement's: "SUDAN_PEOPLES_LIBERATION_MOVEMENT" under "SDNREB".)
            // A body is added as a group under its latest code ("SYRIAN_NATIONAL_COALITION": SYROPP).
            let nameWords = entry.name.lowercased().split(separator: " ").map(String.init)
            // (So is an undated entry that another of its names calls an armed group: "JABHAT_AL_NUSRA", "NUSRA_FRONT".)
            let aliasNamesBody = entry.codes.allSatisfy { $0.start == nil && $0.end == nil } && entry.aliases.contains { alias in
                alias.lowercased().split(separator: " ").last.map { Self.armedGroupWords.contains(String($0)) } == true
            }
            if nameWords.contains(where: Self.bodyWords.contains) || aliasNamesBody {
                // (A title that names its body is no body: "General Secretary of the Communist Party …".)
                if let head = nameWords.first, Self.aliasTitleWords.contains(head) || head == "chairman" || head == "leader" { continue }
                let name = entry.name.titleCasedBodyName
                let code = entry.codes.last(where: { $0.end == nil })?.code ?? first.code
                guard base["c:\(code.prefix(3))"] != nil else { continue }
                let id = "o:\(name.slug)"
                if base[id] == nil { base.add(Actor(id: id, kind: .group, name: name, country: String(code.prefix(3)), code: code)) }
                for alias in [name] + entry.aliases.map(\.titleCasedBodyName) { base.addName(alias, to: id) }
                continue
            }
            let recent = entry.codes.filter { code in
                (code.end ?? "9999") >= "1980-01-01" && (code.start != nil || code.end != nil)
                    && Self.namesSector(code.code)
            }
            guard !recent.isEmpty, first.code.count >= 3 else { continue }
            let country = String(first.code.prefix(3))
            guard base["c:\(country)"] != nil else { continue }
            let styled = entry.name.titleCasedName
            let name = Self.withoutStyles(styled)
            let id = "p:\(country):\(name.slug)"
            var actor = base[id] ?? Actor(id: id, kind: .person, name: name, country: country)
            for code in recent where code.code.count >= 6 {
                let sector = String(code.code.dropFirst(3).prefix(3))
                let role = Actor.Role(code: code.code, title: Self.sectorTitles[sector] ?? sector.lowercased(),
                                      start: code.start, end: code.end)
                if !actor.roles.contains(role) { actor.roles.append(role) }
            }
            guard !actor.roles.isEmpty else { continue }
            base.add(actor)
            base.addName(name, to: id)
            if styled != name { base.addName(styled, to: id) }
            // Titled forms ("President Vladimir Putin") are left to the recognizer, which reads titles itself.
            let surname = name.split(separator: " ").last.map { $0.lowercased() } ?? ""
            for alias in entry.aliases.map(\.titleCasedName) {
                let words = alias.lowercased().split(separator: " ")
                let titled = words.count > 1 && words.last.map(String.init) == surname
                    && words.dropLast().contains { base.agents[String($0)] != nil || Self.aliasTitleWords.contains(String($0)) }
                if !titled { base.addName(alias, to: id) }
            }
        }
        for (file, kind) in [("phoenix-petrarch2/Phoenix.International.actors.txt", Actor.Kind.organization),
                             ("phoenix-petrarch2/Phoenix.MilNonState.actors.txt", Actor.Kind.group)]
        {
            for entry in try phoenixEntries(file) {
                guard let code = entry.codes.first(where: { $0.end == nil })?.code ?? entry.codes.first?.code else { continue }
                // Named bodies only: people in these files carry dated codes.
                guard entry.codes.allSatisfy({ $0.start == nil && $0.end == nil }) else { continue }
                // International bodies, media, companies (MNC), NGOs and armed groups; an entry whose
                // note names a job ("Union Carbide spokesman") is a person, left out.
                if kind == .organization, !(["IGO", "MNC", "NGO"].contains(code.prefix(3)) || code.dropFirst(3).hasPrefix("MED")) { continue }
                if Self.jobWords.contains(where: { entry.note.contains($0) }) { continue }
                // Acronyms stay in capitals ("NATO"), other names are title-cased.
                let name = entry.name.count <= 6 && !entry.name.contains(" ") ? entry.name : entry.name.titleCasedBodyName
                let id = "o:\(name.slug)"
                // A company's country follows its sector code (MNCUSA); other codes begin with it.
                let home = code.hasPrefix("MNC") ? code.dropFirst(3).prefix(3) : code.prefix(3)
                let country = home.count == 3 && base["c:\(home)"] != nil ? String(home) : nil
                // (Shown with its small words small, "Organization of Petroleum Exporting Countries"; matched as
                // the dictionary has it, which the tagger's gazetteer features were learnt on.)
                base.add(Actor(id: id, kind: kind, name: Self.withSmallWords(name), country: country, code: code))
                var names = [name] + entry.aliases.map { $0.count <= 6 && !$0.contains(" ") ? $0 : $0.titleCasedBodyName }
                // A word in capitals long enough to be read as a word is written so too ("TOYOTA": "Toyota",
                // "OPEC": "Opec"); a company goes by its name without its legal form ("Accenture Plc": "Accenture").
                for alias in names {
                    if alias.count >= 4, !alias.contains(" "), alias.utf8.allSatisfy({ $0 &- 0x61 >= 26 }) { names.append(alias.titleCasedBodyName) }
                    // (Not where that leaves one word of everyday English: "Highway Holdings Limited" is no "Highway".)
                    if code.hasPrefix("MNC"), let short = Self.withoutLegalForm(alias), short.contains(" ") || !isCommonWord(short) {
                        names.append(short)
                    }
                }
                for alias in names where Self.outdatedAliases[name]?.contains(alias) != true { base.addName(alias, to: id) }
            }
        }
    }

    /// Aliases the dictionaries give a body that the news now means by another: "Islamic Jihad", the name under
    /// which Hezbollah's men struck in the 1980s, is Palestinian Islamic Jihad's in the news since.
    static let outdatedAliases: [String: Set<String>] = ["Hezbollah": ["Islamic Jihad"]]

    /// A title-cased name with its small words after the first in lower case: "Council Of Europe" → "Council of Europe".
    static func withSmallWords(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { position, word in
            position > 0 && KnowledgeBase.smallWords.contains(word.lowercased()) ? word.lowercased() : String(word)
        }.joined(separator: " ")
    }

    /// A company's name without the legal form that ends it ("Siemens AG": "Siemens", "Active Power, Inc":
    /// "Active Power"); nil if it has none, or nothing else.
    static func withoutLegalForm(_ name: String) -> String? {
        var words = name.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        var stripped = false
        while words.count > 1, let last = words.last, legalForms.contains(last.lowercased()) {
            words.removeLast()
            stripped = true
        }
        guard stripped, !(words.count == 1 && genericCompanyWords.contains(words[0].lowercased())),
              // ("New York & Company" is no "New York and".)
              let last = words.last, !KnowledgeBase.smallWords.contains(last.lowercased()), last != "&" else { return nil }
        return words.joined(separator: " ")
    }

    /// Words a company's name may be left with that name no company ("News Corp": not "News").
    static let genericCompanyWords: Set<String> = [
        "news", "international", "global", "american", "national", "united", "general", "first", "capital", "financial",
        "industries", "energy", "resources", "systems", "technologies", "media", "bank", "trust", "group", "partners",
        "city", "state", "home", "community", "public", "people", "central", "western", "eastern", "southern", "northern",
        "standard", "universal", "royal", "security", "services", "insurance", "oil", "power", "steel", "health", "life",
        "mutual", "federal",
    ]

    static let legalForms: Set<String> = [
        "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "plc",
        "llc", "lp", "l.p.", "s.a.", "sa", "ag", "nv", "n.v.", "se", "asa", "ab", "oyj", "spa", "s.p.a.", "holdings", "holding", "group",
    ]

    /// Words by which a dictionary's note marks a person ("Union Carbide spokesman").
    static let jobWords = ["spokes", "president", "chairman", "chief", "executive", "ceo", "director", "manager",
                           "founder", "head of", "official", "minister", "leader", "secretary"]

    /// The agent words of a PETRARCH agents file, lowercased, with their sectors: each entry's word
    /// ("POLICE_OFFICER [~COP]": "police officer"), its plural (given in braces, "LAWMAN {LAWMEN}", none
    /// after "{}", else made as PETRARCH makes regular plurals: "officers", "militias", "bosses"), and the
    /// forms of the substitution sets it names ("!MINIST! = MINISTER, MINISTERS, …": "FOREIGN_!MINIST!"
    /// is "foreign minister", "foreign ministers", …). Only codes of sectors ("~GOV", "~GOVMIL") count.
    static func phoenixAgents(_ lines: [Substring]) -> [(word: String, sector: String)] {
        var sets: [String: [String]] = [:]
        var agents: [(word: String, sector: String)] = []
        for raw in lines {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if line.hasPrefix("!"), let equals = line.firstIndex(of: "=") {
                let name = line[..<equals].trimmingCharacters(in: .whitespaces)
                sets[name] = line[line.index(after: equals)...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                continue
            }
            guard let open = line.firstIndex(of: "["), let close = line[open...].firstIndex(of: "]") else { continue }
            let code = line[line.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            guard code.hasPrefix("~"), code.count >= 4 else { continue }
            var head = line[..<open].trimmingCharacters(in: .whitespaces)
            var plurals: [String]?
            if let brace = head.firstIndex(of: "{"), let end = head[brace...].firstIndex(of: "}") {
                plurals = head[head.index(after: brace)..<end].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                head = head[..<brace].trimmingCharacters(in: .whitespaces)
            }
            guard !head.isEmpty else { continue }
            var forms = [head]
            // A substitution set's forms stand for it, plurals among them.
            if let set = sets.first(where: { head.contains($0.key) }) {
                forms = set.value.map { head.replacingOccurrences(of: set.key, with: $0) }
            } else {
                forms += plurals ?? [Self.plural(head)]
            }
            let sector = String(code.dropFirst().prefix(3))
            for form in forms where !form.isEmpty {
                let word = form.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces).lowercased()
                if !word.isEmpty { agents.append((word, sector)) }
            }
        }
        return agents
    }

    /// A regular English plural of a phrase's last word, as PETRARCH makes them ("OFFICER": "OFFICERS",
    /// "MILITIA": "MILITIAS", "BOSS": "BOSSES", "ARMY": "ARMIES").
    static func plural(_ phrase: String) -> String {
        let upper = phrase.uppercased()
        // (An abbreviation has none: "GEN.")
        if upper.hasSuffix(".") { return "" }
        if upper.hasSuffix("Y"), let before = upper.dropLast().last, !"AEIOU".contains(before) { return phrase.dropLast() + "IES" }
        if ["S", "X", "Z", "CH", "SH"].contains(where: upper.hasSuffix) { return phrase + "ES" }
        return phrase + "S"
    }

    /// The other names of each country's block in Phoenix's country dictionary, in capitals, by country code: the
    /// country's spellings and its cities' English names ("HANOVER", "COLOGNE" under DEU).
    func phoenixCountryAliases() throws -> [String: Set<String>] {
        var table: [String: Set<String>] = [:]
        for entry in try phoenixEntries("phoenix-petrarch2/Phoenix.Countries.actors.txt") {
            guard entry.codes.count == 1, let code = entry.codes.first?.code, code.count == 3 else { continue }
            table[code, default: []].formUnion(entry.aliases.map { $0.uppercased() })
        }
        return table
    }

    /// The entries of a TABARI actor file.
    func phoenixEntries(_ relative: String) throws -> [PhoenixEntry] {
        var entries: [PhoenixEntry] = []
        for raw in try lines(relative) {
            let parts = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let line = parts.first.map(String.init) ?? ""
            let note = parts.count > 1 ? parts[1].lowercased() : ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("+") {
                let (alias, acronym) = Self.withoutBrackets(Self.phoenixName(line.dropFirst()))
                if !alias.isEmpty { entries[entries.count - 1].aliases.append(alias) }
                if let acronym { entries[entries.count - 1].aliases.append(acronym) }
                continue
            }
            if line.first == " " || line.first == "\t" {
                guard !entries.isEmpty else { continue }
                entries[entries.count - 1].codes.append(contentsOf: Self.phoenixCodes(line))
                continue
            }
            var name = line
            var codes: [(String, String?, String?)] = []
            if let open = line.firstIndex(of: "[") {
                name = String(line[..<open])
                codes = Self.phoenixCodes(String(line[open...]))
            }
            let (cleaned, acronym) = Self.withoutBrackets(Self.phoenixName(Substring(name)))
            guard !cleaned.isEmpty else { continue }
            entries.append(PhoenixEntry(name: cleaned, aliases: acronym.map { [$0] } ?? [], codes: codes.map { (code: $0.0, start: $0.1, end: $0.2) },
                                        note: note))
        }
        return entries
    }

    /// "VLADIMIR_V._PUTIN_ " → "VLADIMIR V. PUTIN"; a leading "THE" before two words or more besides a legal form
    /// is dropped ("THE_EUROPEAN_UNION" → "EUROPEAN UNION", so that a sentence's "The" is no part of the name;
    /// "THE_HAGUE" and "THE_GAP_INC_" keep it).
    static func phoenixName(_ text: Substring) -> String {
        let words = text.replacingOccurrences(of: "_", with: " ").split(whereSeparator: { $0 == " " || $0 == "\t" })
        let named = words.dropFirst().filter { !legalForms.contains($0.lowercased()) }.count
        return (words.first == "THE" && named >= 2 ? words.dropFirst() : words[...]).joined(separator: " ")
    }

    /// A name less what the dictionaries add in brackets at its end, and that, where it is the name's acronym:
    /// "HIZBUL MUJAHIDEEN (HM)" → "HIZBUL MUJAHIDEEN"; "EGYPTIAN ISLAMIC JIHAD (EIJ)"; "DEMOCRATIC FRONT FOR THE
    /// LIBERATION OF PALESTINE (DFLP)" → the name and "DFLP". A place or a word in brackets stays, so that the
    /// name is not another body's: "DIRECT ACTION (GREECE)" is no "Direct Action Everywhere". (Acronyms of two
    /// or three letters are no names of their own: "(AN)" and "(CA)" are words and states, and "(ISA)" is more
    /// often the news's act than Bangladesh's group; Herald's table gives the well-known: "IRA".)
    static func withoutBrackets(_ name: String) -> (name: String, acronym: String?) {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return (name, nil) }
        let inner = name[open.upperBound..<name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces)
        let base = String(name[..<open.lowerBound])
        guard !base.isEmpty, !inner.isEmpty else { return (name, nil) }
        // An acronym's letters are, in order, first letters of the name's words ("IRA", "DFLP", "JEM" of
        // "JAISH-E-MOHAMMAD"; not "GREECE").
        let initials = base.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first)
        var rest = initials[...]
        let letters = inner.filter { $0 != "-" }
        let isAcronym = (2...8).contains(letters.count) && letters.allSatisfy { letter in
            guard let k = rest.firstIndex(of: letter) else { return false }
            rest = rest[(k + 1)...]
            return true
        }
        guard isAcronym else { return (name, nil) }
        return (base, letters.count >= 4 ? inner : nil)
    }

    /// "[RUSGOV 991231-080507] [RUSELI >080508]" → codes with ISO dates.
    static func phoenixCodes(_ text: String) -> [(String, String?, String?)] {
        var result: [(String, String?, String?)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let parts = rest[rest.index(after: open)..<close].split(separator: " ")
            rest = rest[rest.index(after: close)...]
            guard let code = parts.first.map(String.init), !code.hasPrefix("~"), code.allSatisfy({ $0.isLetter || $0.isNumber }) else { continue }
            var start: String?, end: String?
            if parts.count > 1 {
                let range = String(parts[1])
                if range.hasPrefix(">") { start = day(range.dropFirst()) }
                else if range.hasPrefix("<") { end = day(range.dropFirst()) }
                else if let dash = range.firstIndex(of: "-") {
                    start = day(range[..<dash])
                    end = day(range[range.index(after: dash)...])
                }
            }
            result.append((code, start, end))
        }
        return result
    }

    /// "991231" → "1999-12-31" (two-digit years below 30 are in this century); "20041207" → "2004-12-07".
    static func day(_ text: Substring) -> String? {
        guard text.allSatisfy(\.isNumber) else { return nil }
        if text.count == 8 { return "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))" }
        guard text.count == 6, let yy = Int(text.prefix(2)) else { return nil }
        let year = yy < 30 ? 2000 + yy : 1900 + yy
        return "\(year)-\(text.dropFirst(2).prefix(2))-\(text.suffix(2))"
    }
}
