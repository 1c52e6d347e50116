//! Integration tests on the real `citebot` binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn citebot() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_citebot"));
    // The tests choose the knowledge base; none may leak in from the environment.
    cmd.env_remove("CITEBOT_KNOWLEDGE");
    cmd
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A knowledge directory: the bundled one, with `qa.json` replaced by a fixture.
fn knowledge_with(qa_fixture: &str) -> tempfile::TempDir {
    knowledge_replacing("qa.json", &format!("invalid/{qa_fixture}.json"))
}

/// A copy of the bundled knowledge whose file `name` is the test data file `fixture`.
fn knowledge_replacing(name: &str, fixture: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    for file in ["article.json", "article.txt", "qa.json", "vocabulary.json"] {
        std::fs::copy(bundled.join(file), dir.path().join(file)).expect("copy knowledge");
    }
    std::fs::copy(data(fixture), dir.path().join(name)).expect("copy fixture");
    dir
}

fn check(dir: &Path) -> Output {
    citebot()
        .arg("check")
        .arg("--knowledge")
        .arg(dir)
        .output()
        .expect("run citebot")
}

fn ask_json(question: &str) -> Value {
    let output = citebot()
        .args(["ask", "--json", question])
        .output()
        .expect("run citebot");
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

#[test]
fn ask_answers_with_citation_and_source() {
    let output = citebot()
        .args(["ask", "how many people were deported for drug offenses?"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("More than 260,000"), "{text}");
    assert!(text.contains("(paragraph 1)"), "{text}");
    assert!(text.contains("by Esther Yu Hsi Lee"), "{text}");
}

#[test]
fn ask_json_has_the_documented_shape() {
    let v = ask_json("who wrote this?");
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["entry", "query", "score", "status", "suggestions"]);
    assert_eq!(v["status"], "answered");
    assert_eq!(v["query"], "who wrote this?");
    let score = v["score"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&score));
    let entry = &v["entry"];
    assert_eq!(entry["id"], "article-author");
    for key in ["question", "answer"] {
        assert!(entry[key].is_string());
    }
    let citation = &entry["citations"][0];
    assert!(citation["paragraph"].is_u64() && citation["quote"].is_string());
    assert_eq!(v["suggestions"], serde_json::json!([]));
}

#[test]
fn ask_json_declines_near_miss_with_suggestions() {
    let v = ask_json("What did Kelly say about the border wall?");
    assert_eq!(v["status"], "no_match");
    assert!(v["entry"].is_null());
    for s in v["suggestions"].as_array().unwrap() {
        assert!(s["id"].is_string() && s["question"].is_string() && s["score"].is_f64());
    }
}

#[test]
fn ask_json_batch_keeps_one_line_per_input_in_order() {
    let mut input = std::fs::read(data("questions.txt")).unwrap();
    input.extend_from_slice(b"\xff\xfe binary line\n");
    input.extend_from_slice("a".repeat(400).as_bytes());
    input.push(b'\n');
    let mut child = citebot()
        .args(["ask", "--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let lines: Vec<Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let statuses: Vec<&str> = lines
        .iter()
        .map(|v| v["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "answered", "invalid", "no_match", "answered", "invalid", "no_match", "invalid",
            "invalid"
        ]
    );
    assert_eq!(
        lines[0]["query"],
        "how many people were deported for drug offenses?"
    );
    assert!(lines[1]["error"].as_str().unwrap().contains("empty"));
    assert!(lines[6]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(lines[7]["error"]
        .as_str()
        .unwrap()
        .contains("400 characters"));
}

#[test]
fn ask_refuses_empty_and_binary_questions_clearly() {
    for question in ["", "   ", "bell\u{7}char"] {
        let output = citebot().args(["ask", question]).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{question:?}");
        assert!(
            stdout(&output).starts_with("Cannot answer: "),
            "{question:?}: {}",
            stdout(&output)
        );
    }
}

#[test]
fn check_accepts_the_bundled_knowledge() {
    let output = citebot().arg("check").output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("ok: "));
    assert!(!stdout(&output).contains("warning"));
}

#[test]
fn check_accepts_the_knowledge_directory() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let output = check(&dir);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// Each fixture is one defect; the report must name the file, the entry and the problem.
#[test]
fn check_reports_each_defect_with_file_and_entry() {
    let cases = [
        (
            "unknown-field",
            "entry `what-is-ice`: unknown field `anwser`",
        ),
        (
            "missing-field",
            "entry `what-is-trac`: missing field `citations`",
        ),
        (
            "duplicate-id",
            "entry `what-is-ice`: duplicate id (first defined at line",
        ),
        (
            "quote-not-verbatim",
            "entry `what-is-ice`: citation 1: the quote is not a verbatim span of paragraph 9",
        ),
        (
            "paragraph-out-of-range",
            "entry `what-is-ice`: citation 1: paragraph 13 does not exist",
        ),
        ("empty-answer", "entry `what-is-trac`: answer is empty"),
        (
            "unknown-speaker",
            "entry `jeff-sessions`: said_by names \"chuck norris\", which is not one of the vocabulary's speakers",
        ),
        (
            "answer-too-long",
            "entry `what-is-trac`: answer is 4200 characters; the limit is 4096",
        ),
        (
            "quote-too-long",
            "entry `what-is-ice`: citation 1's quote is",
        ),
        (
            "indistinguishable",
            "the matcher cannot tell it apart from entry `what-is-ice`",
        ),
        ("bad-id", "entry `What_Is_ICE`: id must be kebab-case"),
    ];
    for (fixture, expected) in cases {
        let dir = knowledge_with(fixture);
        let output = check(dir.path());
        assert_eq!(output.status.code(), Some(1), "{fixture}");
        let report = stderr(&output);
        assert!(report.contains("qa.json:"), "{fixture}: {report}");
        assert!(
            report.contains(expected),
            "{fixture}: expected {expected:?} in\n{report}"
        );
    }
}

#[test]
fn check_reports_syntax_errors_with_line_and_column() {
    let dir = knowledge_with("syntax-error");
    let report = stderr(&check(dir.path()));
    assert!(
        report.contains("qa.json:26:7: malformed JSON: expected `,` or `}`"),
        "{report}"
    );
}

#[test]
fn check_reports_every_problem_at_once() {
    let dir = knowledge_with("several-problems");
    let report = stderr(&check(dir.path()));
    assert!(report.contains("(3 problems)"), "{report}");
    for expected in [
        "`what-is-ice`: answer is empty",
        "`what-is-trac`: citation 1: paragraph 99",
        "`drug-czar`: citation 1: the quote",
    ] {
        assert!(report.contains(expected), "{expected:?} in\n{report}");
    }
}

#[test]
fn check_reports_an_article_that_does_not_match_its_metadata() {
    let dir = knowledge_replacing("article.txt", "invalid/article-mismatch.txt");
    let report = stderr(&check(dir.path()));
    assert!(report.contains("article.txt: the article text does not match article.json: the first block is not the title"), "{report}");
}

#[test]
fn check_reports_a_word_that_reads_like_another_group_s() {
    let dir = knowledge_replacing("vocabulary.json", "invalid/colliding-synonyms.json");
    let output = check(dir.path());
    assert!(!output.status.success());
    let report = stderr(&output);
    assert!(
        report.contains(
            "vocabulary.json: synonym group 3 has \"illegals\", which reads like \"illegal\" of group 2"
        ),
        "{report}"
    );
}

#[test]
fn check_reports_missing_and_binary_files() {
    let dir = knowledge_with("unknown-field");
    std::fs::remove_file(dir.path().join("vocabulary.json")).unwrap();
    std::fs::write(dir.path().join("article.json"), b"\x00\xff\xfe{").unwrap();
    let report = stderr(&check(dir.path()));
    assert!(report.contains("vocabulary.json: cannot read:"), "{report}");
    assert!(report.contains("article.json: not UTF-8 text"), "{report}");
}

#[test]
fn knowledge_can_come_from_the_environment() {
    let dir = knowledge_with("duplicate-id");
    let output = citebot()
        .env("CITEBOT_KNOWLEDGE", dir.path())
        .args(["ask", "what is ice"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.starts_with("citebot: cannot load the knowledge base from"),
        "{err}"
    );
    assert!(err.contains("duplicate id"), "{err}");
}

#[test]
fn eval_reports_accuracy_and_misses() {
    let output = citebot()
        .arg("eval")
        .arg(data("eval.tsv"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for line in [
        "in-scope answered right: ",
        "off-topic declined: ",
        "near-miss not answered: ",
    ] {
        assert!(text.contains(line), "{text}");
    }
}

#[test]
fn eval_rejects_unknown_labels() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.tsv");
    std::fs::write(&file, "no-such-entry\twho wrote this?\n").unwrap();
    let output = citebot().arg("eval").arg(&file).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("line 1: unknown entry id `no-such-entry`"));
}

/// `knowledge/article.txt` is the project's copy of the shared article and must stay verbatim.
/// Skipped only where the shared folder is absent (a checkout outside the workspace).
#[test]
fn the_bundled_article_is_a_verbatim_copy_of_the_shared_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(shared) = std::fs::read(root.join("../shared/article/article.txt")) else {
        eprintln!("../shared/article/article.txt not found; nothing to compare");
        return;
    };
    assert!(std::fs::read(root.join("knowledge/article.txt")).unwrap() == shared);
}

#[test]
fn ask_explain_shows_terms_and_weights() {
    let output = citebot()
        .args(["ask", "--explain", "what does kely think about weed"])
        .output()
        .unwrap();
    let text = stdout(&output);
    assert!(text.contains("term kelly"), "{text}");
    assert!(text.contains("term marijuana"), "{text}");
}
