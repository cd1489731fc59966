//! Memory over virtual time: the measured heap (the worker's counting allocator) and VFS bytes after every
//! macrotask, decimated to the panel width; plus stream buffers at the cursor. Boa reports no GC events, so
//! there are no GC marks (said in the panel, not faked).

use looplab_trace::format_time;
use yew::prelude::*;

use super::{bytes, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
}

const W: f64 = 360.0;
const H: f64 = 120.0;
/// Points drawn at most per series.
const MAX_POINTS: usize = 360;

#[function_component(Memory)]
pub fn memory(props: &Props) -> Html {
    let replay = props.shot.replay.borrow();
    let all: Vec<_> = replay.samples_upto(replay.len()).collect();
    let shown = replay.samples_upto(props.shot.cursor).count();
    if all.is_empty() {
        return html! { <div class="empty" data-testid="memory">{ "(no memory samples yet: one is taken after every callback)" }</div> };
    }
    let t_end = all.last().map_or(1, |s| s.0 .0).max(1) as f64;
    let heap_max = all.iter().map(|s| s.1).max().unwrap_or(1).max(1) as f64;
    let vfs_max = all.iter().map(|s| s.2).max().unwrap_or(0);
    let stride = (all.len() / MAX_POINTS).max(1);
    let points = |pick: &dyn Fn(&(looplab_trace::VTime, u64, u64)) -> u64, max: f64| {
        all[..shown]
            .iter()
            .step_by(stride)
            .chain(all[..shown].last())
            .map(|s| {
                format!(
                    "{:.1},{:.1}",
                    s.0 .0 as f64 / t_end * W,
                    H - pick(s) as f64 / max * (H - 4.0)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let heap_pts = points(&|s| s.1, heap_max);
    let vfs_pts = points(&|s| s.2, heap_max.max(vfs_max as f64));
    let last = all[..shown].last();
    let v = &props.shot.view;
    html! {
        <div class="memory" data-testid="memory">
            <svg viewBox={format!("0 0 {W} {H}")} preserveAspectRatio="none" role="img" aria-label="Memory over virtual time">
                <polyline class="heap" points={heap_pts} />
                if vfs_max > 0 { <polyline class="vfs" points={vfs_pts} /> }
            </svg>
            <div class="legend">
                <span class="key heap">{ format!("heap {}", last.map_or("–".into(), |s| bytes(s.1))) }</span>
                <span class="key vfs">{ format!("VFS {}", last.map_or("–".into(), |s| bytes(s.2))) }</span>
                <span class="key streams">{ format!("stream buffers {}", bytes(v.streams.buffered_bytes)) }</span>
                <span class="key">{ format!("peak heap {} · {} samples · 0..{}", bytes(heap_max as u64), all.len(), format_time(looplab_trace::VTime(t_end as u64))) }</span>
            </div>
            <div class="note">{ "Heap is measured by the engine's allocator. No GC marks: Boa exposes no GC events." }</div>
        </div>
    }
}
