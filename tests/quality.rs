//! Answer quality floors on the labelled evaluation sets, so quality cannot silently regress.

use citebot::answer::Engine;
use citebot::knowledge::KnowledgeBase;
use citebot::matcher::Thresholds;

fn evaluate(file: &str) -> citebot::eval::Report {
    let engine = Engine::new(
        KnowledgeBase::bundled().expect("bundled knowledge"),
        Thresholds::default(),
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let text = std::fs::read_to_string(path).expect("evaluation file");
    let cases = citebot::eval::parse(&text, &engine).expect("valid evaluation file");
    assert!(cases.len() >= 100, "{file} has only {} cases", cases.len());
    citebot::eval::run(&engine, &cases)
}

/// Floors per labelled set: (file, in-scope answered right, near misses declined); every
/// off-topic question must be declined in all of them. The sets' first runs, before anyone
/// studied them, are in the README; since then each guards against regressions only.
static FLOORS: [(&str, f64, f64); 556] = [
    // Written alongside the knowledge base; the thresholds were first tuned on it.
    ("eval.tsv", 0.98, 0.90),
    // Written blind for the first (32-entry) knowledge base.
    ("holdout.tsv", 0.95, 0.90),
    ("blind.tsv", 0.97, 0.92),
    ("final.tsv", 0.97, 0.92),
    ("unseen.tsv", 0.94, 0.92),
    // Written blind for the 42-entry knowledge base, each sealed until the matcher of its
    // time was done (first runs 79/84, 69/84, 75/84, 72/84, 69/84, 70/84, 69/84, 65/84,
    // 80/84, 74/84, 73/84, 78/84, 74/84, 69/84 in scope).
    ("fifth.tsv", 0.98, 0.90),
    ("sixth.tsv", 0.95, 0.95),
    ("seventh.tsv", 0.95, 0.95),
    ("eighth.tsv", 0.94, 0.95),
    ("ninth.tsv", 0.90, 0.90),
    ("tenth.tsv", 0.95, 0.90),
    ("eleventh.tsv", 0.94, 0.85),
    ("twelfth.tsv", 0.89, 0.95),
    ("thirteenth.tsv", 0.97, 0.95),
    ("fourteenth.tsv", 0.94, 0.85),
    ("fifteenth.tsv", 0.97, 0.75),
    ("sixteenth.tsv", 0.97, 0.90),
    ("seventeenth.tsv", 0.91, 0.85),
    ("eighteenth.tsv", 0.86, 0.90),
    // Four writers at once, each a different community (first runs 67/84, 75/84, 59/84, 75/84).
    ("nineteenth.tsv", 0.88, 0.95),
    ("twentieth.tsv", 0.96, 0.85),
    ("twenty-first.tsv", 0.85, 0.95),
    ("twenty-second.tsv", 0.90, 0.95),
    // Four more at once (first runs 63/84, 72/84, 80/84, 73/84).
    ("twenty-third.tsv", 0.86, 0.90),
    ("twenty-fourth.tsv", 0.86, 0.95),
    ("twenty-fifth.tsv", 0.96, 0.95),
    ("twenty-sixth.tsv", 0.89, 0.90),
    // And four more (first runs 67/84, 70/84, 28/84, 70/84); the twenty-ninth describes
    // everything without the article's words ("the records group", "the security chief").
    ("twenty-seventh.tsv", 0.84, 0.95),
    ("twenty-eighth.tsv", 0.94, 0.95),
    ("twenty-ninth.tsv", 0.44, 0.95),
    ("thirtieth.tsv", 0.88, 0.95),
    // The last four, after all the above was studied (first runs 70/84, 76/84, 78/84, 80/84).
    ("thirty-first.tsv", 0.83, 0.90),
    ("thirty-second.tsv", 0.90, 0.90),
    ("thirty-third.tsv", 0.92, 0.95),
    ("thirty-fourth.tsv", 0.95, 0.90),
    // Written against the final matcher of stop 8 (first runs 62/84, 69/84, 79/84, 51/84).
    ("thirty-fifth.tsv", 0.75, 0.95),
    ("thirty-sixth.tsv", 0.80, 0.90),
    ("thirty-seventh.tsv", 0.92, 0.90),
    ("thirty-eighth.tsv", 0.66, 0.90),
    // Written against the final matcher of stop 8 (first runs 75/84, 29/84, 71/84, 68/84);
    // the fortieth switches between Spanish and English.
    ("thirty-ninth.tsv", 0.92, 0.85),
    ("fortieth.tsv", 0.92, 1.00),
    ("forty-first.tsv", 0.91, 0.95),
    ("forty-second.tsv", 0.88, 0.95),
    // Written against the stop-9 matcher with afterthoughts, claims and Spanish (first runs
    // 47/84, 80/84, 46/84, 83/84).
    ("forty-third.tsv", 0.75, 1.00),
    ("forty-fourth.tsv", 0.95, 0.90),
    ("forty-fifth.tsv", 0.94, 0.95),
    ("forty-sixth.tsv", 0.98, 0.90),
    // Written against the matcher at 1683f8a (first runs 81/84, 36/84, 57/84, 69/84).
    ("forty-seventh.tsv", 0.98, 0.90),
    ("forty-eighth.tsv", 0.63, 1.00),
    ("forty-ninth.tsv", 0.72, 0.75),
    ("fiftieth.tsv", 0.84, 0.95),
    // Written against the matcher at d1c6dd1 (first runs 82/84, 78/84, 63/84, 77/84).
    ("fifty-first.tsv", 0.97, 0.95),
    ("fifty-second.tsv", 0.92, 0.90),
    ("fifty-third.tsv", 0.92, 0.95),
    ("fifty-fourth.tsv", 0.91, 0.85),
    // Written against the matcher at 7a9b50d, with sounds (first runs 82/84, 80/84, 82/84, 80/84).
    ("fifty-fifth.tsv", 0.97, 1.00),
    ("fifty-sixth.tsv", 0.95, 0.95),
    ("fifty-seventh.tsv", 0.97, 0.90),
    ("fifty-eighth.tsv", 0.95, 0.95),
    // Written against the matcher at 3a14bb7 (first runs 83/84, 71/84, 83/84, 80/84).
    ("fifty-ninth.tsv", 0.98, 0.90),
    ("sixtieth.tsv", 0.89, 1.00),
    ("sixty-first.tsv", 0.98, 0.85),
    ("sixty-second.tsv", 0.95, 0.90),
    // Written against the stop-9 matcher at 94a0a30 (first runs 79/84, 75/84, 76/84, 80/84).
    ("sixty-third.tsv", 0.94, 0.90),
    ("sixty-fourth.tsv", 0.89, 0.95),
    ("sixty-fifth.tsv", 0.90, 0.85),
    ("sixty-sixth.tsv", 0.95, 1.00),
    // Written against the matcher at 691d393 (first runs 61/84, 76/84, 76/84, 83/84).
    ("sixty-seventh.tsv", 0.72, 0.90),
    ("sixty-eighth.tsv", 0.90, 0.90),
    ("sixty-ninth.tsv", 0.90, 1.00),
    ("seventieth.tsv", 0.98, 0.95),
    // Written against the matcher at fb0b5f6 (first runs 83/84, 72/84, 79/84, 73/84).
    ("seventy-first.tsv", 0.98, 1.00),
    ("seventy-second.tsv", 0.85, 0.90),
    ("seventy-third.tsv", 0.94, 0.90),
    ("seventy-fourth.tsv", 0.86, 0.85),
    // Written against the matcher at 4d88ecb (first runs 80/84, 74/84, 65/84, 78/84).
    ("seventy-fifth.tsv", 0.95, 0.95),
    ("seventy-sixth.tsv", 0.88, 0.95),
    ("seventy-seventh.tsv", 0.77, 0.95),
    ("seventy-eighth.tsv", 0.92, 1.00),
    // Written against the matcher at 7258395 (first runs 84/84, 74/84, 75/84, 78/84).
    ("seventy-ninth.tsv", 1.00, 0.95),
    ("eightieth.tsv", 0.88, 1.00),
    ("eighty-first.tsv", 0.89, 0.95),
    ("eighty-second.tsv", 0.92, 0.95),
    // Written against the matcher at ebea9da (first runs 82/84, 77/84, 81/84, 53/84).
    ("eighty-third.tsv", 0.97, 0.90),
    ("eighty-fourth.tsv", 0.91, 0.95),
    ("eighty-fifth.tsv", 0.96, 0.95),
    ("eighty-sixth.tsv", 0.85, 0.90),
    // Written against the matcher at f3e3470 (first runs 81/84, 80/84, 78/84, 79/84).
    ("eighty-seventh.tsv", 0.96, 1.00),
    ("eighty-eighth.tsv", 0.95, 0.90),
    ("eighty-ninth.tsv", 0.92, 1.00),
    ("ninetieth.tsv", 0.94, 0.95),
    // Written against the matcher at 23d8711 (first runs 83/84, 74/84, 78/84, 77/84).
    ("ninety-first.tsv", 0.98, 0.95),
    ("ninety-second.tsv", 0.88, 0.90),
    ("ninety-third.tsv", 0.92, 0.95),
    ("ninety-fourth.tsv", 0.91, 1.00),
    // Written against the matcher at e29af63 (first runs 79/84, 82/84, 82/84, 80/84).
    ("ninety-fifth.tsv", 0.94, 1.00),
    ("ninety-sixth.tsv", 0.97, 0.95),
    ("ninety-seventh.tsv", 0.97, 0.95),
    ("ninety-eighth.tsv", 0.95, 1.00),
    // Written against the stop-10 matcher at 7d2a651 (first runs 79/84, 81/84, 81/84,
    // 82/84, 82/84, 74/84, 81/84, 83/84).
    ("ninety-ninth.tsv", 0.94, 0.95),
    ("hundredth.tsv", 0.96, 1.00),
    ("hundred-first.tsv", 0.96, 0.95),
    ("hundred-second.tsv", 0.97, 0.80),
    ("hundred-third.tsv", 0.97, 0.95),
    ("hundred-fourth.tsv", 0.88, 1.00),
    ("hundred-fifth.tsv", 0.96, 0.85),
    ("hundred-sixth.tsv", 0.98, 0.95),
    // Also against 7d2a651 (first runs 81/84, 76/84, 82/84, 82/84, 83/84, 56/84, 82/84,
    // 78/84; one off-topic message answered, declined since).
    ("hundred-seventh.tsv", 0.96, 0.80),
    ("hundred-eighth.tsv", 0.90, 0.85),
    ("hundred-ninth.tsv", 0.97, 0.90),
    ("hundred-tenth.tsv", 0.97, 0.95),
    ("hundred-eleventh.tsv", 0.98, 0.95),
    ("hundred-twelfth.tsv", 0.66, 0.90),
    ("hundred-thirteenth.tsv", 0.97, 0.85),
    ("hundred-fourteenth.tsv", 0.92, 0.90),
    // Written against the final stop-10 matcher at 9fb5f10 (first runs 82/84, 80/84, 71/84,
    // 84/84, 78/84, 81/84, 81/84, 73/84).
    ("hundred-fifteenth.tsv", 0.97, 1.00),
    ("hundred-sixteenth.tsv", 0.95, 0.90),
    ("hundred-seventeenth.tsv", 0.84, 0.90),
    ("hundred-eighteenth.tsv", 1.00, 0.90),
    ("hundred-nineteenth.tsv", 0.92, 1.00),
    ("hundred-twentieth.tsv", 0.96, 1.00),
    ("hundred-twenty-first.tsv", 0.96, 1.00),
    ("hundred-twenty-second.tsv", 0.86, 0.90),
    ("hundred-twenty-third.tsv", 0.86, 1.00),
    ("hundred-twenty-fourth.tsv", 0.90, 1.00),
    ("hundred-twenty-fifth.tsv", 0.91, 1.00),
    ("hundred-twenty-sixth.tsv", 0.92, 0.95),
    ("hundred-twenty-seventh.tsv", 0.95, 0.75),
    ("hundred-twenty-eighth.tsv", 0.91, 0.90),
    ("hundred-twenty-ninth.tsv", 0.97, 0.95),
    ("hundred-thirtieth.tsv", 0.95, 0.95),
    ("hundred-thirty-first.tsv", 0.97, 0.95),
    ("hundred-thirty-second.tsv", 0.94, 1.00),
    ("hundred-thirty-third.tsv", 0.97, 0.95),
    ("hundred-thirty-fourth.tsv", 0.90, 0.85),
    ("hundred-thirty-fifth.tsv", 0.98, 0.90),
    ("hundred-thirty-sixth.tsv", 0.97, 0.80),
    ("hundred-thirty-seventh.tsv", 0.94, 0.90),
    ("hundred-thirty-eighth.tsv", 0.98, 0.95),
    ("hundred-thirty-ninth.tsv", 0.92, 1.00),
    ("hundred-fortieth.tsv", 0.95, 1.00),
    ("hundred-forty-first.tsv", 0.91, 1.00),
    ("hundred-forty-second.tsv", 0.83, 0.90),
    ("hundred-forty-third.tsv", 0.95, 0.90),
    ("hundred-forty-fourth.tsv", 0.57, 0.90),
    ("hundred-forty-fifth.tsv", 0.96, 0.95),
    ("hundred-forty-sixth.tsv", 0.97, 0.95),
    // Stop 12, sealed until 30db685 (first runs 59/84, 3/84, 80/84, 77/84, 81/84, 78/84, 66/84,
    // 77/84 in scope); the forty-eighth is Hindi written in Latin letters around English words.
    ("hundred-forty-seventh.tsv", 0.70, 0.95),
    ("hundred-forty-eighth.tsv", 0.03, 1.00),
    ("hundred-forty-ninth.tsv", 0.95, 1.00),
    ("hundred-fiftieth.tsv", 0.91, 0.90),
    ("hundred-fifty-first.tsv", 0.96, 0.95),
    ("hundred-fifty-second.tsv", 0.92, 0.80),
    ("hundred-fifty-third.tsv", 0.78, 1.00),
    // Its first run declined "what did human rights watch recommend doin about it" only
    // because "doin" was then unknown; spelled "doing", it was answered then as now.
    ("hundred-fifty-fourth.tsv", 0.91, 0.95),
    // Sealed until d1d346c (first runs 80/84, 56/84, 73/84, 68/84, 47/84, 79/84, 80/84, 37/84 in scope).
    ("hundred-fifty-fifth.tsv", 0.95, 0.85),
    ("hundred-fifty-sixth.tsv", 0.66, 0.85),
    ("hundred-fifty-seventh.tsv", 0.86, 0.90),
    // Its first run declined "quanti of the immigrants arrested by ice were mexicans?" only
    // because "quanti" was then unknown; asked with "how many", it was answered then as now.
    ("hundred-fifty-eighth.tsv", 0.80, 0.90),
    ("hundred-fifty-ninth.tsv", 0.55, 0.90),
    ("hundred-sixtieth.tsv", 0.94, 0.95),
    ("hundred-sixty-first.tsv", 0.95, 0.95),
    ("hundred-sixty-second.tsv", 0.44, 1.00),
    // Sealed until 49875a2 (first runs 76/84, 71/84, 76/84, 69/84, 54/84, 26/84, 80/84, 61/84 in scope; the sixty-fifth and
    // sixty-ninth each answered one off-topic question, declined since 48ccf97).
    ("hundred-sixty-third.tsv", 0.90, 1.00),
    ("hundred-sixty-fourth.tsv", 0.84, 0.95),
    ("hundred-sixty-fifth.tsv", 0.90, 0.95),
    ("hundred-sixty-sixth.tsv", 0.82, 1.00),
    // Their first runs declined every near miss because the Turkish and Indonesian words were
    // unread (in scope 54/84 and 26/84); read now, "kac immigrant currently in ICE detention"
    // is answered as "how many immigrants are currently in ICE detention" is.
    ("hundred-sixty-seventh.tsv", 0.64, 0.85),
    ("hundred-sixty-eighth.tsv", 0.30, 0.95),
    // 80/84 on its first run; 79/84 since 142e2b3 read "mainly" as what something focuses on
    // (+71, -7 over all sets): "is it true the drug war mainly focused on meth heroin and coke
    // coming in from latin america" now offers the drug war's focus and whom Kelly blames.
    // Stop 19: the same alternate makes "is chuck todd the guy kelly was talking to on meet
    // the press?" ask between Chuck Todd and the interview: one question fewer.
    ("hundred-sixty-ninth.tsv", 0.92, 0.90),
    ("hundred-seventieth.tsv", 0.72, 0.75),
    // Sealed until 901f9b1 (first runs 84/84, 75/84, 79/84, 60/84, 83/84, 84/84, 75/84, 78/84 in scope).
    ("hundred-seventy-first.tsv", 1.00, 1.00),
    ("hundred-seventy-second.tsv", 0.89, 0.95),
    ("hundred-seventy-third.tsv", 0.94, 0.70),
    ("hundred-seventy-fourth.tsv", 0.71, 1.00),
    ("hundred-seventy-fifth.tsv", 0.98, 0.95),
    ("hundred-seventy-sixth.tsv", 1.00, 1.00),
    ("hundred-seventy-seventh.tsv", 0.89, 1.00),
    ("hundred-seventy-eighth.tsv", 0.92, 0.90),
    // Sealed until 05dde87 (first runs 81/84, 81/84, 81/84, 81/84, 77/84, 70/84, 45/84, 84/84 in scope).
    ("hundred-seventy-ninth.tsv", 0.96, 0.90),
    ("hundred-eightieth.tsv", 0.96, 0.95),
    ("hundred-eighty-first.tsv", 0.96, 1.00),
    ("hundred-eighty-second.tsv", 0.96, 0.90),
    ("hundred-eighty-third.tsv", 0.91, 0.95),
    // Stop 19: the alternate "what show was kelly on when he talked about it?" makes
    // "talking" commoner, so "which country grows most of the coca kelly was talking about"
    // is answered by the poppy and coca fields: one near miss fewer.
    ("hundred-eighty-fourth.tsv", 0.83, 0.90),
    // Its first run declined two near misses only because a courtesy before the question
    // ("Excuse me, what are Jeff Sessions' views on immigration?") counted as content; a
    // remark since 93071ce, as it is for in-scope questions (45/84 then, 75/84 at cfc1b45).
    ("hundred-eighty-fifth.tsv", 0.53, 0.90),
    ("hundred-eighty-sixth.tsv", 1.00, 0.95),
    // Sealed until 7d85789 (first runs 79/84, 50/84, 43/84, 78/84, 83/84, 77/84, 70/84, 70/84 in scope).
    ("hundred-eighty-seventh.tsv", 0.94, 0.95),
    ("hundred-eighty-eighth.tsv", 0.59, 1.00),
    ("hundred-eighty-ninth.tsv", 0.51, 1.00),
    ("hundred-ninetieth.tsv", 0.92, 0.90),
    ("hundred-ninety-first.tsv", 0.98, 0.90),
    ("hundred-ninety-second.tsv", 0.91, 1.00),
    ("hundred-ninety-third.tsv", 0.83, 1.00),
    ("hundred-ninety-fourth.tsv", 0.83, 0.95),
    // Sealed until ce078d2 (first runs 83/84, 54/84, 75/84, 76/84, 79/84, 82/84, 79/84, 80/84 in scope).
    ("hundred-ninety-fifth.tsv", 0.98, 1.00),
    ("hundred-ninety-sixth.tsv", 0.64, 0.85),
    ("hundred-ninety-seventh.tsv", 0.89, 0.85),
    ("hundred-ninety-eighth.tsv", 0.90, 0.80),
    ("hundred-ninety-ninth.tsv", 0.94, 1.00),
    ("two-hundredth.tsv", 0.97, 0.95),
    ("two-hundred-first.tsv", 0.94, 0.95),
    ("two-hundred-second.tsv", 0.95, 1.00),
    // Sealed until cfaa148 (first runs 79/84, 75/84, 78/84, 77/84, 75/84, 80/84, 71/84, 70/84 in scope).
    ("two-hundred-third.tsv", 0.94, 1.00),
    ("two-hundred-fourth.tsv", 0.89, 1.00),
    ("two-hundred-fifth.tsv", 0.92, 0.85),
    ("two-hundred-sixth.tsv", 0.91, 1.00),
    ("two-hundred-seventh.tsv", 0.89, 1.00),
    ("two-hundred-eighth.tsv", 0.95, 0.85),
    ("two-hundred-ninth.tsv", 0.84, 0.90),
    ("two-hundred-tenth.tsv", 0.83, 0.90),
    // Sealed until 076c5bc (first runs 78/84, 81/84, 79/84, 80/84, 81/84, 82/84, 72/84, 74/84 in scope).
    ("two-hundred-eleventh.tsv", 0.92, 0.95),
    ("two-hundred-twelfth.tsv", 0.96, 0.85),
    ("two-hundred-thirteenth.tsv", 0.94, 1.00),
    ("two-hundred-fourteenth.tsv", 0.95, 1.00),
    ("two-hundred-fifteenth.tsv", 0.96, 0.95),
    ("two-hundred-sixteenth.tsv", 0.97, 0.95),
    ("two-hundred-seventeenth.tsv", 0.85, 1.00),
    ("two-hundred-eighteenth.tsv", 0.88, 1.00),
    // Sealed until d1a845a (first runs 81/84, 80/84, 81/84, 73/84, 84/84, 67/84, 75/84, 84/84 in scope).
    // Stop 19: a clause opening on "when" and an auxiliary asks when ("..., when was it
    // made"), which the answer does not say: one question fewer.
    ("two-hundred-nineteenth.tsv", 0.95, 1.00),
    ("two-hundred-twentieth.tsv", 0.95, 0.95),
    ("two-hundred-twenty-first.tsv", 0.96, 0.95),
    ("two-hundred-twenty-second.tsv", 0.86, 1.00),
    ("two-hundred-twenty-third.tsv", 1.00, 1.00),
    ("two-hundred-twenty-fourth.tsv", 0.79, 0.95),
    ("two-hundred-twenty-fifth.tsv", 0.89, 0.85),
    ("two-hundred-twenty-sixth.tsv", 1.00, 0.95),
    // Sealed until 68380fd (first runs 71/84, 81/84, 71/84, 70/84, 80/84, 75/84, 70/84, 81/84 in scope).
    ("two-hundred-twenty-seventh.tsv", 0.84, 1.00),
    ("two-hundred-twenty-eighth.tsv", 0.96, 0.95),
    ("two-hundred-twenty-ninth.tsv", 0.84, 0.90),
    ("two-hundred-thirtieth.tsv", 0.83, 1.00),
    ("two-hundred-thirty-first.tsv", 0.95, 1.00),
    ("two-hundred-thirty-second.tsv", 0.89, 1.00),
    ("two-hundred-thirty-third.tsv", 0.83, 0.90),
    ("two-hundred-thirty-fourth.tsv", 0.96, 1.00),
    // Sealed until 39704b2 (first runs 84/84, 70/84, 73/84, 76/84, 50/84, 81/84, 80/84, 79/84 in scope).
    ("two-hundred-thirty-fifth.tsv", 1.00, 0.95),
    ("two-hundred-thirty-sixth.tsv", 0.83, 1.00),
    ("two-hundred-thirty-seventh.tsv", 0.86, 0.95),
    ("two-hundred-thirty-eighth.tsv", 0.90, 0.95),
    ("two-hundred-thirty-ninth.tsv", 0.59, 0.95),
    ("two-hundred-fortieth.tsv", 0.96, 1.00),
    ("two-hundred-forty-first.tsv", 0.95, 1.00),
    ("two-hundred-forty-second.tsv", 0.94, 0.90),
    // Sealed until ac736ce (first runs 82/84, 82/84, 78/84, 76/84, 80/84, 82/84, 81/84, 78/84 in scope).
    ("two-hundred-forty-third.tsv", 0.97, 1.00),
    ("two-hundred-forty-fourth.tsv", 0.97, 0.95),
    ("two-hundred-forty-fifth.tsv", 0.92, 1.00),
    ("two-hundred-forty-sixth.tsv", 0.90, 0.95),
    ("two-hundred-forty-seventh.tsv", 0.95, 0.95),
    ("two-hundred-forty-eighth.tsv", 0.97, 0.95),
    ("two-hundred-forty-ninth.tsv", 0.96, 1.00),
    ("two-hundred-fiftieth.tsv", 0.92, 0.95),
    // Sealed until f5853b0 (first runs 84/84, 82/84, 80/84, 81/84, 81/84, 77/84, 82/84, 82/84 in scope).
    ("two-hundred-fifty-first.tsv", 1.00, 1.00),
    ("two-hundred-fifty-second.tsv", 0.97, 0.95),
    ("two-hundred-fifty-third.tsv", 0.95, 0.90),
    ("two-hundred-fifty-fourth.tsv", 0.96, 1.00),
    ("two-hundred-fifty-fifth.tsv", 0.96, 0.90),
    ("two-hundred-fifty-sixth.tsv", 0.91, 1.00),
    ("two-hundred-fifty-seventh.tsv", 0.97, 0.85),
    ("two-hundred-fifty-eighth.tsv", 0.97, 1.00),
    // Sealed until 4741a11 (first runs 84/84, 63/84, 27/84, 76/84, 64/84, 83/84, 81/84, 77/84 in scope).
    ("two-hundred-fifty-ninth.tsv", 1.00, 1.00),
    // 20/20 near misses on its first run; 19/20 since a story telling of its question became
    // a remark (+12 in scope overall): "my prof wants to know which reporter at the
    // washington post did the ice arrest analysis" is answered at the threshold, as it is
    // without the story.
    ("two-hundred-sixtieth.tsv", 0.75, 0.95),
    ("two-hundred-sixty-first.tsv", 0.32, 0.90),
    ("two-hundred-sixty-second.tsv", 0.90, 1.00),
    ("two-hundred-sixty-third.tsv", 0.76, 0.85),
    ("two-hundred-sixty-fourth.tsv", 0.98, 0.85),
    ("two-hundred-sixty-fifth.tsv", 0.96, 0.95),
    ("two-hundred-sixty-sixth.tsv", 0.91, 1.00),
    // Sealed until 0dd0ffb (first runs 84/84, 70/84, 76/84, 82/84, 65/84, 72/84, 81/84, 83/84 in scope).
    ("two-hundred-sixty-seventh.tsv", 1.00, 0.95),
    ("two-hundred-sixty-eighth.tsv", 0.83, 1.00),
    ("two-hundred-sixty-ninth.tsv", 0.90, 0.95),
    ("two-hundred-seventieth.tsv", 0.97, 1.00),
    ("two-hundred-seventy-first.tsv", 0.77, 1.00),
    ("two-hundred-seventy-second.tsv", 0.85, 0.95),
    ("two-hundred-seventy-third.tsv", 0.96, 0.95),
    ("two-hundred-seventy-fourth.tsv", 0.98, 0.90),
    // Sealed until dfc8a07 (first runs 84/84, 55/84, 83/84, 80/84, 65/84, 81/84, 71/84, 74/84 in scope).
    ("two-hundred-seventy-fifth.tsv", 1.00, 0.95),
    ("two-hundred-seventy-sixth.tsv", 0.65, 0.95),
    ("two-hundred-seventy-seventh.tsv", 0.98, 1.00),
    ("two-hundred-seventy-eighth.tsv", 0.95, 1.00),
    ("two-hundred-seventy-ninth.tsv", 0.77, 0.95),
    ("two-hundred-eightieth.tsv", 0.96, 0.90),
    ("two-hundred-eighty-first.tsv", 0.84, 0.90),
    ("two-hundred-eighty-second.tsv", 0.88, 0.85),
    // Sealed until 333f118 (first runs 84/84, 66/84, 84/84, 81/84, 77/84, 68/84, 82/84, 81/84 in scope).
    ("two-hundred-eighty-third.tsv", 1.00, 0.90),
    ("two-hundred-eighty-fourth.tsv", 0.78, 1.00),
    ("two-hundred-eighty-fifth.tsv", 1.00, 0.95),
    ("two-hundred-eighty-sixth.tsv", 0.96, 0.90),
    ("two-hundred-eighty-seventh.tsv", 0.91, 0.95),
    ("two-hundred-eighty-eighth.tsv", 0.80, 1.00),
    ("two-hundred-eighty-ninth.tsv", 0.97, 0.90),
    ("two-hundred-ninetieth.tsv", 0.96, 1.00),
    // Sealed until e222947 (first runs 82/84, 66/84, 80/84, 83/84, 56/84, 81/84, 75/84, 83/84 in scope).
    ("two-hundred-ninety-first.tsv", 0.97, 1.00),
    // Stop 19: a story told first weighs little, and "which washington post reporter did the
    // ice arrests analysis?" is answered as it is without "i want to read the original".
    ("two-hundred-ninety-second.tsv", 0.78, 0.95),
    ("two-hundred-ninety-third.tsv", 0.95, 0.95),
    ("two-hundred-ninety-fourth.tsv", 0.98, 0.95),
    ("two-hundred-ninety-fifth.tsv", 0.66, 0.95),
    ("two-hundred-ninety-sixth.tsv", 0.96, 0.80),
    ("two-hundred-ninety-seventh.tsv", 0.89, 0.95),
    ("two-hundred-ninety-eighth.tsv", 0.98, 1.00),
    // Sealed until ed1ca43 (first runs 83/84, 75/84, 69/84, 83/84, 81/84, 83/84, 70/84, 82/84 in scope).
    ("two-hundred-ninety-ninth.tsv", 0.98, 1.00),
    ("three-hundredth.tsv", 0.89, 1.00),
    ("three-hundred-first.tsv", 0.82, 0.90),
    ("three-hundred-second.tsv", 0.98, 1.00),
    ("three-hundred-third.tsv", 0.96, 0.90),
    ("three-hundred-fourth.tsv", 0.98, 1.00),
    ("three-hundred-fifth.tsv", 0.83, 0.95),
    ("three-hundred-sixth.tsv", 0.97, 0.95),
    // Sealed until d809986 (first runs 84/84, 64/84, 59/84, 65/84, 78/84, 80/84, 81/84, 83/84 in scope).
    ("three-hundred-seventh.tsv", 1.00, 1.00),
    ("three-hundred-eighth.tsv", 0.76, 0.95),
    ("three-hundred-ninth.tsv", 0.70, 1.00),
    ("three-hundred-tenth.tsv", 0.77, 1.00),
    ("three-hundred-eleventh.tsv", 0.92, 0.95),
    ("three-hundred-twelfth.tsv", 0.95, 0.95),
    ("three-hundred-thirteenth.tsv", 0.96, 0.95),
    ("three-hundred-fourteenth.tsv", 0.98, 1.00),
    // Sealed until 5499718 (first runs 84/84, 81/84, 82/84, 70/84, 70/84, 80/84, 74/84, 83/84 in scope).
    ("three-hundred-fifteenth.tsv", 1.00, 1.00),
    ("three-hundred-sixteenth.tsv", 0.96, 0.95),
    ("three-hundred-seventeenth.tsv", 0.97, 0.95),
    ("three-hundred-eighteenth.tsv", 0.83, 0.95),
    ("three-hundred-nineteenth.tsv", 0.83, 0.90),
    ("three-hundred-twentieth.tsv", 0.95, 1.00),
    ("three-hundred-twenty-first.tsv", 0.88, 0.75),
    ("three-hundred-twenty-second.tsv", 0.98, 0.85),
    // Sealed until 5499718 (first runs 84/84, 79/84, 69/84, 73/84, 82/84, 66/84, 71/84, 80/84 in scope).
    ("three-hundred-twenty-third.tsv", 1.00, 0.90),
    ("three-hundred-twenty-fourth.tsv", 0.94, 0.95),
    ("three-hundred-twenty-fifth.tsv", 0.82, 0.90),
    ("three-hundred-twenty-sixth.tsv", 0.86, 0.90),
    ("three-hundred-twenty-seventh.tsv", 0.97, 0.85),
    ("three-hundred-twenty-eighth.tsv", 0.78, 1.00),
    ("three-hundred-twenty-ninth.tsv", 0.84, 0.90),
    ("three-hundred-thirtieth.tsv", 0.95, 0.95),
    // Sealed until acb977e (first runs 84/84, 61/84, 72/84, 73/84, 82/84, 81/84, 72/84, 79/84 in scope).
    ("three-hundred-thirty-first.tsv", 1.00, 0.95),
    ("three-hundred-thirty-second.tsv", 0.72, 1.00),
    ("three-hundred-thirty-third.tsv", 0.85, 0.95),
    ("three-hundred-thirty-fourth.tsv", 0.86, 1.00),
    ("three-hundred-thirty-fifth.tsv", 0.97, 0.90),
    ("three-hundred-thirty-sixth.tsv", 0.96, 1.00),
    ("three-hundred-thirty-seventh.tsv", 0.85, 0.95),
    ("three-hundred-thirty-eighth.tsv", 0.94, 0.95),
    // Sealed until c1e3ce3 (first runs 84/84, 74/84, 76/84, 68/84, 81/84, 74/84, 83/84, 77/84 in scope).
    ("three-hundred-thirty-ninth.tsv", 1.00, 0.95),
    ("three-hundred-fortieth.tsv", 0.88, 1.00),
    ("three-hundred-forty-first.tsv", 0.90, 0.90),
    ("three-hundred-forty-second.tsv", 0.80, 0.95),
    ("three-hundred-forty-third.tsv", 0.96, 0.95),
    ("three-hundred-forty-fourth.tsv", 0.88, 0.75),
    ("three-hundred-forty-fifth.tsv", 0.98, 0.95),
    ("three-hundred-forty-sixth.tsv", 0.91, 0.95),
    // Sealed until 2c3d4d7 (first runs 82/84, 69/84, 78/84, 69/84, 80/84, 81/84, 81/84, 81/84 in scope).
    ("three-hundred-forty-seventh.tsv", 0.97, 0.90),
    ("three-hundred-forty-eighth.tsv", 0.82, 1.00),
    ("three-hundred-forty-ninth.tsv", 0.92, 0.90),
    ("three-hundred-fiftieth.tsv", 0.82, 1.00),
    ("three-hundred-fifty-first.tsv", 0.95, 0.90),
    ("three-hundred-fifty-second.tsv", 0.96, 1.00),
    ("three-hundred-fifty-third.tsv", 0.96, 0.95),
    ("three-hundred-fifty-fourth.tsv", 0.96, 1.00),
    // Sealed until 36f2e22 (first runs 83/84, 63/84, 67/84, 75/84, 82/84, 84/84, 77/84, 78/84 in scope).
    ("three-hundred-fifty-fifth.tsv", 0.98, 0.90),
    ("three-hundred-fifty-sixth.tsv", 0.75, 0.85),
    ("three-hundred-fifty-seventh.tsv", 0.79, 0.90),
    ("three-hundred-fifty-eighth.tsv", 0.89, 0.95),
    ("three-hundred-fifty-ninth.tsv", 0.97, 0.90),
    ("three-hundred-sixtieth.tsv", 1.00, 1.00),
    ("three-hundred-sixty-first.tsv", 0.91, 0.85),
    ("three-hundred-sixty-second.tsv", 0.92, 0.95),
    // Sealed until 3fe7e2e (first runs 84/84, 57/84, 75/84, 78/84, 83/84, 80/84, 84/84, 72/84 in scope).
    ("three-hundred-sixty-third.tsv", 1.00, 1.00),
    ("three-hundred-sixty-fourth.tsv", 0.67, 0.90),
    ("three-hundred-sixty-fifth.tsv", 0.89, 0.85),
    ("three-hundred-sixty-sixth.tsv", 0.92, 1.00),
    ("three-hundred-sixty-seventh.tsv", 0.98, 0.90),
    ("three-hundred-sixty-eighth.tsv", 0.95, 0.90),
    ("three-hundred-sixty-ninth.tsv", 1.00, 1.00),
    ("three-hundred-seventieth.tsv", 0.85, 0.85),
    // Sealed until da2c59b (first runs 83/84, 60/84, 72/84, 76/84, 79/84, 83/84, 73/84, 82/84 in scope).
    ("three-hundred-seventy-first.tsv", 0.98, 0.95),
    ("three-hundred-seventy-second.tsv", 0.71, 0.95),
    ("three-hundred-seventy-third.tsv", 0.85, 0.90),
    ("three-hundred-seventy-fourth.tsv", 0.90, 0.95),
    ("three-hundred-seventy-fifth.tsv", 0.94, 0.95),
    ("three-hundred-seventy-sixth.tsv", 0.98, 0.90),
    ("three-hundred-seventy-seventh.tsv", 0.86, 1.00),
    ("three-hundred-seventy-eighth.tsv", 0.97, 1.00),
    // Sealed until 38af4a3 (first runs 81/84, 67/84, 80/84, 72/84, 76/84, 83/84, 74/84, 84/84 in scope).
    ("three-hundred-seventy-ninth.tsv", 0.96, 0.95),
    ("three-hundred-eightieth.tsv", 0.79, 0.95),
    ("three-hundred-eighty-first.tsv", 0.95, 0.95),
    ("three-hundred-eighty-second.tsv", 0.85, 0.95),
    ("three-hundred-eighty-third.tsv", 0.90, 0.95),
    ("three-hundred-eighty-fourth.tsv", 0.98, 1.00),
    ("three-hundred-eighty-fifth.tsv", 0.88, 0.95),
    ("three-hundred-eighty-sixth.tsv", 1.00, 1.00),
    // Sealed until 6b7b0a6 (first runs 83/84, 59/84, 77/84, 80/84, 77/84, 84/84, 75/84, 83/84 in scope).
    ("three-hundred-eighty-seventh.tsv", 0.98, 0.95),
    ("three-hundred-eighty-eighth.tsv", 0.70, 1.00),
    ("three-hundred-eighty-ninth.tsv", 0.91, 0.90),
    ("three-hundred-ninetieth.tsv", 0.95, 1.00),
    ("three-hundred-ninety-first.tsv", 0.91, 0.90),
    ("three-hundred-ninety-second.tsv", 1.00, 1.00),
    ("three-hundred-ninety-third.tsv", 0.89, 0.90),
    ("three-hundred-ninety-fourth.tsv", 0.98, 0.95),
    // Sealed until 2d15a4a (first runs 82/84, 57/84, 77/84, 80/84, 75/84, 84/84, 73/84, 84/84 in scope).
    ("three-hundred-ninety-fifth.tsv", 0.97, 0.95),
    ("three-hundred-ninety-sixth.tsv", 0.67, 1.00),
    ("three-hundred-ninety-seventh.tsv", 0.91, 0.90),
    ("three-hundred-ninety-eighth.tsv", 0.95, 0.95),
    ("three-hundred-ninety-ninth.tsv", 0.89, 0.90),
    ("four-hundredth.tsv", 1.00, 1.00),
    ("four-hundred-first.tsv", 0.86, 0.85),
    ("four-hundred-second.tsv", 1.00, 1.00),
    // Sealed until 900e826 (first runs 83/84, 66/84, 70/84, 70/84, 76/84, 83/84, 83/84, 83/84 in scope).
    ("four-hundred-third.tsv", 0.98, 0.95),
    ("four-hundred-fourth.tsv", 0.78, 0.95),
    ("four-hundred-fifth.tsv", 0.83, 0.95),
    ("four-hundred-sixth.tsv", 0.83, 0.95),
    ("four-hundred-seventh.tsv", 0.90, 0.85),
    ("four-hundred-eighth.tsv", 0.98, 1.00),
    ("four-hundred-ninth.tsv", 0.98, 0.95),
    ("four-hundred-tenth.tsv", 0.98, 1.00),
    // Sealed until 5df0fe2 (first runs 84/84, 55/84, 73/84, 75/84, 69/84, 84/84, 79/84, 83/84 in scope).
    ("four-hundred-eleventh.tsv", 1.00, 1.00),
    ("four-hundred-twelfth.tsv", 0.65, 1.00),
    ("four-hundred-thirteenth.tsv", 0.86, 0.95),
    ("four-hundred-fourteenth.tsv", 0.89, 0.90),
    ("four-hundred-fifteenth.tsv", 0.82, 0.95),
    ("four-hundred-sixteenth.tsv", 1.00, 1.00),
    ("four-hundred-seventeenth.tsv", 0.94, 0.95),
    ("four-hundred-eighteenth.tsv", 0.98, 0.95),
    // Sealed until 23ea304 (first runs 82/84, 58/84, 74/84, 76/84, 66/84, 83/84, 82/84, 82/84 in scope; the
    // twenty-first answered one off-topic question, declined since 7f17fd9).
    ("four-hundred-nineteenth.tsv", 0.97, 0.85),
    ("four-hundred-twentieth.tsv", 0.69, 0.90),
    ("four-hundred-twenty-first.tsv", 0.88, 1.00),
    ("four-hundred-twenty-second.tsv", 0.90, 0.90),
    ("four-hundred-twenty-third.tsv", 0.78, 0.85),
    ("four-hundred-twenty-fourth.tsv", 0.98, 1.00),
    ("four-hundred-twenty-fifth.tsv", 0.97, 0.95),
    ("four-hundred-twenty-sixth.tsv", 0.97, 1.00),
    // Sealed until 5e975e0 (first runs 80/84, 57/84, 73/84, 77/84, 76/84, 83/84, 84/84, 83/84 in scope).
    ("four-hundred-twenty-seventh.tsv", 0.95, 1.00),
    ("four-hundred-twenty-eighth.tsv", 0.67, 1.00),
    ("four-hundred-twenty-ninth.tsv", 0.86, 0.95),
    ("four-hundred-thirtieth.tsv", 0.91, 0.95),
    ("four-hundred-thirty-first.tsv", 0.90, 0.90),
    ("four-hundred-thirty-second.tsv", 0.98, 0.90),
    ("four-hundred-thirty-third.tsv", 1.00, 1.00),
    ("four-hundred-thirty-fourth.tsv", 0.98, 0.95),
    // Sealed until 5e975e0 (first runs 83/84, 84/84, 82/84, 82/84, 81/84, 84/84, 83/84, 83/84 in scope).
    ("four-hundred-thirty-fifth.tsv", 0.98, 1.00),
    ("four-hundred-thirty-sixth.tsv", 1.00, 0.95),
    ("four-hundred-thirty-seventh.tsv", 0.97, 1.00),
    ("four-hundred-thirty-eighth.tsv", 0.97, 0.95),
    ("four-hundred-thirty-ninth.tsv", 0.96, 0.95),
    ("four-hundred-fortieth.tsv", 1.00, 0.95),
    ("four-hundred-forty-first.tsv", 0.98, 0.90),
    ("four-hundred-forty-second.tsv", 0.98, 0.95),
    // Sealed until 2474ef8 (first runs 82/84, 82/84, 80/84, 83/84, 84/84, 84/84, 83/84, 81/84 in scope; the
    // forty-fifth offered buttons for one off-topic question, declined since ed23a57).
    ("four-hundred-forty-third.tsv", 0.97, 0.90),
    ("four-hundred-forty-fourth.tsv", 0.97, 0.95),
    ("four-hundred-forty-fifth.tsv", 0.95, 1.00),
    ("four-hundred-forty-sixth.tsv", 0.98, 1.00),
    ("four-hundred-forty-seventh.tsv", 1.00, 1.00),
    ("four-hundred-forty-eighth.tsv", 1.00, 0.95),
    ("four-hundred-forty-ninth.tsv", 0.98, 0.85),
    ("four-hundred-fiftieth.tsv", 0.96, 0.95),
    // Sealed until ed23a57 (first runs 84/84, 83/84, 81/84, 82/84, 83/84, 83/84, 82/84, 82/84 in scope).
    ("four-hundred-fifty-first.tsv", 1.00, 1.00),
    ("four-hundred-fifty-second.tsv", 0.98, 1.00),
    ("four-hundred-fifty-third.tsv", 0.96, 0.90),
    ("four-hundred-fifty-fourth.tsv", 0.97, 0.95),
    ("four-hundred-fifty-fifth.tsv", 0.98, 1.00),
    ("four-hundred-fifty-sixth.tsv", 0.98, 0.95),
    ("four-hundred-fifty-seventh.tsv", 0.97, 1.00),
    ("four-hundred-fifty-eighth.tsv", 0.97, 1.00),
    // Sealed until 3e92ddc (first runs 83/84, 59/84, 73/84, 73/84, 78/84, 82/84, 82/84, 82/84 in scope).
    ("four-hundred-fifty-ninth.tsv", 0.98, 0.85),
    ("four-hundred-sixtieth.tsv", 0.70, 1.00),
    ("four-hundred-sixty-first.tsv", 0.86, 0.90),
    ("four-hundred-sixty-second.tsv", 0.86, 1.00),
    ("four-hundred-sixty-third.tsv", 0.92, 1.00),
    ("four-hundred-sixty-fourth.tsv", 0.97, 1.00),
    ("four-hundred-sixty-fifth.tsv", 0.97, 1.00),
    ("four-hundred-sixty-sixth.tsv", 0.97, 1.00),
    // Sealed until 46a83a0 (first runs 82/84, 84/84, 75/84, 79/84, 81/84, 83/84, 84/84, 76/84 in scope; the
    // sixty-ninth answered one off-topic question, declined since 3572ecf).
    ("four-hundred-sixty-seventh.tsv", 0.97, 0.95),
    ("four-hundred-sixty-eighth.tsv", 1.00, 0.95),
    ("four-hundred-sixty-ninth.tsv", 0.89, 0.90),
    ("four-hundred-seventieth.tsv", 0.94, 0.90),
    ("four-hundred-seventy-first.tsv", 0.96, 1.00),
    ("four-hundred-seventy-second.tsv", 0.98, 1.00),
    ("four-hundred-seventy-third.tsv", 1.00, 0.95),
    ("four-hundred-seventy-fourth.tsv", 0.90, 0.90),
    // Sealed until 5532cfc (first runs 82/84, 64/84, 75/84, 71/84, 79/84, 83/84, 83/84, 83/84 in scope).
    ("four-hundred-seventy-fifth.tsv", 0.97, 1.00),
    ("four-hundred-seventy-sixth.tsv", 0.76, 1.00),
    ("four-hundred-seventy-seventh.tsv", 0.89, 1.00),
    ("four-hundred-seventy-eighth.tsv", 0.84, 0.90),
    ("four-hundred-seventy-ninth.tsv", 0.94, 0.90),
    ("four-hundred-eightieth.tsv", 0.98, 0.95),
    ("four-hundred-eighty-first.tsv", 0.98, 0.85),
    ("four-hundred-eighty-second.tsv", 0.98, 0.95),
    // Sealed until 63a7f26 (first runs 66/84, 73/84, 75/84, 67/84, 84/84, 82/84, 83/84, 77/84 in scope).
    ("four-hundred-eighty-third.tsv", 0.78, 0.90),
    ("four-hundred-eighty-fourth.tsv", 0.86, 0.95),
    ("four-hundred-eighty-fifth.tsv", 0.89, 0.95),
    ("four-hundred-eighty-sixth.tsv", 0.79, 0.95),
    ("four-hundred-eighty-seventh.tsv", 1.00, 1.00),
    ("four-hundred-eighty-eighth.tsv", 0.97, 1.00),
    ("four-hundred-eighty-ninth.tsv", 0.98, 0.95),
    ("four-hundred-ninetieth.tsv", 0.91, 1.00),
    // Sealed until 7e38942 (first runs 68/84, 78/84, 76/84, 77/84, 83/84, 83/84, 81/84, 80/84 in scope).
    ("four-hundred-ninety-first.tsv", 0.80, 1.00),
    ("four-hundred-ninety-second.tsv", 0.92, 0.85),
    ("four-hundred-ninety-third.tsv", 0.90, 1.00),
    ("four-hundred-ninety-fourth.tsv", 0.91, 0.90),
    ("four-hundred-ninety-fifth.tsv", 0.98, 1.00),
    ("four-hundred-ninety-sixth.tsv", 0.98, 1.00),
    ("four-hundred-ninety-seventh.tsv", 0.96, 1.00),
    ("four-hundred-ninety-eighth.tsv", 0.95, 0.90),
    // Sealed until 64ee044 (first runs 71/84, 70/84, 75/84, 73/84, 84/84, 84/84, 84/84, 83/84 in scope).
    ("four-hundred-ninety-ninth.tsv", 0.84, 1.00),
    ("five-hundredth.tsv", 0.83, 1.00),
    ("five-hundred-first.tsv", 0.89, 1.00),
    ("five-hundred-second.tsv", 0.86, 0.80),
    ("five-hundred-third.tsv", 1.00, 0.95),
    ("five-hundred-fourth.tsv", 1.00, 0.95),
    ("five-hundred-fifth.tsv", 1.00, 1.00),
    ("five-hundred-sixth.tsv", 0.98, 0.95),
    // Sealed until 2873f55 (first runs 68/84, 75/84, 75/84, 74/84, 82/84, 81/84, 83/84, 84/84
    // in scope; five-hundred-tenth answered one off-topic question, declined since 9c60fb4).
    ("five-hundred-seventh.tsv", 0.80, 0.95),
    ("five-hundred-eighth.tsv", 0.89, 0.95),
    ("five-hundred-ninth.tsv", 0.89, 0.90),
    // Stop 19: a story told first weighs little; "my prof said there's an old immigration
    // law behind pot deportations, which law does the article point to" is left a suggestion.
    ("five-hundred-tenth.tsv", 0.86, 0.90),
    ("five-hundred-eleventh.tsv", 0.97, 1.00),
    ("five-hundred-twelfth.tsv", 0.96, 1.00),
    ("five-hundred-thirteenth.tsv", 0.98, 0.95),
    ("five-hundred-fourteenth.tsv", 1.00, 0.85),
    // Sealed until ccd1288 (first runs 55/84, 76/84, 76/84, 77/84, 84/84, 75/84, 75/84, 82/84 in scope).
    ("five-hundred-fifteenth.tsv", 0.65, 0.95),
    ("five-hundred-sixteenth.tsv", 0.90, 0.90),
    ("five-hundred-seventeenth.tsv", 0.90, 1.00),
    ("five-hundred-eighteenth.tsv", 0.91, 0.95),
    ("five-hundred-nineteenth.tsv", 1.00, 1.00),
    ("five-hundred-twentieth.tsv", 0.89, 0.90),
    ("five-hundred-twenty-first.tsv", 0.89, 0.90),
    ("five-hundred-twenty-second.tsv", 0.97, 0.95),
    // Sealed until aaed662 (first runs 67/84, 72/84, 74/84, 74/84, 84/84, 78/84, 81/84, 84/84 in scope).
    ("five-hundred-twenty-third.tsv", 0.79, 0.95),
    ("five-hundred-twenty-fourth.tsv", 0.85, 0.95),
    ("five-hundred-twenty-fifth.tsv", 0.88, 0.85),
    ("five-hundred-twenty-sixth.tsv", 0.88, 0.95),
    ("five-hundred-twenty-seventh.tsv", 1.00, 0.95),
    ("five-hundred-twenty-eighth.tsv", 0.92, 0.95),
    ("five-hundred-twenty-ninth.tsv", 0.96, 0.95),
    ("five-hundred-thirtieth.tsv", 1.00, 1.00),
    // Sealed until 566a8a1 (first runs 68/84, 73/84, 75/84, 78/84, 84/84, 84/84, 84/84, 83/84 in scope).
    ("five-hundred-thirty-first.tsv", 0.80, 1.00),
    ("five-hundred-thirty-second.tsv", 0.86, 0.90),
    ("five-hundred-thirty-third.tsv", 0.89, 0.95),
    ("five-hundred-thirty-fourth.tsv", 0.92, 0.95),
    ("five-hundred-thirty-fifth.tsv", 1.00, 0.85),
    ("five-hundred-thirty-sixth.tsv", 1.00, 0.95),
    ("five-hundred-thirty-seventh.tsv", 1.00, 0.95),
    ("five-hundred-thirty-eighth.tsv", 0.98, 0.95),
    // Sealed until 8d9e777 (first runs 71/84, 68/84, 55/84, 61/84, 82/84, 77/84, 82/84, 75/84 in scope);
    // "is washington dc a state?" in the forty-fourth, answered then, is declined since 64954c7.
    ("five-hundred-thirty-ninth.tsv", 0.88, 0.95),
    ("five-hundred-fortieth.tsv", 0.80, 0.80),
    ("five-hundred-forty-first.tsv", 0.69, 0.95),
    ("five-hundred-forty-second.tsv", 0.76, 0.95),
    ("five-hundred-forty-third.tsv", 0.97, 1.00),
    ("five-hundred-forty-fourth.tsv", 0.91, 0.95),
    ("five-hundred-forty-fifth.tsv", 0.97, 0.95),
    ("five-hundred-forty-sixth.tsv", 0.89, 1.00),
    // Sealed until 64954c7 (first runs 73/84, 69/84, 71/84, 71/84, 80/84, 66/84, 73/84, 73/84 in scope);
    // the off-topic question each of the forty-eighth, forty-ninth and fiftieth answered then
    // is declined since 64d2520.
    ("five-hundred-forty-seventh.tsv", 0.86, 0.95),
    ("five-hundred-forty-eighth.tsv", 0.82, 0.80),
    ("five-hundred-forty-ninth.tsv", 0.84, 1.00),
    ("five-hundred-fiftieth.tsv", 0.84, 0.85),
    ("five-hundred-fifty-first.tsv", 0.95, 1.00),
    ("five-hundred-fifty-second.tsv", 0.78, 1.00),
    ("five-hundred-fifty-third.tsv", 0.86, 1.00),
    ("five-hundred-fifty-fourth.tsv", 0.86, 0.95),
    // Off-topic chatter only: every message must be declined.
    ("chatter.tsv", 1.0, 1.0),
];

#[test]
fn every_labelled_set_stays_above_its_floors() {
    let mut below = Vec::new();
    for (file, in_scope, near_miss) in FLOORS {
        let report = evaluate(file);
        if report.in_scope.rate() < in_scope
            || report.off_topic.rate() < 1.0
            || report.near_miss.rate() < near_miss
        {
            below.push(format!(
                "{file} (floors: in scope {in_scope}, off-topic 1.0, near misses {near_miss}):\n{report}"
            ));
        }
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
}

#[test]
fn every_labelled_set_has_floors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for file in std::fs::read_dir(dir).expect("tests/data") {
        let name = file
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".tsv") {
            assert!(
                FLOORS.iter().any(|(set, _, _)| *set == name),
                "{name} has no floors in FLOORS"
            );
        }
    }
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn engine() -> &'static Engine {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(|| {
            Engine::new(
                KnowledgeBase::bundled().expect("bundled"),
                Thresholds::default(),
            )
        })
    }

    proptest! {
        #[test]
        fn on_arbitrary_text(question in any::<String>()) {
            if let Ok(answer) = engine().ask(&question) {
                prop_assert!((0.0..=1.0).contains(&answer.score.0));
                let _ = answer.to_text(engine().knowledge());
                prop_assert!(serde_json::to_string(&answer.to_json()).is_ok());
            }
        }

        #[test]
        fn on_article_like_words(words in proptest::collection::vec("[a-zA-Z0-9'’,.?!-]{0,14}", 0..40)) {
            let question = words.join(" ");
            let _ = engine().ask(&question);
        }

        #[test]
        fn on_binary(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = engine().ask(&String::from_utf8_lossy(&bytes));
        }
    }
}
