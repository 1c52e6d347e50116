//! Matches a question against the knowledge base. Pure: no I/O, no Discord.
//!
//! A question and every entry are reduced to *terms*: stems after folding
//! synonyms and phrases ("weed" and "pot" become "marijuana", "thrown out"
//! becomes "deport") and dropping stopwords. Each term weighs by how rare it is
//! across entries (inverse document frequency), so frame words like "Kelly" or
//! "who" count for little and a name, a number or a distinctive word counts for
//! a lot. Words the knowledge base has never seen weigh as much as the rarest
//! known word: a question about "the border wall" stays mostly uncovered and is
//! declined. Typos are absorbed word by word with `strsim` (optimal string alignment, a
//! Damerau-Levenshtein distance, to bound the edit, Jaro-Winkler to rank and discount the credit).
//!
//! An entry's score blends how much of the question's weight the entry knows
//! (over all its phrasings and keywords) with how much of its best single
//! phrasing the question covers. Everything that does not depend on the
//! question is computed once in [`Matcher::new`].

use std::collections::HashSet;
use std::ops::Range;

// Keys are short words from our own knowledge base and users' questions hash a
// handful of them per query: FxHash is several times faster than SipHash there,
// and a hostile question can only slow its own lookup.
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use crate::knowledge::{EntryId, KnowledgeBase};
use crate::text;

/// A similarity in 0.0..=1.0; higher is closer.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default, serde::Serialize)]
#[serde(transparent)]
pub struct Score(pub f32);

/// What the matcher concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// One entry fits confidently.
    Answered,
    /// Two or more entries fit about equally well: ask which was meant.
    Ambiguous,
    /// Nothing fits well enough: decline.
    NoMatch,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Answered => "answered",
            Status::Ambiguous => "ambiguous",
            Status::NoMatch => "no_match",
        }
    }
}

/// When to answer, when to ask back, when to decline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// The best entry must score at least this to be answered.
    pub answer: f32,
    /// Entries within this distance of the best are too close to call.
    pub margin: f32,
    /// Entries scoring below this are not offered as suggestions.
    pub suggest: f32,
}

impl Default for Thresholds {
    /// Chosen on the labelled sets in `tests/data/` (see README, "How the matcher decides").
    fn default() -> Self {
        Thresholds {
            answer: 0.6,
            margin: 0.04,
            suggest: 0.2,
        }
    }
}

/// An entry and how well it fits the question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    /// Position of the entry in the knowledge base (see [`Matcher::id`]).
    pub index: usize,
    pub score: Score,
    /// How much of the question's weight the entry's closest single phrasing covers.
    cover: Score,
}

/// The matcher's verdict on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub status: Status,
    /// The best entry's score (0 when nothing matched at all).
    pub score: Score,
    /// Answered: the answer first. Ambiguous: the close entries. No match: the nearest few.
    pub candidates: Vec<Candidate>,
}

/// How many suggestions a verdict carries at most (Discord fits five buttons in a row).
pub const MAX_SUGGESTIONS: usize = 5;
/// How many nearest entries a declined question is offered.
const NEAREST_ON_DECLINE: usize = 3;
/// Weight of the best single phrasing's coverage against the whole entry's.
const PHRASING_SHARE: f32 = 0.3;
/// How much more a word found nowhere in the article weighs than the rarest known word:
/// a question about something the article never mentions is most likely not answered by it.
const UNKNOWN_FACTOR: f32 = 1.6;
/// How much more an unknown word weighs when a word of making a work governs it ("who wrote
/// the Odyssey?"): it names the work asked about, and that is not the article.
const WORK_OBJECT_FACTOR: f32 = 2.0;
/// How much more the thing a "what" or "which" asks for weighs ("which law").
const FOCUS_FACTOR: f32 = 1.3;
/// Score factor for each distinctive known term of the question an entry lacks.
const MISSING_DISTINCTIVE_FACTOR: f32 = 0.9;
/// Weighs an entry down for each person or body the question names that it never does.
const UNNAMED_FACTOR: f32 = 0.9;
/// Score factor for each number in the question that the article never mentions
/// ("deported in 2016"): whatever the words, the article cannot have that fact.
const FOREIGN_NUMBER_FACTOR: f32 = 0.8;
/// Credit for a question word found only in an entry's answer, not its phrasings.
const ANSWER_CREDIT: f32 = 0.5;
/// How much more an unknown number weighs than an unknown word.
const NUMBER_FACTOR: f32 = 2.0;
/// Credit for a round number standing for one the article gives exactly ("21k" for 21,362).
const ROUNDED_CREDIT: f32 = 0.9;
/// Credit for a number one digit or one swap away from the article's ("160k" for 260,000).
const MISREMEMBERED_CREDIT: f32 = 0.8;
/// Score factor for an entry that does not report the speaker a question asks about:
/// "what did Obama say about Kelly?" is not answered by what Kelly said.
const OTHER_SPEAKER_FACTOR: f32 = 0.5;
/// Score factor for an entry whose answer states no number (or no time) when the
/// question asks "how many" (or "when").
const UNSTATED_FACTOR: f32 = 0.65;

/// Score factor, on top of [`UNSTATED_FACTOR`], for an entry whose answer states no exact
/// count (or no date) when the question insists on one ("what date exactly", "the exact
/// number"): "on a Sunday" and "one of the top five" are the very answers it rules out.
const IMPRECISE_FACTOR: f32 = 0.5;

/// How much more of the question the best entry's closest phrasing must cover than any
/// other close entry's for the best to be answered rather than called ambiguous.
const COVER_LEAD: f32 = 0.1;

/// Factor for every entry when the question asks one speaker's reaction to another's words.
const REACTION_FACTOR: f32 = 0.5;

/// Factor for every entry when the question asks for a part of a count ("how many of the
/// 260,000 were for marijuana specifically?"): the article breaks no count down.
const PART_FACTOR: f32 = 0.5;

/// Factor for every entry when the question asks beyond a fact ("what else has she
/// written?"): the entry stating the fact is the answer it rules out.
const BEYOND_FACTOR: f32 = 0.5;

/// Weight factor for the known words of a remark, a sentence that asks nothing beside one
/// that asks ("my uncle keeps talking about TRAC. who are they?"): they often name what the
/// question is about.
const REMARK_TERM_FACTOR: f32 = 0.5;
/// Weight factor for the known words of a remark relaying a claim ("someone told me it's a
/// year in jail. what does the article say?"): the claim is what the question is about.
const CLAIM_REMARK_FACTOR: f32 = 0.75;
/// Weight factor for a remark's unknown words: commentary around the question ("everyone's
/// throwing DHS around. what does it stand for"), not what it asks.
const REMARK_UNKNOWN_FACTOR: f32 = 0.1;
/// Weight factor for the known words of an afterthought about the asker ("what's the title?
/// need it for my newsletter"): why they ask, not what.
const ASKER_REMARK_FACTOR: f32 = 0.25;
/// A question's term at least this heavy is a thing of its own, rarer than the article's
/// everyday words ("Kelly", "drugs", "immigrants", "say"): beside it a story told first is
/// only the asker's.
const OWN_TERM_WEIGHT: f32 = 1.5;

/// The head of the synonym group a "what is X?" question asks for, beside X.
const DEFINITION: &str = "definition";
/// The head of the synonym group of writing: "who wrote X?" is answered only by an entry
/// naming a writer.
const AUTHOR: &str = "author";
/// Score factor for an entry that names no writer, asked who wrote something ("who wrote the
/// Washington Post analysis?" is not asked of the entry citing it).
const UNWRITTEN_FACTOR: f32 = 0.85;
/// Weight factor for the words of a clause joined by "when" ("what show was he on when he
/// said the pot thing"): the circumstance, not what is asked.
const CIRCUMSTANCE_FACTOR: f32 = 0.5;
/// Weight factor for the unknown words of a guess at what something the article knows is
/// ("who's chuck todd, a sports guy or what"): the guessed kind is not what is asked.
const GUESS_UNKNOWN_FACTOR: f32 = 0.25;
/// Weight factor for the unknown words of a relayed claim ("someone said …, is that true?")
/// that names something the article knows: often the very detail the claim gets wrong.
const CLAIM_UNKNOWN_FACTOR: f32 = 0.5;

/// How much a known term weighs in a guess at what something is ("is the attorney general
/// right?"): next to nothing, as the guess is what the answer checks.
const GUESS_KNOWN_FACTOR: f32 = 0.1;

/// Fewest consonant sounds a word needs to be matched by sound: shorter ones ("rt") sound
/// like too many words.
const MIN_SOUNDS: usize = 3;
/// Least Jaro-Winkler similarity of a misspelling to the word it sounds like.
const SOUND_SIMILARITY: f32 = 0.75;
/// Least Jaro-Winkler similarity for a word typed without vowels to the word it sounds
/// like: dropping every vowel leaves letters far apart ("dtnr", "detainer": 0.74).
const SKELETON_SIMILARITY: f32 = 0.6;
/// Credit of a word typed without vowels, matched by its consonants.
const SKELETON_CREDIT: f32 = 0.85;

type TermId = u32;

/// A question as the matcher reads it.
struct Analysis {
    stems: Vec<String>,
    /// Its terms, each once, with unknown words; stopwords dropped.
    terms: Vec<QueryTerm>,
    /// Every known term in the order read, repeats included.
    order: Vec<TermId>,
    /// For each word, whether it belongs to a remark beside the question.
    remarks: Vec<bool>,
    /// Whether it is small talk with the bot or the server ("who are you", "is discord
    /// down") outside its remarks, or asks "how to" do something; read as typed, before any
    /// typo is corrected.
    small_talk: bool,
    /// Whether it relays a claim or a guess to check ("was it like 26k?"): what the claim
    /// gets wrong, a number too, is no fact it asks about.
    relays_claim: bool,
}

#[derive(Debug, Clone, Copy)]
struct QueryTerm {
    /// `None` for a word the knowledge base does not know.
    term: Option<TermId>,
    /// Index of the (first) stem it came from.
    at: usize,
    weight: f32,
    /// 1.0 for an exact term, less for a typo-corrected one.
    credit: f32,
}

/// A multi-word synonym or stopword, found by its first stem.
#[derive(Debug, Clone)]
struct Phrase {
    /// The stems after the first.
    rest: Vec<String>,
    /// `None` for a phrase that means nothing ("never heard").
    term: Option<TermId>,
}

/// A known word, for typo correction.
#[derive(Debug, Clone)]
struct Spelling {
    word: String,
    /// Its first character, compared for every candidate: cheaper kept than found again.
    first: char,
    /// How often each letter a-z occurs (other characters share the last slot):
    /// half the difference of two counts is a lower bound on their edit distance.
    letters: LetterCounts,
    /// Which of those slots are non-zero: a cheaper, weaker bound checked first.
    mask: u32,
    /// `None` for a stopword.
    term: Option<TermId>,
    /// Known only from the vocabulary and no English word ("etat", "karte"): a word of
    /// another language, which no English word is a slip for.
    foreign: bool,
}

type LetterCounts = [u8; 27];

fn letter_counts(word: &str) -> LetterCounts {
    let mut counts = [0u8; 27];
    for c in word.chars() {
        let slot = if c.is_ascii_lowercase() {
            c as usize - 'a' as usize
        } else {
            26
        };
        counts[slot] = counts[slot].saturating_add(1);
    }
    counts
}

fn count_distance(a: &LetterCounts, b: &LetterCounts) -> usize {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| u32::from(x.abs_diff(y)))
        .sum::<u32>() as usize
}

/// The slots of `counts` that are non-zero, as bits.
fn letter_mask(counts: &LetterCounts) -> u32 {
    counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .fold(0, |mask, (slot, _)| mask | 1 << slot)
}

#[derive(Debug)]
struct IndexedEntry {
    id: EntryId,
    /// This entry's phrasings in [`Matcher::phrasing_inverse_totals`].
    phrasings: Range<usize>,
    /// The speakers whose words it reports.
    said_by: FxHashSet<TermId>,
    /// Whether its answer states a number, so it can answer "how many".
    states_number: bool,
    /// Whether its answer states a time, so it can answer "when".
    states_time: bool,
    /// Whether its answer states an exact count ("21,362", not "thousands" or "top five").
    states_count: bool,
    /// Whether its answer dates something (a year or month, not "on a Sunday").
    states_date: bool,
    /// Whether its answer names something ("Meet The Press"), so it can answer "what is
    /// the name of".
    states_name: bool,
    /// Whether it speaks of a writer ("who wrote the article?"), so it can answer "who
    /// wrote".
    names_writer: bool,
    /// The first entry citing exactly the same quotes: entries that share it show the same
    /// evidence, so a close call between them needs no buttons.
    evidence: usize,
}

/// The precomputed index over one knowledge base.
#[derive(Debug)]
pub struct Matcher {
    thresholds: Thresholds,
    lexicon: HashMap<String, TermId>,
    /// Multi-word synonyms and stopwords, keyed by their first stem.
    phrases: HashMap<String, Vec<Phrase>>,
    stopwords: FxHashSet<String>,
    /// Every stem of a multi-word synonym or stopword, which typo correction leaves alone.
    phrase_stems: FxHashSet<String>,
    /// Single words the vocabulary lists as synonyms: never stopwords.
    synonym_words: FxHashSet<String>,
    /// Known surface words by (length, first letter) and by (length, second letter),
    /// for typo correction: a typo rarely hits both of the first two letters, and
    /// looking only there keeps the search to a few dozen candidates.
    by_first: HashMap<(usize, char), Vec<Spelling>>,
    by_second: HashMap<(usize, char), Vec<Spelling>>,
    /// Known words of three consonant sounds or more by how they sound, for misspellings
    /// too far from the word by letters ("deportashun").
    by_sound: HashMap<String, Vec<Spelling>>,
    /// Known spellings, stopwords too, by their consonants ([`text::skeleton`]).
    by_skeleton: HashMap<String, Vec<Spelling>>,
    /// Every word in `by_first` and `by_second`, to add each once.
    spelled: FxHashSet<String>,
    weights: Vec<f32>,
    /// The stem (or synonym group) each term stands for.
    names: Vec<String>,
    unknown_weight: f32,
    /// Terms at least this heavy (in at most two entries) are distinctive.
    distinctive_weight: f32,
    /// People and organisations whose words a question can ask for.
    speakers: FxHashSet<TermId>,
    /// Terms asking what someone said.
    speech: FxHashSet<TermId>,
    /// Terms asking for a kind of answer (who, when), which alone match nothing.
    question_words: FxHashSet<TermId>,
    /// Terms asking for a number.
    quantity_words: FxHashSet<TermId>,
    /// Terms asking for a time.
    time_words: FxHashSet<TermId>,
    /// Terms asking for a name.
    name_words: FxHashSet<TermId>,
    /// Terms asking who made or named a work ("wrote", "headline").
    work_words: FxHashSet<TermId>,
    /// Stems of the words insisting on precision ("exactly"; stopwords among them, so
    /// not terms).
    precision_phrases: Phrases,
    /// Stems of the words asking for a part of a count ("specifically").
    part_phrases: Phrases,
    /// Stems of the phrases asking beyond a fact ("what else").
    beyond_phrases: Phrases,
    /// Stems of the words of reacting ("respond").
    reaction_phrases: Phrases,
    /// Stems of the phrases relaying a claim to check ("someone said").
    claim_phrases: Phrases,
    /// Stems of the phrases guessing at what something is ("or what", "like a").
    guess_phrases: Phrases,
    /// Stems of the phrases talking to the bot ("your name").
    small_talk: Phrases,
    /// The term of the vocabulary's "definition" group, if it has one.
    definition: Option<TermId>,
    /// The term of its "author" group, if it has one.
    author: Option<TermId>,
    /// Terms an entry defines, beside the term "definition" ("What is ICE?"): what a
    /// question can ask the definition of.
    definable: FxHashSet<TermId>,
    /// The numbers the knowledge base knows, for rounded ones ("21k").
    numbers: Vec<(u64, TermId)>,
    /// One over the total term weight of every phrasing (question or alternate) of every
    /// entry, 0 for a phrasing of stopwords only.
    phrasing_inverse_totals: Vec<f32>,
    /// For each term, the phrasings that contain it.
    phrasing_postings: Vec<Vec<u32>>,
    /// For each term, the entries that contain it, with the credit it earns there:
    /// 1 in phrasings and keywords, [`ANSWER_CREDIT`] in the answer only.
    postings: Vec<Vec<(u32, f32)>>,
    entries: Vec<IndexedEntry>,
}

impl Matcher {
    /// Indexes `kb`; everything a query needs that does not depend on the question.
    pub fn new(kb: &KnowledgeBase, thresholds: Thresholds) -> Self {
        let mut m = Matcher {
            thresholds,
            lexicon: HashMap::default(),
            phrases: HashMap::default(),
            stopwords: FxHashSet::default(),
            synonym_words: FxHashSet::default(),
            phrase_stems: FxHashSet::default(),
            by_first: HashMap::default(),
            by_second: HashMap::default(),
            by_sound: HashMap::default(),
            by_skeleton: HashMap::default(),
            spelled: FxHashSet::default(),
            weights: Vec::new(),
            names: Vec::new(),
            unknown_weight: 0.0,
            distinctive_weight: 0.0,
            speakers: FxHashSet::default(),
            speech: FxHashSet::default(),
            question_words: FxHashSet::default(),
            quantity_words: FxHashSet::default(),
            time_words: FxHashSet::default(),
            name_words: FxHashSet::default(),
            work_words: FxHashSet::default(),
            precision_phrases: Phrases::default(),
            part_phrases: Phrases::default(),
            beyond_phrases: Phrases::default(),
            small_talk: Phrases::default(),
            definition: None,
            author: None,
            definable: FxHashSet::default(),
            claim_phrases: Phrases::default(),
            guess_phrases: Phrases::default(),
            reaction_phrases: Phrases::default(),
            numbers: Vec::new(),
            postings: Vec::new(),
            phrasing_inverse_totals: Vec::new(),
            phrasing_postings: Vec::new(),
            entries: Vec::new(),
        };
        for word in &kb.vocabulary.stopwords {
            match text::words(word).as_slice() {
                [one] => {
                    // Only English words inflect by English rules: "karte" (Hindi) does
                    // not make "kart" a stopword.
                    if text::is_english_word(one) {
                        m.stopwords.insert(text::stem(one));
                    }
                    m.stopwords.insert(one.clone());
                }
                _ => m.add_phrase(&text::stems(word), None),
            }
        }
        // The vocabulary's spellings are learned after the knowledge's, so that a word both
        // use counts as the knowledge's.
        let mut vocabulary_words = Vec::new();
        for group in &kb.vocabulary.synonyms {
            let Some(head) = group.first() else { continue };
            let id = m.intern(&text::stems(head).join(" "));
            for member in group {
                let stems = text::stems(member);
                match stems.as_slice() {
                    [] => {}
                    [one] => {
                        m.lexicon.insert(one.clone(), id);
                        for w in text::words(member) {
                            m.synonym_words.insert(w.clone());
                            vocabulary_words.push(w);
                        }
                    }
                    _ => m.add_phrase(&stems, Some(id)),
                }
            }
        }
        // Stopwords are spellings too, so a misspelled one is recognised ("specificaly").
        for word in &kb.vocabulary.stopwords {
            vocabulary_words.extend(text::words(word));
        }
        for list in m.phrases.values_mut() {
            // Longest phrase first, so "office of national drug control policy" beats "drug".
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        let v = &kb.vocabulary;
        m.speakers = m.term_set(&v.speakers);
        m.speech = m.term_set(&v.speech);
        m.question_words = m.term_set(&v.question_words);
        m.quantity_words = m.term_set(&v.quantity_words);
        m.time_words = m.term_set(&v.time_words);
        m.name_words = m.term_set(&v.name_words);
        m.work_words = m.term_set(&v.work_words);
        m.precision_phrases = Phrases::new(&v.precision_words);
        m.part_phrases = Phrases::new(&v.part_words);
        m.beyond_phrases = Phrases::new(&v.beyond_words);
        m.small_talk = Phrases::new(&v.small_talk);
        m.claim_phrases = Phrases::new(&v.claim_words);
        m.guess_phrases = Phrases::new(&v.guess_words);
        m.reaction_phrases = Phrases::new(&v.reaction_words);

        let mut entry_terms = Vec::with_capacity(kb.entries.len());
        for entry in &kb.entries {
            let phrasings: Vec<Vec<TermId>> = entry
                .variants()
                .chain(entry.keywords.iter().map(String::as_str))
                .map(|v| m.index_terms(v))
                .collect();
            let answer = m.index_terms(&entry.answer);
            entry_terms.push((phrasings, answer));
        }
        // The article only teaches spelling, for typo correction.
        for paragraph in &kb.article.paragraphs {
            for w in text::words(paragraph) {
                m.learn_surface(&w, false);
            }
        }
        for w in vocabulary_words {
            let foreign = !text::is_english_word(&w);
            m.learn_surface(&w, foreign);
        }

        let n = kb.entries.len() as f32;
        let mut df = vec![0u32; m.weights.len()];
        m.postings = vec![Vec::new(); m.weights.len()];
        for (i, (phrasings, answer)) in entry_terms.iter().enumerate() {
            let bag: HashSet<TermId> = phrasings.iter().flatten().copied().collect();
            for &t in &bag {
                df[t as usize] += 1;
                m.postings[t as usize].push((i as u32, 1.0));
            }
            // What the answer states is what the entry is about too, but a question
            // worded like the answer is less certain to ask this entry than one worded
            // like its phrasings; the answer does not count towards rarity either.
            for t in answer.iter().filter(|t| !bag.contains(t)) {
                m.postings[*t as usize].push((i as u32, ANSWER_CREDIT));
            }
        }
        for (t, &d) in df.iter().enumerate() {
            // A word of the article that no entry asks about weighs like the rarest asked word.
            m.weights[t] = idf(n, d.max(1) as f32);
        }
        m.definition = m.lexicon.get(text::stem(DEFINITION).as_str()).copied();
        m.author = m.lexicon.get(text::stem(AUTHOR).as_str()).copied();
        if let Some(definition) = m.definition {
            // What the defining entries' own questions name ("What is the ONDCP?": ondcp):
            // the things they define.
            let defining = m.postings[definition as usize]
                .iter()
                .filter(|&&(_, share)| share >= 1.0)
                .map(|&(e, _)| e as usize);
            m.definable = defining
                .filter_map(|e| entry_terms[e].0.first())
                .flatten()
                .copied()
                .filter(|&t| t != definition)
                .collect();
        }
        m.unknown_weight = UNKNOWN_FACTOR * idf(n, 1.0);
        m.distinctive_weight = idf(n, 2.0);

        m.phrasing_postings = vec![Vec::new(); m.weights.len()];
        let quotes: Vec<Vec<(u32, &str)>> = kb.entries.iter().map(sorted_quotes).collect();
        let mut entries = Vec::with_capacity(kb.entries.len());
        for (entry, (phrasings, _)) in kb.entries.iter().zip(entry_terms) {
            let start = m.phrasing_inverse_totals.len();
            // Keywords widen the entry's vocabulary but are not phrasings of their own.
            for terms in phrasings.into_iter().take(entry.variants().count()) {
                let p = m.phrasing_inverse_totals.len() as u32;
                for &t in &terms {
                    m.phrasing_postings[t as usize].push(p);
                }
                let total: f32 = terms.iter().map(|&t| m.weights[t as usize]).sum();
                m.phrasing_inverse_totals
                    .push(if total > 0.0 { total.recip() } else { 0.0 });
            }
            let answer_words = text::words(&entry.answer);
            let said_by = m.term_set(&entry.said_by);
            entries.push(IndexedEntry {
                id: entry.id.clone(),
                phrasings: start..m.phrasing_inverse_totals.len(),
                said_by,
                states_number: text::states_number(&answer_words),
                states_time: answer_words.iter().any(|w| text::is_time_word(w)),
                states_count: answer_words.iter().any(|w| text::is_exact_count(w)),
                states_date: answer_words.iter().any(|w| text::is_date_word(w)),
                states_name: text::names_something(&entry.answer),
                names_writer: m.author.is_some_and(|a| {
                    m.postings[a as usize]
                        .iter()
                        .any(|&(e, _)| e as usize == entries.len())
                }),
                evidence: {
                    let i = entries.len();
                    quotes[..i]
                        .iter()
                        .position(|q| *q == quotes[i])
                        .unwrap_or(i)
                },
            });
        }
        m.entries = entries;
        m.numbers = m
            .lexicon
            .iter()
            .filter_map(|(stem, &t)| Some((stem.parse().ok()?, t)))
            .collect();
        m
    }

    /// The same index deciding with other thresholds.
    pub fn with_thresholds(self, thresholds: Thresholds) -> Self {
        Matcher { thresholds, ..self }
    }

    /// The id of the entry at `index`.
    pub fn id(&self, index: usize) -> &EntryId {
        &self.entries[index].id
    }

    pub fn thresholds(&self) -> Thresholds {
        self.thresholds
    }

    /// Decides how to answer `question`.
    pub fn query(&self, question: &str) -> Match {
        let ranked = self.best(question);
        let t = self.thresholds;
        let Some(top) = ranked.first() else {
            return Match {
                status: Status::NoMatch,
                score: Score(0.0),
                candidates: Vec::new(),
            };
        };
        let score = top.score;
        if score.0 < t.answer {
            let candidates = ranked
                .into_iter()
                .filter(|c| c.score.0 >= t.suggest)
                .take(NEAREST_ON_DECLINE)
                .collect();
            return Match {
                status: Status::NoMatch,
                score,
                candidates,
            };
        }
        let mut close: Vec<Candidate> = ranked
            .into_iter()
            .take_while(|c| score.0 - c.score.0 < t.margin)
            .take(MAX_SUGGESTIONS)
            .collect();
        // Too close to call by score, but one phrasing of the best entry says much more of
        // the question than any phrasing of the others ("does Kelly think pot even matters in
        // the drug war", against "which drugs matter most according to Kelly"): answer it.
        let lead = close[0].cover;
        if close[1..].iter().all(|c| lead.0 - c.cover.0 >= COVER_LEAD) {
            close.truncate(1);
        }
        // Close entries that cite the very same quotes ("Who analysed the ICE arrests?",
        // "How many did ICE arrest?") show the same evidence: the best one does.
        let evidence = self.entries[close[0].index].evidence;
        if close
            .iter()
            .all(|c| self.entries[c.index].evidence == evidence)
        {
            close.truncate(1);
        }
        let status = if close.len() > 1 {
            Status::Ambiguous
        } else {
            Status::Answered
        };
        Match {
            status,
            score,
            candidates: close,
        }
    }

    /// Every entry with any overlap, best first.
    pub fn best(&self, question: &str) -> Vec<Candidate> {
        let Analysis {
            stems,
            terms,
            order,
            remarks,
            small_talk,
            relays_claim,
        } = self.analyse(question);
        if small_talk {
            return Vec::new();
        }
        let says = |phrases: &Phrases| phrases.said_in(&stems);
        let total: f32 = terms.iter().map(|q| q.weight).sum();
        let asks_about_something = terms
            .iter()
            .any(|q| q.term.is_some_and(|t| !self.question_words.contains(&t)));
        if total <= 0.0 || !asks_about_something {
            return Vec::new();
        }
        // Numbers the article never mentions: facts it cannot have, unless they are a claim
        // or a guess to check ("was it like 26k?").
        let foreign_numbers = terms
            .iter()
            .filter(|q| q.term.is_none() && text::is_digits(&stems[q.at]))
            .filter(|_| !relays_claim)
            .count();
        let speaker = self.quoted_speaker(&terms, &remarks);
        // "What did Sessions say about Kelly's comments?": the article reports nobody's
        // reaction to anybody's words.
        let reaction = if self.asks_reaction(&order)
            || (says(&self.reaction_phrases) && self.names_two_speakers(&order))
            || self.says_about_another(&terms, &stems, &remarks)
            || self.reacts_to_someone_else(&terms, &stems)
        {
            REACTION_FACTOR
        } else {
            1.0
        };
        // A term of the question itself, not of a remark, among `words`.
        let asked = |q: &QueryTerm, words: &FxHashSet<TermId>| {
            !remarks[q.at] && q.term.is_some_and(|t| words.contains(&t))
        };
        let asks = |words: &FxHashSet<TermId>| terms.iter().any(|q| asked(q, words));
        // Whether one of the `reach` words before `at` is `wanted`.
        let shortly_before = |at: usize, reach: usize, wanted: &dyn Fn(&str) -> bool| {
            stems[at.saturating_sub(reach)..at]
                .iter()
                .any(|w| wanted(w))
        };
        // "The 260k deportations number", "the 21,362 ICE arrest figure": a count word up to
        // three words after a stated figure names it; it asks no count. "How many" after a
        // number still asks ("out of the 21k arrested how many ...").
        let asks_number = terms.iter().any(|q| {
            asked(q, &self.quantity_words)
                && (stems[q.at] == "how" || !shortly_before(q.at, 3, &text::is_digits))
        });
        let asks_time = asks(&self.time_words);
        let asks_name = asks(&self.name_words);
        // "How many of the 260,000 were from Mexico?": a question that already states a
        // count the article gives asks for a part of it, which the article does not break down.
        // "The figure of 21,362" is the count itself, not a part of it.
        let counts = |noun: &String| {
            self.lexicon
                .get(noun.as_str())
                .is_some_and(|t| self.quantity_words.contains(t))
        };
        // "The year by year breakdown of the 260,000" asks a part as much as "how many".
        let states_figure = terms
            .iter()
            .any(|q| q.term.is_some() && text::is_exact_count(&stems[q.at]));
        // "my friend says ICE only arrests criminals, how many ...": a part word in a remark
        // before the question tells of the claim; after it ("..., not all drugs") it still asks.
        let question_starts = remarks.iter().position(|&r| !r).unwrap_or(0);
        let says_part = self
            .part_phrases
            .spans(&stems)
            .any(|span| span.start > question_starts || !remarks[span].contains(&true));
        let asks_part = (asks_number || states_figure) && says_part
            || asks_number
                && terms.iter().any(|q| {
                    let before = &stems[..q.at];
                    q.term.is_some()
                        && text::is_digits(&stems[q.at])
                        && match before {
                            // The stems of "the", "those" and "these".
                            [.., noun, of, the]
                                if matches!(the.as_str(), "the" | "thos" | "thes") =>
                            {
                                of == "of" && !counts(noun)
                            }
                            [.., of, the] if matches!(the.as_str(), "the" | "thos" | "thes") => {
                                of == "of"
                            }
                            [.., noun, of] => of == "of" && !counts(noun),
                            [.., of] => of == "of",
                            [] => false,
                        }
                });
        // "Exactly how many", "what date exactly": a vague answer ("one of the top five",
        // "on a Sunday") does not do.
        // Read from the question, not its remarks ("what's the title? need the exact one for
        // my files" asks no exact count).
        let asks_exact = self.precision_phrases.asked_in(&stems, &remarks);
        let (asks_count, asks_date) = (asks_exact && asks_number, asks_exact && asks_time);
        // "What else has she written?": not the fact an entry states. Nor is "who was drug
        // czar before Marino?" or "his job before DHS": a time before someone the article
        // names, which it never goes back to.
        let before_named = terms
            .iter()
            .any(|q| asked(q, &self.speakers) && shortly_before(q.at, 2, &|w| w == "befor"));
        let asks_beyond = self.beyond_phrases.asked_in(&stems, &remarks) || before_named;
        let beyond = if asks_beyond { BEYOND_FACTOR } else { 1.0 };
        let part = if asks_part { PART_FACTOR } else { 1.0 };
        let foreign = FOREIGN_NUMBER_FACTOR.powi(foreign_numbers as i32);
        let mut covered = vec![0.0f32; self.entries.len()];
        // Weight of the question each phrasing covers, summed from the postings, so a
        // query touches only the phrasings that share a term with it.
        let mut phrasing_hits = vec![0.0f32; self.phrasing_inverse_totals.len()];
        // Distinctive known terms (a name, an event) of the question each entry lacks:
        // "Sessions on Meet the Press" mixes two entries and is answered by neither.
        let mut distinctive = 0u32;
        let mut distinctive_hits = vec![0u32; self.entries.len()];
        // The people and bodies the question itself names (each term is read once): "how old
        // is John Kelly?" is not about the law's age, which never names him.
        let mut named = 0u32;
        let mut named_hits = vec![0u32; self.entries.len()];
        for q in &terms {
            let Some(t) = q.term else { continue };
            for &p in &self.phrasing_postings[t as usize] {
                phrasing_hits[p as usize] += self.weights[t as usize] * q.credit;
            }
            let is_distinctive = q.weight >= self.distinctive_weight;
            distinctive += u32::from(is_distinctive);
            let is_named = !remarks[q.at] && self.speakers.contains(&t);
            named += u32::from(is_named);
            for &(e, share) in &self.postings[t as usize] {
                covered[e as usize] += q.weight * q.credit * share;
                distinctive_hits[e as usize] += u32::from(is_distinctive);
                named_hits[e as usize] += u32::from(is_named);
            }
        }
        // "Who wrote ...", "which journalist ...": asks for a writer. "What does the author
        // mean by ..." does not.
        let asks_writer = self.author.is_some_and(|author| {
            terms.iter().any(|q| {
                q.term == Some(author)
                    && !remarks[q.at]
                    && shortly_before(q.at, 2, &|w| matches!(w, "who" | "whos" | "which"))
            })
        });
        let mut ranked: Vec<Candidate> = covered
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0.0)
            .map(|(i, &c)| {
                let range = self.entries[i].phrasings.clone();
                // The best phrasing's share of itself the question covers, and the most of
                // the question any one phrasing covers.
                let (phrasing, most_hits) = phrasing_hits[range.clone()]
                    .iter()
                    .zip(&self.phrasing_inverse_totals[range])
                    .fold((0.0f32, 0.0f32), |(share, most), (&hits, inverse)| {
                        (share.max(hits * inverse), most.max(hits))
                    });
                let cover = most_hits / total;
                let missing = distinctive - distinctive_hits[i];
                let unnamed = named - named_hits[i];
                let unwritten = if asks_writer && !self.entries[i].names_writer {
                    UNWRITTEN_FACTOR
                } else {
                    1.0
                };
                let entry = &self.entries[i];
                let attribution = match speaker {
                    Some(s) if !entry.said_by.contains(&s) => OTHER_SPEAKER_FACTOR,
                    _ => 1.0,
                };
                let unstated = if (asks_number && !entry.states_number)
                    || (asks_time && !entry.states_time)
                    || (asks_name && !entry.states_name)
                {
                    UNSTATED_FACTOR
                } else {
                    1.0
                };
                let imprecise =
                    if (asks_count && !entry.states_count) || (asks_date && !entry.states_date) {
                        IMPRECISE_FACTOR
                    } else {
                        1.0
                    };
                let score = ((1.0 - PHRASING_SHARE) * (c / total) + PHRASING_SHARE * phrasing)
                    * MISSING_DISTINCTIVE_FACTOR.powi(missing as i32)
                    * UNNAMED_FACTOR.powi(unnamed as i32)
                    * unwritten
                    * foreign
                    * beyond
                    * part
                    * reaction
                    * attribution
                    * unstated
                    * imprecise;
                Candidate {
                    index: i,
                    score: Score(score.clamp(0.0, 1.0)),
                    cover: Score(cover.clamp(0.0, 1.0)),
                }
            })
            .collect();
        ranked.sort_unstable_by(|a, b| b.score.0.total_cmp(&a.score.0).then(a.index.cmp(&b.index)));
        ranked
    }

    /// The question's terms as the matcher sees them: (term, weight, credit);
    /// a word the knowledge base does not know is marked `?word`. For moderators and tuning.
    pub fn explain(&self, question: &str) -> Vec<(String, f32, f32)> {
        let Analysis { stems, terms, .. } = self.analyse(question);
        terms
            .iter()
            .map(|q| {
                let name = self.term_name(q, &stems);
                let name = if q.term.is_some() {
                    name.to_owned()
                } else {
                    format!("?{name}")
                };
                (name, q.weight, q.credit)
            })
            .collect()
    }

    /// What a question is about, as a canonical string: its terms (after
    /// synonyms and typo correction) and unknown words, sorted. Two phrasings of
    /// one question usually share it; moderators' views group by it.
    pub fn signature(&self, question: &str) -> String {
        let Analysis { stems, terms, .. } = self.analyse(question);
        let mut parts: Vec<&str> = terms.iter().map(|q| self.term_name(q, &stems)).collect();
        parts.sort_unstable();
        parts.dedup();
        parts.join(" ")
    }

    /// Whose words the question asks for: the first speaker named before a word of
    /// saying ("what did *Sessions* say about Kelly?", "is *Kelly* alone in the Trump
    /// administration with his views?").
    fn quoted_speaker(&self, terms: &[QueryTerm], remarks: &[bool]) -> Option<TermId> {
        let mut first = None;
        // A remark's words ("prof didnt say") quote nobody.
        for t in terms
            .iter()
            .filter(|q| !remarks[q.at])
            .filter_map(|q| q.term)
        {
            if self.speech.contains(&t) {
                return first;
            }
            if self.speakers.contains(&t) {
                first = first.or(Some(t));
            }
        }
        None
    }

    /// Whether the question names two different speakers ("did Sessions respond to Kelly").
    fn names_two_speakers(&self, order: &[TermId]) -> bool {
        let mut speakers = order.iter().filter(|t| self.speakers.contains(t));
        speakers
            .next()
            .is_some_and(|first| speakers.any(|other| other != first))
    }

    /// Whether the question asks what one speaker said about another ("what did Obama say
    /// about Kelly's plan"): a speaker, a word of saying, "about", another speaker.
    fn says_about_another(&self, terms: &[QueryTerm], stems: &[String], remarks: &[bool]) -> bool {
        let mut speaker = None;
        let mut said = None;
        for q in terms.iter().filter(|q| !remarks[q.at]) {
            let Some(t) = q.term else { continue };
            match (speaker, said) {
                (None, _) if self.speakers.contains(&t) => speaker = Some(t),
                (Some(_), None) if self.speech.contains(&t) => said = Some(q.at),
                (Some(first), Some(at)) if self.speakers.contains(&t) && t != first => {
                    return stems[at..q.at].iter().any(|s| s == "about");
                }
                _ => {}
            }
        }
        false
    }

    /// "did the AG respond to what he said", "what did Sessions say in response to his
    /// comments": someone named reacting to the words of someone a pronoun stands for.
    fn reacts_to_someone_else(&self, terms: &[QueryTerm], stems: &[String]) -> bool {
        let speech = |stem: &String| {
            self.lexicon
                .get(stem.as_str())
                .is_some_and(|t| self.speech.contains(t))
        };
        let Some(first_named) = terms
            .iter()
            .filter(|q| q.term.is_some_and(|t| self.speakers.contains(&t)))
            .map(|q| q.at)
            .min()
        else {
            return false;
        };
        if !stems[first_named..].iter().any(|w| w == "to") {
            return false;
        }
        self.reaction_phrases.spans(stems).any(|span| {
            if first_named >= span.start || stems.get(span.end).is_none_or(|w| w != "to") {
                return false;
            }
            // A pronoun within three words of that "to" ("to what he", "to his"), the words
            // said right after the pronoun.
            let pronoun = stems[span.end..stems.len().min(span.end + 3)]
                .iter()
                .position(|w| text::THIRD_PERSON.contains(&w.as_str()))
                .map(|p| span.end + p + 1);
            pronoun.is_some_and(|at| stems[at..stems.len().min(at + 2)].iter().any(speech))
        })
    }

    /// Whether the question asks what one speaker said of another's words: a speaker, a
    /// word of saying, another speaker, another word of saying, in that order ("did Trump
    /// respond to Kelly's weed comments?"). "Is Kelly's view popular in the Trump
    /// administration?" asks nobody's words about Kelly's.
    fn asks_reaction(&self, order: &[TermId]) -> bool {
        let mut first = None;
        let mut said = false;
        let mut other = false;
        for &t in order {
            if self.speech.contains(&t) {
                if other {
                    return true;
                }
                said = first.is_some();
            } else if self.speakers.contains(&t) {
                match first {
                    None => first = Some(t),
                    Some(f) if said && f != t => other = true,
                    Some(_) => {}
                }
            }
        }
        false
    }

    /// A term's canonical name, or the stem of an unknown word.
    fn term_name<'a>(&'a self, q: &QueryTerm, stems: &'a [String]) -> &'a str {
        match q.term {
            Some(t) => &self.names[t as usize],
            None => &stems[q.at],
        }
    }

    /// The question's stems, and its terms with their weights (unknown words
    /// included, stopwords not).
    fn analyse(&self, question: &str) -> Analysis {
        let (mut words, mut ends) = read(question);
        self.respace(&mut words, &mut ends);
        for word in &mut words {
            if let Some(known) = self.undoubled(word).or_else(|| self.unclipped(word)) {
                *word = known;
            }
        }
        let remarks = text::remarks(&words, &ends);
        let mut stems: Vec<String> = words.iter().map(|w| text::stem(w)).collect();
        // "how to cite a website in apa", "how do i argue with him", "where i can read news":
        // instructions or advice, which a news article never gives. Not "how do i explain
        // what ICE is", which asks what it is.
        let asks_how_to = {
            let mut asked = text::asked_words(&words, &remarks).map(String::as_str);
            let opening = (asked.next(), asked.next(), asked.next());
            match opening {
                (Some("how"), Some("to"), _) => true,
                (Some("how" | "where"), Some("do" | "can" | "should" | "could"), Some("i"))
                | (Some("how" | "where"), Some("i"), Some("can" | "should" | "could")) => {
                    !asked.any(text::is_question_word)
                }
                _ => false,
            }
        };
        let small_talk = asks_how_to || self.small_talk.asked_in(&stems, &remarks);
        // Each word read once. Typos are corrected before multi-word synonyms are read,
        // so that a misspelled word still completes one ("homland security").
        let mut readings: Vec<Reading> = words
            .iter()
            .zip(stems.iter_mut())
            .map(|(word, stem)| {
                if self.is_stopword(word, stem) {
                    return Reading::Stopword;
                }
                if let Some(&t) = self.lexicon.get(stem.as_str()) {
                    return Reading::Term(t, 1.0);
                }
                if self.phrase_stems.contains(stem.as_str()) {
                    return Reading::Other;
                }
                match self.correct(word) {
                    Some((spelling, similarity)) => {
                        *stem = text::stem(&spelling.word);
                        match spelling.term {
                            Some(t) => Reading::Term(t, similarity),
                            None => Reading::Stopword, // a misspelled one
                        }
                    }
                    None => Reading::Other,
                }
            })
            .collect();
        // "how do i reset my discord pw": an English word read as another one ("rest") is a
        // guess too weak to stand alone; with nothing else the article knows, it is unknown.
        let alone = !readings
            .iter()
            .any(|r| matches!(r, Reading::Term(t, credit) if *credit >= 1.0 && !self.question_words.contains(t)));
        if alone {
            for (reading, word) in readings.iter_mut().zip(&words) {
                if matches!(reading, Reading::Term(_, credit) if *credit < 1.0)
                    && text::is_english_word(word)
                {
                    *reading = Reading::Other;
                }
            }
        }
        let mut out: Vec<QueryTerm> = Vec::with_capacity(stems.len());
        let mut order: Vec<TermId> = Vec::with_capacity(stems.len());
        let mut push = |at: usize, term: Option<TermId>, weight: f32, credit: f32| {
            if let Some(t) = term {
                order.push(t);
                if let Some(existing) = out.iter_mut().find(|q| q.term == Some(t)) {
                    existing.credit = existing.credit.max(credit);
                    // Said in a remark and again in the question: the question's.
                    if remarks[existing.at] && !remarks[at] {
                        existing.at = at;
                    }
                    return;
                }
            }
            out.push(QueryTerm {
                term,
                at,
                weight,
                credit,
            });
        };
        // A phrase ending in "about" ("this piece about", "the story about"): where it is, and
        // where what it says the article is about begins.
        let mut described: Option<(TermId, usize, usize)> = None;
        for token in self.tokens(&stems) {
            let at = match token {
                Token::Phrase { term: None, .. } => continue,
                Token::Phrase {
                    at,
                    len,
                    term: Some(term),
                } => {
                    let credit = readings[at..at + len]
                        .iter()
                        .map(|r| match r {
                            Reading::Term(_, credit) => *credit,
                            _ => 1.0,
                        })
                        .fold(1.0, f32::min);
                    if stems[at + len - 1] == "about" {
                        described = Some((term, at, at + len));
                    }
                    if self.of_another(term, &stems, &readings, at + len) {
                        push(at, None, self.unknown_weight, 0.0);
                    } else {
                        push(at, Some(term), self.weights[term as usize], credit);
                    }
                    continue;
                }
                Token::Word { at } => at,
            };
            match readings[at] {
                Reading::Stopword => continue,
                Reading::Term(t, _) if self.of_another(t, &stems, &readings, at + 1) => {
                    push(at, None, self.unknown_weight, 0.0);
                    continue;
                }
                Reading::Term(t, credit) => {
                    push(at, Some(t), self.weights[t as usize], credit);
                    continue;
                }
                Reading::Other => {}
            }
            let word = &words[at];
            if word.chars().count() <= 2 && word.chars().all(char::is_alphabetic) {
                // "q", "ur", "ty": too short to mean anything the article could be asked about.
            } else if text::is_digits(word) {
                let near = self
                    .rounded(word)
                    .map(|t| (t, ROUNDED_CREDIT))
                    .or_else(|| self.misremembered(word).map(|t| (t, MISREMEMBERED_CREDIT)));
                match near {
                    Some((t, credit)) => push(at, Some(t), self.weights[t as usize], credit),
                    // A number the article never mentions is a different fact.
                    None => push(at, None, NUMBER_FACTOR * self.unknown_weight, 0.0),
                }
            } else {
                push(at, None, self.unknown_weight, 0.0);
            }
        }
        self.weigh_work_object(&stems, &mut out);
        self.weigh_focus(&stems, &remarks, &mut out);
        // "What is the ONDCP?" asks for its definition, as "define ONDCP" does: not for who
        // runs it, which another entry states.
        if let Some(definition) = self
            .definition
            .filter(|&t| out.iter().all(|q| q.term != Some(t)))
        {
            if let Some(at) = self.asks_definition(&words, &ends, &out) {
                out.push(QueryTerm {
                    term: Some(definition),
                    at,
                    weight: self.weights[definition as usize],
                    credit: 1.0,
                });
            }
        }
        if let Some((subject, guess)) = text::identity_guess(&words, &ends) {
            self.weigh_identity_guess(subject, guess, &mut out);
        }
        if let Some(phrase) = described {
            self.weigh_description(phrase, &stems, &ends, &mut out);
        }
        self.weigh_remarks(&words, &stems, &remarks, &mut out);
        // "I heard the next drug czar is Chris Christie, is that right?": what a relayed claim
        // gets wrong is not what it asks about, once it names something the article knows.
        // "Is he a senator or what?": asked what something is, a guess at its kind is no part
        // of the question; anywhere else ("did he stay at DHS or what") it weighs like a claim.
        // "ice = which agency, is it part of the FBI", "tom marino is a senator from ohio
        // right? who is he": a guess checked beside the question weighs like a claim, its own
        // words only.
        let checked = text::guess_span(&words, &ends);
        let guesses = self.guess_phrases.said_in(&stems);
        let claims = self.claim_phrases.said_in(&stems);
        // "where did kelly say this, was it face the nation?", "kelly said it on face the
        // nation right? where was it": a detail recalled, or checked before the question,
        // weighs like a guess at what something is; not "is she a lawyer", which may be asked.
        let recalled = checked.as_ref().is_some_and(|span| {
            span.start == 0 || matches!(words[span.start].as_str(), "was" | "wasnt")
        });
        let factor =
            if (guesses && text::asks_identity(&words)) || (recalled && !(guesses || claims)) {
                Some(GUESS_UNKNOWN_FACTOR)
            } else if guesses || checked.is_some() || claims {
                Some(CLAIM_UNKNOWN_FACTOR)
            } else {
                None
            };
        let relays_claim = factor.is_some_and(|_| out.iter().any(|q| self.names_known(q)));
        if let Some(factor) = factor.filter(|_| relays_claim) {
            let span = match checked {
                Some(span) if !(guesses || claims) => span,
                _ => 0..words.len(),
            };
            for q in out
                .iter_mut()
                .filter(|q| q.term.is_none() && span.contains(&q.at))
            {
                q.weight *= factor;
            }
        }
        self.weigh_circumstance(&words, &stems, &ends, &mut out);
        Analysis {
            stems,
            terms: out,
            order,
            remarks,
            small_talk,
            relays_claim,
        }
    }

    /// "What law makes pot a deportable offense?", "which group put out that number?": the
    /// thing a "what" or "which" asks for is the kind of fact wanted, so it weighs more. Not a
    /// name ("what's Kelly's view") nor a kind ("what sort of group"), which say whose or how.
    fn weigh_focus(&self, stems: &[String], remarks: &[bool], out: &mut [QueryTerm]) {
        for q in out.iter_mut().filter(|q| !remarks[q.at] && q.at > 0) {
            let focus = matches!(stems[q.at - 1].as_str(), "what" | "which")
                && stems.get(q.at + 1).is_none_or(|w| w != "of")
                && q.term.is_some_and(|t| {
                    !self.question_words.contains(&t) && !self.speakers.contains(&t)
                });
            if focus {
                q.weight *= FOCUS_FACTOR;
            }
        }
    }

    /// "Who wrote the Odyssey?", "the author of Dune": an unknown word right after a word of
    /// making a work (past "the", "a", "of") names that work, so it weighs more. "Who wrote
    /// this garbage" still asks about the article.
    fn weigh_work_object(&self, stems: &[String], out: &mut [QueryTerm]) {
        let heads: Vec<usize> = out
            .iter()
            .filter(|q| q.term.is_some_and(|t| self.work_words.contains(&t)))
            .map(|q| q.at)
            .collect();
        if heads.is_empty() {
            return;
        }
        for q in out
            .iter_mut()
            .filter(|q| q.term.is_none() && !text::is_digits(&stems[q.at]))
        {
            let head = stems[..q.at]
                .iter()
                .rposition(|w| !matches!(w.as_str(), "the" | "a" | "an" | "of"));
            if head.is_some_and(|h| heads.contains(&h)) {
                q.weight *= WORK_OBJECT_FACTOR;
            }
        }
    }

    /// "What show was he on when he said it", "where did it run before it was reposted":
    /// "when" after a question word or a word of substance, or "before" opening a clause, asks
    /// no time and is not what is asked about; the rest of its clause is the circumstance and
    /// weighs half. "When it comes to pot" names the very topic; "before kelly" and "before he
    /// ran DHS" ask what came first.
    fn weigh_circumstance(
        &self,
        words: &[String],
        stems: &[String],
        ends: &[(usize, char)],
        out: &mut Vec<QueryTerm>,
    ) {
        // "my friend moved to denver, when did colorado legalize it": a clause that opens on
        // "when" and an auxiliary asks when.
        let asks_when = |at: usize| {
            ends.iter().any(|&(end, _)| end == at)
                && words.get(at + 1).is_some_and(|w| {
                    matches!(w.as_str(), "did" | "was" | "were" | "is" | "will" | "does")
                })
        };
        let joins_clauses = |q: &QueryTerm| {
            matches!(stems[q.at].as_str(), "when" | "cuando")
                && !asks_when(q.at)
                && q.at + 1 < stems.len()
                && (stems[..q.at].iter().any(|s| {
                    matches!(
                        s.as_str(),
                        "what" | "how" | "why" | "who" | "where" | "which"
                    )
                }) || out.iter().any(|p| p.at < q.at))
        };
        let opens_clause = |q: &QueryTerm| {
            q.term.is_none()
                && stems[q.at] == "befor"
                && words.get(q.at + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "i" | "it" | "we" | "you" | "getting" | "being" | "anything"
                    )
                })
        };
        let Some(i) = out.iter().position(|q| joins_clauses(q) || opens_clause(q)) else {
            return;
        };
        let at = out.remove(i).at;
        // "When it comes to pot" names the topic; "what does it mean when it says …" quotes
        // what is asked about.
        let topic = matches!(
            &stems[at + 1..],
            [it, come, ..] if it == "it" && matches!(come.as_str(), "come" | "came")
        ) || (at > 0
            && matches!(stems[at - 1].as_str(), "mean" | "meant")
            && stems[at + 1..]
                .iter()
                .take(3)
                .any(|s| matches!(s.as_str(), "say" | "says" | "said" | "call")));
        if !topic {
            let end = clause_end(ends, at, stems.len());
            for q in out.iter_mut().filter(|q| (at + 1..end).contains(&q.at)) {
                q.weight *= CIRCUMSTANCE_FACTOR;
            }
        }
    }

    /// "Who wrote this piece about kelly and pot arrests?": asked something else first, the
    /// words after a phrase ending in "about" describe the article, not what is asked, and
    /// weigh half; the phrase ("piece about") is then the piece, not a request for a summary.
    /// `phrase` is its term, where it starts and where the description starts.
    fn weigh_description(
        &self,
        (term, start, after): (TermId, usize, usize),
        stems: &[String],
        ends: &[(usize, char)],
        out: &mut Vec<QueryTerm>,
    ) {
        let asked_first = out
            .iter()
            .any(|q| q.at < start && self.names_known(q) && q.term != Some(term));
        let end = clause_end(ends, start, stems.len());
        if !asked_first || !out.iter().any(|q| (after..end).contains(&q.at)) {
            return;
        }
        let named = self.lexicon.get(stems[start].as_str()).copied();
        match (out.iter().position(|q| q.term == Some(term)), named) {
            (Some(i), Some(t)) if out.iter().all(|q| q.term != Some(t)) => {
                out[i].term = Some(t);
                out[i].weight = self.weights[t as usize];
            }
            (Some(i), _) => {
                out.remove(i);
            }
            (None, _) => {}
        }
        for q in out.iter_mut().filter(|q| (after..end).contains(&q.at)) {
            q.weight *= CIRCUMSTANCE_FACTOR;
        }
    }

    /// Where a clause asks what one thing the article knows is: "what's the ONDCP", "ICE,
    /// what is it", "who is TRAC". Not "what is kelly's view" (two things) nor "what is a
    /// warrant" (unknown).
    fn asks_definition(
        &self,
        words: &[String],
        ends: &[(usize, char)],
        terms: &[QueryTerm],
    ) -> Option<usize> {
        // Clauses, split at sentence and clause ends and at "and".
        let mut bounds: Vec<usize> = ends.iter().map(|&(end, _)| end).collect();
        bounds.extend(
            words
                .iter()
                .enumerate()
                .filter(|(_, w)| *w == "and")
                .map(|(i, _)| i),
        );
        bounds.push(words.len());
        bounds.sort_unstable();
        bounds.dedup();
        let mut start = 0;
        let mut previous: Option<(usize, usize)> = None;
        for end in bounds {
            let mut clause = &words[start..end];
            if clause.first().is_some_and(|w| w == "and") {
                clause = &clause[1..];
            }
            let begin = end - clause.len();
            // The terms between `from` and `to`, question words aside.
            let inside = |from: usize, to: usize| {
                terms
                    .iter()
                    .filter(move |q| (from..to).contains(&q.at) && self.tells_what(q))
            };
            // A thing some entry defines, named as the knowledge base spells it.
            let defined = |q: &QueryTerm| {
                self.names_known(q) && q.term.is_some_and(|t| self.definable.contains(&t))
            };
            // The clause's one term, a thing some entry defines.
            let named = |from: usize, to: usize| only(inside(from, to)).is_some_and(defined);
            // From its last "what" on ("\"... according to a TRAC review\" whats TRAC"); what
            // comes before it in the clause stands for the previous clause.
            let asked = clause.iter().rposition(|w| text::is_what_or_who(w));
            if let Some(what) = asked {
                let previous = if what > 0 {
                    Some((begin, begin + what))
                } else {
                    previous
                };
                let (clause, begin) = (&clause[what..], begin + what);
                let mut rest = clause[1..]
                    .iter()
                    .map(String::as_str)
                    .filter(|w| !matches!(*w, "is" | "are" | "was" | "s" | "exactly" | "even"));
                // "ICE, what is it?"
                if matches!(
                    (rest.next(), rest.next()),
                    (Some("it" | "that" | "this"), None)
                ) && previous.is_some_and(|(from, to)| named(from, to))
                {
                    return Some(begin);
                }
                // "what is the ONDCP?", "whats a detainer", "what even is TRAC": nothing but
                // "is", an article or "even" before the thing.
                let framed = clause[1..]
                    .iter()
                    .take_while(|w| {
                        matches!(
                            w.as_str(),
                            "is" | "are" | "was" | "s" | "a" | "an" | "the" | "even" | "exactly"
                        )
                    })
                    .count();
                let thing = begin + 1 + framed;
                // "who is TRAC that did the review": what the relative clause says of the
                // thing only tells which one it is.
                let said = words[thing..end]
                    .iter()
                    .position(|w| matches!(w.as_str(), "that" | "which" | "who" | "whose"))
                    .map_or(end, |i| thing + i);
                if terms.iter().any(|q| q.at == thing) && named(begin, said) {
                    return Some(begin);
                }
                // "someone mentioned a trac review, what is trac": a term read once, where
                // it was first said; asked of again here, with nothing else in the clause.
                let again = terms
                    .iter()
                    .find(|q| q.at < begin && words.get(thing).is_some_and(|w| *w == words[q.at]));
                if again.is_some_and(defined) && inside(begin, said).next().is_none() {
                    return Some(begin);
                }
            }
            previous = Some((begin, end));
            start = end;
        }
        None
    }

    /// "john kelly is the attorney general right?": a guess at what a thing the article
    /// names is, put up to be checked, is no part of the question, known words ("attorney
    /// general" is Sessions) or not. Asked nothing more of a thing an entry defines, it asks
    /// for the definition.
    fn weigh_identity_guess(
        &self,
        subject: Range<usize>,
        guess: Range<usize>,
        terms: &mut Vec<QueryTerm>,
    ) {
        // "whats ice, is that the border patrol": already asked for its definition.
        let thing = only(terms.iter().filter(|q| {
            subject.contains(&q.at) && q.term != self.definition && self.tells_what(q)
        }))
        .and_then(|q| q.term);
        if !thing.is_some_and(|t| self.definable.contains(&t) || self.speakers.contains(&t)) {
            return;
        }
        for q in terms.iter_mut().filter(|q| guess.contains(&q.at)) {
            q.weight *= if q.term.is_some() {
                GUESS_KNOWN_FACTOR
            } else {
                GUESS_UNKNOWN_FACTOR
            };
        }
        let asks_more = terms
            .iter()
            .filter(|q| !subject.contains(&q.at) && !guess.contains(&q.at))
            .any(|q| self.tells_what(q));
        let defined = thing.is_some_and(|t| self.definable.contains(&t));
        let unasked = self
            .definition
            .filter(|&d| defined && !asks_more && terms.iter().all(|q| q.term != Some(d)));
        if let Some(definition) = unasked {
            terms.push(QueryTerm {
                term: Some(definition),
                at: subject.start,
                weight: self.weights[definition as usize],
                credit: 1.0,
            });
        }
    }

    /// Lightens the terms of remarks (a remark's known terms a little, its other words a
    /// lot) when the question itself names something the article knows word for word, or
    /// asks "who" or "when" of something a remark names ("my uncle keeps citing TRAC. who
    /// are they?"), or asks only "what is it" of a thing defined or someone named ("my prof
    /// cited TRAC in lecture, what is it"), which then weighs in full. "What does LOL mean?
    /// My granddaughter keeps writing it" names nothing the article knows ("writing" is no
    /// thing defined); neither does "lost my keys again lol. who has a spare?" ("spare" is no
    /// misspelled "share").
    fn weigh_remarks(
        &self,
        words: &[String],
        stems: &[String],
        remarks: &[bool],
        terms: &mut [QueryTerm],
    ) {
        if !remarks.contains(&true) {
            return;
        }
        let asked: Vec<&String> = text::asked_words(words, remarks).collect();
        let of_person = text::refers_to_person(&asked);
        let of_thing = text::refers_to_thing(&asked);
        let said = |q: &QueryTerm| q.term.is_some_and(|t| self.speech.contains(&t));
        // "...we argued all through lunch. thoughts?": asking what someone thinks, of nobody
        // and nothing named before, names nothing itself.
        let asks_known = terms.iter().any(|q| {
            !remarks[q.at] && self.names_known(q) && !(!of_person && !of_thing && said(q))
        });
        // The question names a thing of its own, not only the article's everyday words.
        let asks_own = terms.iter().any(|q| {
            !remarks[q.at]
                && self.names_known(q)
                && q.term
                    .is_some_and(|t| self.weights[t as usize] >= OWN_TERM_WEIGHT)
        });
        let remark_names = |named: &dyn Fn(TermId) -> bool| {
            terms
                .iter()
                .any(|q| remarks[q.at] && self.names_known(q) && q.term.is_some_and(named))
        };
        let question_words = || {
            terms
                .iter()
                .filter(|q| !remarks[q.at])
                .map(|q| q.term.is_some_and(|t| self.question_words.contains(&t)))
        };
        // "my uncle was held on a detainer and nobody explained it, what is that": a question
        // of nothing but question words asks what the remark names, when that is a thing an
        // entry defines or someone the article names.
        let subject = |t: TermId| self.definable.contains(&t) || self.speakers.contains(&t);
        // Not "got deported from the vc 💀 what did i even do": that asks of the asker.
        let asks_what_remark_names =
            question_words().all(|q| q) && remark_names(&subject) && !text::asks_of_asker(&asked);
        let asks_what_it_is =
            asks_what_remark_names && asked.iter().any(|w| text::is_what_or_who(w));
        // "my dad keeps yelling at the tv about kelly, what's that guy's job?": a question of
        // "he" or "that guy", naming no one itself, asks of the one person the remark names
        // within it ("kelly say something about marihuana, what he said" is about him).
        let speaker = |q: &QueryTerm| q.term.is_some_and(|t| self.speakers.contains(&t));
        let within = |q: &QueryTerm| q.at > 0 && remarks[q.at - 1];
        let person = only(terms.iter().filter(|q| remarks[q.at] && speaker(q)))
            .filter(|q| within(q))
            .filter(|_| text::refers_to_person(&asked))
            .filter(|_| !terms.iter().any(|q| !remarks[q.at] && speaker(q)))
            .and_then(|q| q.term);
        // The rest of the remark only tells where the asker met that person, unless the
        // question asks of something else the remark says too ("heard kelly made some
        // comments about pot, what did he say about it").
        let person_only = person.is_some() && !text::refers_to_thing(&asked);
        let asks_of_remark =
            question_words().any(|q| q) && remark_names(&|_| true) || asks_what_remark_names;
        // "my dog ate some chocolate, is that dangerous?": the question asks of the remark,
        // which names nothing the article knows.
        // "my discord is lagging, how fix": so does a question word and one more, too few to
        // name anything else.
        let bare = asked.len() <= 2 && asked.first().is_some_and(|w| text::is_question_word(w));
        let of_remark = remarks.first() == Some(&true)
            && (text::refers_back(&asked) || bare)
            && !remark_names(&|_| true);
        if !(asks_known || asks_of_remark) || of_remark {
            return;
        }
        // A story the asker tells before a question of its own ("debating my brother about
        // this. what's the actual number?"), not of the question's own subject ("my friend
        // moved to denver, when did colorado legalize weed") nor one the question points back
        // to ("my cousin lit up at yellowstone, could ICE get involved").
        let asks_said = terms.iter().any(|q| !remarks[q.at] && said(q));
        // "who's the writer on this one": asked who made or named a work, "it" and "this"
        // are the article ("that stat" is the story's).
        let of_work = terms
            .iter()
            .any(|q| !remarks[q.at] && q.term.is_some_and(|t| self.work_words.contains(&t)))
            && !asked.iter().any(|w| matches!(w.as_str(), "that" | "those"));
        let own_question = asks_own
            && !asks_said
            && !of_person
            && (of_work || !of_thing)
            && !asked.iter().any(|w| *w == "there");
        for run in text::remark_runs(remarks) {
            let story = own_question && text::story_of_asker(words, remarks, &run);
            // A claim relayed ("someone claimed only a few thousand were busted", "i heard
            // it's a year in jail") is what the question asks about, not the asker.
            let known = if self.claim_phrases.said_in(&stems[run.clone()]) {
                CLAIM_REMARK_FACTOR
            } else if story || text::about_asker(words, remarks, &run) {
                ASKER_REMARK_FACTOR
            } else {
                REMARK_TERM_FACTOR
            };
            for q in terms.iter_mut().filter(|q| run.contains(&q.at)) {
                q.weight *= match q.term {
                    // What the question asks of: the remark's subject.
                    Some(t) if asks_what_remark_names && subject(t) => 1.0,
                    Some(t) if person == Some(t) => 1.0,
                    _ if person_only => REMARK_UNKNOWN_FACTOR,
                    // "my teacher told us to look into TRAC, what is it": the rest of the
                    // remark only tells where the asker met it.
                    Some(_) if asks_what_it_is => REMARK_UNKNOWN_FACTOR,
                    Some(_) => known,
                    None => REMARK_UNKNOWN_FACTOR,
                };
            }
        }
    }

    /// Whether a term tells what is asked about: an unknown word, or a known term that is no
    /// question word.
    fn tells_what(&self, q: &QueryTerm) -> bool {
        q.term.is_none_or(|t| !self.question_words.contains(&t))
    }

    /// Whether a term names something the knowledge base knows, spelled as it knows it: not
    /// a question word, not a typo's best guess.
    fn names_known(&self, q: &QueryTerm) -> bool {
        q.credit >= 1.0 && q.term.is_some_and(|t| !self.question_words.contains(&t))
    }

    /// Splits stems into multi-word synonyms and single words, longest phrase first.
    /// Both the index and queries read text this way, so they agree on every term.
    fn tokens<'a>(&'a self, stems: &'a [String]) -> Tokens<'a> {
        Tokens {
            matcher: self,
            stems,
            next: 0,
        }
    }

    /// "gettin", "lettin", "havin": an "-ing" written as said, when the word with its "g"
    /// is known or English and the word as typed is neither ("latin" stays Latin).
    fn unclipped(&self, word: &str) -> Option<String> {
        if word.len() < 4
            || !word.ends_with("in")
            || text::is_english_word(word)
            || self.knows(word)
        {
            return None;
        }
        let full = format!("{word}g");
        (self.knows(&full) || text::is_english_word(&full)).then_some(full)
    }

    /// "forr", "problemm": an unknown word ending in a doubled letter, which the same word
    /// without it would be known (a key held a moment too long).
    fn undoubled(&self, word: &str) -> Option<String> {
        let mut letters = word.chars().rev();
        let (last, before) = (letters.next()?, letters.next()?);
        if last != before || !last.is_ascii_lowercase() || word.len() < 4 {
            return None;
        }
        let trimmed = &word[..word.len() - 1];
        (!text::is_english_word(word) && !self.knows(word) && self.knows(trimmed))
            .then(|| trimmed.to_owned())
    }

    /// Whether a word means something to the matcher: a stopword, a term, or part of a
    /// multi-word synonym.
    fn knows(&self, word: &str) -> bool {
        let stem = text::stem(word);
        self.is_stopword(word, &stem) || self.knows_term(&stem)
    }

    /// Whether a stem is a term or part of a multi-word synonym.
    fn knows_term(&self, stem: &str) -> bool {
        self.lexicon.contains_key(stem) || self.phrase_stems.contains(stem)
    }

    /// Spaces a phone keyboard lost or added: "watchis" is "watch is", "pipe line" is
    /// "pipeline". A word splits only when unknown and both halves are known, one of them
    /// a term; two words join only when together they are a term of seven letters or more.
    fn respace(&self, words: &mut Vec<String>, ends: &mut [(usize, char)]) {
        enum Edit {
            Join,
            Split(usize),
        }
        // Decided first, so that a question needing none (most) copies nothing.
        let mut edits: Vec<(usize, Edit)> = Vec::new();
        let mut joined = String::new();
        let alphabetic = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
        let mut i = 0;
        while i < words.len() {
            let word = &words[i];
            if let Some(next) = words
                .get(i + 1)
                .filter(|n| word.len() + n.len() >= 7 && alphabetic(word) && alphabetic(n))
            {
                joined.clear();
                joined.push_str(word);
                joined.push_str(next);
                let stem = || text::stem(&joined);
                if self.spelled.contains(&joined)
                    && self.lexicon.contains_key(stem().as_str())
                    && !self.is_stopword(&joined, &stem())
                {
                    edits.push((i, Edit::Join));
                    i += 2;
                    continue;
                }
            }
            if word.len() >= 5
                && alphabetic(word)
                && !self.spelled.contains(word)
                && !text::is_english_word(word)
                && !self.knows(word)
            {
                let split = (2..word.len() - 1)
                    .filter(|&at| {
                        let (left, right) = word.split_at(at);
                        let term = |w: &str| w.len() >= 4 && self.knows_term(&text::stem(w));
                        // Known spellings first: cheap, and most words have none.
                        self.spelled.contains(left)
                            && self.spelled.contains(right)
                            && self.knows(left)
                            && self.knows(right)
                            && (term(left) || term(right))
                    })
                    .max_by_key(|&at| at.max(word.len() - at));
                // A misspelling is corrected, not split ("detainor" is no "detain or").
                if let Some(at) = split.filter(|_| self.correct(word).is_none()) {
                    edits.push((i, Edit::Split(at)));
                }
            }
            i += 1;
        }
        if edits.is_empty() {
            return;
        }
        let old = std::mem::take(words);
        // Where each old word starts now, for the sentence ends.
        let mut moved = Vec::with_capacity(old.len() + 1);
        let mut edits = edits.into_iter().peekable();
        let mut old = old.into_iter().enumerate();
        while let Some((i, word)) = old.next() {
            moved.push(words.len());
            match edits.next_if(|(at, _)| *at == i).map(|(_, edit)| edit) {
                Some(Edit::Join) => {
                    if let Some((_, next)) = old.next() {
                        moved.push(words.len());
                        words.push(word + &next);
                    }
                }
                Some(Edit::Split(at)) => {
                    words.push(word[..at].to_owned());
                    words.push(word[at..].to_owned());
                }
                None => words.push(word),
            }
        }
        moved.push(words.len());
        for (end, _) in ends.iter_mut() {
            *end = moved[*end];
        }
    }

    /// A stopword, or a word whose stem is one ("liked"), unless the vocabulary lists the
    /// word itself as a synonym ("likely", whose stem is the stopword "like"); and "=", which
    /// only says what something is.
    fn is_stopword(&self, word: &str, stem: &str) -> bool {
        let listed = self.stopwords.contains(stem) || self.stopwords.contains(word);
        word == "=" || (listed && !self.synonym_words.contains(word))
    }

    /// Registers a multi-word synonym or stopword; a phrase whose stems are already known
    /// ("kick out" after "kicked out") keeps its first meaning, as lookup would.
    fn add_phrase(&mut self, stems: &[String], term: Option<TermId>) {
        let Some((first, rest)) = stems.split_first() else {
            return;
        };
        let known = self.phrases.entry(first.clone()).or_default();
        if known.iter().any(|p| p.rest == rest) {
            return;
        }
        known.push(Phrase {
            rest: rest.to_vec(),
            term,
        });
        self.phrase_stems.extend(stems.iter().cloned());
    }

    fn phrase_at(&self, stems: &[String]) -> Option<(usize, Option<TermId>)> {
        let (first, rest) = stems.split_first()?;
        let phrases = self.phrases.get(first)?;
        let found = phrases
            .iter()
            .find(|p| rest.starts_with(&p.rest))
            .or_else(|| {
                // A name of four words or more said with its words out of order ("office of
                // national drug policy control").
                phrases
                    .iter()
                    .filter(|p| p.term.is_some() && p.rest.len() >= 3)
                    .find(|p| {
                        rest.get(..p.rest.len()).is_some_and(|said| {
                            let mut said: Vec<&String> = said.iter().collect();
                            let mut known: Vec<&String> = p.rest.iter().collect();
                            said.sort_unstable();
                            known.sort_unstable();
                            said == known
                        })
                    })
            })?;
        Some((found.rest.len() + 1, found.term))
    }

    /// The known word closest to a misspelled `word`, if one is close enough:
    /// one edit for words up to seven letters, two beyond; never for numbers or
    /// words under three letters, where one edit makes a different word.
    fn correct(&self, word: &str) -> Option<(&Spelling, f32)> {
        let len = word.chars().count();
        if len < 3 || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let english = text::is_english_word(word);
        // A real word is misspelled by one slip at most: "crashing" is not "cracking".
        let budget = if len <= 7 || english { 1 } else { 2 };
        let letters = letter_counts(word);
        let mask = letter_mask(&letters);
        // An anagram of `word`: the counts decide, unless letters beyond a-z share a slot.
        let same_letters =
            |s: &Spelling| s.letters == letters && (letters[26] == 0 || is_anagram(word, &s.word));
        let mut chars = word.chars();
        let (first, second) = (chars.next()?, chars.next()?);
        let mut best: Option<(usize, f32, &Spelling)> = None;
        for candidate_len in len.saturating_sub(budget)..=len + budget {
            let same_first = self
                .by_first
                .get(&(candidate_len, first))
                .into_iter()
                .flatten();
            // Words sharing the first letter were seen already.
            let same_second = self
                .by_second
                .get(&(candidate_len, second))
                .into_iter()
                .flatten()
                .filter(|s| s.first != first);
            for spelling in same_first.chain(same_second) {
                // One edit changes the letter counts by at most two (so which letters occur,
                // too): skip hopeless candidates before paying for the edit distance.
                if (mask ^ spelling.mask).count_ones() as usize > 2 * budget
                    || count_distance(&letters, &spelling.letters) > 2 * budget
                {
                    continue;
                }
                let (known, term) = (&spelling.word, spelling.term);
                // Three letters only lack one ("jon"), keeping the first; and a three-letter
                // word is too short to have been misspelled longer ("rain" is not "ran").
                if (len == 3 && (candidate_len != 4 || spelling.first != first))
                    || candidate_len < 4
                {
                    continue;
                }
                // Four letters leave too little to go on: only a dropped letter ("kely") or
                // swapped ones, never a substitution ("life" is not a misspelled "line").
                if len == 4
                    && (spelling.first != first
                        || (candidate_len == len && !same_letters(spelling)))
                {
                    continue;
                }
                // Optimal string alignment: Damerau-Levenshtein without re-edits, no allocation of a map.
                // An English word is not a slip for a word of another language ("eat" is
                // not the French "etat").
                if english && spelling.foreign {
                    continue;
                }
                // Nor, when long, a slip for a name ("marine" is not "marino"; "jelly" may be
                // "kelly").
                if english && len > 5 && term.is_some_and(|t| self.speakers.contains(&t)) {
                    continue;
                }
                let distance = strsim::osa_distance(word, known);
                // Into a short stopword only by swapping letters ("waht") or, for a word that is
                // no English one, dropping one of an English stopword ("shoud"; "kart" is not
                // the Hindi "karta"): "wall" is not a misspelled "will"; a long one leaves no
                // doubt ("specificaly", "happend").
                let dropped = !english && candidate_len == len + 1 && text::is_english_word(known);
                if distance > budget
                    || (term.is_none() && len < 7 && !same_letters(spelling) && !dropped)
                {
                    continue;
                }
                let similarity = strsim::jaro_winkler(word, known) as f32;
                if best.is_none_or(|(d, s, _)| (distance, -similarity) < (d, -s)) {
                    best = Some((distance, similarity, spelling));
                }
            }
        }
        best.filter(|&(_, s, _)| s >= 0.8)
            .map(|(_, s, spelling)| (spelling, s))
            // A real English word is meant as typed ("precise" is not "prices").
            .or_else(|| {
                if english {
                    None
                } else {
                    self.sounds_like(word)
                }
            })
    }

    /// The known word a misspelling sounds like, when letters alone are too far apart
    /// ("artical", "seshons"): the closest by Jaro-Winkler among those sounding the same, if
    /// close enough. A word typed without its vowels ("dtnr", "ths", "cnvctns") is the one
    /// whose consonants it keeps, stopwords included, less alike by letters.
    fn sounds_like(&self, word: &str) -> Option<(&Spelling, f32)> {
        let vowelless = word.len() >= 3
            && word.is_ascii()
            && !word.bytes().skip(1).any(|b| b"aeiou".contains(&b));
        let (candidates, least) = if vowelless {
            (
                self.by_skeleton.get(&text::skeleton(word))?,
                SKELETON_SIMILARITY,
            )
        } else {
            (self.by_sound.get(&text::sound_key(word))?, SOUND_SIMILARITY)
        };
        let best = candidates
            .iter()
            .map(|spelling| (spelling, strsim::jaro_winkler(word, &spelling.word) as f32))
            .filter(|&(_, similarity)| similarity >= least)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        // Letters say little of how sure a vowel-less match is; its consonants say more.
        best.map(|(spelling, similarity)| {
            (
                spelling,
                if vowelless {
                    SKELETON_CREDIT
                } else {
                    similarity
                },
            )
        })
    }

    fn intern(&mut self, stem: &str) -> TermId {
        if let Some(&t) = self.lexicon.get(stem) {
            return t;
        }
        let t = self.weights.len() as TermId;
        self.weights.push(0.0);
        self.names.push(stem.to_owned());
        self.lexicon.insert(stem.to_owned(), t);
        t
    }

    /// The terms of a knowledge-base phrasing, interning new ones.
    fn index_terms(&mut self, phrasing: &str) -> Vec<TermId> {
        let (words, _) = read(phrasing);
        let stems: Vec<String> = words.iter().map(|w| text::stem(w)).collect();
        let tokens: Vec<Token> = self.tokens(&stems).collect();
        let mut terms = Vec::new();
        for token in tokens {
            match token {
                Token::Phrase { term, .. } => terms.extend(term),
                Token::Word { at } => {
                    self.learn_surface(&words[at], false);
                    if !self.is_stopword(&words[at], &stems[at]) {
                        terms.push(self.intern(&stems[at]));
                    }
                }
            }
        }
        terms.sort_unstable();
        terms.dedup();
        terms
    }

    /// "wasnt it 160k deported", "2,136 arrested", "what changed in 1986 about mandatory
    /// detention": a number from a thousand up one digit or one swap of digits away from
    /// exactly one the article gives, or a round figure so far from one in its thousands
    /// ("54,000" for 5,441), is that number misremembered. Not a small count, which a digit
    /// turns into too many others.
    fn misremembered(&self, word: &str) -> Option<TermId> {
        let n: u64 = word.parse().ok()?;
        if n < 1000 {
            return None;
        }
        // Exactly one known number among `kept` whose digits, as `shown`, are one edit away.
        let near = |shown: fn(u64) -> String, kept: fn(u64) -> bool| {
            let said = shown(n);
            let near = self
                .numbers
                .iter()
                .filter(|&&(k, _)| kept(k) && strsim::osa_distance(&shown(k), &said) == 1);
            only(near).map(|&(_, t)| t)
        };
        let whole = near(|k| k.to_string(), |k| k >= 1000);
        // A round figure ("12k" for 21,362) may be misremembered in its thousands, those of
        // a count, not of a year.
        let in_thousands = || near(|k| (k / 1000).to_string(), is_count);
        // A round figure near one ("300,000" for 260,000, "5,500" for 5,441).
        let about = || {
            let near = self
                .numbers
                .iter()
                .filter(|&&(k, _)| is_count(k) && n.abs_diff(k) * 4 <= k);
            only(near).map(|&(_, t)| t)
        };
        whole
            .or_else(|| n.is_multiple_of(1000).then(in_thousands).flatten())
            .or_else(|| is_round(n).then(about).flatten())
    }

    /// "the president of france": a title naming someone the article quotes, but of a thing
    /// the article does not know, is someone else's.
    fn of_another(&self, term: TermId, stems: &[String], readings: &[Reading], end: usize) -> bool {
        if !self.speakers.contains(&term) || stems.get(end).is_none_or(|w| w != "of") {
            return false;
        }
        let owner = end + 1 + usize::from(stems.get(end + 1).is_some_and(|w| w == "the"));
        matches!(readings.get(owner), Some(Reading::Other))
    }

    /// The one known number a round thousand stands for ("21000" from "21k" for 21,362),
    /// if exactly one is within a thousand of it.
    fn rounded(&self, word: &str) -> Option<TermId> {
        let n: u64 = word.parse().ok()?;
        if n < 1000 || !n.is_multiple_of(1000) {
            return None;
        }
        let near = self.numbers.iter().filter(|(k, _)| k.abs_diff(n) < 1000);
        only(near).map(|&(_, t)| t)
    }

    /// The terms of a vocabulary word list.
    fn term_set(&mut self, words: &[String]) -> FxHashSet<TermId> {
        words.iter().flat_map(|w| self.index_terms(w)).collect()
    }

    /// Remembers how a word is spelled, so a misspelling of it can be corrected; `foreign`
    /// for a word of another language.
    fn learn_surface(&mut self, word: &str, foreign: bool) {
        if !self.spelled.insert(word.to_owned()) {
            return;
        }
        let stem = text::stem(word);
        let term = if self.is_stopword(word, &stem) {
            None
        } else {
            Some(self.intern(&stem))
        };
        let Some(first) = word.chars().next() else {
            return;
        };
        let letters = letter_counts(word);
        let spelling = Spelling {
            word: word.to_owned(),
            first,
            mask: letter_mask(&letters),
            letters,
            term,
            foreign,
        };
        if spelling.term.is_some() {
            let key = text::sound_key(word);
            if key.len() >= MIN_SOUNDS {
                self.by_sound.entry(key).or_default().push(spelling.clone());
            }
        }
        // Stopwords too, for words typed without vowels ("ths", "whr").
        let skeleton = text::skeleton(word);
        if skeleton.len() >= 2 {
            self.by_skeleton
                .entry(skeleton)
                .or_default()
                .push(spelling.clone());
        }
        let len = word.chars().count();
        self.by_first
            .entry((len, first))
            .or_default()
            .push(spelling.clone());
        if let Some(second) = word.chars().nth(1) {
            self.by_second
                .entry((len, second))
                .or_default()
                .push(spelling);
        }
    }
}

/// How the matcher reads one word of a question.
#[derive(Debug, Clone, Copy)]
enum Reading {
    Stopword,
    /// A known term, with the credit it earns (less than 1 for a corrected typo).
    Term(TermId, f32),
    /// Unknown, a number, or part of a multi-word synonym only.
    Other,
}

/// A piece of a question or phrasing: a multi-word synonym, or one word (by index).
#[derive(Debug, Clone, Copy)]
enum Token {
    /// `term` is `None` for a multi-word stopword.
    Phrase {
        at: usize,
        len: usize,
        term: Option<TermId>,
    },
    Word {
        at: usize,
    },
}

struct Tokens<'a> {
    matcher: &'a Matcher,
    stems: &'a [String],
    next: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let at = self.next;
        if at >= self.stems.len() {
            return None;
        }
        match self.matcher.phrase_at(&self.stems[at..]) {
            Some((len, term)) => {
                self.next += len;
                Some(Token::Phrase { at, len, term })
            }
            None => {
                self.next += 1;
                Some(Token::Word { at })
            }
        }
    }
}

/// Whether a known number is a count of a thousand or more, not a year.
fn is_count(k: u64) -> bool {
    k >= 1000 && !(1900..=2100).contains(&k)
}

/// Whether a number has two significant digits at most ("300000", "5500"), as a figure
/// recalled roughly is written.
fn is_round(n: u64) -> bool {
    let mut n = n;
    while n >= 100 && n.is_multiple_of(10) {
        n /= 10;
    }
    n < 100
}

fn is_anagram(a: &str, b: &str) -> bool {
    let sorted = |s: &str| {
        let mut chars: Vec<char> = s.chars().collect();
        chars.sort_unstable();
        chars
    };
    sorted(a) == sorted(b)
}

/// A question's or a phrasing's words and sentence ends, with a "from" ending a sentence
/// read as an origin: the index and queries must read text the same way.
fn read(text: &str) -> (Vec<String>, Vec<(usize, char)>) {
    let (mut words, ends) = text::sentences(text);
    text::mark_origins(&mut words, &ends);
    (words, ends)
}

/// Where the sentence or clause holding word `at` ends: the first end after it, or `len`.
fn clause_end(ends: &[(usize, char)], at: usize, len: usize) -> usize {
    ends.iter()
        .map(|&(end, _)| end)
        .find(|&end| end > at)
        .unwrap_or(len)
}

/// Runs of stems a question may say ("how to", "in plain english"), kept by their first
/// stem: finding them costs a look-up a word, not a comparison a phrase.
#[derive(Debug, Default)]
struct Phrases {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

impl Phrases {
    fn new(list: &[String]) -> Self {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for stems in list.iter().map(|phrase| text::stems(phrase)) {
            if let Some(first) = stems.first() {
                by_first.entry(first.clone()).or_default().push(stems);
            }
        }
        Phrases { by_first }
    }

    /// Where `stems` hold any of the phrases: the spans.
    fn spans<'a>(&'a self, stems: &'a [String]) -> impl Iterator<Item = Range<usize>> + 'a {
        stems.iter().enumerate().flat_map(move |(at, first)| {
            self.by_first
                .get(first)
                .into_iter()
                .flatten()
                .filter(move |phrase| stems[at..].starts_with(phrase))
                .map(move |phrase| at..at + phrase.len())
        })
    }

    /// Whether `stems` hold any of the phrases.
    fn said_in(&self, stems: &[String]) -> bool {
        self.spans(stems).next().is_some()
    }

    /// Whether the question, outside its remarks, says any of the phrases.
    fn asked_in(&self, stems: &[String], remarks: &[bool]) -> bool {
        self.spans(stems).any(|span| !remarks[span].contains(&true))
    }
}

/// The one item, if there is exactly one.
fn only<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    match (items.next(), items.next()) {
        (Some(item), None) => Some(item),
        _ => None,
    }
}

/// An entry's citations as (paragraph, quote), sorted, so that two entries citing the same
/// quotes in any order compare equal.
fn sorted_quotes(entry: &crate::knowledge::Entry) -> Vec<(u32, &str)> {
    let mut quotes: Vec<(u32, &str)> = entry
        .citations
        .iter()
        .map(|c| (c.paragraph, c.quote.as_str()))
        .collect();
    quotes.sort_unstable();
    quotes
}

/// Inverse document frequency, smoothed so a term in every entry still weighs a little.
fn idf(entries: f32, containing: f32) -> f32 {
    ((entries + 1.0) / (containing + 0.5)).ln().max(0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> Matcher {
        let kb = KnowledgeBase::bundled().unwrap_or_else(|e| panic!("{e}"));
        Matcher::new(&kb, Thresholds::default())
    }

    #[track_caller]
    fn check(question: &str, status: Status, entry: Option<&str>) {
        let m = matcher().query(question);
        assert_eq!(m.status, status, "{question:?} -> {m:?}");
        if let Some(id) = entry {
            let top = matcher().id(m.candidates[0].index).clone();
            assert_eq!(top.as_str(), id, "{question:?} -> {m:?}");
        }
    }

    #[test]
    fn answers_typos_slang_and_word_order() {
        check(
            "how many ppl got deported for drugs",
            Status::Answered,
            Some("drug-deportations"),
        );
        check(
            "HOW MANY IMMIGRANTS WERE DEPORTAIONS FOR DRUG OFFENCES",
            Status::Answered,
            Some("drug-deportations"),
        );
        check(
            "what does kely think about weed",
            Status::Answered,
            Some("kelly-on-marijuana"),
        );
        // A key held too long still completes a phrase ("stand for").
        check(
            "what does DHS stand forr",
            Status::Answered,
            Some("what-is-dhs"),
        );
        // Spaces lost or added on a phone.
        check(
            "what do they mean by the prison todeportation pipe line",
            Status::Answered,
            Some("deportation-pipeline"),
        );
        check(
            "human rights watchis what kind of organisation",
            Status::Answered,
            Some("human-rights-watch"),
        );
        // Typed without vowels.
        check("wht's a dtnr", Status::Answered, Some("what-is-detainer"));
        check(
            "cn immgrnts w drg cnvctns evr gt lgl",
            Status::Answered,
            Some("permanent-bar"),
        );
        // A letter dropped from a stopword ("shoud"), not a word changed into one.
        check(
            "how does kelly think we shoud actually solve the drug issue",
            Status::Answered,
            Some("kelly-solution"),
        );
        // An "-ing" written as said: "lettin" is no "latin".
        check(
            "so is homeland security lettin up on immigrants or what",
            Status::Answered,
            Some("dhs-criminalizing"),
        );
        check(
            "so is kelly's department actually goin easy on immigrants or nah",
            Status::Answered,
            Some("dhs-criminalizing"),
        );
    }

    #[test]
    fn a_number_one_digit_off_is_misremembered() {
        check(
            "wasnt it 160k immigrants deported for drug offenses or am i off",
            Status::Answered,
            Some("drug-deportations"),
        );
        check(
            "was it 4,541 immigrants with clean records that got arrested?",
            Status::Answered,
            Some("no-criminal-record"),
        );
        // A round figure, in its thousands (5,441; 21,362, not the year 1996).
        check(
            "like 54,000 arrested had no record?? how many actually",
            Status::Answered,
            Some("no-criminal-record"),
        );
        check(
            "ice arrested like 12,000 immigrants jan to march?",
            Status::Answered,
            Some("ice-arrests-2017"),
        );
        check(
            "what happened in 1986 with mandatory detention for drug felonies?",
            Status::Answered,
            Some("mandatory-detention-1996"),
        );
        // A year one digit off two the article gives (2012, 2013) is another year, which the
        // article says nothing of.
        check(
            "how many people did ICE arrest in 2016",
            Status::NoMatch,
            None,
        );
    }

    #[test]
    fn a_typo_still_completes_a_multi_word_name() {
        check(
            "what does immigration and customs enforcment actually do",
            Status::Answered,
            Some("what-is-ice"),
        );
        let terms = matcher().explain("homland security");
        assert_eq!(terms.len(), 1, "{terms:?}");
        let (term, _, credit) = &terms[0];
        assert_eq!(term, "dhs");
        assert!(
            *credit < 1.0,
            "a corrected word earns less than an exact one"
        );
    }

    #[test]
    fn declines_off_topic_and_near_misses() {
        check("what is the capital of france", Status::NoMatch, None);
        // Talking to the bot, not asking about the article (the ONDCP entry has a "name").
        check("what's your name bot", Status::NoMatch, None);
        check(
            "What did Kelly say about the border wall?",
            Status::NoMatch,
            None,
        );
        check("", Status::NoMatch, None);
        check("when?", Status::NoMatch, None);
        check("who are you", Status::NoMatch, None);
        // Small talk is read as typed: "pinged" is no misspelled "pinned" (on someone).
        check("lol who pinged me", Status::NoMatch, None);
        check("is the bot down again?", Status::NoMatch, None);
        // Another Kelly, another Washington.
        check(
            "someone told me the kelly clarkson show got cancelled, is that true",
            Status::NoMatch,
            None,
        );
        check("is washington dc a state?", Status::NoMatch, None);
        // Asked what people think, of nothing named before: the remark is all there is.
        check(
            "my coworker says the Rolling Stones are better than the Beatles and we argued \
             all through lunch. thoughts?",
            Status::NoMatch,
            None,
        );
        // A parking ticket is no ticket in a park.
        check(
            "my roommate got a parking ticket, how do u contest it",
            Status::NoMatch,
            None,
        );
        // Asking about Discord is small talk; saying where the asker saw it in a remark is not.
        check("is discord down for anyone else", Status::NoMatch, None);
        // "Is that ...?" after a remark asks of the remark: of a dog here, not of the article.
        check(
            "my dog ate some chocolate, is that dangerous?",
            Status::NoMatch,
            None,
        );
        check(
            "my cousin got caught with weed, is that a deportable offense?",
            Status::Answered,
            Some("immigration-consequences"),
        );
        // A guess checked after the question is no part of it.
        check(
            "ice = which agency, is it part of the FBI",
            Status::Answered,
            Some("what-is-ice"),
        );
        // Instructions and advice are no news: "how to", "how do i" or "where can i" opening
        // the question asks for them.
        check("how to cite a website in apa", Status::NoMatch, None);
        check("where can i read articles like this", Status::NoMatch, None);
        check(
            "my buddy says the moon is fake 💀 how do i argue with him",
            Status::NoMatch,
            None,
        );
        // A bare question after a remark naming nothing the article knows asks of the remark.
        check("my pc keeps lagging, how fix", Status::NoMatch, None);
        // "Marine" is a word, not a misspelled Marino.
        check(
            "heard kelly used to be a marine general, is that true?",
            Status::NoMatch,
            None,
        );
        // "paralegal" is no "para legal": "para" is no stopword, as the Spanish one was.
        check(
            "is it true you need a law degree to be a paralegal",
            Status::NoMatch,
            None,
        );
        check(
            "my prof keeps asking. how to cite a website?",
            Status::NoMatch,
            None,
        );
        check(
            "saw this on discord. who wrote it?",
            Status::Answered,
            Some("article-author"),
        );
        check("what day is it", Status::NoMatch, None);
        check("what???", Status::NoMatch, None);
        // "reset" read as "rest" (of the administration) is too weak a guess to stand alone.
        check("how do i reset my discord pw", Status::NoMatch, None);
        // "The secretary" is Kelly; another secretary is not.
        check(
            "what did the secretary say about pot",
            Status::Answered,
            Some("kelly-on-marijuana"),
        );
        check("who is the secretary of state?", Status::NoMatch, None);
        // An entry that never names Kelly does not answer for him ("how old is the law").
        check(
            "how old is john kelly? student asked",
            Status::NoMatch,
            None,
        );
        check(
            "does john kelly support legalizing weed federally?",
            Status::NoMatch,
            None,
        );
        // A question tagged "right?" asks no more than without it; "right now" still counts.
        check(
            "ice = immigration and customs enforcement right?",
            Status::Answered,
            Some("what-is-ice"),
        );
        check(
            "how many immigrants are in ice detention right now",
            Status::NoMatch,
            None,
        );
    }

    #[test]
    fn checks_whose_words_and_what_kind_of_answer() {
        check(
            "what did kelly say about marijuana",
            Status::Answered,
            Some("kelly-on-marijuana"),
        );
        check(
            "what did chuck todd think about kellys comments",
            Status::NoMatch,
            None,
        );
        check(
            "isn't weed legal in some states",
            Status::Answered,
            Some("state-legalization"),
        );
        check(
            "how many states have legalized marijuana so far",
            Status::NoMatch,
            None,
        );
        check("who is chuck todd", Status::Answered, Some("chuck-todd"));
        check(
            "when did chuck todd start hosting meet the press",
            Status::NoMatch,
            None,
        );
        // Insisting on an exact count or date: "one of the top five" or "a Sunday" does not do.
        check(
            "how many ice detainers were issued for weed in 2012 exactly",
            Status::NoMatch,
            None,
        );
        // "When" takes "on a Sunday"; "what date" insists on a date, as "exactly" does.
        check(
            "when was kelly on meet the press",
            Status::Answered,
            Some("kelly-interview"),
        );
        check(
            "what date was kelly on meet the press",
            Status::NoMatch,
            None,
        );
        check(
            "what date exactly did kelly go on meet the press",
            Status::NoMatch,
            None,
        );
        check(
            "how many immigrants did ice arrest from january to march exactly",
            Status::Answered,
            Some("ice-arrests-2017"),
        );
        // "What else": not the fact the entry states.
        check(
            "what else did esther yu hsi lee write",
            Status::NoMatch,
            None,
        );
        check(
            "who wrote this article",
            Status::Answered,
            Some("article-author"),
        );
        // A sum of money is a number too, and the article states none.
        check(
            "how much is the fine for lighting up in a national park",
            Status::NoMatch,
            None,
        );
        // "When" joining two clauses asks for no time.
        check(
            "what does it mean when ice asks for a detainer",
            Status::Answered,
            Some("what-is-detainer"),
        );
        check(
            "is kelly the odd one out in the administration when it comes to weed",
            Status::Answered,
            Some("trump-administration"),
        );
        // A count the question already states: it asks for a part the article does not give.
        check(
            "how many of the 260,000 deported were from mexico",
            Status::NoMatch,
            None,
        );
        // A part word in a claim before the question is the claim's; after it, it asks.
        check(
            "my friend swears ice only arrests criminals, how many of those arrested had no record",
            Status::Answered,
            Some("no-criminal-record"),
        );
        check(
            "how many immigrants were deported just for marijuana, not all drugs",
            Status::NoMatch,
            None,
        );
        let part = matcher().query("how many of the 21k ice arrested were picked up for weed");
        assert_ne!(part.status, Status::Answered, "{part:?}");
        check(
            "what's the year by year breakdown of the 260,000 drug deportations",
            Status::NoMatch,
            None,
        );
        // "The 260k number" names the figure; it asks no count, nor for a part of one.
        check(
            "whats the source of the 260k deportations number",
            Status::Answered,
            Some("deportation-figure-source"),
        );
        // "Besides" and "what other" ask beyond what the article names.
        check(
            "which states besides colorado and washington legalized weed",
            Status::NoMatch,
            None,
        );
        // A year is not a count: "in 1996" does not say how much.
        check(
            "how much weed do you need to have for it to count as an aggravated felony",
            Status::NoMatch,
            None,
        );
        // The article gives no penalty, only what an arrest means for an immigrant.
        check(
            "what's the federal penalty for marijuana possession?",
            Status::NoMatch,
            None,
        );
        // The article never names the 1996 law.
        check(
            "what is the name of the 1996 immigration law",
            Status::NoMatch,
            None,
        );
        check(
            "what's the name of the journalist",
            Status::Answered,
            Some("article-author"),
        );
        // Asking is saying: Chuck Todd's questions are not reported.
        check(
            "what did chuck todd ask kelly about the border wall",
            Status::NoMatch,
            None,
        );
        // "How long" asks a duration, which a definition does not state.
        check(
            "how long can ice hold someone on a detainer",
            Status::NoMatch,
            None,
        );
    }

    #[test]
    fn a_multi_word_stopword_means_nothing_but_its_words_still_count_alone() {
        let m = matcher();
        let terms = |q: &str| -> Vec<String> { m.explain(q).into_iter().map(|t| t.0).collect() };
        assert_eq!(terms("never heard of thinkprogress"), ["thinkprogress"]);
        assert!(terms("immigrants never convicted").contains(&"never".to_owned()));
        check(
            "what's think progress? never heard of it",
            Status::Answered,
            Some("what-is-thinkprogress"),
        );
    }

    #[test]
    fn a_phrasing_saying_more_of_the_question_settles_a_close_call() {
        let m = matcher();
        let q = "does Kelly think pot even matters in the drug war";
        let best = m.best(q);
        let (first, second) = (&best[0], &best[1]);
        assert!(
            first.score.0 - second.score.0 < m.thresholds().margin,
            "{best:?}"
        );
        check(q, Status::Answered, Some("kelly-on-marijuana"));
    }

    #[test]
    fn a_remark_beside_the_question_weighs_little() {
        check(
            "was this originally published somewhere else before it got reposted",
            Status::Answered,
            Some("article-publisher"),
        );
        // The circumstance a "when" clause gives is not what is asked.
        check(
            "what show was kelly on when he dropped this",
            Status::Answered,
            Some("kelly-interview"),
        );
        // Unless it quotes what is asked about.
        check(
            "what does the article mean when it says immigrants get rushed through a pipeline?",
            Status::Answered,
            Some("deportation-pipeline"),
        );
        check(
            "people keep mentioning DHS in this channel. what does that stand for?",
            Status::Answered,
            Some("what-is-dhs"),
        );
        check(
            "my uncle keeps talking about TRAC at dinner. who are they?",
            Status::Answered,
            Some("what-is-trac"),
        );
        // Asked what it is, the rest of the remark only tells where the asker met it.
        check(
            "my classmate cited a transactional records access clearinghouse review and ive never heard of it, what is that",
            Status::Answered,
            Some("what-is-trac"),
        );
        // Nothing the article knows, word for word: the remark is the subject.
        check(
            "lost my charger again lol. who has a spare?",
            Status::NoMatch,
            None,
        );
        // The words of the question itself still count in full.
        check(
            "I read the article. what is Kelly's favourite football team?",
            Status::NoMatch,
            None,
        );
        // An afterthought after a comma is a remark; a set-up before one is not.
        check(
            "whats a detainer, sorry not a lawyer just a tired mom",
            Status::Answered,
            Some("what-is-detainer"),
        );
        check(
            "the power is out, who is responsible?",
            Status::NoMatch,
            None,
        );
        // Why the asker asks is not what they ask.
        check(
            "what's the exact headline? want to put it in our team newsletter",
            Status::Answered,
            Some("article-title"),
        );
        check(
            "tldr of this article pls, dont have time before my next home visit",
            Status::Answered,
            Some("article-summary"),
        );
        // Nor does a remark say what kind of answer is wanted: no exact count here.
        check(
            "what's this article titled? need the exact title for my files",
            Status::Answered,
            Some("article-title"),
        );
    }

    #[test]
    fn spanish_mixed_into_english_is_understood() {
        check(
            "cuántos inmigrantes fueron deportados por drogas?",
            Status::Answered,
            Some("drug-deportations"),
        );
        check("cuantos goles metio messi este año", Status::NoMatch, None);
    }

    #[test]
    fn what_a_relayed_claim_gets_wrong_weighs_less() {
        let m = matcher();
        let weight = |question: &str, word: &str| {
            m.explain(question)
                .into_iter()
                .find(|(name, ..)| name == word)
                .map(|(_, weight, _)| weight)
        };
        let relayed = weight("someone said kelly is a lawyer, is that true?", "?lawyer");
        let asked = weight("is kelly a lawyer", "?lawyer");
        assert!(
            relayed.zip(asked).is_some_and(|(r, a)| r < a),
            "{relayed:?} {asked:?}"
        );
        // Still not enough to answer what the article never says.
        check(
            "someone said kelly wants a border wall, is that true",
            Status::NoMatch,
            None,
        );
    }

    #[test]
    fn a_title_of_something_unknown_is_someone_elses() {
        check(
            "someone said the president of france got a new dog lol is that real",
            Status::NoMatch,
            None,
        );
        check(
            "who is the president of the united states picking as drug czar",
            Status::Answered,
            Some("drug-czar"),
        );
    }

    #[test]
    fn a_question_of_he_asks_of_the_one_person_a_remark_names() {
        check(
            "my dad keeps yelling at the tv about kelly, what's that guy's job?",
            Status::Answered,
            Some("who-is-kelly"),
        );
        check(
            "my bro said the homeland security guy went soft on marijuana, what were his words",
            Status::Answered,
            Some("kelly-on-marijuana"),
        );
        // Asked of something else the remark says too.
        check(
            "heard kelly made some comments about pot, what did he actually say about it",
            Status::Answered,
            Some("kelly-on-marijuana"),
        );
    }

    #[test]
    fn a_guess_at_what_something_is_is_not_what_is_asked() {
        check(
            "chuck todd?? is he a sports guy or what",
            Status::Answered,
            Some("chuck-todd"),
        );
        // Not a guess at what anything is: the unknown words are the question.
        check(
            "did the senate ever confirm tom marino as drug czar or what",
            Status::NoMatch,
            None,
        );
        check(
            "where did kelly say all this, was it face the nation?",
            Status::Answered,
            Some("kelly-interview"),
        );
        // A guess put up to be checked, known words ("attorney general") or not.
        check(
            "john kelly is the attorney general right?",
            Status::Answered,
            Some("who-is-kelly"),
        );
        check(
            "dhs = department of health services?",
            Status::Answered,
            Some("what-is-dhs"),
        );
        check(
            "tom marino is a democrat from new york right?",
            Status::Answered,
            Some("tom-marino"),
        );
        check(
            "whats ice, is that the border patrol",
            Status::Answered,
            Some("what-is-ice"),
        );
        // Said of what someone thinks, a guess still leaves the question.
        check(
            "sessions is the AG right? where does he stand on weed",
            Status::Answered,
            Some("jeff-sessions"),
        );
    }

    #[test]
    fn what_the_article_is_about_describes_it_when_something_else_is_asked() {
        check(
            "which reporter wrote this story about kelly and the pot arrests",
            Status::Answered,
            Some("article-author"),
        );
        check(
            "who actually wrote this piece about kelly and pot arrests? prof didnt say",
            Status::Answered,
            Some("article-author"),
        );
    }

    #[test]
    fn what_something_is_is_its_definition() {
        // Not who runs it, which drug-czar states.
        check(
            "what is the office of national drug control policy and who heads it",
            Status::Answered,
            Some("what-is-ondcp"),
        );
        check(
            "What is TRAC, and what did its review reveal?",
            Status::Answered,
            Some("what-is-trac"),
        );
        // "Even" and "exactly" between "what" and the thing still ask what it is.
        check(
            "my friend keeps saying detainer, what even is a detainer",
            Status::Answered,
            Some("what-is-detainer"),
        );
        // Named before and asked of again: the thing is read where it was first said.
        check(
            "someone mentioned a trac review, what is trac",
            Status::Answered,
            Some("what-is-trac"),
        );
        // A relative clause only tells which thing is meant.
        check(
            "who is trac that did the review",
            Status::Answered,
            Some("what-is-trac"),
        );
        // Asking the content of a headline is no definition.
        check(
            "what's the exact headline? putting it in a brief footnote",
            Status::Answered,
            Some("article-title"),
        );
    }

    #[test]
    fn where_someone_is_from_is_not_who_they_are() {
        check("which state is jeff sessions from?", Status::NoMatch, None);
        check(
            "what site is this story from",
            Status::Answered,
            Some("article-publisher"),
        );
    }

    #[test]
    fn nobody_s_reaction_to_another_s_words_is_reported() {
        check(
            "what did marino say about kelly's remarks?",
            Status::NoMatch,
            None,
        );
        // Whose words a pronoun stands for, not the speaker named.
        check("did the AG respond to what he said", Status::NoMatch, None);
        // "The answer" is no reaction to anyone.
        check(
            "so if kelly thinks arresting users isnt the answer, what does he think the fix is?",
            Status::Answered,
            Some("kelly-solution"),
        );
        check(
            "what did obama say about kellys plan",
            Status::NoMatch,
            None,
        );
        check("did sessions respond to kelly", Status::NoMatch, None);
        // One speaker's words compared with another's are.
        check(
            "is kelly's view on weed popular in the trump administration",
            Status::Answered,
            Some("trump-administration"),
        );
    }

    #[test]
    fn close_entries_citing_the_same_quotes_need_no_buttons() {
        check(
            "is dhs the department kelly heads? what is it exactly",
            Status::Answered,
            Some("what-is-dhs"),
        );
    }

    #[test]
    fn a_listed_synonym_is_never_a_stopword() {
        let m = matcher();
        // "likely" stems to "like", a stopword; the vocabulary lists "likely" itself.
        assert_eq!(m.explain("likely").len(), 1);
        assert!(m.explain("like").is_empty());
    }

    #[test]
    fn rare_words_outweigh_frame_words() {
        let m = matcher();
        let kelly = m.lexicon["kelly"];
        let colorado = m.lexicon["colorado"];
        assert!(m.weights[colorado as usize] > 2.0 * m.weights[kelly as usize]);
    }

    #[test]
    fn typo_correction_is_bounded() {
        let m = matcher();
        assert!(m.correct("deportaions").is_some());
        assert!(m.correct("marjuana").is_some());
        assert!(
            m.correct("jon").is_some(),
            "a dropped letter in a short name"
        );
        assert!(m.correct("ohn").is_none(), "three letters keep their first");
        let sounded = |typed: &str| m.correct(typed).map(|(s, _)| s.word.clone());
        assert_eq!(sounded("deportashun").as_deref(), Some("deportation"));
        assert_eq!(sounded("seshons").as_deref(), Some("sessions"));
        assert!(
            sounded("precise").is_none_or(|w| w == "precise"),
            "an English word is meant as typed"
        );
        assert!(m.correct("2013").is_none(), "numbers are never corrected");
        assert!(m.rounded("21000").is_some(), "21k stands for 21,362");
        assert!(
            m.rounded("2000").is_none(),
            "2007, 2012 and 2013 are all near"
        );
        assert!(m.rounded("21362").is_none(), "only round numbers");
        assert!(m.correct("xylophone").is_none());
        assert!(
            m.correct("rain").is_none(),
            "never into a three-letter word (\"ran\")"
        );
        let stopword = |word: &str| m.correct(word).is_some_and(|(s, _)| s.term.is_none());
        assert!(stopword("specificaly"), "a long stopword, one letter short");
        assert!(stopword("waht"), "a short one, letters swapped");
        assert!(!stopword("wall"), "\"wall\" is not a misspelled \"will\"");
        assert!(stopword("shoud"), "an English stopword, one letter dropped");
        assert!(
            !stopword("kart"),
            "not the Hindi \"karta\" one letter short"
        );
        assert!(
            !m.is_stopword("kart", "kart"),
            "nor its stem, as \"karte\"'s"
        );
        assert!(
            m.correct("eat").is_none(),
            "an English word is no slip for the French \"etat\""
        );
        assert!(
            m.correct("merino").is_some_and(|(s, _)| s.word == "marino"),
            "but may be one for a name the article spells"
        );
    }

    #[test]
    fn a_time_before_someone_named_is_beyond_the_article() {
        for q in [
            "who was the drug czar before tom marino",
            "what was kellys job before dhs",
        ] {
            check(q, Status::NoMatch, None);
        }
        check(
            "where did this first run before it got reprinted",
            Status::Answered,
            Some("article-publisher"),
        );
    }

    #[test]
    fn a_reaction_first_is_no_part_of_the_question() {
        // "typical" shares its stem with "typically", which asks beyond a fact: not in a
        // remark.
        check(
            "ugh typical. who's jeff sessions",
            Status::Answered,
            Some("jeff-sessions"),
        );
        check(
            "wow this is wild, what exactly did kelly say about weed?",
            Status::Answered,
            Some("kelly-on-marijuana"),
        );
    }

    #[test]
    fn what_a_which_asks_for_leads() {
        check(
            "what law makes a pot charge get you deported",
            Status::Answered,
            Some("immigration-law-origin"),
        );
        check(
            "which group put out that drug deportation number",
            Status::Answered,
            Some("deportation-figure-source"),
        );
    }

    #[test]
    fn a_guessed_number_is_no_other_fact() {
        check(
            "how many immigrants got deported over drug stuff, was it like 26k?",
            Status::Answered,
            Some("drug-deportations"),
        );
        // Stated as the question's own figure, it still is one.
        check(
            "how many immigrants were deported for drug offenses in 2015",
            Status::NoMatch,
            None,
        );
    }

    #[test]
    fn who_wrote_asks_an_entry_that_names_a_writer() {
        check(
            "who wrote the washington post analysis on ice arrests",
            Status::NoMatch,
            None,
        );
        check(
            "what does the author mean by prison to deportation pipeline",
            Status::Answered,
            Some("deportation-pipeline"),
        );
    }

    #[test]
    fn what_is_it_asks_what_a_remark_names() {
        check(
            "my prof cited TRAC in lecture and didnt explain, what is it",
            Status::Answered,
            Some("what-is-trac"),
        );
        check(
            "teacher wrote 'awk' in the margin of my essay, what does it mean",
            Status::NoMatch,
            None,
        );
        // What the question asks of weighs in full; the rest of the remark is context.
        check(
            "i remember the name jeff sessions from the news but totally forgot what he does. who is he exactly?",
            Status::Answered,
            Some("jeff-sessions"),
        );
        check(
            "got deported from the vc by the mods 💀 what did i even do",
            Status::NoMatch,
            None,
        );
    }

    #[test]
    fn an_unknown_work_is_not_the_article() {
        for q in [
            "who wrote the odyssey",
            "who is the author of dune",
            "who wrote hamlet",
            "who published the ramayana",
        ] {
            check(q, Status::NoMatch, None);
        }
        for q in ["who wrote this garbage", "who wrote the article bro"] {
            check(q, Status::Answered, Some("article-author"));
        }
    }

    #[test]
    fn a_round_figure_near_one_known_count_is_that_count() {
        check(
            "was it 300,000 people deported over drug offenses?",
            Status::Answered,
            Some("drug-deportations"),
        );
        check(
            "5,500 immigrants with clean records got arrested?",
            Status::Answered,
            Some("no-criminal-record"),
        );
    }

    #[test]
    fn a_long_name_reads_with_its_words_out_of_order() {
        let m = matcher();
        assert_eq!(
            m.signature("office of national drug policy control"),
            m.signature("office of national drug control policy")
        );
        check(
            "office of national drug policy control, what is that",
            Status::Answered,
            Some("what-is-ondcp"),
        );
    }

    #[test]
    fn a_story_told_first_weighs_little_beside_a_question_of_its_own() {
        check(
            "talking w my roommate who's a big trump guy. is kelly's pot stance the norm in \
             the administration or is he an outlier?",
            Status::Answered,
            Some("trump-administration"),
        );
        check(
            "debating my brother who thinks deportations over drugs basically never happen. \
             what's the actual number the article gives?",
            Status::Answered,
            Some("drug-deportations"),
        );
        // Asked who made or named a work, "this one" is the article.
        check(
            "my friend shared a screenshot but cut off the top, what's the headline on this one",
            Status::Answered,
            Some("article-title"),
        );
        // Not when the question points back to the story.
        check(
            "my buddy smoked at yellowstone, could he get deported for that?",
            Status::Answered,
            Some("federal-parks"),
        );
    }

    #[test]
    fn scores_stay_in_range() {
        let m = matcher();
        for q in [
            "marijuana marijuana marijuana",
            "kelly",
            "ICE ICE ICE baby",
            "260000 260000",
        ] {
            for c in m.best(q) {
                assert!((0.0..=1.0).contains(&c.score.0), "{q}: {c:?}");
            }
        }
    }
}
