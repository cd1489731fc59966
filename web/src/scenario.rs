//! The scenario being edited: files (the run's virtual file system), entry, stdin, config and the chosen
//! panels; conversions to the share-link document and to the worker's scenario JSON.

use looplab_share::ShareDoc;
use serde_json::{json, Value};

use crate::gallery::Lesson;

/// Every panel the playground has, in display order: (id, title).
pub const PANELS: &[(&str, &str)] = &[
    ("loop", "Event loop"),
    ("queues", "Queues"),
    ("stack", "Call stack"),
    ("console", "Console"),
    ("threadpool", "Thread pool"),
    ("memory", "Memory"),
    ("flame", "Flame chart"),
    ("streams", "Streams"),
    ("network", "Network"),
    ("files", "Files"),
];

/// Panels shown when a scenario names none.
pub const DEFAULT_PANELS: &[&str] = &["loop", "queues", "stack", "console", "flame"];

/// An editable scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// (path, text), in tab order.
    pub files: Vec<(String, String)>,
    pub entry: String,
    pub stdin: String,
    pub config: Value,
    pub panels: Vec<String>,
    /// Title shown in the header (from the gallery), if any.
    pub title: Option<String>,
    /// The step a link asked to open at.
    pub step: Option<usize>,
}

impl Scenario {
    /// A lesson of the gallery.
    pub fn from_lesson(lesson: &Lesson) -> Self {
        let mut files: Vec<(String, String)> = lesson
            .files
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        // The entry file first.
        files.sort_by_key(|(n, _)| n != lesson.entry);
        Scenario {
            files,
            entry: lesson.entry.to_string(),
            stdin: String::new(),
            config: serde_json::from_str(lesson.config).unwrap_or(Value::Null),
            panels: lesson.panels.iter().map(|p| p.to_string()).collect(),
            title: Some(lesson.title.to_string()),
            step: None,
        }
    }

    /// A decoded share link.
    pub fn from_doc(doc: ShareDoc) -> Self {
        let mut files: Vec<(String, String)> = doc.files.into_iter().collect();
        files.sort_by_key(|(n, _)| *n != doc.entry);
        let panels = doc.ui["panels"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| p.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_else(|| DEFAULT_PANELS.iter().map(|p| p.to_string()).collect());
        Scenario {
            files,
            entry: doc.entry,
            stdin: doc.stdin,
            config: doc.config,
            panels,
            title: doc.ui["title"].as_str().map(str::to_string),
            step: doc.ui["step"].as_u64().map(|s| s as usize),
        }
    }

    /// The share-link document, with the UI state (panels, step) that should travel with it.
    pub fn to_doc(&self, step: Option<usize>) -> ShareDoc {
        let mut ui = json!({ "panels": self.panels });
        if let Some(step) = step {
            ui["step"] = json!(step);
        }
        if let Some(title) = &self.title {
            ui["title"] = json!(title);
        }
        ShareDoc {
            v: looplab_share::VERSION,
            files: self.files.iter().cloned().collect(),
            entry: self.entry.clone(),
            stdin: self.stdin.clone(),
            config: self.config.clone(),
            ui,
        }
    }

    /// The JSON the worker runs (`looplab_runtime::Scenario`).
    pub fn to_run_json(&self) -> String {
        let files: serde_json::Map<String, Value> = self
            .files
            .iter()
            .map(|(n, t)| (n.clone(), Value::String(t.clone())))
            .collect();
        let mut doc = json!({ "v": 1, "files": files, "entry": self.entry, "stdin": self.stdin });
        if self.config.is_object() {
            doc["config"] = self.config.clone();
        }
        doc.to_string()
    }

    /// Text of a file.
    pub fn file(&self, name: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    }

    /// Sets the text of a file (adding it if new).
    pub fn set_file(&mut self, name: &str, text: String) {
        match self.files.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = text,
            None => self.files.push((name.to_string(), text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_round_trips_through_a_share_link() {
        assert!(crate::gallery::LESSONS.len() >= 15);
        for lesson in crate::gallery::LESSONS {
            let s = Scenario::from_lesson(lesson);
            assert_eq!(s.files[0].0, lesson.entry, "{}: entry tab first", lesson.id);
            let link = looplab_share::encode(&s.to_doc(Some(7)));
            let back = Scenario::from_doc(looplab_share::decode(&link).expect("decode"));
            let map = |f: &[(String, String)]| {
                f.iter()
                    .cloned()
                    .collect::<std::collections::BTreeMap<_, _>>()
            };
            assert_eq!(map(&back.files), map(&s.files));
            assert_eq!(back.entry, s.entry);
            assert_eq!(back.panels, s.panels);
            assert_eq!(back.step, Some(7));
            assert_eq!(back.title, s.title);
        }
    }

    #[test]
    fn run_json_is_a_runtime_scenario() {
        let s = Scenario::from_lesson(&crate::gallery::LESSONS[0]);
        let v: Value = serde_json::from_str(&s.to_run_json()).expect("json");
        assert_eq!(v["v"], 1);
        assert!(v["files"][&s.entry].is_string());
    }
}
