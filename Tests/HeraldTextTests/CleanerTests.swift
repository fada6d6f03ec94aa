import HeraldCore
import Testing
@testable import HeraldText

private func clean(_ text: String, title: String? = nil) -> Document {
    var document = Document(text: text)
    document.title = title
    Cleaner().process(&document)
    return document
}

@Suite struct CleanerTests {
    @Test func removesBoilerplateLinesAndTakesTheHeadline() {
        let document = clean("Share\n\nThe headline\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\nRead more: Another story\n© 2016 Wire Inc. All rights reserved.\n")
        #expect(document.title == "The headline")
        #expect(document.textString == "First paragraph.\n\nSecond paragraph.")
        #expect(document.boilerplate == ["Share", "Advertisement", "Read more: Another story", "© 2016 Wire Inc. All rights reserved."])
    }

    @Test(arguments: [
        "Share", "Advertisement", "Share on Facebook", "Share this article", "Read more: Obama visits Laos",
        "© 2016 Reuters. All rights reserved.", "Copyright 2016 The Associated Press. All rights reserved.",
        "Click here to subscribe", "Sign up for our newsletter", "@BarackObama", "Follow @herald on Twitter",
        "Home | World | Politics | Business", "* * *", "Story continues below advertisement", "ADVERTISEMENT",
        "We use cookies to improve your experience. By continuing to use this site you accept them.",
        "18 Nov 2019, 19:09", "Updated at 1:23 p.m. ET", "Published: September 5, 2016", "Image 1 of 5",
        "(Image credit: NASA)", "Email Tariq at tariq@example.com or follow him @tariq. Follow us on Twitter @herald.",
        "Table of Contents", "Loading paragraph...", "Get started today", "No credit card required.",
        "Photo credit: SewCanShe.com", "Credit: Thomas Hengge", "Image by Ashley Noelle Edwards via One Fab Day",
        "As an Amazon Associate we earn from qualifying purchases. We also may use affiliate links elsewhere on the site.",
        "Products are chosen independently by our editors. Purchases made through our links may earn us a commission.",
        "8 min read", "Written By Feb 11, 2019 · 3 min read", "5-minute read", "Reading time: 4 minutes",
        "Last updated on:", "Sponsored Ad",
        "Republish our articles for free, online or in print, under a Creative Commons license.",
        // Credits: bylines, editors, pictures and stamps.
        "Written by Jane Roe", "Edited by", "Reviewed by,", "By Sam O'Brien", "by | Apr 21, 2025", "Contributing Writer",
        "Photo: Reuters", "Image: Rob Schultz / Foundry", "Updated: Jan 31", "Published 10:19am 19 December 2025",
        "Last Updated: June 2022", "Published on 2025-12-19", "12 comments", "3.4K shares", "Show caption",
        "By signing up, you agree to receive recurring automated marketing messages at the number provided. Msg and data rates may apply.",
        "By subscribing to this newsletter, you agree to our terms of service and privacy policy.",
        "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        // Paywalls and comment links.
        "This article is exclusive to STAT+ subscribers", "Already have an account? Log in",
        "Unlock this article by subscribing to STAT+", "Comment via: facebook, substack", "By Haley Hoekstra • March 12, 2025",
        "Was this newsletter forwarded to you? Sign up to get it in your inbox.", "Become a paid subscriber to Every to unlock this piece and learn about:",
        "Add The Daily Ledger as a preferred source on Google to see more of our coverage when you search.",
        // Wire credits and captions that end in their credit.
        "(Reporting by Jane Roe in Washington and Ann Lee in London; Additional reporting by Tom Ray; Writing by Sam Poe; Editing by Kim Fox and Lee Dunn.)",
        "Reporting by Jane Roe; editing by Sam Poe", "--additional reporting by Ann Lee.",
        "Protesters gather outside the court on Monday (Image: GETTY )",
        "Ann Lee and Tom Ray contributed reporting.", "Sam Poe contributed to this report.", "(Jane Roe / Associated Press)",
        "(AP Photo/Tom Ray)", "Getty Images", "Source: NATO.",
        // A page's style sheet and its forms, leaked into the text.
        ".image-wrap img {", "@media screen and (max-width: 600px) {", "padding-top:20px;", "-webkit-border-radius: 50px;",
        "font-family:Helvetica, Arial, sans-serif;", "Do you support Ann Lee? Like the page:", "Enter your email address:",
        // Shops' and blogs' calls, and page counters.
        "Follow Ann Lee on Twitter @annlee.", "Follow Ann Lee on Twitter: @annlee. Reach her directly at ann@example.com.",
        "Follow Ann Lee and Tom Ray on Twitter: https://twitter.com/annlee and https://twitter.com/tomray.",
        "Follow The Stacks on social media: Instagram, Facebook, TikTok", "Anzeige", "Publicité", "PUBLICIDAD", "Реклама", "РЕКЛАМА", "Iklan",
        "スポンサードリンク", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Minuten",
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "Last updated on September 16th, 2023 at 09:27 am",
        "ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED.", "Getty.", "Twitter: @annlee.",
        "We Are Sorry,This video is restricted from playing in your location",
        "See price at Amazon", "Buy now", "Pin this for later!", "Enjoy the post? Pin it for later!", "Stay connected with me!", "Page 1 of 8",
        // Ways to reach the writer, breadcrumbs, ad and taxonomy labels, a stamp with its poster.
        "Write to Ann Lee at ann.lee@example.com", "Reach the reporters on Twitter at http://twitter.com/annlee and http://twitter.com/tomray",
        "More AP NBA: https://apnews.com/NBA", "EMAIL: desk@example.com.", "ann.lee@example.com", "twitter.com/annlee",
        "https://www.instagram.com/annlee", "News > Nation", "Home › World › Europe", "Advert", "Text size", "Tags: Alibaba",
        "Filed under: Politics |", "Image caption Protesters gather outside the court on Monday", "Posted on October 27, 2015 by Admin",
        "ASSOCIATED PRESS.", "By Reuters", "Bloomberg via Getty Images.", "John Moore/Getty Images.", "Getty/Instagram.",
        "Translated by Karim Traboulsi.", "h/t: The Hill.",
        "Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.",
        "Related: Our free weekly newsletter alerts you to what research says about schools and classrooms.",
        "Subscribe to Travel Noire, a free daily newsletter that features the best of travel and guides to the cities you love.",
        "Press enter or click to view image in full size", "Click a star to add your vote", "30 day free trial, no credit card required",
        "Cook Mode Prevent your screen from going dark", "Was this article helpful?", "84% of people found this article helpful.",
        "Average rating 5 / 5. Vote count: 1", "Sponsored Links", "Ok, Got it.", "Show more", "See all", "Tell us what YOU think...",
        "[button link=\"http://example.com/review/\" type=\"big\"] Send us YOUR kit review[/button]",
        "Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: community@space.com.",
    ])
    func boilerplate(line: String) {
        #expect(BoilerplateRules.isBoilerplate(line))
    }

    @Test(arguments: [
        "Obama said the share of aid would rise.",
        "Read more about the summit in the full report, which the White House released on Monday after the talks ended.",
        "Russian President Vladimir Putin and US President Barack Obama shake hands at the G20 summit",
        "Advertisers fled the network after the scandal.",
        "Share prices fell 3 percent in Tokyo.",
        "The summit opened on Sunday, September 4.",
        "May 2016",  // a month alone is a heading, not a time stamp
        "Image is everything in politics, the senator said.",
        "Contents of the report were leaked to reporters on Monday.",
        "Credit rating agencies downgraded the bank.",
        "Learn more about how the vote works before you go.",
        "The European Commission said officials would learn from the crisis and earn back trust.",
        "Most voters took 10 minutes to read the ballot.",
        "Updated figures show the economy grew 2 percent.",
        "The papers allow anyone to republish their articles.",
        "By Monday, the river had risen.", "By Tuesday - the deadline - the council will vote", "By establishing a process", "Published by Helvetiq", "Posted under Car Tires",
        "Written Communication", "Photosynthesis explained", "By Functionality", "12 comments were removed.", "20 years",
        "By clicking on the link in the email, the victims installed the malware on their computers.",
        "By Christmas the Senate and House would both vote",
        "Updates from the front line arrive each night, the ministry said.",
        "Reporting by the paper showed the fund had lost money on every trade that year, the audit found.",
        "(Additional reporting by Ann Lee, editing by Sam Poe)Editor's note: the senator regularly incites political violence.",
        "The senator spoke to reporters (photo: page 3).", "default: break;", ".then(function(result) {", "func main() {",
        "Note: the vote is on Monday;", "Buy now, pay later schemes grew fast.", "Follow the money, the senator told reporters on Monday in Washington after the vote.",
        "Follow the spacing rules on the back of seed packs.", "Follow the 3-2-1 rule for backups:", "Werbung für Tabak ist verboten.",
        "Follow Ann Lee on Twitter. The committee chairman agreed with the senator on Monday.", "Page 12 of the report lists the donors.", "Sources say the deal is close.", "(The vote was 52/48.) The bill passed.",
        "Reach the summit by noon, the guide said.", "More than 200 people were hurt, officials said.", "HAVING COUNT(*) > 5",
        "Example: Women > Rings > Diamond rings", "if x > 5", "Posted on October 27, 2015 by the council after a long debate over the budget",
        "Contact tracing began on Monday.", "[Editor's note: the vote was delayed.]", "[a] The council voted [b] and left", "Getty Images sold its archive to a fund on Monday.", "Translated by the ministry, the letter was read aloud.",
        "Click here to download the free comparison spreadsheet. You must be signed into your account to download it.",
        "I'm thrilled to announce my running mate, a man who's devoted his life to fighting for others and for the country we love. -H pic.twitter.com/x SIGN UP FOR OUR NEWSLETTER — Hillary Clinton (@HillaryClinton) July 23, 2016",
    ])
    func prose(line: String) {
        #expect(!BoilerplateRules.isBoilerplate(line))
    }

    @Test func noHeadlineWithoutABlankLineAfterIt() {
        let document = clean("First line of prose.\nSecond line of prose.")
        #expect(document.title == nil)
        #expect(document.textString == "First line of prose.\nSecond line of prose.")
    }

    @Test func aRecordTitleIsKeptAndItsRepeatDropped() {
        let document = clean("Summit ends\n\nLeaders left.", title: "Summit ends")
        #expect(document.title == "Summit ends")
        #expect(document.textString == "Leaders left.")
    }

    @Test func lineBreaksAndNormalization() {
        let document = clean("Head\r\n\r\nCafe\u{0301} in Zu\u{0308}rich.\r\n")
        #expect(document.textString == "Caf\u{E9} in Z\u{FC}rich.")
        #expect(Array(document.textString.unicodeScalars).count == 15)
    }

    @Test func quickCheckLeavesNFCTextAlone() {
        #expect(UnicodeNormalizer.isQuickNFC(Array("Putin’s “talks” — Café, Москва, 北京".utf8)))
        #expect(!UnicodeNormalizer.isQuickNFC(Array("Cafe\u{0301}".utf8)))
    }

    @Test func mojibakeIsRepaired() {
        func repaired(_ text: String) -> String { String(decoding: Mojibake.repair(Array(text.utf8)), as: UTF8.self) }
        #expect(repaired("President Enrique PeÃ±a Nieto met GuantÃ¡namo families") == "President Enrique Peña Nieto met Guantánamo families")
        #expect(repaired("donâ€™t say â€œnoâ€\u{9D}") == "don’t say “no”")
        #expect(repaired("FranÃƒÂ§ois Hollande") == "François Hollande", "read wrongly twice, repaired twice")
        #expect(repaired("Â£5 for a cafÃ©") == "£5 for a café")
        for text in ["SÃO PAULO", "Ã la carte", "Peña Nieto in Zürich", "Москва, 北京"] { #expect(repaired(text) == text, "\(text)") }
        // A copy decomposed after it was garbled ("A" and a combining tilde for "Ã") is repaired once composed.
        let document = clean("Head\n\nEnrique PeA\u{303}\u{B1}a Nieto spoke.")
        #expect(document.textString == "Enrique Peña Nieto spoke.")
    }

    @Test func markupLeftInTextIsRemoved() {
        let document = clean("""
            Head

            <tweet pic="" author="JohnKasich" time="1449">My prayers are with the victims in San Bernardino.</tweet>
            If a < b and c <= d, then <3.
            """)
        #expect(document.textString == "My prayers are with the victims in San Bernardino.\nIf a < b and c <= d, then <3.")
        let long = "<" + String(repeating: "a", count: 500) + ">"
        #expect(String(decoding: Markup.strip(Array(long.utf8)), as: UTF8.self) == long, "no tag is that long")
    }
}
