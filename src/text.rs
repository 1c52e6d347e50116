//! Text normalisation shared by the knowledge base and the matcher: folding case,
//! punctuation and number formats, splitting into words and light stemming.
//!
//! Both sides of a comparison go through the same functions, so consistency
//! matters more than linguistic accuracy: the stemmer only has to map the forms
//! people actually type ("deported", "deportations", "deporting") onto one stem.

use std::ops::Range;
use std::sync::LazyLock;

/// Lower-cases `text` and splits it into words of letters and digits.
///
/// Typographic apostrophes are folded, possessive and contracted endings
/// ("Kelly's", "what's") are dropped, thousands separators inside numbers are
/// removed ("260,000" or "260 000" -> "260000") and a trailing `k` on a number is expanded
/// ("260k" -> "260000"). An `=` between words is a word of its own ("dhs = ?"), as it says
/// what something is. Everything else that is not alphanumeric separates words.
pub fn words(text: &str) -> Vec<String> {
    sentences(text).0
}

/// Like [`words`], and also where each sentence or clause ends: the number of words read
/// before each `.`, `!`, `?`, `;`, `,`, bracket or line break, with the mark: an aside in
/// brackets is a sentence of its own, a comma ends a clause of the sentence.
pub fn sentences(text: &str) -> (Vec<String>, Vec<(usize, char)>) {
    let mut out = Vec::new();
    let mut ends = Vec::new();
    // One buffer for the word being read; each finished word is copied out at its size.
    let mut word = String::with_capacity(32);
    let mut chars = text.chars().peekable();
    // Inside a dotted acronym ("D.H.S."): its dots join letters and end no sentence.
    let mut dotted = false;
    // Inside a number whose groups of thousands are spaced ("1 000 000").
    let mut grouped = false;
    while let Some(c) = chars.next() {
        if c == '.' && (dotted || is_letter(&word)) && {
            let mut ahead = chars.clone();
            ahead.next().is_some_and(char::is_alphabetic)
                && ahead.next().is_none_or(|d| !d.is_alphanumeric())
        } {
            dotted = true;
        } else if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase().map(fold_accent));
        } else if is_apostrophe(c)
            && word.ends_with('n')
            && chars.peek().is_some_and(|&d| d == 't' || d == 'T')
        {
            // A negation keeps its letters, as people also type it: "isn't" -> "isnt".
        } else if is_apostrophe(c) && !word.is_empty() {
            // Skip a contraction or possessive ending: 's, 're, 'll, 've, 'd, 'm. Any other
            // letters after it start a word of their own, as after an elision: "l'article",
            // "c'est", "dell'articolo".
            let ending: String = chars.clone().take_while(|d| d.is_alphabetic()).collect();
            let contraction = ["s", "re", "ll", "ve", "d", "m"]
                .iter()
                .any(|e| ending.eq_ignore_ascii_case(e));
            if contraction {
                for _ in 0..ending.chars().count() {
                    chars.next();
                }
            }
            flush(&mut word, &mut out);
        } else if (c == ',' || c == '.')
            && is_digits(&word)
            && chars.peek().is_some_and(|d| d.is_ascii_digit())
        {
            // A thousands separator or decimal point inside a number: keep the digits together.
            if c == '.' {
                word.push('.');
            }
        } else if matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
            && (word.len() <= 3 || grouped)
            && is_digits(&word)
            && {
                let mut ahead = chars.clone();
                ahead.by_ref().take(3).filter(char::is_ascii_digit).count() == 3
                    && ahead.next().is_none_or(|d| !d.is_alphanumeric())
            }
        {
            // A space between groups of thousands, as much of the world writes them: "260 000".
            grouped = true;
        } else {
            grouped = false;
            flush(&mut word, &mut out);
            if c == '=' && !out.is_empty() {
                // "dhs = department of health services?": a guess at what something is.
                out.push("=".to_string());
            } else if matches!(c, '.' | '!' | '?' | ';' | '\n' | '(' | ')' | ',')
                && !(dotted && c == '.')
            {
                ends.push((out.len(), c));
            } else if is_emoji(c) {
                // Chat puts an emoji where a full stop would go ("the acronyms are killing me
                // 😩 what is dhs").
                ends.push((out.len(), '.'));
            }
            dotted = false;
        }
    }
    flush(&mut word, &mut out);
    if out.len() > 1 {
        spoken_marks(&mut out, &mut ends);
        join_spoken(&mut out, &mut ends);
        laughs_end_sentences(&out, &mut ends);
    }
    (out, ends)
}

/// Chat ends a sentence with a laugh as often as with a full stop ("my cousin sent me this
/// lol who wrote it"): a laugh before more words ends one.
fn laughs_end_sentences(words: &[String], ends: &mut Vec<(usize, char)>) {
    const LAUGHS: [&str; 8] = [
        "lol", "lmao", "lmfao", "haha", "hahaha", "rofl", "lolol", "xd",
    ];
    let before = ends.len();
    for at in 1..words.len() {
        if LAUGHS.contains(&words[at - 1].as_str()) && !ends.iter().any(|&(end, _)| end == at) {
            ends.push((at, '.'));
        }
    }
    if ends.len() > before {
        ends.sort_unstable_by_key(|&(end, _)| end);
    }
}

/// Punctuation said aloud to voice typing ("what is ICE question mark"): a sentence end, not
/// words. "Period" counts only last, where it cannot be a span of time.
fn spoken_marks(words: &mut Vec<String>, ends: &mut Vec<(usize, char)>) {
    let said = |words: &[String], at: usize| -> Option<(usize, char)> {
        let pair = (words[at].as_str(), words.get(at + 1).map(String::as_str));
        match pair {
            ("question", Some("mark")) => Some((2, '?')),
            ("exclamation", Some("mark" | "point")) => Some((2, '!')),
            ("full", Some("stop")) => Some((2, '.')),
            ("comma", _) => Some((1, ',')),
            ("period", None) => Some((1, '.')),
            _ => None,
        }
    };
    if !(0..words.len()).any(|at| said(words, at).is_some()) {
        return;
    }
    let mut kept = Vec::with_capacity(words.len());
    // For each old position, the new one: where the old sentence ends land.
    let mut moved = Vec::with_capacity(words.len() + 1);
    let mut marks = Vec::new();
    let mut at = 0;
    while at < words.len() {
        if let Some((used, mark)) = said(words, at) {
            moved.extend(std::iter::repeat_n(kept.len(), used));
            marks.push((kept.len(), mark));
            at += used;
        } else {
            moved.push(kept.len());
            kept.push(std::mem::take(&mut words[at]));
            at += 1;
        }
    }
    moved.push(kept.len());
    for end in ends.iter_mut() {
        end.0 = moved[end.0];
    }
    ends.extend(marks);
    ends.sort_by_key(|&(end, _)| end);
    *words = kept;
}

/// Joins, within each sentence, numbers said in words ("two hundred sixty thousand" ->
/// `260000`, "nineteen ninety six" -> `1996`) and acronyms spelled letter by letter
/// ("d h s" -> `dhs`), as voice typing writes them; sentence ends are renumbered.
fn join_spoken(words: &mut Vec<String>, ends: &mut [(usize, char)]) {
    let spoken = |w: &String| spoken_number(w).is_some() || is_letter(w);
    if !words
        .windows(2)
        .any(|pair| spoken(&pair[0]) && spoken(&pair[1]))
    {
        return;
    }
    let old = std::mem::take(words);
    let mut starts = vec![0];
    starts.extend(ends.iter().map(|&(end, _)| end));
    starts.push(old.len());
    let mut renumbered = Vec::with_capacity(ends.len());
    for span in starts.windows(2) {
        let sentence = &old[span[0]..span[1].max(span[0])];
        let mut at = 0;
        while at < sentence.len() {
            let (joined, used) = read_number(&sentence[at..])
                .or_else(|| read_letters(&sentence[at..]))
                .unwrap_or_else(|| (sentence[at].clone(), 1));
            words.push(joined);
            at += used;
        }
        renumbered.push(words.len());
    }
    for (end, new) in ends.iter_mut().zip(renumbered) {
        end.0 = new;
    }
}

/// A number word's value and kind: below twenty (or digits), a multiple of ten, or a scale.
#[derive(Clone, Copy, PartialEq)]
enum Spoken {
    Unit(u64),
    Tens(u64),
    Scale(u64),
}

fn spoken_number(word: &str) -> Option<Spoken> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = TENS.iter().position(|&w| w == word) {
        return Some(Spoken::Tens(20 + 10 * n as u64));
    }
    if let Some(n) = SMALL_NUMBERS.iter().position(|&w| w == word) {
        return Some(Spoken::Unit(n as u64));
    }
    match word {
        "hundred" => Some(Spoken::Scale(100)),
        "thousand" => Some(Spoken::Scale(1_000)),
        "million" => Some(Spoken::Scale(1_000_000)),
        _ if is_digits(word) && word.len() <= 6 => word.parse().ok().map(Spoken::Unit),
        _ => None,
    }
}

/// A number of two or more words at the start of `words`, as digits, and how many words
/// it took: a year said in pairs ("nineteen ninety six", "twenty twelve") or a count.
fn read_number(words: &[String]) -> Option<(String, usize)> {
    let kinds: Vec<Spoken> = words.iter().map_while(|w| spoken_number(w)).collect();
    if kinds.len() < 2 {
        return None;
    }
    // A year said as two pairs: a first pair of 10-20 and a second below 100, no scale.
    if let [Spoken::Unit(century @ 10..=19) | Spoken::Tens(century @ 20), second, rest @ ..] =
        kinds.as_slice()
    {
        let (years, used) = match (second, rest.first()) {
            (Spoken::Tens(t), Some(Spoken::Unit(u @ 1..=9))) => (t + u, 3),
            (Spoken::Tens(t), _) => (*t, 2),
            (Spoken::Unit(u @ 10..=19), _) => (*u, 2),
            _ => (0, 0),
        };
        let scaled = kinds
            .get(used)
            .is_some_and(|k| matches!(k, Spoken::Scale(_)));
        if used > 0 && !scaled && words[..used].iter().all(|w| !is_digits(w)) {
            return Some(((century * 100 + years).to_string(), used));
        }
    }
    let (mut total, mut current, mut used) = (0u64, 0u64, 0usize);
    let mut last: Option<Spoken> = None;
    for &kind in &kinds {
        match (last, kind) {
            (Some(Spoken::Unit(_)), Spoken::Unit(_) | Spoken::Tens(_))
            | (Some(Spoken::Tens(_)), Spoken::Tens(_)) => break,
            (Some(Spoken::Tens(_)), Spoken::Unit(u)) if u >= 10 => break,
            (_, Spoken::Unit(v) | Spoken::Tens(v)) => current = current.saturating_add(v),
            (_, Spoken::Scale(100)) => current = current.max(1).saturating_mul(100),
            (_, Spoken::Scale(scale)) => {
                total = total.saturating_add(current.max(1).saturating_mul(scale));
                current = 0;
            }
        }
        last = Some(kind);
        used += 1;
    }
    (used >= 2).then(|| {
        let n = total.saturating_add(current);
        (small_number_word(n.to_string()), used)
    })
}

/// An acronym spelled in three or more single letters at the start of `words` ("o n d c p").
fn read_letters(words: &[String]) -> Option<(String, usize)> {
    let used = words.iter().take_while(|w| is_letter(w)).count();
    (used >= 3 && words[0] != "a").then(|| (words[..used].concat(), used))
}

/// How a lower-case word sounds, roughly: its consonants after common spelling variants are
/// merged ("ph" as "f", "tion" as "shn", a soft "c" as "s"), doubled letters as one, the first
/// letter kept. "artical" and "article", "seshons" and "sessions" sound alike. Empty for a
/// word with anything but a-z.
pub fn sound_key(word: &str) -> String {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return String::new();
    }
    const VARIANTS: [(&str, &str); 19] = [
        ("tion", "shn"),
        ("sion", "shn"),
        ("ph", "f"),
        ("wh", "w"),
        ("wr", "r"),
        ("kn", "n"),
        ("gh", ""),
        ("ck", "k"),
        ("ce", "se"),
        ("ci", "si"),
        ("cy", "sy"),
        ("ge", "je"),
        ("gi", "ji"),
        ("dg", "j"),
        ("ch", "H"),
        ("c", "k"),
        ("q", "k"),
        ("x", "ks"),
        ("z", "s"),
    ];
    let mut spelled = word.to_owned();
    for (from, to) in VARIANTS {
        if spelled.contains(from) {
            spelled = spelled.replace(from, to);
        }
    }
    let mut key = String::with_capacity(spelled.len());
    for (i, c) in spelled.chars().enumerate() {
        if i > 0 && "aeiouy".contains(c) {
            continue;
        }
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// A word's first letter and the consonants after it, each run of one letter once: what is
/// left of a word typed without vowels ("deportations" and "dprttns" -> "dprtns").
pub fn skeleton(word: &str) -> String {
    let mut key = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if (i == 0 || !"aeiou".contains(c)) && !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// A lower-case Latin letter without its accent ("é" -> "e", "ñ" -> "n"), as people type
/// "quién" or "quien", "café" or "cafe"; any other character as it is.
fn fold_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è'..='ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        _ => c,
    }
}

/// Whether a word is one letter: the start of a dotted acronym ("D.H.S.").
fn is_letter(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Whether a character is an emoji or pictograph (faces, hands, symbols and the like).
fn is_emoji(c: char) -> bool {
    matches!(u32::from(c), 0x1F300..=0x1FAFF | 0x2600..=0x27BF)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}')
}

fn flush(word: &mut String, out: &mut Vec<String>) {
    if word.is_empty() {
        return;
    }
    let w = expand_thousands(word.as_str().to_owned());
    word.clear();
    let w = match out.last().map(String::as_str) {
        Some("in" | "since" | "from" | "by" | "before" | "after" | "until") => expand_year(w),
        // The end of a span of years: "2012-13" is 2012 to 2013.
        Some(year) if is_year(year) && w.len() == 2 && is_digits(&w) => {
            format!("{}{w}", &year[..2])
        }
        _ => w,
    };
    out.push(small_number_word(spelled_out(w)));
}

/// "What" as chat spells it ("wat else", "wut month"): the word itself, so that it reads
/// in phrases as typed in full.
fn spelled_out(word: String) -> String {
    match word.as_str() {
        "wat" | "wut" | "wot" | "whut" | "wht" => "what".to_owned(),
        "wats" | "wuts" | "wots" => "whats".to_owned(),
        _ => word,
    }
}

/// A "from" that ends a sentence asks where someone or something is from ("what state is
/// Sessions from?", "what site is this story from?"): it becomes the word "origin", which
/// the vocabulary can give a meaning. Any other "from" stays a word of no meaning.
pub fn mark_origins(words: &mut [String], ends: &[(usize, char)]) {
    for end in ends
        .iter()
        .map(|&(end, _)| end)
        .chain(std::iter::once(words.len()))
    {
        if let Some(word) = end.checked_sub(1).and_then(|last| words.get_mut(last)) {
            if word == "from" {
                "origin".clone_into(word);
            }
        }
    }
}

/// For each word, whether it belongs to a remark: a sentence that asks nothing, in a
/// message where another sentence asks ("everyone keeps citing it. what even is that
/// outlet?"), a clause that asks nothing after one that asks ("whats a detainer, sorry
/// not a lawyer"), or one before it that only tells of the asker ("sorry, i'm new here,
/// what is ICE?"), or the story that tells of the question it ends in ("my sister asked me
/// what the ONDCP is", "i forgot what he does"). Otherwise a message of one sentence, or of
/// none that asks, has no remarks.
pub fn remarks(words: &[String], ends: &[(usize, char)]) -> Vec<bool> {
    // (start, end, asks in words, mark) for each clause.
    let mut clauses = Vec::with_capacity(ends.len() + 1);
    let mut start = 0;
    for &(end, mark) in ends.iter().chain(std::iter::once(&(words.len(), '.'))) {
        if end > start {
            // ", which shows my age.": a relative clause, not a question; ", which show
            // was it on": a question.
            let relative = mark != '?'
                && words[start] == "which"
                && !words
                    .get(start + 2)
                    .is_some_and(|w| AUXILIARY.contains(&w.as_str()))
                && clauses
                    .last()
                    .is_some_and(|c: &(usize, usize, bool, char)| c.3 == ',');
            clauses.push((start, end, !relative && asks(&words[start..end]), mark));
        } else if let Some(last) = clauses.last_mut().filter(|c| c.3 == ',') {
            // "what is it, ?": the sentence ends where its last clause does.
            last.3 = mark;
        }
        start = start.max(end);
    }
    if !clauses.iter().any(|c| c.2 || c.3 == '?') {
        for clause in &mut clauses {
            clause.2 = requests(&words[clause.0..clause.1]);
        }
    }
    // Sentences: runs of clauses joined by commas; a question mark makes the whole one ask.
    let mut sentences: Vec<(usize, usize, bool)> = Vec::new();
    let mut joined = false;
    for &(start, end, asks, mark) in &clauses {
        let asks = asks || mark == '?';
        match sentences.last_mut() {
            Some(last) if joined => {
                last.1 = end;
                last.2 |= asks;
            }
            _ => sentences.push((start, end, asks)),
        }
        joined = mark == ',';
    }
    let mut out = vec![false; words.len()];
    if sentences.len() > 1 && sentences.iter().any(|&(_, _, asks)| asks) {
        for &(start, end, asks) in &sentences {
            if !asks {
                out[start..end].fill(true);
            }
        }
    }
    // A clause after the one that asks, asking nothing itself, is an afterthought ("whats a
    // detainer, sorry not a lawyer"); a clause before it sets the question up ("the wifi is
    // down, who is responsible?").
    let mut asked = false;
    let mut joined = false;
    for &(start, end, asks, mark) in &clauses {
        asked = (asked && joined) || asks;
        if asked && !asks {
            out[start..end].fill(true);
        }
        joined = mark == ',';
    }
    // Unless it only tells about the asker ("forgive my ignorance, i'm not from the US, so
    // what is ICE?") or relays what someone said ("someone cited TRAC in the replies"): a
    // clause in the first person, a courtesy or a relay, before the one that asks, when that
    // one asks of something else. "My wifi keeps dropping, how do I fix it?" asks about the
    // asker's own story, which is all it is about; "someone said kelly is a general, does the
    // article say that?" asks of the claim.
    let mut asks_later = false;
    let mut of_asker = false;
    let mut of_claim = false;
    for &(start, end, asks, mark) in clauses.iter().rev() {
        let clause = &words[start..end];
        let asks = asks || mark == '?';
        if asks {
            of_asker = asks_of_asker(clause);
            of_claim = asks_if_said(clause);
        }
        asks_later = asks || (asks_later && mark == ',');
        let relays = relay_lead(clause) > 0 && !of_claim;
        if asks_later && !asks && !of_asker && (tells_of_asker(clause) || relays) {
            out[start..end].fill(true);
        }
    }
    // "my sister works in public health and asked me what the ONDCP is": a story of the
    // asker's that ends in the question it tells of.
    for &(start, end, _, _) in &clauses {
        let clause = &words[start..end];
        if opens_on_asker(clause) {
            if let Some(at) = embedded_question(clause) {
                out[start..start + at].fill(true);
            }
        }
    }
    out
}

/// The words of a guess at the answer checked beside the question: a clause after it
/// ("what is ICE, is that the border patrol?", "who's john kelly, isn't he the attorney
/// general?") or a tag question before it ("ICE is part of the FBI right? what is it").
pub fn guess_span(words: &[String], ends: &[(usize, char)]) -> Option<Range<usize>> {
    const BE: [&str; 8] = [
        "is", "isnt", "was", "wasnt", "are", "arent", "were", "werent",
    ];
    const PRONOUN: [&str; 6] = ["that", "it", "he", "she", "they", "this"];
    const TAG: [&str; 6] = ["right", "correct", "innit", "yeah", "eh", "no"];
    let after = ends.iter().map(|&(end, _)| end).find(|&end| {
        words.get(end).is_some_and(|w| BE.contains(&w.as_str()))
            && words
                .get(end + 1)
                .is_some_and(|w| PRONOUN.contains(&w.as_str()))
    });
    let tag = || {
        let (end, _) = ends.first().filter(|&&(end, mark)| {
            mark == '?'
                && end > 1
                && end < words.len()
                && TAG.contains(&words[end - 1].as_str())
                && asks(&words[end..])
        })?;
        Some(0..*end)
    };
    after.map(|at| at..words.len()).or_else(tag)
}

/// "john kelly is the attorney general right?", "dhs = department of health services?",
/// "who is chuck todd, is he the ICE director?": a guess at what something is, put up to be
/// checked. Where the thing is named, and the guess: a noun phrase after "is", "=", "means"
/// or "stands for" in a first clause that asks to be checked, or after "is he" in a clause
/// of its own. A guess that asks ("kelly is the head of which department") or says what
/// someone does ("dhs is being less harsh") is none.
pub fn identity_guess(
    words: &[String],
    ends: &[(usize, char)],
) -> Option<(Range<usize>, Range<usize>)> {
    stated_guess(words, ends).or_else(|| guess_after_question(words, ends))
}

/// "john kelly is the attorney general right?": a first clause stating what something is,
/// maybe relayed ("my dad says …"), then asking to be checked (a "?", "right", "or am i …",
/// "is that right", or asking what it is next).
fn stated_guess(words: &[String], ends: &[(usize, char)]) -> Option<(Range<usize>, Range<usize>)> {
    const LEAD: [&str; 9] = ["so", "wait", "ok", "okay", "but", "and", "um", "uh", "hmm"];
    const TAG: [&str; 5] = ["right", "correct", "innit", "yeah", "no"];
    const VERDICT: [&str; 6] = ["right", "true", "correct", "accurate", "legit", "so"];
    let checked_by = |end: usize| {
        let mark = ends.iter().find(|&&(e, _)| e == end).map(|&(_, mark)| mark);
        mark == Some('?')
            || words
                .get(end..end + 2)
                .is_some_and(|w| w[0] == "or" && w[1] == "am")
            || words.get(end..end + 2).is_some_and(|w| {
                matches!(w[0].as_str(), "isnt" | "wasnt") && matches!(w[1].as_str(), "it" | "he")
            })
    };
    let end = ends.first().map_or(words.len(), |&(end, _)| end);
    let lead = words[..end]
        .iter()
        .take_while(|w| LEAD.contains(&w.as_str()))
        .count();
    let start = lead + relay_lead(&words[lead..end]);
    // "is", "was", or what spells out a name: "=", "stands for", "means".
    let (copula, opens, equated) = (start + 1..end.min(start + 6))
        .find_map(|at| match words[at].as_str() {
            "is" | "was" => Some((at, at + 1, false)),
            "=" | "means" => Some((at, at + 1, true)),
            "stands" if words.get(at + 1).is_some_and(|w| w == "for") => Some((at, at + 2, true)),
            _ => None,
        })
        .filter(|&(_, opens, _)| opens < end)?;
    let subject = start..copula;
    let mut to = end;
    if to > opens && TAG.contains(&words[to - 1].as_str()) {
        to -= 1;
    }
    // "think progress is part of the cato institute or am i mixing it up"
    if let Some(or) = words[opens..to].iter().position(|w| w == "or") {
        if checked_by(opens + or) {
            to = opens + or;
        }
    }
    let guess = opens..to;
    let plain = |w: &String| {
        !(is_question_word(w)
            || AUXILIARY.contains(&w.as_str())
            || THIRD_PERSON.contains(&w.as_str())
            || FIRST_PERSON.contains(&w.as_str()))
    };
    // "someone said human rights watch is a gov agency, what is it actually", "... is a
    // senator, what does the article say about him", "..., is that right?"
    let asked_after = || {
        let next = ends.get(1).map_or(words.len(), |&(end, _)| end);
        words.get(end..next).is_some_and(|clause| {
            clause.first().is_some_and(|w| is_what_or_who(w))
                && clause.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "it" | "he" | "she" | "they" | "him" | "her" | "them"
                    )
                })
                || matches!(clause, [is, that, rest @ ..] if is == "is" && that == "that"
                    && rest.first().is_none_or(|w| VERDICT.contains(&w.as_str())))
        })
    };
    let checked = equated || to < end || checked_by(end) || asked_after();
    (words[subject.clone()].iter().all(plain)
        && guess_phrase(&words[guess.clone()], equated)
        && checked)
        .then_some((subject, guess))
}

/// "my friend says", "someone on twitter claimed that", "i heard", "the article cites": how
/// many words open a clause on who relays something after them, if any do.
fn relay_lead(clause: &[String]) -> usize {
    const RELAY: [&str; 23] = [
        "say",
        "says",
        "said",
        "saying",
        "claim",
        "claims",
        "claimed",
        "claiming",
        "heard",
        "posted",
        "think",
        "thinks",
        "thought",
        "swears",
        "cited",
        "cites",
        "citing",
        "mentioned",
        "mentions",
        "mentioning",
        "tweeted",
        "quoted",
        "wrote",
    ];
    let Some(verb) = clause
        .iter()
        .take(6)
        .position(|w| RELAY.contains(&w.as_str()))
    else {
        return 0;
    };
    // Someone relays it, unless it is heard ("think progress is ..." names no one); "never
    // heard of thinkprogress" relays nothing, nor does a question ("did kelly say ...").
    let by_someone = verb > 0 || clause[verb] == "heard";
    let relays = by_someone
        && clause.get(verb + 1).is_none_or(|w| w != "of")
        && !clause[..verb]
            .iter()
            .any(|w| is_question_word(w) || AUXILIARY.contains(&w.as_str()));
    if !relays {
        return 0;
    }
    verb + 1 + usize::from(clause.get(verb + 1).is_some_and(|w| w == "that"))
}

/// "who is john kelley, is he the attorney general?": a clause of "is he", "is it" or "is
/// that" and a noun phrase after another, which names the thing.
fn guess_after_question(
    words: &[String],
    ends: &[(usize, char)],
) -> Option<(Range<usize>, Range<usize>)> {
    let mut clauses = ends.iter().map(|&(end, _)| end).peekable();
    let mut from = 0;
    while let Some(at) = clauses.next() {
        let to = clauses.peek().copied().unwrap_or(words.len());
        let opens = words.get(at..at + 2).is_some_and(|w| {
            matches!(w[0].as_str(), "is" | "isnt" | "was" | "wasnt")
                && matches!(w[1].as_str(), "he" | "she" | "it" | "they" | "that")
        });
        if opens && at > from && at + 2 <= to && guess_phrase(&words[at + 2..to], false) {
            return Some((from..at, at + 2..to));
        }
        from = at;
    }
    None
}

/// Whether words are a noun phrase guessing what something is: short, asking nothing, and
/// opening on what such a phrase opens on ("the attorney general", "basically a deportation
/// order", "part of the cato institute"), unless it spells out a name after "=".
fn guess_phrase(span: &[String], equated: bool) -> bool {
    const OPENING: [&str; 12] = [
        "a",
        "an",
        "the",
        "basically",
        "like",
        "just",
        "some",
        "part",
        "kind",
        "sort",
        "one",
        "literally",
    ];
    !span.is_empty()
        && span.len() <= 10
        && (equated || OPENING.contains(&span[0].as_str()))
        && !span.iter().any(|w| is_question_word(w) || w == "=")
        // "a retired marine general": a past the article does not tell, not what one is.
        && !span
            .iter()
            .any(|w| matches!(w.as_str(), "retired" | "former" | "ex"))
}

/// Whether a question asks whether what was said before it is said ("does the article say
/// that", "did it mention this").
fn asks_if_said(question: &[String]) -> bool {
    const SAY: [&str; 6] = ["say", "says", "said", "mention", "mentions", "mentioned"];
    matches!(question, [.., say, that] if SAY.contains(&say.as_str())
        && matches!(that.as_str(), "that" | "this" | "so" | "it"))
}

/// Whether a question asks of what was said before it: a form of "to be" or an auxiliary,
/// then "that", "it" or "this" ("is that dangerous?", "does it matter").
pub fn refers_back<S: AsRef<str>>(question: &[S]) -> bool {
    matches!(question, [aux, pronoun, ..]
        if AUXILIARY.contains(&aux.as_ref()) && matches!(pronoun.as_ref(), "that" | "it" | "this"))
}

/// Words for a person, spoken of as "that guy" or "this lady".
const PERSON: [&str; 6] = ["guy", "guys", "dude", "man", "woman", "lady"];

/// Whether words speak of someone already named: "he", "his", "that guy".
pub fn refers_to_person<S: AsRef<str>>(words: &[S]) -> bool {
    words.iter().enumerate().any(|(at, w)| {
        matches!(w.as_ref(), "he" | "his" | "him" | "she" | "her" | "hers")
            || (PERSON.contains(&w.as_ref())
                && at > 0
                && matches!(words[at - 1].as_ref(), "that" | "this"))
    })
}

/// Whether words speak of something already said: "it", "that", "this" (not "that guy").
pub fn refers_to_thing<S: AsRef<str>>(words: &[S]) -> bool {
    words.iter().enumerate().any(|(at, w)| {
        matches!(w.as_ref(), "it" | "its" | "those" | "these")
            || (matches!(w.as_ref(), "that" | "this")
                && words
                    .get(at + 1)
                    .is_none_or(|next| !PERSON.contains(&next.as_ref())))
    })
}

/// Whether a word asks a question ("what", "whos", "how").
pub fn is_question_word(word: &str) -> bool {
    QUESTION.contains(&word)
}

/// Whether a word asks what something is or who someone is ("what", "whos").
pub fn is_what_or_who(word: &str) -> bool {
    matches!(word, "what" | "whats" | "who" | "whos")
}

/// Whether a clause opens on the asker or the asker's people ("i", "my dad", "lawyer
/// friend").
fn opens_on_asker(clause: &[String]) -> bool {
    clause
        .first()
        .is_some_and(|w| FIRST_PERSON.contains(&w.as_str()))
        || opens_on_relation(clause)
}

/// Whether one of a clause's first two words is one of the asker's people ("my dad",
/// "lawyer friend").
fn opens_on_relation(clause: &[String]) -> bool {
    clause
        .iter()
        .take(2)
        .any(|w| RELATION.contains(&w.as_str()))
}

/// The words of a message outside its remarks: the question itself.
pub fn asked_words<'a>(
    words: &'a [String],
    remarks: &'a [bool],
) -> impl Iterator<Item = &'a String> {
    words
        .iter()
        .zip(remarks)
        .filter_map(|(w, &remark)| (!remark).then_some(w))
}

/// Where a question told of in a clause starts: the question word after a verb of asking
/// or knowing ("asked me what", "nobody knew what", "wants to know how").
fn embedded_question(clause: &[String]) -> Option<usize> {
    const WONDERING: [&str; 26] = [
        "idk",
        "dunno",
        "ask",
        "asked",
        "asks",
        "asking",
        "know",
        "knew",
        "knows",
        "wonder",
        "wonders",
        "wondered",
        "wondering",
        "idea",
        "clue",
        "explain",
        "understand",
        "remember",
        "forgot",
        "sure",
        "curious",
        "figure",
        "tell",
        "told",
        "see",
        "check",
    ];
    const OBJECT: [&str; 6] = ["me", "us", "him", "her", "them", "you"];
    let wondering = |at: usize| WONDERING.contains(&clause[at].as_str());
    (1..clause.len()).find(|&at| {
        is_question_word(&clause[at])
            && (wondering(at - 1)
                || (at >= 2 && OBJECT.contains(&clause[at - 1].as_str()) && wondering(at - 2)))
    })
}

/// Words of the asker, in the first person.
const FIRST_PERSON: [&str; 9] = ["i", "im", "ive", "id", "ill", "me", "myself", "my", "mine"];

/// The asker's people, unnamed: "friend linked this, ...", "lawyer friend keeps saying
/// detainer, ...".
const RELATION: [&str; 30] = [
    "friend",
    "friends",
    "buddy",
    "mate",
    "mom",
    "mum",
    "dad",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "grandma",
    "grandpa",
    "cousin",
    "coworker",
    "colleague",
    "boss",
    "teacher",
    "prof",
    "professor",
    "roommate",
    "neighbor",
    "neighbour",
    "wife",
    "husband",
    "girlfriend",
    "boyfriend",
    "son",
    "daughter",
    "family",
];

/// Words that ask: "what", "who", ...
const QUESTION: [&str; 14] = [
    "what", "who", "whom", "whose", "when", "where", "why", "which", "how", "whats", "whos",
    "wheres", "whens", "hows",
];

/// Whether a question asks what the asker should do or is ("how do I fix it", "who do I
/// call", "am I in trouble"); "may I ask which outlet ran it" asks of something else.
pub fn asks_of_asker<S: AsRef<str>>(clause: &[S]) -> bool {
    // The verbs before "I" in a question of the asker ("do I", "should I").
    const BEFORE_I: [&str; 10] = [
        "do", "did", "should", "can", "could", "will", "would", "am", "may", "shall",
    ];
    clause.windows(2).enumerate().any(|(at, w)| {
        BEFORE_I.contains(&w[0].as_ref())
            && w[1].as_ref() == "i"
            && clause.get(at + 2).is_none_or(|next| next.as_ref() != "ask")
    })
}

/// Whether a clause speaks of the asker or is a courtesy: "I'm not from the US", "sorry
/// for the basic question", "thanks in advance".
fn tells_of_asker(clause: &[String]) -> bool {
    const COURTESY: [&str; 13] = [
        "sorry",
        "apologies",
        "apologize",
        "apologise",
        "pardon",
        "excuse",
        "forgive",
        "thanks",
        "thank",
        "hello",
        "hi",
        "hey",
        "greetings",
    ];
    // "saw this trending, ...", "was watching the clip, ...": the asker, unsaid.
    const UNSAID_ASKER: [&str; 14] = [
        "saw", "seen", "heard", "read", "was", "been", "watched", "watching", "talked", "arguing",
        "noticed", "closed", "stumbled", "just",
    ];
    // "wow this is wild, ...", "ugh typical. ...": a reaction to the article, not a question.
    const REACTION: [&str; 20] = [
        "wow",
        "whoa",
        "woah",
        "ugh",
        "huh",
        "omg",
        "damn",
        "dang",
        "yikes",
        "geez",
        "jeez",
        "smh",
        "lol",
        "lmao",
        "interesting",
        "hmm",
        "welp",
        "oof",
        "wild",
        "crazy",
    ];
    opens_on_relation(clause)
        || clause.iter().any(|w| FIRST_PERSON.contains(&w.as_str()))
        || clause.first().is_some_and(|w| {
            [&COURTESY[..], &UNSAID_ASKER, &REACTION]
                .iter()
                .any(|list| list.contains(&w.as_str()))
        })
}

/// Whether a run of remark words (one of [`remark_runs`]) is an afterthought about the
/// asker: after the question, said in the first person or opening with what the asker wants
/// ("what's the title? need it for my newsletter", "tldr pls, gotta queue in 2 min"), and
/// naming no third person, who would be the one asked about ("just making sure i have his
/// title right").
pub fn about_asker(words: &[String], remarks: &[bool], run: &Range<usize>) -> bool {
    const FIRST_PERSON: [&str; 10] = [
        "i", "im", "ive", "me", "my", "mine", "we", "us", "our", "myself",
    ];
    const WANTS: [&str; 8] = [
        "want", "wanna", "need", "gotta", "trying", "tryna", "hoping", "was",
    ];
    let span = &words[run.clone()];
    let has = |list: &[&str]| span.iter().any(|w| list.contains(&w.as_str()));
    remarks[..run.start].contains(&false)
        && (has(&FIRST_PERSON) || span.first().is_some_and(|w| WANTS.contains(&w.as_str())))
        && !has(&THIRD_PERSON)
}

/// Whether a run of remark words (one of [`remark_runs`]) is a story of the asker's told
/// before the question: it opens on the asker or one of the asker's people ("debating my
/// brother about this. what's the actual number?", "my cousin dropped this link. whats it
/// about?").
pub fn story_of_asker(words: &[String], remarks: &[bool], run: &Range<usize>) -> bool {
    !remarks[..run.start].contains(&false) && opens_on_asker(&words[run.clone()])
}

/// Words that stand for someone else than the asker.
pub const THIRD_PERSON: [&str; 8] = ["he", "his", "him", "she", "her", "hers", "they", "their"];

/// The runs of remark words, as ranges, in order.
pub fn remark_runs(remarks: &[bool]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < remarks.len() {
        let end = (start..remarks.len())
            .find(|&i| !remarks[i])
            .unwrap_or(remarks.len());
        if end > start {
            out.push(start..end);
        }
        start = end + 1;
    }
    out
}

/// Verbs that open a question ("is it true", "does he") or follow what it asks of ("which
/// show was it on").
const AUXILIARY: [&str; 14] = [
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should",
    "has", "have",
];

/// Whether a sentence without a question mark still asks: a question word anywhere but a
/// relative one ("a state where"), an auxiliary verb first ("is it true", "does he") or "or
/// not" last ("he say it matters or not", "or nah").
fn asks(words: &[String]) -> bool {
    const DETERMINERS: [&str; 8] = ["a", "an", "the", "this", "that", "some", "any", "every"];
    // "someone who works in corrections": a relative clause after a pronoun, too.
    const PRONOUNS: [&str; 8] = [
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "people",
        "those",
    ];
    const POSSESSIVES: [&str; 6] = ["my", "our", "your", "his", "her", "their"];
    // "a state where weed is legal", "the day when", "my brother who thinks", "a friend who
    // works at ICE", "my brother-in-law who says": a relative clause, not a question.
    let relative = |i: usize| {
        (i >= 2
            && [&DETERMINERS[..], &POSSESSIVES]
                .iter()
                .any(|list| list.contains(&words[i - 2].as_str())))
            || (i >= 1 && PRONOUNS.contains(&words[i - 1].as_str()))
            || (i >= 1 && RELATION.contains(&words[i - 1].as_str()))
            || (i >= 2 && words[i - 2] == "in" && words[i - 1] == "law")
    };
    words
        .iter()
        .enumerate()
        .any(|(i, w)| is_question_word(w) && !relative(i))
        || words
            .first()
            .is_some_and(|w| AUXILIARY.contains(&w.as_str()))
        || matches!(words, [.., or, not] if or == "or" && matches!(not.as_str(), "not" | "nah" | "no"))
}

/// Whether a sentence requests: a plea anywhere or an imperative first ("tldr pls",
/// "explain the pipeline"). It is what a message asks only when nothing else asks: beside a
/// question, "direct quote pls" is an aside.
fn requests(words: &[String]) -> bool {
    const PLEA: [&str; 6] = ["pls", "plz", "please", "tldr", "tl", "eli5"];
    const IMPERATIVE: [&str; 10] = [
        "explain",
        "tell",
        "define",
        "describe",
        "summarize",
        "summarise",
        "give",
        "list",
        "remind",
        "clarify",
    ];
    words.iter().any(|w| PLEA.contains(&w.as_str()))
        || words
            .first()
            .is_some_and(|w| IMPERATIVE.contains(&w.as_str()))
}

/// Common English words, sorted: lines of `english-words.txt` after its header.
static ENGLISH: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    include_str!("english-words.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect()
});

/// Whether a question asks what or who something is: "who", or "what" or a form of "to be"
/// followed by one ("what is", "whats a", "is he a", "are they", "what kind of").
pub fn asks_identity(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| matches!(w.as_str(), "who" | "whos" | "whom"))
        || words.windows(2).any(|pair| {
            matches!(
                pair[0].as_str(),
                "what" | "whats" | "is" | "are" | "was" | "were"
            ) && matches!(
                pair[1].as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "a"
                    | "an"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "that"
                    | "this"
                    | "kind"
                    | "sort"
                    | "type"
            )
        })
}

/// Whether a lower-case word is a common English word (frequency 10^-5.5 or more), so
/// that typo correction can tell a misspelling from another word.
pub fn is_english_word(word: &str) -> bool {
    ENGLISH.binary_search(&word).is_ok()
}

/// Whether a word is all ASCII digits ("2013", "260000").
pub fn is_digits(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
}

/// Whether a word states a number: digits, or a number spelled out ("five", "thousands").
pub fn is_number_word(word: &str) -> bool {
    const SCALES: [&str; 8] = [
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "dozen",
        "dozens",
    ];
    is_digits(word) || SMALL_NUMBERS.contains(&word) || SCALES.contains(&word)
}

/// Whether words state a number: a number word, not a year, nor a rank ("one of the five
/// most common", "the top five"), which counts nothing.
pub fn states_number(words: &[String]) -> bool {
    (0..words.len()).any(|at| {
        let word = words[at].as_str();
        let before = at.checked_sub(1).map(|b| words[b].as_str());
        let after = words.get(at + 1).map(String::as_str);
        is_number_word(word)
            && !is_date_word(word)
            && before != Some("top")
            && after != Some("most")
            && !(word == "one" && after == Some("of"))
    })
}

/// Whether a word states a time: a year or decade, a month, a weekday, or a span ("since", "ago").
pub fn is_time_word(word: &str) -> bool {
    const TIMES: [&str; 22] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "since",
        "ago",
        "until",
        "year",
        "years",
        "decade",
        "decades",
        "month",
        "months",
        "week",
        "weeks",
        "recent",
        "recently",
    ];
    is_date_word(word) || TIMES.contains(&word)
}

/// Whether a word dates something: a year, a decade or a month ("1996", "1980s", "march").
pub fn is_date_word(word: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let digits = word.trim_end_matches('s');
    let is_year = digits.len() == 4
        && is_digits(digits)
        && digits
            .parse::<u32>()
            .is_ok_and(|y| (1900..2100).contains(&y));
    is_year || MONTHS.contains(&word)
}

/// Whether `text` names something: a capitalised word that does not start a sentence
/// ("on Meet The Press", "by Esther Yu Hsi Lee", not "In 1996 the government…").
pub fn names_something(text: &str) -> bool {
    let mut starts_sentence = true;
    for word in text.split_whitespace() {
        let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        if !starts_sentence && word.starts_with(|c: char| c.is_uppercase()) {
            return true;
        }
        starts_sentence = word.ends_with(['.', '!', '?', ':']);
    }
    false
}

/// Whether a word states an exact count: a number in digits that is not a year
/// ("21362", "5441"; not "2012", "five" or "thousands").
pub fn is_exact_count(word: &str) -> bool {
    is_digits(word) && word.len() >= 2 && !is_date_word(word)
}

/// "5" -> "five": the article spells small numbers out ("five-year period", "top five").
fn small_number_word(word: String) -> String {
    match word.parse::<usize>() {
        Ok(n) if n < SMALL_NUMBERS.len() && word.len() <= 2 => SMALL_NUMBERS[n].to_owned(),
        _ => word,
    }
}

const SMALL_NUMBERS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// A year of the last two centuries, in digits ("1996", "2012").
fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && is_digits(word)
}

/// "in 96" -> "in 1996", "since 05" -> "since 2005": a two-digit year after a
/// word that introduces a date, as people write in chat.
fn expand_year(word: String) -> String {
    match word.parse::<u32>() {
        Ok(yy) if word.len() == 2 && yy >= 30 => format!("19{word}"),
        Ok(_) if word.len() == 2 => format!("20{word}"),
        _ => word,
    }
}

/// "260k" -> "260000", "80s" -> "1980s"; anything else unchanged.
fn expand_thousands(word: String) -> String {
    if word.len() == 3 && word.ends_with('s') && is_digits(&word[..2]) {
        return format!("19{word}");
    }
    if let Some(digits) = word.strip_suffix('k') {
        if is_digits(digits) {
            return format!("{digits}000");
        }
    }
    word
}

/// Reduces an English word to a stem by stripping common inflections.
///
/// Deliberately light: plurals, -ing, -ed, -ly, -ation, -ization and a final
/// silent e. Words of four letters or fewer, and numbers, are left alone.
pub fn stem(word: &str) -> String {
    if word.chars().count() <= 3 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return word.to_owned();
    }
    // "Founded" is not "found", the past of "find".
    if matches!(word, "founded" | "founding" | "founder" | "founders") {
        return "founder".to_owned();
    }
    // A heading is a title more often than someone heading somewhere.
    if matches!(word, "heading" | "headings") {
        return "heading".to_owned();
    }
    // Parking is for cars, not a park.
    if matches!(word, "parking" | "parked") {
        return "parking".to_owned();
    }
    // Every rule only shortens the word (or swaps "ies" for "y"), so one buffer does.
    let mut w = word.to_owned();
    // Plurals and third person.
    if w.ends_with("ies") && w.len() >= 6 {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && w.len() > 4
    {
        w.pop();
    }
    // Derivational and verbal endings, longest first.
    for (suffix, min_stem) in [
        ("ization", 4),
        ("izing", 4),
        ("ized", 4),
        ("ize", 4),
        ("ation", 4),
        ("ition", 4),
        ("ing", 3),
        ("ed", 3),
        ("ly", 4),
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= min_stem {
                let keep = undouble(base).len();
                // "coming", "cited": a short stem that ends consonant-vowel-consonant lost
                // its "e" ("come", "cite"), unless its consonant was doubled ("planned").
                let restore = keep == 3 && keep == base.len() && is_cvc(base);
                w.truncate(keep);
                if restore {
                    w.push('e');
                }
                break;
            }
        }
    }
    // A final "e" goes ("smoke", "smoking" -> "smok"), but not from a short "-ate" word,
    // whose stem would be another word's ("state" is not "stat", a statistic).
    if w.len() > 4 && w.ends_with('e') && !(w.len() <= 6 && w.ends_with("ate")) {
        w.pop();
    }
    w
}

/// "stopp" -> "stop": a doubled final consonant left by stripping -ing/-ed.
fn undouble(base: &str) -> &str {
    let bytes = base.as_bytes();
    let n = bytes.len();
    if n >= 3 && bytes[n - 1] == bytes[n - 2] && !b"aeioulsz".contains(&bytes[n - 1]) {
        &base[..n - 1]
    } else {
        base
    }
}

/// Consonant, vowel, consonant other than w, x or y: the shape of "com" in "coming".
fn is_cvc(s: &str) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match s.as_bytes() {
        [.., a, b, c] => !vowel(*a) && vowel(*b) && !vowel(*c) && !matches!(c, b'w' | b'x' | b'y'),
        _ => false,
    }
}

/// Normalises a phrase into its stems, the unit every comparison works on.
pub fn stems(text: &str) -> Vec<String> {
    words(text).iter().map(|w| stem(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_punctuation_and_possessives() {
        assert_eq!(
            words("What's KELLY’s view on \"pot\"?!"),
            ["what", "kelly", "view", "on", "pot"]
        );
    }

    #[test]
    fn words_keep_numbers_together() {
        assert_eq!(
            words("more than 260,000 people"),
            ["more", "than", "260000", "people"]
        );
        assert_eq!(words("260k deported"), ["260000", "deported"]);
        // Groups of thousands spaced, but not a count beside a year or a short number.
        assert_eq!(words("260 000 deported"), ["260000", "deported"]);
        assert_eq!(words("1\u{202f}000 000 people"), ["1000000", "people"]);
        assert_eq!(
            words("top 5 2016 arrests"),
            ["top", "five", "2016", "arrests"]
        );
        assert_eq!(words("in 2012 500 people"), ["in", "2012", "500", "people"]);
        assert_eq!(words("5 000s"), ["five", "000s"]);
        assert_eq!(
            words("21,362 immigrants, 5,441"),
            ["21362", "immigrants", "5441"]
        );
        assert_eq!(
            words("between 2007 and 2012."),
            ["between", "2007", "and", "2012"]
        );
        assert_eq!(words("the 80s and 1990s"), ["the", "1980s", "and", "1990s"]);
        assert_eq!(words("back in 2012-13"), ["back", "in", "2012", "2013"]);
        assert_eq!(words("wat else, wuts it"), ["what", "else", "whats", "it"]);
        // English contractions drop their ending; an elision starts a word.
        assert_eq!(words("kelly's view, they're"), ["kelly", "view", "they"]);
        assert_eq!(
            words("c'est quoi le titre de l'article"),
            ["c", "est", "quoi", "le", "titre", "de", "l", "article"]
        );
        assert_eq!(
            words("what changed in 96, since 05?"),
            ["what", "changed", "in", "1996", "since", "2005"]
        );
        assert_eq!(words("top 5 of 96"), ["top", "five", "of", "96"]);
        assert!(is_number_word("five") && is_number_word("260000") && is_number_word("thousands"));
        assert!(!is_number_word("fifth") && !is_number_word("kelly"));
        assert!(is_time_word("1996") && is_time_word("1980s") && is_time_word("sunday"));
        assert!(!is_time_word("260000") && !is_time_word("kelly"));
        assert!(is_date_word("1996") && is_date_word("march") && !is_date_word("sunday"));
        assert!(is_exact_count("21362") && is_exact_count("5441") && is_exact_count("96"));
        assert!(!is_exact_count("2012") && !is_exact_count("five") && !is_exact_count("thousands"));
    }

    #[test]
    fn remarks_are_the_sentences_that_ask_nothing() {
        let marked = |text: &str| {
            let (words, ends) = sentences(text);
            let remarks = remarks(&words, &ends);
            words
                .into_iter()
                .zip(remarks)
                .filter_map(|(w, r)| r.then_some(w))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            marked("My uncle keeps citing TRAC. Who are they?"),
            ["my", "uncle", "keeps", "citing", "trac"]
        );
        assert_eq!(
            marked("is it true? sounds like fearmongering!"),
            ["sounds", "like", "fearmongering"]
        );
        assert_eq!(marked("ok. what does DHS stand for"), ["ok"]);
        // "who" after one of the asker's people opens a relative clause, not a question.
        assert_eq!(
            marked("debating my brother who thinks it never happens. what's the number?"),
            ["debating", "my", "brother", "who", "thinks", "it", "never", "happens"]
        );
        assert_eq!(
            marked("arguing with my brother-in-law who says so. what's the number?"),
            ["arguing", "with", "my", "brother", "in", "law", "who", "says", "so"]
        );
        // A laugh before more words ends a sentence.
        assert_eq!(
            marked("my cousin sent me this link lol who actually wrote it"),
            ["my", "cousin", "sent", "me", "this", "link", "lol"]
        );
        // "idk who he is" tells of a question, as "no idea who he is" does.
        assert_eq!(
            marked("my grandma loves chuck todd but idk who he is, who is he"),
            ["my", "grandma", "loves", "chuck", "todd", "but", "idk"]
        );
        // A clause before the question sets it up; one after it is an afterthought.
        assert!(marked("the wifi is down, who is responsible?").is_empty());
        // Unless it only tells of the asker, or is a courtesy, and the question asks of
        // something else.
        assert_eq!(
            marked("my cousin got caught with weed, can he be deported?"),
            ["my", "cousin", "got", "caught", "with", "weed"]
        );
        assert!(marked("my wifi keeps dropping, how do i fix it?").is_empty());
        assert_eq!(
            marked("saw it trending, who wrote it?"),
            ["saw", "it", "trending"]
        );
        assert_eq!(
            marked("i saw a note at the bottom, so may i ask who ran it first?"),
            ["i", "saw", "a", "note", "at", "the", "bottom"]
        );
        assert_eq!(
            marked("Forgive me, I'm not from the US, so what is ICE?"),
            ["forgive", "me", "i", "not", "from", "the", "us"]
        );
        assert_eq!(
            marked("apologies for the basic question, what does DHS stand for"),
            ["apologies", "for", "the", "basic", "question"]
        );
        assert_eq!(
            marked("whats a detainer, sorry not a lawyer, just a tired mom"),
            ["sorry", "not", "a", "lawyer", "just", "a", "tired", "mom"]
        );
        // Or relays what someone said.
        assert_eq!(
            marked("ppl keep saying 'detainer' in this thread, what even is that"),
            ["ppl", "keep", "saying", "detainer", "in", "this", "thread"]
        );
        assert_eq!(
            marked("someone cited TRAC in the replies, whats that"),
            ["someone", "cited", "trac", "in", "the", "replies"]
        );
        assert!(marked("did kelly say weed is a gateway drug, why?").is_empty());
        // Unless the question asks whether that is said.
        assert!(marked("someone said kelly is a general, does the article say that?").is_empty());
        assert!(marked("never heard of thinkprogress, what sort of outfit is it").is_empty());
        assert_eq!(
            marked("wow this is wild, what did kelly say about weed?"),
            ["wow", "this", "is", "wild"]
        );
        assert_eq!(
            marked("ugh typical. who's jeff sessions"),
            ["ugh", "typical"]
        );
        assert_eq!(
            marked("friend linked this, what is thinkprogress"),
            ["friend", "linked", "this"]
        );
        assert!(marked("who wrote it, and when was it published").is_empty());
        // ", which shows my age": a relative clause asks nothing.
        assert_eq!(
            marked("what is ICE? i thought of frozen water, which shows my age."),
            ["i", "thought", "of", "frozen", "water", "which", "shows", "my", "age"]
        );
        assert_eq!(
            marked("my dad swears he saw kelly say this on tv, which show was it on"),
            ["my", "dad", "swears", "he", "saw", "kelly", "say", "this", "on", "tv"]
        );
        assert_eq!(
            marked("what is ICE (not frozen water lol)"),
            ["not", "frozen", "water", "lol"]
        );
        // A story of the asker's that ends in the question it tells of.
        assert_eq!(
            marked("my sister works in public health and asked me what the ONDCP is"),
            ["my", "sister", "works", "in", "public", "health", "and", "asked", "me"]
        );
        assert_eq!(
            marked("lawyer friend wants to know who tom marino is"),
            ["lawyer", "friend", "wants", "to", "know"]
        );
        assert_eq!(
            marked("i remember jeff sessions but forgot what he does"),
            ["i", "remember", "jeff", "sessions", "but", "forgot"]
        );
        assert!(marked("is it true what my friend said").is_empty());
        // One sentence, or none that asks: nothing to set apart.
        assert!(marked("what did kelly say about pot").is_empty());
        assert!(marked("kelly said a thing. pot is legal here.").is_empty());
        // A decimal point or thousands separator ends no sentence.
        assert!(marked("is 2.5 the figure? what is it").is_empty());
        assert!(marked("was it 260,000? who counted").is_empty());
        // Where nothing asks, a request does; beside a question it is an aside.
        assert_eq!(
            marked("tldr of this pls, no time before my shift"),
            ["no", "time", "before", "my", "shift"]
        );
        assert_eq!(
            marked("what did kelly say, exact words pls"),
            ["exact", "words", "pls"]
        );
        // An emoji ends a sentence; "or not" last asks.
        assert_eq!(
            marked("the acronyms are killing me 😩 what is dhs"),
            ["the", "acronyms", "are", "killing", "me"]
        );
        assert!(marked("what does kelly think, he say it matters or not").is_empty());
        // A relative "where", "when" or "who" asks nothing.
        assert!(!asks(&sentences("bet it's someone who hates weed").0));
        assert_eq!(
            marked("i live in a state where weed is legal. is it still a crime?"),
            ["i", "live", "in", "a", "state", "where", "weed", "is", "legal"]
        );
    }

    #[test]
    fn a_question_refers_back_by_a_pronoun_first() {
        assert!(refers_back(&["is", "that", "dangerous"]));
        assert!(refers_back(&["does", "it", "matter"]));
        assert!(!refers_back(&["is", "ice", "an", "agency"]));
        assert!(!refers_back(&["what", "is", "it"]));
    }

    #[test]
    fn a_guess_is_checked_after_the_question() {
        let at = |text: &str| {
            let (words, ends) = sentences(text);
            guess_span(&words, &ends).map(|span| words[span].join(" "))
        };
        assert_eq!(
            at("what is ICE, is that the border patrol?").as_deref(),
            Some("is that the border patrol")
        );
        assert_eq!(
            at("who's john kelly? isn't he the attorney general").as_deref(),
            Some("isnt he the attorney general")
        );
        assert_eq!(
            at("ICE is part of the FBI right? what is it").as_deref(),
            Some("ice is part of the fbi right")
        );
        assert_eq!(at("is that the border patrol?"), None);
        assert_eq!(at("kelly is the secretary right?"), None);
        assert_eq!(at("what did kelly say, exact words pls"), None);
    }

    #[test]
    fn pronouns_refer_to_someone_or_something_said() {
        let words = |text: &str| sentences(text).0;
        assert!(refers_to_person(&words("what's that guy's job?")));
        assert!(refers_to_person(&words("what were his words")));
        assert!(!refers_to_person(&words("who is the guy")));
        assert!(!refers_to_person(&words("what is ice")));
        assert!(refers_to_thing(&words("what did he say about it")));
        assert!(!refers_to_thing(&words("what were his words")));
        assert!(!refers_to_thing(&words("what's that guy's job?")));
    }

    #[test]
    fn a_guess_at_what_something_is_names_it_and_guesses() {
        let read = |text: &str| {
            let (words, ends) = sentences(text);
            identity_guess(&words, &ends)
                .map(|(thing, guess)| (words[thing].join(" "), words[guess].join(" ")))
        };
        let pair = |thing: &str, guess: &str| Some((thing.to_string(), guess.to_string()));
        assert_eq!(
            read("john kelly is the attorney general right?"),
            pair("john kelly", "the attorney general")
        );
        assert_eq!(
            read("dhs = department of health services"),
            pair("dhs", "department of health services")
        );
        assert_eq!(
            read("so think progress is part of the cato institute or am i mixing it up"),
            pair("think progress", "part of the cato institute")
        );
        assert_eq!(
            read("who is chuck todd, is he the ICE director?"),
            pair("who is chuck todd", "the ice director")
        );
        assert_eq!(
            read("someone said hrw is a gov agency, what is it actually"),
            pair("hrw", "a gov agency")
        );
        // Not checked, asking, or saying what something does.
        assert_eq!(read("kelly is the secretary. he said a lot"), None);
        assert_eq!(read("kelly is the head of which department?"), None);
        assert_eq!(read("dhs is being less harsh on immigrants right?"), None);
        assert_eq!(read("kelly is against rehab right?"), None);
        assert_eq!(read("dhs = ?"), None);
        assert_eq!(
            read("ICE stands for immigration and citizenship enforcement right?"),
            pair("ice", "immigration and citizenship enforcement")
        );
        // Relayed, then checked or asked of.
        assert_eq!(
            read("my dad keeps saying john kelly is the attorney general, is that right?"),
            pair("john kelly", "the attorney general")
        );
        assert_eq!(
            read("someone said marino is a senator from ohio, what does the article say about him"),
            pair("marino", "a senator from ohio")
        );
        assert_eq!(
            read("wtf is a detainer, is that the detention center"),
            pair("wtf is a detainer", "the detention center")
        );
        assert_eq!(
            read("heard kelly is a retired marine general, is that true?"),
            None
        );
        assert_eq!(
            read("did kelly say weed is a gateway drug, is that right?"),
            None
        );
    }

    #[test]
    fn afterthoughts_about_the_asker_follow_the_question() {
        let afterthoughts = |text: &str| {
            let (words, ends) = sentences(text);
            let remarks = remarks(&words, &ends);
            remark_runs(&remarks)
                .into_iter()
                .filter(|run| about_asker(&words, &remarks, run))
                .map(|run| words[run].join(" "))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            afterthoughts("whats the title? need it for my files"),
            ["need it for my files"]
        );
        assert_eq!(
            afterthoughts("who wrote it, want to cite it"),
            ["want to cite it"]
        );
        // Set up before the question, or about a third person: not about the asker.
        assert!(afterthoughts("my uncle keeps citing TRAC. who are they?").is_empty());
        assert!(afterthoughts("kelly's role? making sure i have his title right").is_empty());
        assert!(afterthoughts("what is ICE, sounds cold").is_empty());
    }

    #[test]
    fn english_words_are_sorted_and_found() {
        assert!(ENGLISH.len() > 10_000);
        assert!(ENGLISH.windows(2).all(|w| w[0] < w[1]));
        assert!(is_english_word("crashing") && is_english_word("situation"));
        assert!(!is_english_word("deportaions") && !is_english_word("kely"));
    }

    #[test]
    fn misspellings_sound_like_the_word() {
        for (typed, meant) in [
            ("artical", "article"),
            ("seshons", "sessions"),
            ("justis", "justice"),
            ("deportashun", "deportation"),
            ("rites", "rights"),
            ("pipline", "pipeline"),
        ] {
            assert_eq!(sound_key(typed), sound_key(meant), "{typed} {meant}");
        }
        assert_ne!(sound_key("border"), sound_key("order"));
        assert_eq!(sound_key("c3po"), "");
    }

    #[test]
    fn words_lose_their_accents() {
        assert_eq!(
            words("¿Quién escribió el artículo? Ñandú, Señor"),
            ["quien", "escribio", "el", "articulo", "nandu", "senor"]
        );
    }

    #[test]
    fn words_keep_negations_whole() {
        assert_eq!(
            words("it isn't, they don't, he won't"),
            ["it", "isnt", "they", "dont", "he", "wont"]
        );
        assert_eq!(words("Kelly's view, we're"), ["kelly", "view", "we"]);
    }

    #[test]
    fn words_join_numbers_and_letters_said_aloud() {
        let joined = |text: &str| words(text).join(" ");
        assert_eq!(
            joined("two hundred sixty thousand deported"),
            "260000 deported"
        );
        assert_eq!(joined("in nineteen ninety six"), "in 1996");
        assert_eq!(joined("twenty twelve twenty thirteen"), "2012 2013");
        assert_eq!(joined("twenty one thousand arrests"), "21000 arrests");
        assert_eq!(joined("five thousand four hundred forty one"), "5441");
        assert_eq!(joined("260 thousand"), "260000");
        assert_eq!(joined("the top five offenses"), "the top five offenses");
        assert_eq!(joined("one or two"), "one or two");
        assert_eq!(joined("what is the o n d c p"), "what is the ondcp");
        assert_eq!(joined("is a d h s thing"), "is a dhs thing");
        let huge = "hundred ".repeat(40) + &"million ".repeat(40);
        assert_eq!(
            words(&huge),
            [u64::MAX.to_string()],
            "saturates, never overflows"
        );
        let (words, ends) = sentences("so twenty twelve. what is d h s");
        assert_eq!(words, ["so", "2012", "what", "is", "dhs"]);
        assert_eq!(ends, [(2, '.')]);
    }

    #[test]
    fn a_skeleton_is_what_is_left_without_vowels() {
        assert_eq!(skeleton("deportations"), "dprtns");
        assert_eq!(skeleton("dprttns"), "dprtns");
        assert_eq!(skeleton("immigrants"), "imgrnts");
    }

    #[test]
    fn a_rank_or_a_year_states_no_number() {
        let states = |text: &str| states_number(&words(text));
        assert!(states("more than 260,000 were deported"));
        assert!(states("five people"));
        assert!(!states("one of the five most common offenses in 2012"));
        assert!(!states("among the top five offenses"));
    }

    #[test]
    fn punctuation_said_aloud_ends_sentences() {
        let (words, ends) = sentences("what is i c e question mark not frozen water period");
        assert_eq!(words, ["what", "is", "ice", "not", "frozen", "water"]);
        assert_eq!(ends, [(3, '?'), (6, '.')]);
        // Not last, "period" is a span of time.
        let (words, _) = sentences("over what period were they deported");
        assert_eq!(
            words,
            ["over", "what", "period", "were", "they", "deported"]
        );
    }

    #[test]
    fn words_join_dotted_acronyms() {
        assert_eq!(
            words("what is the D.H.S. exactly"),
            ["what", "is", "the", "dhs", "exactly"]
        );
        assert_eq!(words("I.C.E.?"), ["ice"]);
        assert_eq!(words("in the U.S"), ["in", "the", "us"]);
        assert_eq!(words("plan B. What"), ["plan", "b", "what"]);
        let (_, ends) = sentences("what does I.C.E. stand for");
        assert!(ends.is_empty(), "an acronym's dots end no sentence");
    }

    #[test]
    fn a_from_ending_a_sentence_asks_an_origin() {
        let marked = |text: &str| {
            let (mut words, ends) = sentences(text);
            mark_origins(&mut words, &ends);
            words.join(" ")
        };
        assert_eq!(marked("what state is he from?"), "what state is he origin");
        assert_eq!(
            marked("where is it from. who wrote it"),
            "where is it origin who wrote it"
        );
        assert_eq!(marked("deported from the US"), "deported from the us");
    }

    #[test]
    fn words_handle_unicode_and_symbols() {
        assert_eq!(words("Ünïcode — émigrés"), ["unicode", "emigres"]);
        assert!(words("!!! ??? ...").is_empty());
        assert!(words("").is_empty());
        assert_eq!(words("'quoted'"), ["quoted"]);
    }

    #[test]
    fn stem_maps_inflections_to_one_form() {
        for family in [
            &["deport", "deported", "deporting", "deports"][..],
            &["deportation", "deportations"],
            &["arrest", "arrested", "arrests", "arresting"],
            &["offense", "offenses"],
            &["legalize", "legalized", "legalization", "legalizing"],
            &["immigrant", "immigrants"],
            &["user", "users"],
            &["come", "coming"],
            &["cite", "cited", "citing"],
        ] {
            let first = stem(family[0]);
            for w in family {
                assert_eq!(stem(w), first, "{w} vs {}", family[0]);
            }
        }
    }

    #[test]
    fn a_name_is_a_capital_inside_a_sentence() {
        assert!(names_something("He said it on Meet The Press."));
        assert!(names_something("It was 2012. Then “ICE” asked."));
        assert!(!names_something(
            "In 1996 the government expanded detention."
        ));
        assert!(!names_something(
            "Yes. Rehabilitation comes second: Treatment first."
        ));
        assert!(!names_something(""));
    }

    #[test]
    fn stem_leaves_short_words_and_numbers() {
        assert_eq!(stem("ice"), "ice");
        assert_eq!(stem("dhs"), "dhs");
        assert_eq!(stem("260000"), "260000");
        assert_eq!(stem("is"), "is");
        assert_eq!(stem("stopping"), "stop");
        assert_eq!(stem("planned"), "plan");
        assert_eq!(stem("fixed"), "fix");
        // Founding something is not finding it; a heading is no head.
        assert_eq!(stem("headings"), "heading");
        assert_eq!(stem("founded"), "founder");
        assert_ne!(stem("founded"), stem("found"));
    }
}
