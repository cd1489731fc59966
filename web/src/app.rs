//! The playground's root component: scenario state, the engine worker, the replay cursor and playback, share
//! links, the gallery and embed mode. The view lives in `app/view.rs`, browser listeners in `app/listen.rs`, the
//! worker side of a run in `app/engine.rs`, time control in `app/time.rs`, scenario loading, sharing and the
//! editor in `app/document.rs`.

mod document;
mod engine;
mod listen;
mod time;
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
    /// Fold queued trace batches (at an animation frame).
    Drain,
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
    /// Trace batches received and not yet folded (see `app/engine.rs` `drain`).
    inbox: std::collections::VecDeque<Vec<u8>>,
    /// The run's end, held until the inbox is folded.
    done_pending: Option<WorkerEvent>,
    /// Set while a drain is scheduled (an animation frame, with this timer as the hidden page's fallback).
    drain_timer: Option<Timeout>,
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
            inbox: Default::default(),
            done_pending: None,
            drain_timer: None,
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
            Msg::Drain => self.drain(ctx),
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
            set_metric("uiFirstRenderMs", dom::now_ms());
            self.create_editor(ctx);
            if self.editor_ref.get().is_none() {
                // A layout without an editor: nothing to wait for.
                self.start_engine_when_interactive(ctx);
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
}
