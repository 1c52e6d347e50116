//! What moderators learn from usage: questions asked and how they went, the
//! questions the bot could not answer, and the suggestions users picked.
//!
//! Every fact is an [`Event`], appended to a [`Journal`] and folded into the
//! in-memory [`Insights`]. The bundled journal is a JSON-lines file in the data
//! directory, replayed at start-up so counters survive restarts; several bot
//! processes would share one by implementing [`Journal`] over a shared store.
//! A journal that cannot be written is reported, never fatal: answering goes on.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// Something a user did that moderators want to know about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// A question was asked; `entry` is set when it was answered.
    Asked {
        at: u64,
        query: String,
        status: String,
        entry: Option<String>,
    },
    /// A user clicked a "did you mean" suggestion for the question they typed.
    Picked {
        at: u64,
        query: String,
        entry: String,
    },
}

/// Seconds since the Unix epoch, now.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Where events are kept. Implement this over a shared store (a database,
/// Redis) when several bot processes must see the same data.
pub trait Journal: Send + Sync {
    /// Appends one event.
    fn append(&self, event: &Event) -> std::io::Result<()>;
    /// Makes every appended event durable.
    fn flush(&self) -> std::io::Result<()> {
        Ok(())
    }
    /// Every stored event, oldest first; damaged records are skipped and counted.
    fn replay(&self) -> std::io::Result<Replay>;
}

/// The events a journal held, and how many records could not be read.
#[derive(Debug, Default)]
pub struct Replay {
    pub events: Vec<Event>,
    pub damaged: usize,
}

/// A JSON-lines file, one event a line.
#[derive(Debug)]
pub struct FileJournal {
    path: PathBuf,
    /// Appends are a few hundred bytes: a std Mutex around a plain write is
    /// cheaper than handing them to another thread.
    file: Mutex<Option<File>>,
}

impl FileJournal {
    /// The journal in `dir`, created if missing. Fails when the directory cannot be written.
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join("events.jsonl");
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        Ok(FileJournal {
            path,
            file: Mutex::new(Some(file)),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Journal for FileJournal {
    fn append(&self, event: &Event) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(event).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut guard = self
            .file
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let file = guard
            .as_mut()
            .ok_or_else(|| std::io::Error::other("journal closed"))?;
        // One write call per line keeps concurrent appends from interleaving.
        file.write_all(&line)
    }

    fn flush(&self) -> std::io::Result<()> {
        let guard = self
            .file
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match guard.as_ref() {
            Some(file) => file.sync_data(),
            None => Ok(()),
        }
    }

    fn replay(&self) -> std::io::Result<Replay> {
        let file = File::open(&self.path)?;
        let mut replay = Replay::default();
        for line in BufReader::new(file).split(b'\n') {
            let line = line?;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice(&line) {
                Ok(event) => replay.events.push(event),
                Err(_) => replay.damaged += 1,
            }
        }
        Ok(replay)
    }
}

/// Writes events to a [`Journal`] on a thread of its own, so a slow or full
/// disk never delays an answer. Events are synced to disk when the queue runs
/// idle for a moment and when the recorder is closed.
pub struct Recorder {
    queue: Mutex<Option<mpsc::Sender<Event>>>,
    writer: Mutex<Option<JoinHandle<()>>>,
}

/// How long the writer waits for more events before syncing what it wrote.
const SYNC_AFTER_IDLE: Duration = Duration::from_millis(500);

impl Recorder {
    pub fn spawn(journal: Box<dyn Journal>) -> std::io::Result<Self> {
        let (queue, events) = mpsc::channel::<Event>();
        let writer = std::thread::Builder::new()
            .name("citebot-journal".to_owned())
            .spawn(move || {
                let mut failing = false;
                let mut unsynced = false;
                let report = |result: std::io::Result<()>, failing: &mut bool| match result {
                    Ok(()) => *failing = false,
                    // Once per run of failures: a full disk must not flood the log.
                    Err(err) if !*failing => {
                        *failing = true;
                        tracing::warn!(%err, "cannot write the question log; answering goes on");
                    }
                    Err(_) => {}
                };
                loop {
                    match events.recv_timeout(SYNC_AFTER_IDLE) {
                        Ok(event) => {
                            report(journal.append(&event), &mut failing);
                            unsynced = true;
                        }
                        Err(mpsc::RecvTimeoutError::Timeout) if unsynced => {
                            report(journal.flush(), &mut failing);
                            unsynced = false;
                        }
                        Err(mpsc::RecvTimeoutError::Timeout) => {}
                        Err(mpsc::RecvTimeoutError::Disconnected) => break,
                    }
                }
                report(journal.flush(), &mut failing);
            })?;
        Ok(Recorder {
            queue: Mutex::new(Some(queue)),
            writer: Mutex::new(Some(writer)),
        })
    }

    /// Queues an event; never blocks on the disk.
    pub fn record(&self, event: Event) {
        if let Some(queue) = self
            .queue
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            let _ = queue.send(event);
        }
    }

    /// Writes and syncs everything queued, then stops the writer. Later events are dropped.
    pub fn close(&self) {
        self.queue.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(writer) = self.writer.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = writer.join();
        }
    }
}

/// A question moderators should look at, with how often it (or something like it) was asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The most recent phrasing.
    pub example: String,
    pub count: usize,
    /// Other phrasings seen, most recent first, without repeats.
    pub variants: Vec<String>,
}

/// Usage counters since `since`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub since: u64,
    pub asked: usize,
    pub answered: usize,
    pub ambiguous: usize,
    pub declined: usize,
    /// Entries answered, most asked first.
    pub top_entries: Vec<(String, usize)>,
}

/// Aggregates over all events seen, kept in memory.
#[derive(Debug, Default)]
pub struct Insights {
    since: u64,
    asked: usize,
    answered: usize,
    ambiguous: usize,
    declined: usize,
    per_entry: HashMap<String, usize>,
    /// Declined or ambiguous questions, oldest first.
    unanswered: Vec<String>,
    /// Entry id -> questions users typed before picking it.
    picks: HashMap<String, Vec<String>>,
}

/// At most this many unanswered questions are kept in memory for grouping.
const UNANSWERED_KEPT: usize = 10_000;

impl Insights {
    pub fn new(since: u64) -> Self {
        Insights {
            since,
            ..Default::default()
        }
    }

    /// Folds one event in.
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::Asked {
                at,
                query,
                status,
                entry,
            } => {
                if self.asked == 0 {
                    self.since = self.since.min(*at);
                }
                self.asked += 1;
                match status.as_str() {
                    "answered" => {
                        self.answered += 1;
                        if let Some(id) = entry {
                            *self.per_entry.entry(id.clone()).or_default() += 1;
                        }
                    }
                    "ambiguous" => self.ambiguous += 1,
                    _ => self.declined += 1,
                }
                if status != "answered" {
                    if self.unanswered.len() == UNANSWERED_KEPT {
                        self.unanswered.remove(0);
                    }
                    self.unanswered.push(query.clone());
                }
            }
            Event::Picked { query, entry, .. } => {
                let list = self.picks.entry(entry.clone()).or_default();
                if !list.contains(query) {
                    list.push(query.clone());
                }
            }
        }
    }

    pub fn stats(&self, top: usize) -> Stats {
        let mut top_entries: Vec<(String, usize)> = self
            .per_entry
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        top_entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        top_entries.truncate(top);
        Stats {
            since: self.since,
            asked: self.asked,
            answered: self.answered,
            ambiguous: self.ambiguous,
            declined: self.declined,
            top_entries,
        }
    }

    /// Unanswered questions, similar ones grouped, biggest groups first.
    /// `key` reduces a question to what it is about (the matcher's terms), so
    /// "who is chuck todd" and "Who's Chuck Todd??" fall into one group.
    pub fn unanswered(&self, key: impl Fn(&str) -> String) -> Vec<Group> {
        let mut groups: Vec<(String, Group)> = Vec::new();
        for question in self.unanswered.iter().rev() {
            let k = key(question);
            let similar = groups.iter_mut().find(|(gk, _)| {
                gk == &k
                    || (!k.is_empty() && !gk.is_empty() && strsim::sorensen_dice(gk, &k) >= 0.8)
            });
            match similar {
                Some((_, group)) => {
                    group.count += 1;
                    if &group.example != question && !group.variants.contains(question) {
                        group.variants.push(question.clone());
                    }
                }
                None => groups.push((
                    k,
                    Group {
                        example: question.clone(),
                        count: 1,
                        variants: Vec::new(),
                    },
                )),
            }
        }
        let mut groups: Vec<Group> = groups.into_iter().map(|(_, g)| g).collect();
        groups.sort_by_key(|g| std::cmp::Reverse(g.count));
        groups
    }

    /// Questions users typed before picking each entry, by entry id (sorted).
    pub fn suggestions(&self) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = self
            .picks
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(query: &str, status: &str, entry: Option<&str>) -> Event {
        Event::Asked {
            at: 100,
            query: query.into(),
            status: status.into(),
            entry: entry.map(Into::into),
        }
    }

    #[test]
    fn stats_count_outcomes_and_top_entries() {
        let mut insights = Insights::new(now());
        for e in [
            asked("a", "answered", Some("x")),
            asked("b", "answered", Some("y")),
            asked("c", "answered", Some("y")),
            asked("d", "ambiguous", None),
            asked("e", "no_match", None),
        ] {
            insights.apply(&e);
        }
        let stats = insights.stats(5);
        assert_eq!(
            (stats.asked, stats.answered, stats.ambiguous, stats.declined),
            (5, 3, 1, 1)
        );
        assert_eq!(
            stats.top_entries,
            [("y".to_owned(), 2), ("x".to_owned(), 1)]
        );
        assert_eq!(stats.since, 100);
    }

    #[test]
    fn unanswered_groups_similar_questions_biggest_first() {
        let mut insights = Insights::new(0);
        for q in [
            "who is chuck todd",
            "border wall?",
            "Who is Chuck Todd??",
            "who's chuck todd",
        ] {
            insights.apply(&asked(q, "no_match", None));
        }
        let key = |q: &str| crate::text::stems(q).join(" ").replace("who s", "who");
        let groups = insights.unanswered(key);
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert_eq!(groups[0].count, 3);
        assert_eq!(groups[1].example, "border wall?");
    }

    #[test]
    fn recorder_writes_everything_queued_before_close() {
        let dir = tempfile::tempdir().unwrap();
        let recorder = Recorder::spawn(Box::new(FileJournal::open(dir.path()).unwrap())).unwrap();
        for i in 0..100 {
            recorder.record(asked(&format!("q{i}"), "no_match", None));
        }
        recorder.close();
        recorder.record(asked("after close", "no_match", None));
        let replay = FileJournal::open(dir.path()).unwrap().replay().unwrap();
        assert_eq!(replay.events.len(), 100);
    }

    #[test]
    fn file_journal_survives_reopen_and_skips_damaged_lines() {
        let dir = tempfile::tempdir().unwrap();
        let journal = FileJournal::open(dir.path()).unwrap();
        journal.append(&asked("q1", "answered", Some("x"))).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap()
            .write_all(b"{not json\n")
            .unwrap();
        journal
            .append(&Event::Picked {
                at: 1,
                query: "q2".into(),
                entry: "x".into(),
            })
            .unwrap();
        drop(journal);
        let replay = FileJournal::open(dir.path()).unwrap().replay().unwrap();
        assert_eq!(replay.events.len(), 2);
        assert_eq!(replay.damaged, 1);
    }
}
