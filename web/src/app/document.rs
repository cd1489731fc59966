//! The scenario as a document: loading one (gallery, share link, draft), edits, share links and downloads,
//! and the CodeMirror editor that shows its files.

use super::*;

impl App {
    pub(super) fn set_scenario(&mut self, scenario: Scenario, summary: Option<String>) {
        if let Some(ed) = &self.editor {
            for (name, _) in &self.scenario.files {
                let _ = ed.remove(name);
            }
        }
        self.active = scenario
            .files
            .first()
            .map(|f| f.0.clone())
            .unwrap_or_else(|| scenario.entry.clone());
        self.scenario = scenario;
        if let Some(p) = self.embed.panels.clone() {
            self.scenario.panels = p;
        }
        self.lesson_summary = summary;
        self.load_editor();
        // A lesson with its own entry or config: have the engines bootstrap for it before Run.
        let json = self.scenario.to_run_json();
        for w in [&self.worker, &self.spare].into_iter().flatten() {
            w.prepare(&json);
        }
    }

    /// Reads the fragment: `#example/<id>`, a share link, or nothing. Returns true if it loaded a scenario.
    pub(super) fn load_from_hash(&mut self) -> bool {
        let hash = dom::hash();
        if hash.is_empty() {
            return false;
        }
        if let Some(id) = hash.strip_prefix("example/") {
            match gallery::find(id) {
                Some(lesson) => {
                    self.set_scenario(
                        Scenario::from_lesson(lesson),
                        Some(lesson.summary.to_string()),
                    );
                    return true;
                }
                None => {
                    self.banner = Some(format!(
                        "There is no gallery example called '{id}'. Pick one from the Gallery."
                    ));
                    return false;
                }
            }
        }
        match looplab_share::decode(&hash) {
            Ok(doc) => {
                self.set_scenario(Scenario::from_doc(doc), None);
                true
            }
            Err(e) => {
                self.banner = Some(format!("This link could not be opened: {e}. Nothing was lost: the page still works, and the first lesson is loaded instead."));
                false
            }
        }
    }

    pub(super) fn after_edit(&mut self) {
        if self.embed.embed {
            return;
        }
        let link = looplab_share::encode(&self.scenario.to_doc(None));
        let fragment = link.trim_start_matches('#').to_string();
        dom::replace_hash(&fragment);
        dom::save(DRAFT_KEY, &fragment);
    }

    pub(super) fn share_link(&self, with_step: bool) -> String {
        let doc = self.scenario.to_doc(with_step.then_some(self.cursor));
        let link = looplab_share::encode(&doc);
        format!("{}#{}", dom::base_url(), link.trim_start_matches('#'))
    }

    pub(super) fn create_editor(&mut self, ctx: &Context<Self>) {
        if self.editor.is_some() || self.editor_failed {
            return;
        }
        if !editor::bundle_loaded() && !editor::page_loaded() {
            // The editor bundle has not run yet; Msg::EditorScript retries when it has (or at `load`).
            return;
        }
        let Some(parent) = self.editor_ref.cast::<web_sys::Element>() else {
            return;
        };
        let link = ctx.link().clone();
        let on_change =
            Closure::<dyn FnMut(String, String)>::new(move |name: String, text: String| {
                link.send_message(Msg::Edited(name, text));
            });
        let link = ctx.link().clone();
        let on_run = Closure::<dyn FnMut()>::new(move || link.send_message(Msg::Run));
        let open = self
            .scenario
            .file(&self.active)
            .map(|text| (self.active.as_str(), text));
        match editor::create(
            &parent,
            self.embed.read_only,
            self.dark,
            open,
            on_change,
            on_run,
        ) {
            Ok((handle, callbacks)) => {
                self.editor = Some(handle);
                self.editor_closures = Some(callbacks);
                self.load_editor();
                // Interactive: the UI is drawn and the editor takes input.
                set_metric("uiInteractiveMs", dom::now_ms());
            }
            Err(_) => {
                self.editor_failed = true;
                set_metric("uiInteractiveMs", dom::now_ms());
                ctx.link().send_message(Msg::DismissBanner);
            }
        }
        self.start_engine_when_interactive(ctx);
    }

    /// Loads the engine for the opening run once the editor takes input (or has failed): its worker's download
    /// and compile would otherwise compete with the editor's on a machine with few cores.
    pub(super) fn start_engine_when_interactive(&mut self, ctx: &Context<Self>) {
        if self.pending_run && self.worker.is_none() {
            self.ensure_engine(ctx);
            ctx.link().send_message(Msg::Redraw);
        }
    }

    pub(super) fn load_editor(&self) {
        let Some(ed) = &self.editor else { return };
        for (name, text) in &self.scenario.files {
            let _ = ed.replace(name, text);
        }
        if let Some(text) = self.scenario.file(&self.active) {
            let _ = ed.open(&self.active, text);
        }
    }

    pub(super) fn download(&self, what: &str) {
        let replay = self.replay.borrow();
        let name = self
            .scenario
            .title
            .clone()
            .unwrap_or_else(|| "scenario".into())
            .to_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
        match what {
            "scenario" => {
                let doc = self.scenario.to_doc(Some(self.cursor));
                let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
                dom::download(&format!("{name}.looplab.json"), "application/json", &text);
            }
            "trace" => {
                let text = serde_json::to_string(replay.events()).unwrap_or_default();
                dom::download(&format!("{name}.trace.json"), "application/json", &text);
            }
            "chrome" => {
                let v = looplab_trace::to_chrome_trace(replay.events(), &name);
                dom::download(
                    &format!("{name}.chrome-trace.json"),
                    "application/json",
                    &v.to_string(),
                );
            }
            "speedscope" => {
                let v = looplab_trace::to_speedscope(replay.events(), &name);
                dom::download(
                    &format!("{name}.speedscope.json"),
                    "application/json",
                    &v.to_string(),
                );
            }
            _ => {}
        }
    }
}
