//! Kinds of words the rules' patterns ask for: our words and theirs,
//! numbers, identities, groups of people, places, names. Each word of a draft
//! gets its classes once, as bits, so patterns test them cheaply.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokens::{Token, stem};

/// A kind of word a pattern can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// our, my: what belongs to us.
    Our,
    /// us, me.
    Us,
    /// we, I.
    We,
    /// you, y'all.
    You,
    /// your, their: what belongs to them.
    Your,
    /// they, them.
    Them,
    /// A number, in digits or words.
    Num,
    /// A word naming people by identity: "Latino", "Black", "immigrant".
    Identity,
    /// A group of people: members, workers, neighbors.
    People,
    /// A capitalized word that does not start its sentence: a name.
    Name,
    /// A place an organization works or meets: center, hall, office.
    Place,
    /// A distinctive word of our research on them: "ordinance", "clinics".
    /// Set per draft by [`mark_research`], not by the word alone.
    Research,
}

/// How many classes there are.
pub const CLASS_COUNT: usize = 12;

const NUMBERS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "thousand",
    "thousands",
];
const IDENTITIES: &[&str] = &[
    "latino",
    "latina",
    "latinx",
    "latine",
    "hispanic",
    "black",
    "asian",
    "indigenous",
    "native",
    "immigrant",
    "muslim",
    "poc",
    "bipoc",
    "lgbtq",
    "queer",
    "trans",
    "disabled",
    "minority",
    "african",
    "arab",
    "chicano",
    "chicana",
    "haitian",
    "somali",
    "mexican",
    "salvadoran",
    "guatemalan",
    "dominican",
    "caribbean",
    "filipino",
    "filipina",
    "pinay",
    "boricua",
    "mexicana",
    "vietnamese",
    "korean",
    "chinese",
    "hmong",
    "yemeni",
    "afghan",
    "syrian",
    "ethiopian",
    "eritrean",
    "refugee",
    "color",
    "colour",
    "deaf",
    "blind",
    "disability",
    "undocumented",
    "afghan",
    "iraqi",
    "iranian",
    "ukrainian",
    "sudanese",
    "congolese",
    "burmese",
    "rohingya",
    "nepali",
    "bhutanese",
    "palestinian",
    "lebanese",
    "egyptian",
    "nigerian",
    "ghanaian",
    "kenyan",
    "cuban",
    "venezuelan",
    "colombian",
    "honduran",
    "nicaraguan",
    "peruvian",
    "jamaican",
    "pakistani",
    "bangladeshi",
    "cambodian",
    "laotian",
    "japanese",
    "samoan",
    "tongan",
    "jewish",
    "sikh",
    "hindu",
    "buddhist",
    "gay",
    "lesbian",
    "bisexual",
    "transgender",
    "nonbinary",
];
const PLACES: &[&str] = &[
    "center",
    "centre",
    "hall",
    "office",
    "site",
    "clinic",
    "school",
    "space",
    "building",
    "headquarters",
    "shop",
    "church",
    "workshop",
    "assembly",
    "meeting",
    "event",
    "rally",
    "mosque",
    "temple",
    "park",
    "gym",
    "station",
    "session",
    "mic",
    "dinner",
    "potluck",
    "training",
    "walk",
    "fair",
    "gathering",
    "graduation",
    "tournament",
    "tower",
    "lobby",
    "room",
    "complex",
    "apartment",
    "warehouse",
    "pantry",
    "market",
    "garden",
    "circle",
    "bazaar",
    "exhibit",
    "exhibition",
    "festival",
    "cookout",
    "picnic",
    "vigil",
    "hearing",
    "forum",
    "class",
    "conference",
    "kitchen",
    "shelter",
    "store",
    "cafe",
    "plaza",
    "depot",
    "terminal",
    "campus",
    "clubhouse",
    "lodge",
    "parish",
    "chapel",
    "quad",
    "lounge",
    "dorm",
];
const PEOPLE: &[&str] = &[
    "member",
    "worker",
    "people",
    "folk",
    "neighbor",
    "family",
    "resident",
    "tenant",
    "volunteer",
    "supporter",
    "person",
    "body",
    "leader",
    "staff",
    "laborer",
    "parent",
    "student",
    "youth",
    "teen",
    "mother",
    "renter",
    "congregant",
    "woman",
    "women",
    "mom",
    "dad",
    "father",
    "elder",
    "senior",
    "grandparent",
    "caregiver",
    "rider",
    "kid",
    "driver",
    "veteran",
    "retiree",
    "nanny",
    "teacher",
    "nurse",
];

/// Which classes each listed word (pronouns, numbers) and each listed stem
/// (identities, people, places) belongs to, computed once.
struct Lookup {
    by_word: HashMap<&'static str, u16>,
    by_stem: HashMap<String, u16>,
}

fn lookup() -> &'static Lookup {
    static LOOKUP: OnceLock<Lookup> = OnceLock::new();
    LOOKUP.get_or_init(|| {
        let mut by_word: HashMap<&'static str, u16> = HashMap::new();
        for (class, words) in [
            (Class::Our, &["our", "ours", "my"][..]),
            (Class::Us, &["us", "me"]),
            (Class::We, &["we", "i"]),
            (Class::You, &["you", "y'all", "yall"]),
            (Class::Your, &["your", "yours", "their", "theirs"]),
            (Class::Them, &["they", "them"]),
            (Class::Num, NUMBERS),
        ] {
            for word in words {
                *by_word.entry(word).or_default() |= class.bit();
            }
        }
        let mut by_stem: HashMap<String, u16> = HashMap::new();
        for (class, words) in [
            (Class::Identity, IDENTITIES),
            (Class::People, PEOPLE),
            (Class::Place, PLACES),
        ] {
            for word in words {
                *by_stem.entry(stem(word)).or_default() |= class.bit();
            }
        }
        Lookup { by_word, by_stem }
    })
}

/// The pronoun classes, which a word inside a hyphenated word never takes.
const PRONOUNS: u16 = 0b11_1111;

impl Class {
    /// The class a pattern names in capitals: `OUR`, `YOUR`, `NUM`…
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "OUR" => Class::Our,
            "US" => Class::Us,
            "WE" => Class::We,
            "YOU" => Class::You,
            "YOUR" => Class::Your,
            "THEM" => Class::Them,
            "NUM" => Class::Num,
            "IDENT" => Class::Identity,
            "PEOPLE" => Class::People,
            "NAME" => Class::Name,
            "PLACE" => Class::Place,
            "RESEARCH" => Class::Research,
            _ => return None,
        })
    }

    /// The class as one bit of a mask.
    pub fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// Marks the words of a draft that come from our research on them (sorted
/// `research_stems`); words under four letters never count.
pub fn mark_research(tokens: &mut [Token], research_stems: &[String]) {
    for token in tokens {
        if token.word.chars().count() >= 4 && research_stems.binary_search(&token.stem).is_ok() {
            token.classes |= Class::Research.bit();
        }
    }
}

/// The classes of a word, as a mask of bits.
pub fn classes_of(word: &str, stem: &str, compound: bool, capitalized: bool) -> u16 {
    let lookup = lookup();
    let mut mask = lookup.by_word.get(word).copied().unwrap_or(0);
    if compound {
        mask &= !PRONOUNS;
    }
    if !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
        mask |= Class::Num.bit();
    }
    if capitalized {
        mask |= Class::Name.bit();
    }
    mask | lookup.by_stem.get(stem).copied().unwrap_or(0)
}
