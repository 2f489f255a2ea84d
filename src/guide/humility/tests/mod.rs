//! The humility check, rule by rule, on one humble draft with one problem added at a time.

use super::*;

/// A draft that satisfies every rule, to which tests add one problem at a time.
const HUMBLE: &str = "Hello María,\nWe are neighbors in Springfield. We read about your wage theft ordinance work. \
    Could you tell us more about it, and what matters most to your members right now? \
    We would be glad to come to you, whenever suits you.";

fn context() -> Context {
    Context {
        channel: Channel::Email,
        charity: false,
        research_stems: research_stems("ordinance wages", "Casa"),
    }
}

fn charity() -> Context {
    Context {
        charity: true,
        ..context()
    }
}

fn rules(message: &str, context: &Context) -> Vec<Rule> {
    check(message, context)
        .into_iter()
        .map(|flag| flag.rule)
        .collect()
}

/// Each `raised` sentence added to the humble draft raises `rule` alone;
/// each `cleared` one raises nothing.
fn assert_reads(rule: Rule, raised: &[&str], cleared: &[&str], context: &Context) {
    for sentence in raised {
        let flags = check(&format!("{HUMBLE} {sentence}"), context);
        assert_eq!(
            flags.iter().map(|f| f.rule).collect::<Vec<_>>(),
            [rule],
            "{sentence}"
        );
        assert!(flags[0].found.is_some());
    }
    for sentence in cleared {
        assert_eq!(
            rules(&format!("{HUMBLE} {sentence}"), context),
            [],
            "{sentence}"
        );
    }
}

#[test]
fn a_humble_draft_raises_nothing_and_the_summary_says_what_was_found() {
    let review = review(HUMBLE, &context());
    assert_eq!(review.flags, []);
    let said = summary(&review);
    assert!(
        said.starts_with("No flags raised. Checked for recruiting, "),
        "{said}"
    );
    assert!(said.contains("a question about their work (\u{201c}Could you tell us more about it, and\u{2026}\u{201d})"), "{said}");
    assert!(
        said.contains("a sign of your research (\u{201c}wage\u{201d})"),
        "{said}"
    );
    assert!(
        said.contains("an offer to come to them (\u{201c}come to you\u{201d})"),
        "{said}"
    );
    assert!(!said.contains("humble"), "{said}");
    assert!(!summary(&super::review(HUMBLE, &context())).contains("electoral"));
    assert!(summary(&super::review(HUMBLE, &charity())).contains("electoral wording"));
}

#[test]
fn word_forms_are_read() {
    assert_reads(
        Rule::Savior,
        &["Our organization empowers communities like yours."],
        &[],
        &context(),
    );
    assert_reads(
        Rule::Recruiting,
        &[
            "We are recruiting volunteers.",
            "Several of your members already joined us.",
        ],
        &[],
        &context(),
    );
}

#[test]
fn recruiting_language() {
    assert_reads(
        Rule::Recruiting,
        &[
            "Your members should join us!",
            "We hope to grow our membership.",
            "Sign up for our newsletter.",
            "We have been looking for someone like you to join it.",
            "We're hoping a couple of your members will join our group.",
        ],
        &[
            "I joined your march last spring.",
            "We are not here to recruit anyone.",
            "Our members would be glad to volunteer at your hiring hall.",
            "We loved hearing about your membership assemblies.",
            "I signed up for your newsletter.",
            "I'm curious how you recruit fellows.",
        ],
        &context(),
    );
}

#[test]
fn asks_in_polite_clothes_are_asking_before_listening() {
    assert_reads(
        Rule::AskFirst,
        &[
            "We need you to endorse our petition.",
            "We'd love to partner with you on our campaign.",
            "Could we present our work to your members?",
            "Would you co-host our town hall?",
            "Can you turn out 50 people for our march?",
            "We need your signature by Friday.",
            "Please come to our rally on the budget.",
            "We were hoping your members could knock doors with us.",
            "I brought flyers for our budget workshops.",
            "We would be honored to include yours.",
            "Our group is endorsing a budget bill; would you endorse it too?",
            "Could you get thirty students to the hearing?",
            "It would be wonderful if you could post the link in your group chats.",
            "Could one of your leaders fill that seat?",
            "Could you send us one of your members?",
        ],
        &[
            "We need to learn more first.",
            "We are not asking you to commit to anything.",
            "We would gladly turn out for your rally.",
            "We signed your petition last year.",
            "It would help us to understand your priorities.",
            "We need your advice on how to be useful.",
            "I shared your report with our group.",
            "We hope you could tell us more.",
            "A few of us signed up to help at your tournament.",
            "A few of us would gladly fill some seats at your hearing.",
            "Some of our members could chip in toward your ordinance work.",
            "I'd love for you to help us understand your audits.",
        ],
        &context(),
    );
}

#[test]
fn savior_framing_and_expertise() {
    assert_reads(
        Rule::Savior,
        &[
            "We want to help your community.",
            "We have the expertise your community lacks.",
            "We could teach your workers how to organize.",
            "We'd love to help the families you work with understand how government works.",
            "We are well placed to fill that gap.",
            "We want to help the disabled people of this county.",
            "We already know what disabled residents need.",
            "We will speak up on your behalf.",
        ],
        &[
            "Could you help us understand your priorities?",
            "We admire how your trainings empower workers.",
            "Your mission, \u{201c}we empower day laborers\u{201d}, moved us.",
            "We know the lack of shade on job sites is a danger.",
            "Many of your members lack paid sick days.",
            "We want to show you how much we admire your clinics.",
            "What have the sessions taught you?",
            "I'd love to know what your members most need.",
        ],
        &context(),
    );
}

#[test]
fn tokenizing() {
    assert_reads(
        Rule::Tokenizing,
        &[
            "We are reaching out to diverse organizations to meet our diversity goals.",
            "We are looking for a Latino leader for our board.",
            "Our board wants more diverse partners.",
            "Our steering committee set a goal of reaching out to more diverse groups.",
            "It would show that our group represents the whole city.",
            "Maybe you could speak for the whole Latino community.",
            "Our funder asks us to partner with immigrant groups.",
            "We want to hear the Haitian perspective.",
            "Your members would bring some diversity to our coalition.",
            "We want our coalition to look more diverse.",
            "It would be great to have a Black face at our table.",
            "Our group lacks representation from the Haitian community.",
            "We need a woman of color on the panel.",
            "Working with you would help us be more inclusive.",
            "We'd value hearing from you, as the voice of the Muslim community.",
            "Coming here is part of our plan to diversify.",
            "Could one of your members represent the views of Haitian renters?",
            "We would welcome you as a Latina voice.",
            "Our panel needs a Black perspective.",
            "We want our coalition to reflect the city.",
            "Partnering would show that we are inclusive.",
            "You would know how the whole community feels.",
            "We need a young person of color up there.",
            "We want someone who can speak for South Side students.",
            "It would make us look more like the city.",
            "Since you're Deaf, tell me what the Deaf community thinks.",
            "We want to cover the disability angle.",
            "A photo of your members for our newsletter would be perfect.",
            "It would show that we are not just a white group.",
        ],
        &[
            "We admire the Latino day laborers who lead your committees.",
            "We admire the diversity of your membership.",
            "Please accept this as a token of our thanks.",
            "We do not want to tokenize anyone.",
        ],
        &context(),
    );
    assert_eq!(
        rules(
            &format!("{HUMBLE} We are looking for a Latino leader to join our board."),
            &context()
        ),
        [Rule::Recruiting, Rule::Tokenizing]
    );
}

#[test]
fn jargon() {
    assert_reads(
        Rule::Jargon,
        &["Let's find synergies.", "We could leverage our networks."],
        &["We will circle the block near your office."],
        &context(),
    );
}

#[test]
fn electoral_wording_for_a_charity_both_ways() {
    assert_reads(
        Rule::Electoral,
        &[
            "Defeating the mayor matters to us.",
            "We want her re-elected.",
            "The election is close.",
            "It will be on the ballot.",
            "Please vote for Ana Ruiz.",
            "Our group is endorsing Rachel Kim for mayor.",
            "I knocked doors for the Working Families candidates.",
            "She is winning the mayoral race.",
            "We are backing the Democratic slate.",
            "It matters in the county races.",
        ],
        &[
            "We run a voter registration table.",
            "We hope to defeat the rollback of heat rules.",
            "We are holding a candidate forum on housing.",
            "The newly elected council meets on Monday.",
            "The newly elected school board meets in January.",
            "The newly elected transit board chair starts in January.",
            "Here is our slate of issues.",
        ],
        &charity(),
    );
    assert_eq!(
        rules(
            &format!("{HUMBLE} Defeating the mayor matters to us."),
            &context()
        ),
        []
    );
}

#[test]
fn an_unknown_tax_status_runs_the_electoral_rule() {
    let partner = Partner::new("Casa", chrono::Utc::now()).unwrap();
    assert!(Context::for_partner(&partner, Channel::Email).charity);
}

mod elements;

/// The kinds of draft issue 23 found slipping past, each in words of our own.
#[test]
fn the_kinds_that_slipped_past_are_read() {
    assert_reads(
        Rule::Savior,
        &[
            "Our volunteers would be glad to walk your tenants through how the permit process works.",
            "We want to give the families on your block a voice at City Hall.",
            "Budget work takes skills that a small group like yours may not have, and that is where we come in.",
        ],
        &["Could your organizers walk us through how your hiring hall works?"],
        &context(),
    );
    assert_reads(
        Rule::Tokenizing,
        &[
            "Our funder now requires us to show partnerships with immigrant-led groups.",
            "Our goal this year is to make our steering committee reflect the neighborhood.",
            "Our lineup for the forum needs someone from an immigrant group on the panel.",
        ],
        &["We admire how diverse your membership assemblies are."],
        &context(),
    );
    assert_reads(
        Rule::Electoral,
        &[
            "We are working to make sure the sheriff is not reelected.",
            "We are registering voters ahead of the midterms.",
            "Our aim is to flip the council district next fall.",
        ],
        &["We run nonpartisan voter registration tables at the library."],
        &charity(),
    );
    assert_reads(
        Rule::Recruiting,
        &["We would set up a table at your clinic to sign families up for our mailing list."],
        &["A few of us would be glad to sign up for a shift at your food drive."],
        &context(),
    );
    assert_reads(
        Rule::AskFirst,
        &[
            "We would like to propose a formal partnership between our groups.",
            "Would your members be willing to sign our letter to the council?",
        ],
        &[
            "If your members want more hands at the hearing, we could bring a dozen of our neighbors.",
        ],
        &context(),
    );
}

/// The kinds of wording the third round's tuning sets found slipping past or
/// wrongly raised, each in words of our own.
#[test]
fn the_third_rounds_kinds_are_read() {
    assert_reads(
        Rule::Savior,
        &["We could host a session for your members and walk them through the permit process."],
        &[
            "Once you have had a look, I would be glad to walk you through the draft.",
            "We marched last spring to save the orchard on Elm Street.",
        ],
        &context(),
    );
    assert_reads(
        Rule::Tokenizing,
        &[
            "Our foundation grant comes with a condition that we connect with refugee-led groups.",
            "Honestly, we need a Haitian mother to round things out.",
            "We want someone with a disability in the room so it isn't all retirees.",
            "Could one of your riders tell our members what it's like to be deaf in this city?",
            "Since you are one of the Korean elders here, you could tell us how that whole community feels.",
        ],
        &["We would love to hear how the families in your chapters see the school closures."],
        &context(),
    );
    assert_reads(
        Rule::Electoral,
        &[
            "We are working so that the councilman does not get another term.",
            "We would gladly knock doors to get out the yes vote on the bond.",
            "We have endorsed her for the open school board seat.",
        ],
        &["Our civics class meets again next term."],
        &charity(),
    );
    assert_reads(
        Rule::AskFirst,
        &[
            "Would you and a few of your neighbors sign before the meeting ends?",
            "We would be grateful for five minutes at the start of your assembly.",
            "Would you be willing to forward it to your email list?",
            "It would mean so much if a few of your neighbors signed it tonight.",
        ],
        &[
            "Would you be willing to share how your members chose this fight?",
            "What drove that turnout?",
            "I will leave my card with you before I go.",
            "Our grant from the city fund requires us to keep every receipt.",
        ],
        &context(),
    );
    assert_reads(
        Rule::Recruiting,
        &[
            "Your tenants would make great members of our group.",
            "Anyone here who wants our newsletter can put their email down on this sheet.",
            "Parents can get on our mailing list at the table by the door.",
        ],
        &["I would be glad to sign up to help at your food drive."],
        &context(),
    );
    assert_reads(
        Rule::Jargon,
        &[],
        &[
            "I ride onboard the 9 bus every morning.",
            "The route circles back past the clinic.",
            "The creek behind the school has its own little ecosystem of frogs and birds.",
        ],
        &context(),
    );
}

/// The kinds of wording the fourth round's tuning sets found slipping past or
/// wrongly raised, each in words of our own.
#[test]
fn the_fourth_rounds_kinds_are_read() {
    assert_reads(
        Rule::Recruiting,
        &[
            "We hope some of the drivers start attending our evening classes.",
            "Your drivers would fit right in with our crowd.",
            "Your parents seem like a perfect fit for a group like ours.",
            "Feel free to bring anyone who is curious.",
            "We can sign some of you up before you leave.",
        ],
        &[
            "How do new volunteers usually get connected with your crew?",
            "Army recruiting at the high school has the parents worried.",
            "Several tenants asked how to sign up to testify.",
            "You are welcome to come to our meeting on Tuesday.",
        ],
        &context(),
    );
    assert_reads(
        Rule::AskFirst,
        &[
            "Would you mind if I passed our budget transparency petition around?",
            "Would you be willing to share it with your members?",
        ],
        &[
            "What are the biggest needs your drivers face?",
            "We have a standing slot at the budget hearing each spring.",
            "If you are willing to share, I'd love to know how it started.",
            "We will staff a table with leaflets about our library nights.",
        ],
        &context(),
    );
    assert_reads(
        Rule::Savior,
        &[
            "Budget math takes the kind of know-how a neighborhood club usually does not have.",
            "Honestly, your association probably lacks much experience with zoning fights.",
            "We are glad to fill that gap for your board.",
        ],
        &["Neighbors empowering one another is what your tenant committees are known for."],
        &context(),
    );
    assert_reads(
        Rule::Tokenizing,
        &[
            "We want a Pashtun voice on that panel.",
            "Could you speak for everyone in your building?",
            // The ask in it is the tokenizing, not a second flag.
            "It would mean a lot if one of your members could come tell our volunteers what it's like being a refugee.",
        ],
        &[],
        &context(),
    );
    assert_reads(
        Rule::Electoral,
        &[],
        &["The tenants elect their own building captains every spring."],
        &charity(),
    );
}

/// Kinds of wording found by writing variants of the fourth round's misses:
/// other frames for teaching, voice and expertise, for electoral seasons and
/// offices, for recruiting and for asks.
#[test]
fn the_fourth_rounds_kinds_in_other_frames_are_read() {
    assert_reads(
        Rule::Savior,
        &[
            "We would love to host a workshop for your tenants on reading a lease.",
            "We can show your members the ropes downtown.",
            "We could explain to your tenants how the rent board works.",
            "We want to make sure your tenants are heard at the hearing.",
            "We would be proud to amplify your members' voices.",
            "We want to give your tenants a seat at the table.",
            "Most tenants do not know how to file a complaint, and we do.",
            "We can fix this for your members.",
            "Your members could benefit from our training.",
            "We could help your tenants find their voice.",
            "We would like to help the tenants in your buildings get organized.",
            "A tenants group like yours does not have the knowledge to read a budget.",
        ],
        &[
            "Your tenants have fought hard to make sure renters are heard at city hall.",
            "Tenants here empower one another, which is rare.",
        ],
        &context(),
    );
    assert_reads(
        Rule::Electoral,
        &[
            "We are supporting the mayor's reelection.",
            "We are working so the councilwoman never sees a third term.",
            "Our goal is to flip the fifth ward this fall.",
            "We are knocking doors for our slate.",
            "We hope to put Ramirez back in office.",
            "The incumbent has to go.",
        ],
        &[
            "The trustees who were elected last spring have been helpful.",
            "Two of us put in office hours at the library.",
            "We know a charity has to stay clear of anything partisan.",
            "We always avoid taking sides in any election.",
        ],
        &charity(),
    );
    assert_reads(
        Rule::Recruiting,
        &[
            "We would love to see a few of your tenants at our monthly meeting.",
            "Any tenant who wants to can become one of us.",
            "We would be proud to count your tenants among our members.",
            "We are always looking for new faces at our meetings.",
        ],
        &["Among our members are two retired accountants."],
        &context(),
    );
    assert_reads(
        Rule::AskFirst,
        &[
            "Could each household pitch in five dollars toward our mailer?",
            "We would like to formalize our relationship in writing.",
            "Could you put us on the agenda for your next assembly?",
        ],
        &[
            "A few of us could pitch in with two volunteers at your dinner.",
            "If it would help, we could share our notes on the city budget.",
        ],
        &context(),
    );
}
