//! The panels: each is a pure function of the trace up to the cursor ([`Shot`]).

pub mod console;
pub mod files;
pub mod flame;
pub mod loop_ring;
pub mod memory;
pub mod network;
pub mod pool;
pub mod queues;
pub mod stack;
pub mod streams;

use std::cell::RefCell;
use std::rc::Rc;

use looplab_trace::{Replay, SourceLoc, ViewState};
use yew::prelude::*;

/// The trace and the cursor a panel draws: equal when the trace version and the cursor are the same.
#[derive(Clone)]
pub struct Shot {
    pub replay: Rc<RefCell<Replay>>,
    /// Bumped whenever events are appended or a new run starts.
    pub version: u64,
    /// Events applied.
    pub cursor: usize,
    pub view: Rc<ViewState>,
}

impl PartialEq for Shot {
    fn eq(&self, other: &Self) -> bool {
        self.version == other.version && self.cursor == other.cursor
    }
}

/// `file:line` for a chip or frame.
pub fn site_text(site: &Option<SourceLoc>) -> String {
    site.as_ref()
        .map(|s| format!("{}:{}", s.file.trim_start_matches('/'), s.line))
        .unwrap_or_default()
}

/// Human-readable byte count.
pub fn bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1024 {
        format!("{:.1} KiB", n as f64 / 1024.0)
    } else {
        format!("{n} B")
    }
}

/// Wraps a panel body with its title bar.
pub fn card(id: &str, title: &str, body: Html) -> Html {
    html! {
        <section class={classes!("panel", format!("panel-{id}"))} data-testid={format!("panel-{id}")} aria-label={title.to_string()}>
            <h2 class="panel-title">{ title }</h2>
            <div class="panel-body">{ body }</div>
        </section>
    }
}

/// Site clicked in a panel (jump to source).
pub type JumpTo = Callback<SourceLoc>;
