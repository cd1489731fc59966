//! Streams at the cursor: the pipe graph and each stream's buffer against its highWaterMark, flowing or
//! paused, with write()-returned-false and drain counts.

use looplab_trace::{SideGauge, StreamGauge};
use yew::prelude::*;

use super::{bytes, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
}

fn gauge(name: &str, g: &Option<SideGauge>, object_mode: bool) -> Html {
    let Some(g) = g else { return html! {} };
    let pct = if g.hwm == 0 {
        0.0
    } else {
        (g.length as f64 / g.hwm as f64 * 100.0).min(200.0)
    };
    let amount = |n: u64| {
        if object_mode {
            format!("{n} obj")
        } else {
            bytes(n)
        }
    };
    html! {
        <div class="gauge" title={format!("{name}: {} of highWaterMark {} (peak {})", amount(g.length), amount(g.hwm), amount(g.peak))}>
            <span class="gauge-name">{ name }</span>
            <span class={classes!("bar", (g.length >= g.hwm && g.hwm > 0).then_some("full"))}>
                <span class="fill" style={format!("width:{:.0}%", pct.min(100.0))} />
            </span>
            <span class="gauge-text">{ format!("{} / {}", amount(g.length), amount(g.hwm)) }</span>
        </div>
    }
}

fn stream_row(s: &StreamGauge) -> Html {
    let state = match s.flowing {
        Some(true) => "flowing",
        Some(false) => "paused",
        None => "",
    };
    let ended = [
        (s.ended, "ended"),
        (s.finished, "finished"),
        (s.closed, "closed"),
        (s.errored, "errored"),
    ]
    .iter()
    .filter(|(b, _)| *b)
    .map(|(_, n)| *n)
    .collect::<Vec<_>>()
    .join(", ");
    html! {
        <div class="stream" data-stream={s.id.0.to_string()}>
            <div class="stream-head">
                <span class="stream-name">{ format!("#{} {} {}", s.id.0, s.kind.name(), s.label) }</span>
                <span class="stream-state">{ state }</span>
                <span class="stream-counts">{ format!("write()=false ×{} · drain ×{}", s.write_false, s.drains) }</span>
                if !ended.is_empty() { <span class="stream-ended">{ ended }</span> }
            </div>
            { gauge("readable", &s.readable, s.object_mode) }
            { gauge("writable", &s.writable, s.object_mode) }
        </div>
    }
}

#[function_component(Streams)]
pub fn streams(props: &Props) -> Html {
    let snap = &props.shot.view.streams;
    if snap.streams.is_empty() {
        return html! { <div class="empty" data-testid="streams">{ "(no streams yet)" }</div> };
    }
    let name = |id: &looplab_trace::StreamId| {
        snap.streams.get(id).map_or(format!("#{}", id.0), |s| {
            format!("#{} {}", id.0, s.kind.name())
        })
    };
    html! {
        <div class="streams" data-testid="streams">
            if !snap.pipes.is_empty() {
                <div class="pipes">{ for snap.pipes.iter().map(|(a, b)| html! { <span class="pipe">{ format!("{} → {}", name(a), name(b)) }</span> }) }</div>
            }
            { for snap.streams.values().map(stream_row) }
        </div>
    }
}
