//! looplab-trace: the plain-data event model every other crate speaks, plus pure folds and text renderings over it.
//!
//! The runtime produces [`Stamped`] events; the CLI and the UI only consume them. Nothing in here knows about Boa,
//! the browser or the file system.

mod event;
mod export;
mod flame;
mod fold;
mod net;
mod render;
mod replay;
mod spans;
mod streams;
mod wire;

pub use event::*;
pub use export::{export, to_chrome_trace, to_cpuprofile, to_speedscope, ExportFormat};
pub use flame::folded_stacks;
pub use fold::{queues_at, QueueSnapshot, QueuedTask};
pub use net::{
    network_at, percentile, render_network_summary, NetView, PoolRow, RequestRow, SocketRow,
};
pub use render::{format_time, render_timeline};
pub use replay::{Band, QueuedRef, Replay, StackEntry, ViewState};
pub use spans::{spans, Span, Track};
pub use streams::{
    pipe_edges, render_stream_summary, streams_at, SideGauge, StreamGauge, StreamsSnapshot,
};
pub use wire::{decode_batch, encode_batch, WireError};
