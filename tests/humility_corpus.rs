//! The humility check measured on labelled corpora of first-contact drafts
//! (tests/fixtures/humility/; its README gives the format). Each file holds
//! drafts to one researched partner and says which of its drafts are held out.
//!
//! A draft is right when the set of rules the check raises equals its label
//! set exactly. Per rule, precision is the share of drafts where the rule was
//! raised that were labelled with it, and recall the share of drafts labelled
//! with it where it was raised. Held-out drafts were written blind and no rule
//! was tuned against them; their figures are shown apart. The test fails when
//! overall accuracy falls below 95% or any rule's recall below 90%, on the
//! whole corpus, and when the held-out sets' accuracy or any rule's recall on
//! them falls below its floor.

use std::collections::BTreeSet;
use std::time::Instant;

use chrono::{NaiveDate, Utc};
use common_ground::guide::humility::{Context, Rule, check, review};
use common_ground::model::{Channel, Partner, PublicEvent, RecordId, TaxStatus};

/// The corpus files, by name.
const CORPORA: &[(&str, &str)] = &[
    ("murals.txt", include_str!("fixtures/humility/murals.txt")),
    (
        "chinatown.txt",
        include_str!("fixtures/humility/chinatown.txt"),
    ),
    ("fishers.txt", include_str!("fixtures/humility/fishers.txt")),
    (
        "gurdwara.txt",
        include_str!("fixtures/humility/gurdwara.txt"),
    ),
    (
        "veterans.txt",
        include_str!("fixtures/humility/veterans.txt"),
    ),
    ("parks.txt", include_str!("fixtures/humility/parks.txt")),
    (
        "students.txt",
        include_str!("fixtures/humility/students.txt"),
    ),
    (
        "domestic.txt",
        include_str!("fixtures/humility/domestic.txt"),
    ),
    ("transit.txt", include_str!("fixtures/humility/transit.txt")),
    ("refugee.txt", include_str!("fixtures/humility/refugee.txt")),
    ("parents.txt", include_str!("fixtures/humility/parents.txt")),
    ("food.txt", include_str!("fixtures/humility/food.txt")),
    ("access.txt", include_str!("fixtures/humility/access.txt")),
    ("air.txt", include_str!("fixtures/humility/air.txt")),
    ("branch.txt", include_str!("fixtures/humility/branch.txt")),
    ("casa.txt", include_str!("fixtures/humility/casa.txt")),
    ("clinic.txt", include_str!("fixtures/humility/clinic.txt")),
    ("farm.txt", include_str!("fixtures/humility/farm.txt")),
    ("church.txt", include_str!("fixtures/humility/church.txt")),
    ("madres.txt", include_str!("fixtures/humility/madres.txt")),
    ("mosque.txt", include_str!("fixtures/humility/mosque.txt")),
    ("native.txt", include_str!("fixtures/humility/native.txt")),
    ("pride.txt", include_str!("fixtures/humility/pride.txt")),
    ("reentry.txt", include_str!("fixtures/humility/reentry.txt")),
    ("seniors.txt", include_str!("fixtures/humility/seniors.txt")),
    ("tenants.txt", include_str!("fixtures/humility/tenants.txt")),
    (
        "warehouse.txt",
        include_str!("fixtures/humility/warehouse.txt"),
    ),
    ("youth.txt", include_str!("fixtures/humility/youth.txt")),
];
const MIN_ACCURACY: f64 = 0.95;
const MIN_RECALL: f64 = 0.90;
/// The held-out sets' floors. The goal is 95% accuracy and 90% recall for
/// every rule on sets written after tuning ends. Not met: held-out sets
/// written after each round first scored 89, 85 and (after the fourth round)
/// 161 of 200; all eight sets together score 342 of 400 today, with
/// no-research and savior the weakest rules at 80% and 85%. The floors are
/// those figures, so any loss on unseen drafts fails the test.
const MIN_HELD_OUT_ACCURACY: f64 = 0.85;
const MIN_HELD_OUT_RECALL: f64 = 0.80;
/// Fewest held-out drafts, in whole sets of their own.
const MIN_HELD_OUT_DRAFTS: usize = 100;

/// One labelled draft.
struct Draft {
    /// The file and id, as "casa.txt 16".
    name: String,
    partner: &'static str,
    held_out: bool,
    channel: Channel,
    labels: BTreeSet<Rule>,
    text: String,
}

/// Which drafts of a file are held out, as its `# held out:` line says.
fn held_out_rule(file: &str, setting: &str) -> fn(u32) -> bool {
    match setting {
        "all" => |_| true,
        "none" => |_| false,
        "every 4th" => |id| id.is_multiple_of(4),
        other => panic!("{file}: unknown held-out setting {other}"),
    }
}

fn parse(file: &str, corpus: &'static str) -> Vec<Draft> {
    let mut partner = None;
    let mut held_out: Option<fn(u32) -> bool> = None;
    let mut drafts: Vec<Draft> = Vec::new();
    for line in corpus.lines() {
        if let Some(header) = line.strip_prefix("=== ") {
            let header = header.split(" -- ").next().unwrap();
            let (id_and_channel, labels) =
                header.split_once(':').expect("a colon after the channel");
            let (id, channel) = id_and_channel
                .trim()
                .split_once(' ')
                .expect("an id and a channel");
            let channel = match channel {
                "email" => Channel::Email,
                "phone" => Channel::PhoneCall,
                "in-person" => Channel::AtTheirEvent,
                other => panic!("{file} {id}: unknown channel {other}"),
            };
            let labels = labels
                .split_whitespace()
                .filter(|label| *label != "none")
                .map(|label| {
                    Rule::from_key(label)
                        .unwrap_or_else(|| panic!("{file} {id}: unknown rule {label}"))
                })
                .collect();
            let id: u32 = id.parse().expect("a numeric id");
            drafts.push(Draft {
                name: format!("{file} {id}"),
                partner: partner.unwrap_or_else(|| panic!("{file}: no `# partner:` line")),
                held_out: held_out.unwrap_or_else(|| panic!("{file}: no `# held out:` line"))(id),
                channel,
                labels,
                text: String::new(),
            });
        } else if let Some(draft) = drafts.last_mut() {
            draft.text.push_str(line);
            draft.text.push('\n');
        } else if let Some(key) = line.strip_prefix("# partner: ") {
            partner = Some(key.trim());
        } else if let Some(setting) = line.strip_prefix("# held out: ") {
            held_out = Some(held_out_rule(file, setting.trim()));
        } else {
            assert!(
                line.is_empty() || line.starts_with('#'),
                "{file}: text before the first draft: {line}"
            );
        }
    }
    for draft in &mut drafts {
        draft.text = draft.text.trim().to_owned();
    }
    drafts
}

/// Every draft of every corpus file.
fn corpus() -> Vec<Draft> {
    CORPORA
        .iter()
        .flat_map(|(file, text)| parse(file, text))
        .collect()
}

/// The researched partner a corpus file writes to.
fn partner(key: &str) -> Partner {
    match key {
        "casa" => casa(),
        "tenants" => tenants(),
        "madres" => madres(),
        "mosque" => mosque(),
        "youth" => youth(),
        "access" => access(),
        "church" => church(),
        "clinic" => clinic(),
        "branch" => branch(),
        "reentry" => reentry(),
        "pride" => pride(),
        "farm" => farm(),
        "seniors" => seniors(),
        "warehouse" => warehouse(),
        "native" => native(),
        "air" => air(),
        "food" => food(),
        "refugee" => refugee(),
        "parents" => parents(),
        "transit" => transit(),
        "domestic" => domestic(),
        "students" => students(),
        "parks" => parks(),
        "veterans" => veterans(),
        "gurdwara" => gurdwara(),
        "fishers" => fishers(),
        "chinatown" => chinatown(),
        "murals" => murals(),
        other => panic!("unknown partner {other}"),
    }
}

/// A partner with research notes and upcoming events.
fn researched(
    name: &str,
    tax_status: TaxStatus,
    notes: [&str; 8],
    events: &[(&str, u32)],
) -> Partner {
    let now = Utc::now();
    let mut partner = Partner::new(name, now).unwrap();
    let [
        community,
        focus,
        affiliation,
        mission,
        how,
        theory,
        issues,
        tactics,
    ] = notes;
    partner.organization.tax_status = tax_status;
    partner.organization.community_served = community.into();
    partner.organization.other_focus_areas = focus.into();
    partner.organization.affiliation = affiliation.into();
    partner.research.mission = mission.into();
    partner.research.how_they_work = how.into();
    partner.research.theory_of_change = theory.into();
    partner.research.current_issues = issues.into();
    partner.research.tactics = tactics.into();
    for (title, day) in events {
        partner.events.push(PublicEvent {
            id: RecordId::random(),
            created_at: now,
            updated_at: now,
            date: NaiveDate::from_ymd_opt(2026, 12, *day),
            title: (*title).into(),
            place: name.into(),
        });
    }
    partner
}

/// Casa del Trabajador, a workers' center and 501(c)(3).
fn casa() -> Partner {
    researched(
        "Casa del Trabajador",
        TaxStatus::Charity501c3,
        [
            "Day laborers and domestic workers, mostly Latino immigrants in the Flats",
            "Immigrant rights",
            "National Day Laborer Organizing Network",
            "We empower day laborers and domestic workers to defend their rights and win fair pay, safe jobs and dignity.",
            "A worker-run hiring hall, monthly membership assemblies, know-your-rights trainings and a leadership school.",
            "Workers who know their rights and act together shift power on the job and at city hall.",
            "A wage theft ordinance before the city council; heat safety protections for outdoor workers.",
            "Worker committees, testimony at public hearings, rallies at job sites, legal clinics.",
        ],
        &[
            ("Heat safety rally at City Hall", 12),
            ("Know Your Rights workshop", 19),
            ("Domestic workers' cafecito", 22),
        ],
    )
}

/// Riverside Tenants Union, whose tax status is not known.
fn tenants() -> Partner {
    researched(
        "Riverside Tenants Union",
        TaxStatus::Unknown,
        [
            "Renters in the Riverside and Mill Hill neighborhoods, many of them Black families and Haitian immigrants",
            "Housing, public transit",
            "Homes for All network",
            "Tenants organizing together for safe, affordable homes and a say in the decisions that shape our neighborhoods.",
            "Building committees in each apartment complex, a tenant hotline, monthly general meetings at Mount Zion church hall, door-knocking.",
            "When renters in a building act together, landlords and the city have to listen.",
            "Repairs and mold in the Mill Hill apartments; a rent stabilization ordinance before the city council; evictions rising since an investor bought three complexes.",
            "Rent strikes, negotiations with landlords, testimony at the housing committee, court watch for eviction hearings.",
        ],
        &[
            ("Tenant rights clinic", 5),
            ("Mill Hill building committee potluck", 10),
            ("Eviction defense training", 14),
        ],
    )
}

/// Comité de Madres del Valle, a mothers' environmental justice group and 501(c)(3).
fn madres() -> Partner {
    researched(
        "Comité de Madres del Valle",
        TaxStatus::Charity501c3,
        [
            "Latina mothers and grandmothers in the Valle Verde neighborhood next to the freight rail yard; many speak Spanish first",
            "Environmental justice, schools",
            "Regional Environmental Justice Alliance",
            "Mothers raising our voices for clean air, healthy schools and the dignity of our families.",
            "Kitchen-table meetings in members' homes, a promotoras program of trained neighbor health workers, Saturday air-monitoring walks, bilingual know-your-rights workshops.",
            "Mothers who document what their children breathe and speak together at school board and county meetings can change what officials allow.",
            "Diesel trucks idling by Valle Verde Elementary; asthma rates among children; a county permit for expanding the rail yard; school lunch quality.",
            "Air monitoring with handheld sensors, testimony at the county board, letters to the school district, community health fairs.",
        ],
        &[
            ("Saturday air walk", 6),
            ("Feria de salud / health fair", 13),
            ("Posada and year-end gathering", 20),
        ],
    )
}

/// Al-Noor Community Center, a 501(c)(3) serving refugee families.
fn mosque() -> Partner {
    researched(
        "Al-Noor Community Center",
        TaxStatus::Charity501c3,
        [
            "Somali, Yemeni and Afghan families on the North Side, many of them recently resettled refugees and taxi and warehouse workers",
            "Language access, youth",
            "Council of North Side Congregations",
            "A home for our neighbors to learn, pray and stand together for a fair and welcoming city.",
            "Friday community dinners, English and citizenship classes, a youth soccer league, a warehouse workers' committee that meets after evening prayer.",
            "Families who know each other and know their rights can win language access and fair treatment from employers and city agencies.",
            "Interpreters at the county hospital and in public schools; injuries and mandatory overtime at the Route 9 warehouses; a bus line to the warehouses cut last spring.",
            "Community listening sessions, meetings with school officials, testimony at the transit board, legal clinics with volunteer lawyers.",
        ],
        &[
            ("Community iftar-style dinner", 4),
            ("Citizenship class graduation", 11),
            ("Youth soccer winter tournament", 18),
        ],
    )
}

/// Southside Youth Power, a 501(c)(3) of students and young adults.
fn youth() -> Partner {
    researched(
        "Southside Youth Power",
        TaxStatus::Charity501c3,
        [
            "High school students and young adults on the South Side, mostly Black and Puerto Rican youth",
            "Education, policing",
            "Alliance for Educational Justice",
            "Young people leading the fight for schools that treat us as students, not suspects.",
            "Youth organizers trained through a summer fellowship, student unions in four high schools, weekly Thursday meetings at the Southside library branch, spoken word open mics.",
            "When students organize across schools and speak for themselves at the school board, adults in power have to answer to them.",
            "Police officers stationed in schools; counselors cut from the district budget; a student transit pass that expires in June.",
            "Student walkouts, testimony at school board meetings, surveys of students, murals and open mics.",
        ],
        &[
            ("Open mic night", 3),
            ("Student union assembly at Jefferson High", 9),
            ("Winter fellowship info session", 16),
        ],
    )
}

/// Access Now Coalition, a 501(c)(3) led by disabled people.
fn access() -> Partner {
    researched(
        "Access Now Coalition",
        TaxStatus::Charity501c3,
        [
            "Disabled residents of the county, many of them wheelchair users, Deaf residents and people living in group homes; led by disabled people",
            "Housing, transit",
            "National Council on Independent Living",
            "Nothing about us without us: disabled people leading the fight for a county we can all live in.",
            "A peer support network, monthly accessibility audits of public buildings with volunteers, an ASL-interpreted town hall each quarter, a ride-share pool for members.",
            "When disabled people document barriers themselves and bring them to officials together, the county fixes what it ignored.",
            "Broken elevators at the Central and Oak Street transit stations; paratransit rides cut to weekdays only; a shortage of accessible units in new housing.",
            "Accessibility audits, public comment at the transit authority, ADA complaints, sit-ins at inaccessible offices.",
        ],
        &[
            ("Quarterly town hall with ASL", 4),
            ("Elevator watch at Central Station", 10),
            ("Peer support holiday gathering", 17),
        ],
    )
}

/// Greater Bethel AME Social Justice Ministry, a congregation's 501(c)(3) ministry.
fn church() -> Partner {
    researched(
        "Greater Bethel AME Social Justice Ministry",
        TaxStatus::Charity501c3,
        [
            "The congregation and neighbors of the West End, a historically Black neighborhood facing rising property taxes; many elders and longtime homeowners",
            "Housing, health",
            "West End Community Land Trust",
            "Faith in action: keeping West End families in their homes and their neighborhood whole.",
            "A Sunday-after-service justice table, a senior tax-relief clinic, a food pantry every Wednesday, block captains who check on elders, a community land trust they helped found.",
            "When longtime residents own land together and show up as a congregation at City Hall, the West End stays in the hands of the people who built it.",
            "Property tax assessments jumping for longtime homeowners; a developer's plan for the old Carver school site; heat and cooling for elders during summer.",
            "Tax-appeal workshops, testimony at the zoning board, prayer vigils, land trust purchases, block captain phone trees.",
        ],
        &[
            ("Tax appeal workshop", 6),
            ("Wednesday food pantry", 3),
            ("Carver site community meeting", 15),
        ],
    )
}

/// Harbor Community Health Promoters, a 501(c)(3) of neighbor health workers.
fn clinic() -> Partner {
    researched(
        "Harbor Community Health Promoters",
        TaxStatus::Charity501c3,
        [
            "Immigrant families in the Harbor district, many undocumented, speaking Spanish, Mixteco and K'iche'",
            "Immigrant rights, health",
            "National Network of Community Health Workers",
            "Neighbors caring for neighbors: health, dignity and rights for every family in the Harbor, papers or not.",
            "A free Saturday clinic in St. Anne's parish hall; promotoras (trained neighbor health workers) who visit homes; know-your-rights nights; a mutual aid fund for families in crisis.",
            "When families trust their own neighbors with their health and their rights, they come forward and win changes from the county.",
            "The county hospital billing uninsured patients in full; immigration agents seen near the clinic; a county budget cut to the community health worker program.",
            "Testimony at the county health board, accompaniment to medical appointments, a rapid response network, health fairs.",
        ],
        &[
            ("Saturday free clinic", 5),
            ("Know your rights night", 10),
            ("Promotoras graduation", 17),
        ],
    )
}

/// The Eastport Branch of the NAACP, a 501(c)(4).
fn branch() -> Partner {
    researched(
        "Eastport Branch of the NAACP",
        TaxStatus::SocialWelfare501c4,
        [
            "Black residents of Eastport, especially the East Ward; many longtime homeowners, church members and young families",
            "Education, policing",
            "NAACP",
            "Fighting for equal rights and a fair share for every Black family in Eastport.",
            "A monthly general membership meeting at Bethel Baptist Church; a legal redress committee that takes complaints; a youth council; an education committee that tracks school discipline.",
            "Organized members who document injustice and show up together at City Hall and the school board can change policy.",
            "A civilian police oversight board proposal; school suspension rates for Black students; the closing of the East Ward's polling place.",
            "Town halls, legal complaints, voter registration drives, testimony at city council, the annual Freedom Fund dinner.",
        ],
        &[
            ("General membership meeting", 8),
            ("Freedom Fund dinner", 12),
            ("Youth council MLK Day planning session", 19),
        ],
    )
}

/// Second Chance Collective, led by formerly incarcerated people; tax status unknown.
fn reentry() -> Partner {
    researched(
        "Second Chance Collective",
        TaxStatus::Unknown,
        [
            "People coming home from prison and jail, and their families, on the West Side; led by formerly incarcerated people",
            "Criminal legal reform, economic justice",
            "Formerly Incarcerated People's Movement",
            "People who have been locked up, leading each other home and building the power to end mass incarceration.",
            "Weekly peer circles; a print shop run as a social enterprise that hires members; court accompaniment (participatory defense); a van that takes families to visit loved ones at the state prison.",
            "The people closest to the problem are closest to the solution; when returning citizens lead, policy changes stick.",
            "Ban the box for city contractors; fees for phone calls from the county jail; landlords refusing housing because of old records.",
            "Testimony at city council, participatory defense, storytelling nights, a community bail fund, expungement clinics.",
        ],
        &[
            ("Community storytelling night", 4),
            ("Expungement clinic", 11),
            ("Family day at the print shop", 18),
        ],
    )
}

/// Rainbow Youth Alliance, a 501(c)(3) led by LGBTQIA+ young people.
fn pride() -> Partner {
    researched(
        "Rainbow Youth Alliance",
        TaxStatus::Charity501c3,
        [
            "LGBTQIA+ young people aged 13 to 24 in the county, many of them trans youth and youth who have been kicked out of home; led by young people and former members",
            "LGBTQIA+ rights, housing",
            "GSA Network",
            "A place where queer and trans young people are safe, seen and in charge of the change we need.",
            "An after-school drop-in center on Grand Avenue; a youth leadership council that sets the priorities; a host-home program for youth without housing; support for school gender-and-sexuality alliances (GSAs).",
            "Young people who lead their own campaigns win policies adults would never think to ask for.",
            "A school district policy that would out trans students to their parents; the shortage of youth shelter beds; name-change fees at the county court.",
            "Testimony at school board meetings, youth-led teach-ins, art shows, a yearly youth pride march.",
        ],
        &[
            ("Open mic at the drop-in center", 6),
            ("Trans Day of Visibility planning meeting", 13),
            ("Winter art show", 20),
        ],
    )
}

/// Valle Farmworker Union, led by farmworkers; tax status unknown.
fn farm() -> Partner {
    researched(
        "Valle Farmworker Union",
        TaxStatus::Unknown,
        [
            "Farmworkers and their families in the valley's orchards and packing houses, mostly Mexican and Guatemalan immigrants, many on seasonal H-2A visas; led by farmworkers",
            "Immigrant rights, economic justice, environmental justice",
            "National farmworker union federation",
            "Farmworkers organizing for a fair wage, safe fields and the respect we have earned.",
            "Worker committees at each orchard; Sunday assemblies at the union hall in Riverbend; a radio program in Spanish and Mixteco on Friday nights; a legal clinic for wage claims.",
            "When the workers in one orchard stand together, growers have to negotiate, and every contract raises the floor for the whole valley.",
            "Heat and smoke protections during harvest; unpaid overtime at two packing houses; pesticide drift near the labor camps.",
            "Work stoppages, contract campaigns, testimony at the state labor board, marches to the growers' association.",
        ],
        &[
            ("Sunday assembly at the union hall", 7),
            ("Posada for farmworker families", 14),
            ("Heat safety know-your-rights workshop", 21),
        ],
    )
}

/// Golden Years Housing Council, a 501(c)(3) of elders in public housing.
fn seniors() -> Partner {
    researched(
        "Golden Years Housing Council",
        TaxStatus::Charity501c3,
        [
            "Older residents of the city's public housing towers, many living alone on fixed incomes; Black, Chinese and Puerto Rican elders; led by resident elders",
            "Housing, disability rights",
            "Alliance of Retired Americans",
            "Elders organizing so that growing old in public housing means dignity, safety and a say.",
            "A tenant association in each of five towers; a weekly coffee hour in the Lincoln Tower community room; a phone tree that checks on elders who live alone; interpreters in Cantonese and Spanish at every meeting.",
            "When elders who have lived here for decades speak together, the housing authority has to listen.",
            "Elevators out of service for weeks at a time; heat outages in winter; a housing authority plan to move elders out during renovations.",
            "Petitions to the housing authority, testimony at city council, accompanying elders to hearings, press conferences in the lobby.",
        ],
        &[
            ("Coffee hour at Lincoln Tower", 9),
            (
                "Elevator accountability meeting with the housing authority",
                15,
            ),
            ("Winter potluck", 22),
        ],
    )
}

/// Warehouse Workers Justice Center, a 501(c)(3) led by warehouse workers.
fn warehouse() -> Partner {
    researched(
        "Warehouse Workers Justice Center",
        TaxStatus::Charity501c3,
        [
            "Workers in the county's distribution warehouses and their families, many temp workers, many Black and Latino, some Haitian Creole speakers; led by current and former warehouse workers",
            "Economic justice, immigrant rights",
            "National workers' center network",
            "Warehouse workers standing together for safe jobs, fair pay and respect on the shift.",
            "A worker hotline; Saturday know-your-rights trainings at the center on Rail Street; shift-change outreach at the gates; a committee of temp workers pushing for permanent jobs.",
            "When workers document injuries and wage theft together, companies and the county have to change the rules.",
            "Injury rates and quotas at the two largest warehouses; temp agencies skimming wages; no bus service for the night shift.",
            "Safety complaints to regulators, testimony at the county board, public reports on injuries, rallies at the gates.",
        ],
        &[
            ("Saturday know-your-rights training", 6),
            ("Injury report release at the county building", 11),
            ("Holiday toy drive at the center", 20),
        ],
    )
}

/// Native Community Circle, a 501(c)(3) of urban Native families.
fn native() -> Partner {
    researched(
        "Native Community Circle",
        TaxStatus::Charity501c3,
        [
            "Urban Native American families from many nations living in the city, many of them Lakota, Ojibwe and Navajo; led by Native elders and youth",
            "Education, health",
            "National urban Indian organizations network",
            "A gathering place where Native families in the city stay connected to culture, to each other and to the decisions that affect us.",
            "A Thursday community meal at the friendship center on Fifth Avenue; a youth drum and dance group; a language table for Lakota and Ojibwe; advocates who accompany families to school meetings and clinic visits.",
            "Strong cultural ties and families who know their rights make Native voices impossible to ignore in city and school decisions.",
            "Native students pushed out of the district's graduation pipeline; a Native mascot at one high school; the city closing the clinic's evening hours.",
            "Talking circles, testimony at the school board, a yearly powwow that raises funds, meetings with the city's health department.",
        ],
        &[
            ("Thursday community meal", 4),
            ("Youth drum and dance showcase", 12),
            ("Winter gathering and giveaway", 19),
        ],
    )
}

/// Riverbend Clean Air Coalition, led by fence-line residents; tax status unknown.
fn air() -> Partner {
    researched(
        "Riverbend Clean Air Coalition",
        TaxStatus::Unknown,
        [
            "Residents of the Riverbend and Southport neighborhoods along the refinery fence line, mostly Black and Vietnamese families, many renters; led by fence-line residents",
            "Environmental justice, health",
            "Regional environmental justice alliance",
            "Fence-line neighbors demanding air we can breathe and a seat at every table that decides it.",
            "A community air monitoring network with sensors on porches; monthly block meetings in English and Vietnamese; a health survey done door to door; a youth photo project documenting flaring.",
            "When residents hold their own data, regulators and the company cannot dismiss what families live with.",
            "A refinery permit renewal before the state air board; asthma emergencies among children in Southport; trucks idling on residential streets.",
            "Public comment at the air board, community air reports, toxic tours of the fence line, press conferences with doctors.",
        ],
        &[
            ("Toxic tour of the fence line", 7),
            ("Block meeting in Southport", 13),
            ("Community air report release", 18),
        ],
    )
}

/// Southgate Food Justice Collective; a 501(c)(3).
fn food() -> Partner {
    researched(
        "Southgate Food Justice Collective",
        TaxStatus::Charity501c3,
        [
            "Families in the Southgate neighborhood, a food desert since the last grocery store closed; many are Salvadoran and Guatemalan immigrants and Black elders; led by residents who run the pantry.",
            "Food access, health, land.",
            "Regional community food network.",
            "Neighbors growing, sharing and deciding about the food our community eats.",
            "A Saturday free market at St. Anne's parking lot; three community gardens on vacant lots; a cooking class in Spanish and English at the rec center; a neighbor-run delivery route for homebound elders.",
            "When neighbors own the land and the market, the neighborhood stops depending on chains that leave.",
            "The city selling the garden lot on Pine Street to a developer; SNAP cuts hitting pantry demand; a proposed grocery co-op needing startup funds.",
            "Testimony at the land-use committee, garden workdays open to all, a petition to the city to transfer lots to a land trust, potlucks with council members.",
        ],
        &[
            ("Saturday free market", 5),
            ("Pine Street garden workday", 12),
            ("Community potluck and land-trust teach-in", 17),
        ],
    )
}

/// New Neighbors Women's Circle; a 501(c)(3).
fn refugee() -> Partner {
    researched(
        "New Neighbors Women's Circle",
        TaxStatus::Charity501c3,
        [
            "Refugee and asylum-seeking women and their families, many from Afghanistan, Congo, Syria and Eritrea, resettled in the north end; led by women who arrived as refugees themselves.",
            "Immigration, economic justice, education.",
            "None; independent.",
            "Women who rebuilt their lives here, standing with women who are just arriving.",
            "A weekly sewing and conversation circle at the Maple Street community room; English-and-Dari childcare co-op; a peer mentor program pairing newcomers with women who came before; a catering business run by members.",
            "Newcomer women who know each other and earn their own income can push agencies, landlords and schools to treat them fairly.",
            "Long waits for work permits; landlords refusing tenants with no credit history; interpreters missing at parent-teacher conferences.",
            "Accompanying members to agency appointments, meetings with the school district's family liaison office, a members' story exhibit, catering fundraisers.",
        ],
        &[
            ("Open sewing circle", 3),
            ("International holiday bazaar", 10),
            ("Story exhibit opening at the library", 16),
        ],
    )
}

/// Westside Parents United; a 501(c)(4).
fn parents() -> Partner {
    researched(
        "Westside Parents United",
        TaxStatus::SocialWelfare501c4,
        [
            "Parents and caregivers of students at Westside public schools, many working-class Black, Filipino and Latino families; led by parent chapters at each school.",
            "Education, youth, budget.",
            "Statewide parent organizing federation.",
            "Parents with the power to shape the schools our kids attend.",
            "Parent chapters at eight schools meeting monthly; home visits by parent organizers; a parent leadership academy each spring; Spanish and Tagalog interpretation at every meeting.",
            "When parents organize across schools, the district has to answer to families, not just to the budget office.",
            "School closures proposed for two Westside elementary schools; counselors cut from middle schools; a bond measure for school repairs on the next ballot.",
            "Packing school board meetings, parent surveys, listening sessions with the superintendent, a voter guide on school issues for members.",
        ],
        &[
            ("Chapter meeting at Lincoln Elementary", 2),
            ("Rally against school closures at district HQ", 9),
            ("Holiday family night", 18),
        ],
    )
}

/// Riders for a Fair Transit System; tax status unknown.
fn transit() -> Partner {
    researched(
        "Riders for a Fair Transit System",
        TaxStatus::Unknown,
        [
            "Bus riders across the east side, mostly low-wage shift workers, students, seniors and riders with disabilities; led by a riders' council elected by members.",
            "Transportation, disability rights, labor.",
            "Works alongside the transit workers' union local.",
            "Riders organizing for buses that come on time, cost what we can pay, and go where we need to go.",
            "Riders' council meets monthly at the east side transit center; bus stop surveys at dawn; a rider hotline for reporting missed buses; ride-alongs with drivers from the union.",
            "When riders and drivers speak together, the transit board can't play them against each other.",
            "Fare increase proposed for next year; the 14 and 22 routes cut to hourly on weekends; broken elevators at the central station.",
            "Public comment at transit board meetings, rider surveys, a campaign for a low-income fare, joint press conferences with the drivers' union.",
        ],
        &[
            ("Riders' council meeting", 4),
            ("Bus stop survey day", 11),
            ("Transit board public hearing on fares", 15),
        ],
    )
}

/// Bay Domestic Workers Alliance; a 501(c)(3).
fn domestic() -> Partner {
    researched(
        "Bay Domestic Workers Alliance",
        TaxStatus::Charity501c3,
        [
            "Nannies, house cleaners and home care workers across the county, most of them Filipina, Mexican and Caribbean immigrant women; led by a council of worker-leaders.",
            "Labor, immigration, women's rights.",
            "Local chapter of a national domestic workers' network.",
            "Domestic workers winning respect, fair pay and safety in the homes where we work.",
            "A Sunday worker circle at Holy Rosary parish hall; know-your-rights trainings in Tagalog, Spanish and English; a hotline for wage theft; a cooperative cleaning business owned by members.",
            "Workers isolated in separate homes gain power when they meet, learn their rights together and act as one.",
            "A county domestic workers' bill of rights stalled in committee; heat and chemical exposure for cleaners; employers withholding pay from live-in caregivers.",
            "Testimony at the county board, wage claims filed together, employer education sessions, a yearly march on International Domestic Workers Day.",
        ],
        &[
            ("Sunday worker circle", 6),
            ("Know-your-rights training on wage theft", 13),
            ("Holiday gathering for worker families", 20),
        ],
    )
}

/// Campus Dreamers United; tax status other.
fn students() -> Partner {
    researched(
        "Campus Dreamers United",
        TaxStatus::Other,
        [
            "Undocumented and DACA students and students from mixed-status families at the community college and state university; student-led.",
            "Education, immigration, youth.",
            "Registered student organization at both campuses; part of a statewide student network.",
            "Students who are undocumented, unafraid, and making space for each other on campus.",
            "Weekly meetings in the student union; a peer mentoring program for first-year students; a scholarship fund raised by members; a resource center desk staffed by volunteers.",
            "When undocumented students are visible and organized, campuses and lawmakers change policies that shut them out.",
            "In-state tuition at risk for undocumented students; the campus resource center losing its funding; students afraid to apply for emergency aid.",
            "Storytelling events, meetings with campus administrators, a letter campaign to state legislators, a rally at the capitol each spring.",
        ],
        &[
            ("Weekly meeting at the student union", 3),
            ("Scholarship fundraiser dinner", 11),
            ("Know-your-rights workshop with a legal clinic", 15),
        ],
    )
}

/// Lakeview Mobile Home Residents Association; tax status unknown.
fn parks() -> Partner {
    researched(
        "Lakeview Mobile Home Residents Association",
        TaxStatus::Unknown,
        [
            "About 300 households in the Lakeview mobile home park, many of them retirees, veterans and families who work in the nearby plants; led by an elected residents' board.",
            "Housing, seniors, economic justice.",
            "Statewide manufactured home owners' association.",
            "Residents standing together to keep our homes affordable and our park a community.",
            "A monthly residents' meeting in the park clubhouse; a phone tree for emergencies; a welcome committee for new residents; a repair-sharing list of neighbors with tools and skills.",
            "A park whose residents act together can bargain with an out-of-state owner and win protections at city hall.",
            "The new corporate owner raising lot rent 18 percent; broken water lines and flooding on the east loop; a rumor that the park will be sold for development.",
            "Collective letters to the owner, a rent stabilization proposal at the city council, press visits to the flooded loop, potluck meetings with other parks.",
        ],
        &[
            ("Monthly residents' meeting", 8),
            ("Clubhouse holiday potluck", 14),
            ("City council hearing on lot rents", 17),
        ],
    )
}

/// Veterans for Peace and Justice, Chapter 54; a 501(c)(3).
fn veterans() -> Partner {
    researched(
        "Veterans for Peace and Justice, Chapter 54",
        TaxStatus::Charity501c3,
        [
            "Military veterans of every era in the tri-county area, including many Black, Latino and Native veterans and a growing group of women veterans; led by members.",
            "Peace, health, housing.",
            "Chapter of a national veterans' peace organization.",
            "Veterans working for peace abroad and justice for veterans at home.",
            "A monthly chapter meeting at the VFW hall on Second Street; a peer support circle for veterans coming home; a program that helps homeless veterans navigate VA housing; speaking in high school classes about military service.",
            "Veterans who tell the truth about war and speak up together have a voice leaders cannot ignore.",
            "Long waits at the VA clinic; homeless veterans pushed out of a downtown encampment; military recruiters in local high schools.",
            "Vigils, testimony at the city council, a yearly Armistice Day gathering, letters to congressional offices, a free veterans' legal clinic.",
        ],
        &[
            ("Chapter meeting at the VFW hall", 2),
            ("Peer support circle open house", 9),
            ("Vigil for homeless veterans at City Hall", 21),
        ],
    )
}

/// Guru Nanak Sikh Society Community Kitchen; a 501(c)(3).
fn gurdwara() -> Partner {
    researched(
        "Guru Nanak Sikh Society Community Kitchen",
        TaxStatus::Charity501c3,
        [
            "Sikh families in the north county and anyone who is hungry; the langar serves truck drivers, students and neighbors of every background; run by volunteers from the sangat.",
            "Food access, immigration, civil rights.",
            "National Sikh civil rights network.",
            "Serving a free meal to all, and standing up for the dignity of every neighbor.",
            "A free community kitchen (langar) every Sunday at the gurdwara on Mill Road; a food truck that serves truck stops on the interstate; a youth seva program; a hate-incident reporting line.",
            "Seva and open doors build the trust that lets a small community be heard when it faces hate or neglect.",
            "A rise in hate incidents against turbaned Sikh men; truck drivers denied rest-stop parking; Punjabi interpretation missing at the county courthouse.",
            "Interfaith vigils, meetings with the sheriff's office, langar on wheels at community events, know-your-rights cards for drivers.",
        ],
        &[
            ("Sunday langar", 6),
            ("Interfaith vigil against hate", 12),
            ("Youth seva day at the food bank", 19),
        ],
    )
}

/// Harbor Fishing Families Association; tax status unknown.
fn fishers() -> Partner {
    researched(
        "Harbor Fishing Families Association",
        TaxStatus::Unknown,
        [
            "Families who fish and process seafood out of the old harbor, many Vietnamese, Portuguese and Mexican-American; led by boat owners, deckhands and processing workers together.",
            "Labor, environment, economic justice.",
            "Regional small-boat fishing alliance.",
            "Keeping fishing families on the water and the harbor a working waterfront.",
            "A monthly dock meeting at the net shed; a hardship fund for families after a bad season; safety trainings in three languages; a seafood sale direct from the boats on Fridays.",
            "When fishing families speak together, the port authority and regulators have to plan with them, not around them.",
            "Condo developers bidding for the harbor's last working piers; new catch limits written without fishers at the table; processing workers without heat breaks in summer.",
            "Public comment at the port commission, boat parades, meetings with the fisheries council, a petition to keep the piers zoned for fishing.",
        ],
        &[
            ("Dock meeting at the net shed", 3),
            ("Friday boat-side seafood sale", 11),
            ("Port commission hearing on pier zoning", 16),
        ],
    )
}

/// Chinatown Elders Association; a 501(c)(3).
fn chinatown() -> Partner {
    researched(
        "Chinatown Elders Association",
        TaxStatus::Charity501c3,
        [
            "Chinese-speaking elders in Chinatown and the east side, many living alone in single-room occupancy hotels; led by an elected elders' council.",
            "Seniors, housing, health, language access.",
            "None; independent.",
            "Elders caring for each other and defending the neighborhood that raised us.",
            "A daily tea and mahjong room on Jackson Street; volunteer escorts to medical appointments; Cantonese and Mandarin translation of city notices; a weekly walking group for safety.",
            "Elders who gather every day know what the neighborhood needs and can hold the city to its promises.",
            "SRO hotels converting to tourist rentals; attacks on elders on the street; the only Cantonese-speaking clinic cutting hours.",
            "Delegations to city hall with interpreters, safety walks with neighbors, testimony at the planning commission, Lunar New Year town meetings.",
        ],
        &[
            ("Open tea morning", 2),
            ("Safety walk through Chinatown", 10),
            ("Winter solstice dumpling gathering", 21),
        ],
    )
}

/// Eastside Community Arts Collective; a 501(c)(3).
fn murals() -> Partner {
    researched(
        "Eastside Community Arts Collective",
        TaxStatus::Charity501c3,
        [
            "Young artists and neighbors of the Eastside, mostly Black and Puerto Rican families; led by muralists and youth who came up through its programs.",
            "Youth, culture, neighborhood.",
            "Member of a citywide community arts network.",
            "Art made by the neighborhood, for the neighborhood, on its own walls.",
            "An after-school mural apprenticeship; open studio nights at the old firehouse on Dell Street; community paint days where neighbors design murals together; an oral history project with elders.",
            "When neighbors tell their own story on their own walls, they claim the neighborhood and push back against being erased.",
            "Developers painting over community murals; the firehouse lease ending next year; youth programs losing city arts funding.",
            "Community paint days, petitions to protect murals, testimony at the arts commission, gallery shows that tell the neighborhood's history.",
        ],
        &[
            ("Open studio night at the firehouse", 4),
            ("Community paint day on Dell Street", 12),
            ("Oral history showcase", 18),
        ],
    )
}

fn raised(draft: &Draft) -> BTreeSet<Rule> {
    check(
        &draft.text,
        &Context::for_partner(&partner(draft.partner), draft.channel),
    )
    .into_iter()
    .map(|flag| flag.rule)
    .collect()
}

/// Counts for one set of drafts.
#[derive(Default)]
struct Score {
    drafts: usize,
    right: usize,
    /// Per rule: raised and labelled, raised only, labelled only.
    per_rule: Vec<(Rule, usize, usize, usize)>,
}

impl Score {
    fn new() -> Self {
        Self {
            per_rule: Rule::ALL.iter().map(|rule| (*rule, 0, 0, 0)).collect(),
            ..Self::default()
        }
    }

    fn add(&mut self, labels: &BTreeSet<Rule>, raised: &BTreeSet<Rule>) {
        self.drafts += 1;
        self.right += usize::from(labels == raised);
        for (rule, both, raised_only, labelled_only) in &mut self.per_rule {
            match (raised.contains(rule), labels.contains(rule)) {
                (true, true) => *both += 1,
                (true, false) => *raised_only += 1,
                (false, true) => *labelled_only += 1,
                (false, false) => {}
            }
        }
    }

    fn accuracy(&self) -> f64 {
        self.right as f64 / self.drafts.max(1) as f64
    }

    fn recall(&self, rule: Rule) -> f64 {
        let (_, both, _, labelled_only) = self.per_rule.iter().find(|(r, ..)| *r == rule).unwrap();
        ratio(*both, both + labelled_only)
    }

    /// Fails unless accuracy and every rule's recall reach their floors.
    fn assert_at_least(&self, name: &str, accuracy: f64, recall: f64) {
        assert!(
            self.accuracy() >= accuracy,
            "{name}: accuracy {:.3}",
            self.accuracy()
        );
        for rule in Rule::ALL {
            assert!(
                self.recall(rule) >= recall,
                "{name}: {rule:?} recall {:.3}",
                self.recall(rule)
            );
        }
    }

    fn report(&self, name: &str) {
        println!(
            "{name}: {} drafts, accuracy {:.1}% ({} of {} right)",
            self.drafts,
            100.0 * self.accuracy(),
            self.right,
            self.drafts
        );
        println!(
            "  {:<12} {:>9} {:>9} {:>9}",
            "rule", "precision", "recall", "labelled"
        );
        for (rule, both, raised_only, labelled_only) in &self.per_rule {
            println!(
                "  {:<12} {:>8.1}% {:>8.1}% {:>9}",
                rule.key(),
                100.0 * ratio(*both, both + raised_only),
                100.0 * ratio(*both, both + labelled_only),
                both + labelled_only
            );
        }
    }
}

/// A share, counting an empty one as perfect.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

fn keys(rules: &BTreeSet<Rule>) -> String {
    let keys: Vec<&str> = rules.iter().map(|rule| rule.key()).collect();
    if keys.is_empty() {
        "none".into()
    } else {
        keys.join(" ")
    }
}

#[test]
fn the_corpus_is_large_varied_and_well_formed() {
    let drafts = corpus();
    assert!(drafts.len() >= 150, "{} drafts", drafts.len());
    let humble = drafts
        .iter()
        .filter(|draft| draft.labels.is_empty())
        .count();
    assert!(
        humble >= 70 && drafts.len() - humble >= 70,
        "{humble} humble of {}",
        drafts.len()
    );
    let names: BTreeSet<&str> = drafts.iter().map(|draft| draft.name.as_str()).collect();
    assert_eq!(names.len(), drafts.len(), "ids are unique in each file");
    for channel in Channel::ALL {
        assert!(
            drafts
                .iter()
                .filter(|draft| draft.channel == channel)
                .count()
                >= 15,
            "{channel:?}"
        );
    }
    for rule in Rule::ALL {
        assert!(
            drafts.iter().any(|draft| draft.labels.contains(&rule)),
            "{rule:?} is never expected"
        );
    }
    for draft in &drafts {
        assert!(!draft.text.is_empty(), "{} is empty", draft.name);
        assert!(
            !(draft.channel == Channel::AtTheirEvent
                && draft.labels.contains(&Rule::NoOfferToGoToThem)),
            "{}: at their event, no offer is needed",
            draft.name
        );
    }
    let held_out = drafts.iter().filter(|draft| draft.held_out).count();
    assert!(
        held_out >= MIN_HELD_OUT_DRAFTS,
        "{held_out} of {} held out",
        drafts.len()
    );
}

#[test]
fn the_check_agrees_with_the_labels() {
    let (mut tuning, mut held_out, mut all) = (Score::new(), Score::new(), Score::new());
    for draft in &corpus() {
        let raised = raised(draft);
        if raised != draft.labels {
            println!(
                "{}{}: expected {}, raised {}",
                draft.name,
                if draft.held_out { " (held out)" } else { "" },
                keys(&draft.labels),
                keys(&raised)
            );
        }
        all.add(&draft.labels, &raised);
        if draft.held_out {
            &mut held_out
        } else {
            &mut tuning
        }
        .add(&draft.labels, &raised);
    }
    tuning.report("tuning set");
    held_out.report("held-out set");
    all.report("whole corpus");
    all.assert_at_least("whole corpus", MIN_ACCURACY, MIN_RECALL);
    held_out.assert_at_least("held-out set", MIN_HELD_OUT_ACCURACY, MIN_HELD_OUT_RECALL);
}

/// The median of `runs` timings of `work`, in milliseconds.
fn median_ms(runs: usize, mut work: impl FnMut(usize)) -> f64 {
    let mut timings: Vec<f64> = (0..runs)
        .map(|run| {
            let start = Instant::now();
            work(run);
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    timings.sort_by(f64::total_cmp);
    timings[timings.len() / 2]
}

/// A benchmark, not a test: run it with
/// `cargo test --release --test humility_corpus -- --ignored --nocapture keystroke`.
#[test]
#[ignore = "benchmark: prints the time a keystroke's check takes"]
fn keystroke_check_of_a_180_word_draft() {
    let partner = casa();
    let sentence = "We read about your heat safety campaign and would love to hear what your members need most this summer. ";
    let mut draft = String::new();
    while draft.split_whitespace().count() < 180 {
        draft.push_str(sentence);
    }
    let context = Context::for_partner(&partner, Channel::Email);
    let check_ms = median_ms(200, |run| {
        let typed = format!("{draft}{}", "x".repeat(run % 7));
        std::hint::black_box(review(&typed, &context));
    });
    let research_ms = median_ms(200, |_| {
        std::hint::black_box(Context::for_partner(&partner, Channel::Email));
    });
    println!(
        "{}-word draft: check median {check_ms:.3} ms; research words derived in {research_ms:.3} ms",
        draft.split_whitespace().count()
    );
}

#[test]
#[ignore = "prints what the check found in one draft: DRAFT='casa.txt 16'"]
fn explain_one_draft() {
    let name = std::env::var("DRAFT").unwrap();
    let draft = corpus()
        .into_iter()
        .find(|draft| draft.name == name)
        .unwrap();
    println!(
        "{:#?}",
        review(
            &draft.text,
            &Context::for_partner(&partner(draft.partner), draft.channel)
        )
    );
}
