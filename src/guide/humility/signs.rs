//! The signs of a humble message as data: offers to go to them (and the
//! visits that go to us instead), invitations to tell us about their work, and
//! the words that make a question about their work or needs.

/// Phrases that offer to go to them: their place, their event, where they are.
pub const GOING_TO_THEM: &[&str] = &[
    "come|came|go|travel|head|walk|drive .. to one|any|some? of? YOU|YOUR",
    "visit .. YOU|YOUR",
    "WE ... visit",
    "come|came|go|travel|head|walk|drive|stop|drop|swing .. to|by|into the|a|an|one .. PLACE",
    "come|came|go|travel|head|walk|drive|stop|drop|swing .. to|by|into the|a|an|one? NAME library|branch",
    "bring|drop|hand|deliver .. by|to|over YOUR|the? PLACE",
    "visit|attend the|a PLACE",
    "attend|join .. YOUR",
    "show up at|to|for .. YOUR",
    "meet|talk|sit|chat|see YOU? at|in|near YOUR",
    "meet|met|talk|sit|chat|see YOU? at|in NAME",
    "meet|met|talk|sit|chat|see YOU at|in the|a|an|one .. PLACE",
    "meet|met|talk|sit|chat|see YOU? at|in the|a|an|one? NAME .. PLACE|library|branch",
    "at|in YOUR office|center|centre|place|space|hall|building|site|location|headquarter|home|neighborhood|church|school|clinic|shop|turf|door|corner",
    "wherever|anywhere",
    "come|go|travel|head|walk|drive|get .. to|into NAME",
    "WE ... come|go|drive|head|get .. there|over",
    "where YOU are|work|meet|gather",
    "stop|drop|swing|come|came by YOUR|YOU",
    "WE ... stop|drop|swing|come|came by",
    "me|us to come|stop|drop|swing by|over|out",
    "near YOUR",
    "place|location|spot .. suit|work|convenient|easy|easiest|best .. YOU",
    "place|location|spot of YOUR choose|choice",
];

/// Phrases that clear an offer they overlap: the visit goes to us.
pub const COMING_TO_US: &[&str] = &[
    "come|stop|drop|swing by OUR|us",
    "YOU could|can|would|might|will|to|please|also|all? come|came|stop|drop|swing",
    "YOU be able to come|stop|drop|swing",
    "PEOPLE come|came|go|visit|attend",
    "visit OUR|us",
    "to|at|in|by|into OUR .. PLACE",
    "feel free|welcome|invite .. to? come|came|stop|drop|swing|visit",
];

/// Sentences that invite them to talk about their work without a question mark.
pub const INVITES_THEIR_STORY: &[&str] = &[
    "love|like|glad|eager|hope|want|curious|keen .. hear|learn|understand|know about|what|how|more|why|whether|which|who",
    "hear|learn|know|understand .. about|what|how|more .. YOU|YOUR",
    "tell|share with? us|me .. about|what|how .. YOU|YOUR",
    "WE learn|hear|understand more|about|what|how|why",
    "curious .. YOU|YOUR",
];

/// Words in a question that make it about their work when it says "you".
pub const ABOUT_THEIR_WORK: &[&str] = &[
    "work",
    "do",
    "organiz",
    "see",
    "think",
    "need",
    "hope",
    "plan",
    "focus",
    "run",
    "build",
    "approach",
    "face",
    "prioritiz",
    "matter",
    "want",
    "care",
    "fight",
    "serv",
    "learn",
    "start",
    "tell",
    "share",
    "explain",
    "describe",
];

/// Words that make any question about their needs: "what would be useful?"
pub const THEIR_NEEDS: &[&str] = &[
    "useful",
    "helpful",
    "help",
    "welcome",
    "matter",
    "need",
    "priority",
    "hope",
    "worry",
    "worried",
    "want",
    "respectful",
];
