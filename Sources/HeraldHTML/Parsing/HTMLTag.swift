import HeraldCore

/// The HTML elements the extractor reasons about; every other element is `.other`.
public enum HTMLTag: UInt8, Sendable, CaseIterable {
    case other
    case html, head, body, title, meta, link, base, script, style, noscript, template, svg, math, iframe, object, embed
    case canvas, form, input, button, select, option, optgroup, textarea, label, fieldset, legend
    case nav, header, footer, aside, main, article, section, div, span, p, br, hr, wbr
    case h1, h2, h3, h4, h5, h6, hgroup, ul, ol, li, dl, dt, dd, menu
    case table, thead, tbody, tfoot, tr, td, th, caption, colgroup, col
    case blockquote, q, pre, code, figure, figcaption, picture, img, source, track, video, audio, area, map, param
    case a, strong, b, em, i, u, s, small, sup, sub, mark, abbr, cite, time, address, details, summary, dialog
    case font, center, big, tt, ins, del, kbd, samp, `var`, dfn, bdi, bdo, ruby, rt, rp, data, output, progress, meter
    case xmp, noembed, noframes, plaintext, frameset, frame

    /// Elements with no content and no end tag.
    public var isVoid: Bool {
        switch self {
        case .area, .base, .br, .col, .embed, .hr, .img, .input, .link, .meta, .param, .source, .track, .wbr, .frame: return true
        default: return false
        }
    }

    /// Elements whose content is raw text up to their end tag.
    var isRawText: Bool {
        switch self {
        case .script, .style, .textarea, .title, .xmp, .noembed, .noframes, .iframe, .noscript, .plaintext: return true
        default: return false
        }
    }

    /// Foreign content skipped whole: its inside is never article text.
    var isSkippedWhole: Bool { self == .svg || self == .math }

    /// Block-level elements: each starts a new paragraph of text.
    public var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .header, .footer, .aside, .nav, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup,
             .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .blockquote,
             .pre, .figure, .figcaption, .address, .details, .summary, .dialog, .form, .fieldset, .legend, .center,
             .hr, .br, .body, .html, .title, .option, .textarea, .select, .frameset:
            return true
        default:
            return false
        }
    }

    /// Starting one of these closes an open `<p>`.
    var closesParagraph: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .details, .dialog, .div, .dl, .fieldset, .figcaption, .figure,
             .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup, .hr, .main, .menu, .nav, .ol, .p, .pre,
             .section, .table, .ul, .center, .summary:
            return true
        default:
            return false
        }
    }

    /// Elements a page's `<head>` holds.
    var belongsInHead: Bool {
        switch self {
        case .title, .meta, .link, .base, .script, .style, .noscript, .template, .head, .html, .other: return true
        default: return false
        }
    }

    /// Headings.
    public var isHeading: Bool { self == .h1 || self == .h2 || self == .h3 || self == .h4 || self == .h5 || self == .h6 }

    private static let byName = ShortKeyTable(HTMLTag.allCases.filter { $0 != .other }.map { (ShortKey(String(describing: $0)), $0) })

    /// The tag named by bytes `p[range]` (any case).
    static func named(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> HTMLTag {
        guard let key = ShortKey(p, range) else { return .other }
        return byName[key] ?? .other
    }
}


/// A set of tags as bits: a membership test is a shift and a mask, with no hashing.
struct HTMLTagSet: Sendable, ExpressibleByArrayLiteral {
    private var low: UInt64 = 0, high: UInt64 = 0

    init(arrayLiteral tags: HTMLTag...) {
        for tag in tags {
            let bit = tag.rawValue
            if bit < 64 { low |= 1 << bit } else { high |= 1 << (bit - 64) }
        }
    }

    func contains(_ tag: HTMLTag) -> Bool {
        let bit = tag.rawValue
        return (bit < 64 ? low >> bit : high >> (bit - 64)) & 1 != 0
    }
}
