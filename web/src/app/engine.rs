//! The engine side of the app: spawning workers (and the warmed-up spare), starting a run, folding the
//! trace batches the worker streams in, and what a finished or crashed run leaves on screen.

use super::*;

/// How long one animation frame may spend folding streamed batches (ms).
const DRAIN_SLICE_MS: f64 = 8.0;

impl App {
    pub(super) fn new_worker(&mut self, ctx: &Context<Self>) -> Option<EngineWorker> {
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
    pub(super) fn ensure_engine(&mut self, ctx: &Context<Self>) {
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
    pub(super) fn engine_became_ready(&mut self, ctx: &Context<Self>) {
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

    pub(super) fn start_run(&mut self, ctx: &Context<Self>) {
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
        self.inbox.clear();
        self.done_pending = None;
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
    pub(super) fn finish_trace(&mut self) {
        if !self.scenario.panels.iter().any(|p| p == "flame") {
            self.spans = Rc::new(Vec::new());
            return;
        }
        let replay = self.replay.borrow();
        self.spans = Rc::new(looplab_trace::spans(replay.events()));
    }

    pub(super) fn on_worker(&mut self, ctx: &Context<Self>, id: u32, ev: WorkerEvent) -> bool {
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
                // Decoding and folding wait for the next animation frame, a few milliseconds' worth per frame:
                // a worker posts batches faster than they fold, and handling each message as it comes would
                // keep the browser from drawing until the run ends.
                self.inbox.push_back(bytes);
                self.schedule_drain(ctx);
                false
            }
            done @ WorkerEvent::Done { .. } => {
                if self.status != Status::Running {
                    return false;
                }
                if !self.inbox.is_empty() {
                    // Finish folding what came before it first.
                    self.done_pending = Some(done);
                    return false;
                }
                self.finish_run(ctx, done)
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

    /// The run ended: its last batches are folded; show the result at the cursor the lesson or embed asks for.
    pub(super) fn finish_run(&mut self, ctx: &Context<Self>, done: WorkerEvent) -> bool {
        let WorkerEvent::Done {
            exit_code,
            error,
            stderr,
            files,
        } = done
        else {
            return false;
        };
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

    /// Asks for a [`Msg::Drain`] at the next animation frame (once).
    pub(super) fn schedule_drain(&mut self, ctx: &Context<Self>) {
        if self.drain_timer.is_some() {
            return;
        }
        let link = ctx.link().clone();
        dom::next_frame(move || link.send_message(Msg::Drain));
        // A hidden page gets no animation frames: a timer keeps the run going there.
        let link = ctx.link().clone();
        self.drain_timer = Some(Timeout::new(100, move || link.send_message(Msg::Drain)));
    }

    /// Folds queued batches for up to [`DRAIN_SLICE_MS`], then lets the browser draw; the run's end is handled
    /// once the queue is empty.
    pub(super) fn drain(&mut self, ctx: &Context<Self>) -> bool {
        self.drain_timer = None;
        if self.status != Status::Running {
            self.inbox.clear();
            self.done_pending = None;
            return false;
        }
        let start = dom::now_ms();
        let mut changed = false;
        while let Some(bytes) = self.inbox.pop_front() {
            changed |= self.take_batch(&bytes);
            if dom::now_ms() - start >= DRAIN_SLICE_MS {
                break;
            }
        }
        if !self.inbox.is_empty() {
            self.schedule_drain(ctx);
        } else if let Some(done) = self.done_pending.take() {
            return self.finish_run(ctx, done);
        }
        if !changed {
            return false;
        }
        // Hold back redraws while a long run streams in (the first batch draws at once).
        let now = dom::now_ms();
        if now - self.last_render < 100.0 {
            if self.redraw.is_none() {
                let link = ctx.link().clone();
                self.redraw = Some(Timeout::new(100, move || link.send_message(Msg::Redraw)));
            }
            return false;
        }
        self.last_render = now;
        true
    }

    /// Decodes one batch and folds it into the replay; true if the view changed.
    fn take_batch(&mut self, bytes: &[u8]) -> bool {
        match looplab_trace::decode_batch(bytes) {
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
                true
            }
            Err(e) => {
                self.banner = Some(format!("The engine sent a damaged trace batch: {e}"));
                true
            }
        }
    }

    /// Error markers from node-style stderr: `/file.js:LINE` then the error message.
    pub(super) fn mark_errors(&self, stderr: &str) {
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
}
