//! The playground's root component: scenario state, the engine worker, the replay cursor and playback, share
//! links, the gallery and embed mode. The view lives in `app/view.rs`, browser listeners in `app/listen.rs`.

mod listen;
mod view;

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use looplab_trace::{Replay, SourceLoc, Span, TraceEvent};
use serde_json::json;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::dom;
use crate::editor::{self, EditorHandle};
use crate::embed::EmbedOptions;
use crate::gallery;
use crate::panels::Shot;
use crate::scenario::Scenario;
use crate::transport::Nav;
use crate::worker_client::{EngineWorker, WorkerEvent};

/// Where an edited scenario is kept across reloads.
const DRAFT_KEY: &str = "looplab.draft";

/// What the engine is doing.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// No engine loaded yet (click-to-load embeds).
    Idle,
    /// The worker is loading its wasm.
    Loading,
    Ready,
    Running,
    Done(i32),
    Stopped,
    Crashed(String),
}

pub enum Msg {
    Edited(String, String),
    SelectTab(String),
    AddFile,
    RemoveFile(String),
    Stdin(String),
    Run,
    Stop,
    RestartEngine,
    Worker(u32, WorkerEvent),
    /// Redraw after streamed batches were held back (at most ~10 redraws per second while streaming).
    Redraw,
    Nav(Nav),
    Tick,
    Jump(SourceLoc),
    LoadFromHash,
    ShowGallery(bool),
    ShowHelp(bool),
    TogglePanel(String),
    ToggleTheme,
    CopyLink,
    CopyMarkdown,
    Download(&'static str),
    DismissBanner,
    Control(String, Option<usize>),
    /// editor.js has run (or the page finished loading without it).
    EditorScript,
}

pub struct App {
    scenario: Scenario,
    active: String,
    lesson_summary: Option<String>,
    embed: EmbedOptions,
    dark: bool,
    worker: Option<EngineWorker>,
    /// A warmed-up worker kept in reserve, so Stop can swap it in at once.
    spare: Option<EngineWorker>,
    next_worker: u32,
    last_render: f64,
    redraw: Option<Timeout>,
    node_version: Option<String>,
    status: Status,
    pending_run: bool,
    replay: Rc<RefCell<Replay>>,
    version: u64,
    cursor: usize,
    follow: bool,
    playing: bool,
    speed: u32,
    ticker: Option<Interval>,
    spans: Rc<Vec<Span>>,
    files_after: Option<Vec<(String, u64)>>,
    banner: Option<String>,
    share_note: Option<String>,
    show_gallery: bool,
    show_help: bool,
    editor_ref: NodeRef,
    editor: Option<EditorHandle>,
    editor_failed: bool,
    editor_closures: Option<editor::EditorCallbacks>,
    run_started: f64,
    stop_started: Option<f64>,
    first_output: Option<f64>,
    last_height: i32,
    _listeners: Vec<listen::Listener>,
}

impl Component for App {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        let search = dom::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let embed = EmbedOptions::parse(&search);
        let dark = match embed.theme.as_deref() {
            Some("dark") => true,
            Some("light") => false,
            _ => dom::load("looplab.theme").map_or_else(dom::prefers_dark, |t| t == "dark"),
        };
        dom::set_theme(dark);
        let first = &gallery::LESSONS[0];
        let mut app = App {
            scenario: Scenario::from_lesson(first),
            active: first.entry.to_string(),
            lesson_summary: Some(first.summary.to_string()),
            embed,
            dark,
            worker: None,
            spare: None,
            next_worker: 0,
            last_render: 0.0,
            redraw: None,
            node_version: None,
            status: Status::Idle,
            pending_run: false,
            replay: Rc::new(RefCell::new(Replay::new())),
            version: 0,
            cursor: 0,
            follow: true,
            playing: false,
            speed: 10,
            ticker: None,
            spans: Rc::new(Vec::new()),
            files_after: None,
            banner: None,
            share_note: None,
            show_gallery: false,
            show_help: false,
            editor_ref: NodeRef::default(),
            editor: None,
            editor_failed: false,
            editor_closures: None,
            run_started: 0.0,
            stop_started: None,
            first_output: None,
            last_height: 0,
            _listeners: listen::install(ctx.link()),
        };
        let from_link = app.load_from_hash();
        if !from_link && !app.embed.embed {
            if let Some(draft) = dom::load(DRAFT_KEY).and_then(|d| looplab_share::decode(&d).ok()) {
                app.set_scenario(Scenario::from_doc(draft), None);
            }
        }
        if let Some(p) = app.embed.panels.clone() {
            app.scenario.panels = p;
        }
        if !app.embed.click_to_load {
            // The engine is started after the first paint (see `rendered`); open on a finished run: links
            // and lessons show their result at once.
            app.pending_run = true;
        }
        set_metric("uiCreatedMs", dom::now_ms());
        app
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Edited(name, text) => {
                self.scenario.set_file(&name, text);
                self.after_edit();
                false
            }
            Msg::SelectTab(name) => {
                self.active = name.clone();
                if let (Some(ed), Some(text)) = (&self.editor, self.scenario.file(&name)) {
                    let _ = ed.open(&name, text);
                }
                self.sync_active_line();
                true
            }
            Msg::AddFile => {
                let name = dom::window().and_then(|w| {
                    w.prompt_with_message("New file name (e.g. data.txt or lib.js):")
                        .ok()
                        .flatten()
                });
                if let Some(name) = name.map(|n| n.trim().to_string()).filter(|n| !n.is_empty()) {
                    let path = if name.starts_with('/') {
                        name
                    } else {
                        format!("/{name}")
                    };
                    if self.scenario.file(&path).is_none() {
                        self.scenario.set_file(&path, String::new());
                        if let Some(ed) = &self.editor {
                            let _ = ed.replace(&path, "");
                        }
                    }
                    ctx.link().send_message(Msg::SelectTab(path));
                    self.after_edit();
                }
                true
            }
            Msg::RemoveFile(name) => {
                if name != self.scenario.entry {
                    self.scenario.files.retain(|(n, _)| *n != name);
                    if let Some(ed) = &self.editor {
                        let _ = ed.remove(&name);
                    }
                    if self.active == name {
                        ctx.link()
                            .send_message(Msg::SelectTab(self.scenario.entry.clone()));
                    }
                    self.after_edit();
                }
                true
            }
            Msg::Stdin(text) => {
                self.scenario.stdin = text;
                self.after_edit();
                false
            }
            Msg::Run => {
                self.start_run(ctx);
                true
            }
            Msg::Stop => {
                if self.status == Status::Running || self.status == Status::Loading {
                    self.stop_started = Some(dom::now_ms());
                    self.worker = None; // Drop terminates it at once, even inside while(true){}.
                    self.status = Status::Stopped;
                    self.pending_run = false;
                    self.follow = false;
                    self.finish_trace();
                    self.ensure_engine(ctx);
                }
                true
            }
            Msg::RestartEngine => {
                self.banner = None;
                self.status = Status::Loading;
                self.ensure_engine(ctx);
                true
            }
            Msg::Worker(id, ev) => self.on_worker(ctx, id, ev),
            Msg::Redraw => {
                self.redraw = None;
                self.last_render = dom::now_ms();
                true
            }
            Msg::Nav(nav) => {
                self.navigate(ctx, nav);
                true
            }
            Msg::Tick => {
                let len = self.replay.borrow().len();
                let per_tick = (self.speed / 60).max(1);
                let mut c = self.cursor;
                for _ in 0..per_tick {
                    c = self.replay.borrow().next_callback(c).unwrap_or(len);
                }
                self.set_cursor(c);
                if self.cursor >= len {
                    self.set_playing(ctx, false);
                }
                true
            }
            Msg::Jump(site) => {
                if self.scenario.file(&site.file).is_some() {
                    if self.active != site.file {
                        self.active = site.file.clone();
                        if let (Some(ed), Some(text)) =
                            (&self.editor, self.scenario.file(&site.file))
                        {
                            let _ = ed.open(&site.file, text);
                        }
                    }
                    if let Some(ed) = &self.editor {
                        let _ = ed.set_active_line(&site.file, site.line);
                    }
                }
                true
            }
            Msg::LoadFromHash => {
                if self.load_from_hash() {
                    self.start_run(ctx);
                }
                true
            }
            Msg::ShowGallery(show) => {
                self.show_gallery = show;
                true
            }
            Msg::ShowHelp(show) => {
                self.show_help = show;
                true
            }
            Msg::TogglePanel(id) => {
                if let Some(pos) = self.scenario.panels.iter().position(|p| *p == id) {
                    self.scenario.panels.remove(pos);
                } else {
                    self.scenario.panels.push(id);
                }
                if self.spans.is_empty() && !matches!(self.status, Status::Running) {
                    self.finish_trace();
                }
                self.after_edit();
                true
            }
            Msg::ToggleTheme => {
                self.dark = !self.dark;
                dom::set_theme(self.dark);
                dom::save("looplab.theme", if self.dark { "dark" } else { "light" });
                if let Some(ed) = &self.editor {
                    let _ = ed.set_dark(self.dark);
                }
                true
            }
            Msg::CopyLink => {
                let link = self.share_link(true);
                dom::copy(&link);
                dom::replace_hash(link.split('#').nth(1).unwrap_or_default());
                self.share_note = Some(match looplab_share::length_advice(&link) {
                    Some(advice) => format!("Link copied ({} characters). {advice}", link.len()),
                    None => format!("Link copied ({} characters).", link.len()),
                });
                true
            }
            Msg::CopyMarkdown => {
                let link = self.share_link(true);
                let title = self
                    .scenario
                    .title
                    .clone()
                    .unwrap_or_else(|| "Node.js scenario".into());
                dom::copy(&format!(
                    "[▶ Run in Looplab: {}]({link})",
                    title.replace(['[', ']'], "")
                ));
                self.share_note = Some("Markdown link copied.".into());
                true
            }
            Msg::Download(what) => {
                self.download(what);
                false
            }
            Msg::DismissBanner => {
                self.banner = None;
                true
            }
            Msg::Control(action, step) => {
                match action.as_str() {
                    "play" if !self.playing => self.navigate(ctx, Nav::TogglePlay),
                    "pause" if self.playing => self.navigate(ctx, Nav::TogglePlay),
                    "step" => self.navigate(ctx, Nav::NextCallback),
                    "seek" => self.navigate(ctx, Nav::Seek(step.unwrap_or(0))),
                    "run" => self.start_run(ctx),
                    _ => {}
                }
                true
            }
            Msg::EditorScript => {
                self.create_editor(ctx);
                true
            }
        }
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        view::view(self, ctx)
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if first_render {
            if let Some(boot) = dom::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("boot"))
            {
                boot.remove();
            }
            self.create_editor(ctx);
            set_metric("uiInteractiveMs", dom::now_ms());
            if self.pending_run {
                // Load the engine only now, so its download and compile do not delay the first paint.
                self.ensure_engine(ctx);
                ctx.link().send_message(Msg::Redraw);
            }
        }
        if self.embed.embed {
            let h = dom::document_height();
            if h != self.last_height {
                self.last_height = h;
                dom::post_to_parent(&json!({ "source": "looplab", "type": "resize", "height": h }));
            }
        }
    }
}

/// Records a figure on `window.__looplab` (read by the e2e tests and the benchmark).
pub fn set_metric(key: &str, value: f64) {
    let Some(w) = dom::window() else { return };
    let obj = js_sys::Reflect::get(&w, &"__looplab".into())
        .ok()
        .filter(|v| v.is_object())
        .unwrap_or_else(|| {
            let o: JsValue = js_sys::Object::new().into();
            let _ = js_sys::Reflect::set(&w, &"__looplab".into(), &o);
            o
        });
    let _ = js_sys::Reflect::set(&obj, &key.into(), &value.into());
}

impl App {
    fn shot(&self) -> Shot {
        let view = Rc::new(self.replay.borrow().view_at(self.cursor));
        Shot {
            replay: self.replay.clone(),
            version: self.version,
            cursor: self.cursor,
            view,
        }
    }

    fn new_worker(&mut self, ctx: &Context<Self>) -> Option<EngineWorker> {
        let link = ctx.link().clone();
        self.next_worker += 1;
        match EngineWorker::spawn(self.next_worker, move |id, ev| {
            link.send_message(Msg::Worker(id, ev))
        }) {
            Ok(w) => Some(w),
            Err(e) => {
                self.status = Status::Crashed(e.clone());
                self.banner = Some(e);
                None
            }
        }
    }

    /// Makes sure an engine exists: the warmed-up spare if there is one, else a new worker.
    fn ensure_engine(&mut self, ctx: &Context<Self>) {
        if self.worker.is_some() {
            return;
        }
        self.worker = match self.spare.take() {
            Some(spare) => Some(spare),
            None => self.new_worker(ctx),
        };
        if self.worker.as_ref().is_some_and(|w| w.ready) {
            self.engine_became_ready(ctx);
        } else if self.status != Status::Stopped && self.worker.is_some() {
            self.status = Status::Loading;
        }
    }

    /// The active worker can take a run.
    fn engine_became_ready(&mut self, ctx: &Context<Self>) {
        if let Some(t) = self.stop_started.take() {
            set_metric("restartMs", dom::now_ms() - t);
        }
        if matches!(self.status, Status::Loading | Status::Idle) {
            self.status = Status::Ready;
        }
        set_metric("engineReadyMs", dom::now_ms());
        if self.pending_run {
            self.start_run(ctx);
        } else if let Some(w) = &self.worker {
            w.prepare(&self.scenario.to_run_json());
        }
        // Keep a warm spare so the next Stop is instant (not in embeds: a page may hold many).
        if self.spare.is_none() && !self.embed.embed {
            self.spare = self.new_worker(ctx);
        }
    }

    fn set_scenario(&mut self, scenario: Scenario, summary: Option<String>) {
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
    fn load_from_hash(&mut self) -> bool {
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

    fn after_edit(&mut self) {
        if self.embed.embed {
            return;
        }
        let link = looplab_share::encode(&self.scenario.to_doc(None));
        let fragment = link.trim_start_matches('#').to_string();
        dom::replace_hash(&fragment);
        dom::save(DRAFT_KEY, &fragment);
    }

    fn share_link(&self, with_step: bool) -> String {
        let doc = self.scenario.to_doc(with_step.then_some(self.cursor));
        let link = looplab_share::encode(&doc);
        format!("{}#{}", dom::base_url(), link.trim_start_matches('#'))
    }

    fn start_run(&mut self, ctx: &Context<Self>) {
        if self.status == Status::Running {
            // Run again while running: drop the busy engine and start over on a fresh one.
            self.worker = None;
            self.status = Status::Stopped;
        }
        self.ensure_engine(ctx);
        if !self.worker.as_ref().is_some_and(|w| w.ready) {
            self.pending_run = self.worker.is_some();
            self.status = Status::Loading;
            return;
        }
        self.pending_run = false;
        self.set_playing(ctx, false);
        self.replay = Rc::new(RefCell::new(Replay::new()));
        self.version += 1;
        self.cursor = 0;
        self.follow = true;
        self.spans = Rc::new(Vec::new());
        self.files_after = None;
        self.first_output = None;
        self.status = Status::Running;
        self.run_started = dom::now_ms();
        if let Some(ed) = &self.editor {
            let _ = ed.set_markers(&editor::markers(&[]));
            let _ = ed.set_active_line(&self.active, 0);
        }
        if let Some(w) = &self.worker {
            w.run(&self.scenario.to_run_json());
        }
        dom::post_to_parent(&json!({ "source": "looplab", "type": "event", "name": "runStarted" }));
    }

    /// Computes the flame chart's spans (only when the flame panel is shown: a long trace makes this costly).
    fn finish_trace(&mut self) {
        if !self.scenario.panels.iter().any(|p| p == "flame") {
            self.spans = Rc::new(Vec::new());
            return;
        }
        let replay = self.replay.borrow();
        self.spans = Rc::new(looplab_trace::spans(replay.events()));
    }

    fn on_worker(&mut self, ctx: &Context<Self>, id: u32, ev: WorkerEvent) -> bool {
        let active = self.worker.as_ref().is_some_and(|w| w.id == id);
        if !active {
            // The spare reports too; anything from a replaced worker is ignored.
            if let Some(spare) = self.spare.as_mut().filter(|w| w.id == id) {
                match ev {
                    WorkerEvent::Ready(_) => {
                        spare.ready = true;
                        spare.prepare(&self.scenario.to_run_json());
                    }
                    WorkerEvent::Crash(_) => self.spare = None,
                    _ => {}
                }
            }
            return false;
        }
        match ev {
            WorkerEvent::Ready(node) => {
                self.node_version = Some(node);
                if let Some(w) = self.worker.as_mut() {
                    w.ready = true;
                }
                self.engine_became_ready(ctx);
                true
            }
            WorkerEvent::Batch(bytes) => {
                if self.status != Status::Running {
                    return false;
                }
                match looplab_trace::decode_batch(&bytes) {
                    Ok(batch) => {
                        let has_output = batch
                            .iter()
                            .any(|s| matches!(s.event, TraceEvent::Output { .. }));
                        self.replay.borrow_mut().push_batch(batch);
                        self.version += 1;
                        if has_output && self.first_output.is_none() {
                            let ms = dom::now_ms() - self.run_started;
                            self.first_output = Some(ms);
                            set_metric("firstOutputMs", ms);
                        }
                        if self.follow {
                            self.cursor = self.replay.borrow().len();
                        }
                        // Hold back redraws while a long run streams in (the first batch draws at once).
                        let now = dom::now_ms();
                        if now - self.last_render < 100.0 {
                            if self.redraw.is_none() {
                                let link = ctx.link().clone();
                                self.redraw =
                                    Some(Timeout::new(100, move || link.send_message(Msg::Redraw)));
                            }
                            return false;
                        }
                        self.last_render = now;
                        true
                    }
                    Err(e) => {
                        self.banner = Some(format!("The engine sent a damaged trace batch: {e}"));
                        true
                    }
                }
            }
            WorkerEvent::Done {
                exit_code,
                error,
                stderr,
                files,
            } => {
                if self.status != Status::Running {
                    return false;
                }
                self.status = Status::Done(exit_code);
                self.follow = false;
                self.redraw = None;
                self.finish_trace();
                self.files_after = Some(files);
                if let Some(limit) = self.replay.borrow().view_at(usize::MAX).limit {
                    self.banner = Some(format!("The run was {limit}."));
                }
                if let Some(e) = error {
                    self.banner = Some(e);
                }
                let len = self.replay.borrow().len();
                set_metric("lastRunMs", dom::now_ms() - self.run_started);
                set_metric("events", len as f64);
                // The UI's own wasm memory (the one copy of the trace lives here).
                let ui_bytes = js_sys::Reflect::get(&wasm_bindgen::memory(), &"buffer".into())
                    .ok()
                    .and_then(|b| js_sys::Reflect::get(&b, &"byteLength".into()).ok())
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0);
                set_metric("uiWasmBytes", ui_bytes);
                set_metric(
                    "runs",
                    js_sys::Reflect::get(
                        &dom::window().map(JsValue::from).unwrap_or(JsValue::NULL),
                        &"__looplab".into(),
                    )
                    .ok()
                    .and_then(|o| js_sys::Reflect::get(&o, &"runs".into()).ok())
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0)
                        + 1.0,
                );
                self.cursor = len;
                if let Some(step) = self.embed.step.or(self.scenario.step.take()) {
                    self.cursor = step.min(len);
                }
                if self.embed.autoplay && self.embed.embed {
                    self.cursor = self.embed.step.unwrap_or(0).min(len);
                    self.set_playing(ctx, true);
                }
                self.mark_errors(&stderr);
                self.sync_active_line();
                let output: String = self
                    .replay
                    .borrow()
                    .output_upto(len)
                    .map(|(_, t)| t)
                    .collect();
                dom::post_to_parent(&json!({
                    "source": "looplab", "type": "event", "name": "runFinished",
                    "exitCode": exit_code, "step": self.cursor, "output": output,
                }));
                true
            }
            WorkerEvent::Crash(message) => {
                self.worker = None;
                self.pending_run = false;
                self.status = Status::Crashed(message.clone());
                self.finish_trace();
                self.banner = Some(format!("The engine crashed: {message}. Your code is safe; press Restart engine to continue."));
                true
            }
        }
    }

    /// Error markers from node-style stderr: `/file.js:LINE` then the error message.
    fn mark_errors(&self, stderr: &str) {
        let Some(ed) = &self.editor else { return };
        let mut lines = stderr.lines();
        let Some(first) = lines.next() else { return };
        let Some((file, line)) = first.rsplit_once(':') else {
            return;
        };
        let (Ok(line), true) = (
            line.trim().parse::<u32>(),
            self.scenario.file(file).is_some(),
        ) else {
            return;
        };
        let message = stderr
            .lines()
            .find(|l| {
                let head = l.split(':').next().unwrap_or("");
                !head.is_empty()
                    && !head.contains(' ')
                    && (head.ends_with("Error")
                        || head == "Uncaught"
                        || head.ends_with("Exception"))
            })
            .unwrap_or("uncaught exception")
            .to_string();
        let _ = ed.set_markers(&editor::markers(&[(file.to_string(), line, message)]));
    }

    fn set_cursor(&mut self, c: usize) {
        let len = self.replay.borrow().len();
        self.cursor = c.min(len);
        self.follow = false;
        self.sync_active_line();
        dom::post_to_parent(
            &json!({ "source": "looplab", "type": "event", "name": "stepChanged", "step": self.cursor }),
        );
    }

    fn set_playing(&mut self, ctx: &Context<Self>, on: bool) {
        self.playing = on;
        self.ticker = on.then(|| {
            let link = ctx.link().clone();
            let period = (1000 / self.speed.max(1)).max(16);
            Interval::new(period, move || link.send_message(Msg::Tick))
        });
    }

    fn navigate(&mut self, ctx: &Context<Self>, nav: Nav) {
        let len = self.replay.borrow().len();
        let c = self.cursor;
        let target = {
            let r = self.replay.borrow();
            match nav {
                Nav::Seek(n) => Some(n),
                Nav::NextEvent => Some(c + 1),
                Nav::PrevEvent => Some(c.saturating_sub(1)),
                Nav::NextCallback => Some(r.next_callback(c).unwrap_or(len)),
                Nav::PrevCallback => Some(r.prev_callback(c).unwrap_or(0)),
                Nav::NextIteration => Some(r.next_iteration(c).unwrap_or(len)),
                Nav::PrevIteration => Some(r.prev_iteration(c).unwrap_or(0)),
                Nav::Start => Some(0),
                Nav::End => Some(len),
                Nav::TogglePlay | Nav::Speed(_) => None,
            }
        };
        match (nav, target) {
            (Nav::TogglePlay, _) => {
                if !self.playing && self.cursor >= len {
                    self.cursor = 0;
                }
                self.set_playing(ctx, !self.playing);
            }
            (Nav::Speed(s), _) => {
                self.speed = s;
                if self.playing {
                    self.set_playing(ctx, true);
                }
            }
            (_, Some(t)) => self.set_cursor(t),
            _ => {}
        }
    }

    /// Highlights the line of the innermost running user code at the cursor.
    fn sync_active_line(&self) {
        let Some(ed) = &self.editor else { return };
        let view = self.replay.borrow().view_at(self.cursor);
        let replay = self.replay.borrow();
        let site = view.stack.iter().rev().find_map(|e| {
            let site = replay.describe(*e).1?;
            self.scenario.file(&site.file).is_some().then_some(site)
        });
        match site {
            Some(s) => {
                let _ = ed.set_active_line(&s.file, s.line);
            }
            None => {
                let _ = ed.set_active_line(&self.active, 0);
            }
        }
    }

    fn create_editor(&mut self, ctx: &Context<Self>) {
        if self.editor.is_some() || self.editor_failed {
            return;
        }
        if !editor::bundle_loaded() && !editor::page_loaded() {
            // The deferred bundle has not run yet; Msg::EditorScript retries when it has (or at `load`).
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
        match editor::create(&parent, self.embed.read_only, self.dark, on_change, on_run) {
            Ok((handle, callbacks)) => {
                self.editor = Some(handle);
                self.editor_closures = Some(callbacks);
                self.load_editor();
            }
            Err(_) => {
                self.editor_failed = true;
                ctx.link().send_message(Msg::DismissBanner);
            }
        }
    }

    fn load_editor(&self) {
        let Some(ed) = &self.editor else { return };
        for (name, text) in &self.scenario.files {
            let _ = ed.replace(name, text);
        }
        if let Some(text) = self.scenario.file(&self.active) {
            let _ = ed.open(&self.active, text);
        }
    }

    fn download(&self, what: &str) {
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
