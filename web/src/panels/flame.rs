//! The flame chart on a canvas: callbacks and function calls on the main thread by depth over virtual time,
//! thread-pool jobs below; wheel zooms, drag pans, hover shows self/total time, click jumps to the source.
//! Spans narrower than a pixel are merged per row, so a million spans still draw in one frame.

use std::rc::Rc;

use looplab_trace::{format_time, SourceLoc, Span, Track, VTime};
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::{site_text, JumpTo, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
    pub spans: Rc<Vec<Span>>,
    pub on_jump: JumpTo,
    pub dark: bool,
}

const ROW: f64 = 16.0;

fn row_of(s: &Span, main_depth: usize) -> Option<usize> {
    match s.track {
        Track::Main => Some(s.depth),
        Track::Worker(w) => Some(main_depth + 1 + w as usize),
        Track::Phases => None,
    }
}

fn color(s: &Span, dark: bool) -> &'static str {
    match (s.category, dark) {
        ("function", false) => "#f2a65a",
        ("function", true) => "#b8702f",
        ("runtime", false) => "#c9c9d6",
        ("runtime", true) => "#55556a",
        ("threadpool", false) => "#8fc1e3",
        ("threadpool", true) => "#2f6d94",
        (_, false) => "#9fd8a4",
        (_, true) => "#3c7d44",
    }
}

/// Self time: total minus the time of direct children (same track, one deeper, inside it).
fn self_time(spans: &[Span], s: &Span) -> u64 {
    let children: u64 = spans
        .iter()
        .filter(|c| {
            c.track == s.track && c.depth == s.depth + 1 && c.start >= s.start && c.end <= s.end
        })
        .map(|c| c.end.0 - c.start.0)
        .sum();
    (s.end.0 - s.start.0).saturating_sub(children)
}

#[function_component(Flame)]
pub fn flame(props: &Props) -> Html {
    let canvas = use_node_ref();
    let end = props
        .spans
        .iter()
        .map(|s| s.end.0)
        .max()
        .unwrap_or(0)
        .max(1);
    let window = use_state(|| (0u64, end));
    let hover = use_state(|| None::<usize>);
    let drag = use_mut_ref(|| None::<(f64, (u64, u64))>);
    // A new run resets the zoom.
    {
        let window = window.clone();
        use_effect_with(props.spans.clone(), move |_| {
            window.set((0, end));
        });
    }
    let main_depth = props
        .spans
        .iter()
        .filter(|s| s.track == Track::Main)
        .map(|s| s.depth)
        .max()
        .unwrap_or(0);
    let rows = props
        .spans
        .iter()
        .filter_map(|s| row_of(s, main_depth))
        .max()
        .map_or(1, |r| r + 1);
    let height = (rows as f64 * ROW + 18.0).clamp(60.0, 600.0);
    {
        let canvas = canvas.clone();
        let spans = props.spans.clone();
        let (t0, t1) = *window;
        let hovered = *hover;
        let at = props.shot.view.at;
        let dark = props.dark;
        use_effect_with(
            (props.shot.clone(), t0, t1, hovered, dark, spans.len()),
            move |_| {
                draw(
                    &canvas, &spans, t0, t1, hovered, at, main_depth, dark, height,
                );
            },
        );
    }
    let pick = {
        let spans = props.spans.clone();
        let window = window.clone();
        let canvas = canvas.clone();
        move |e: &MouseEvent| -> Option<usize> {
            let c = canvas.cast::<HtmlCanvasElement>()?;
            let rect = c.get_bounding_client_rect();
            let x = e.client_x() as f64 - rect.left();
            let y = e.client_y() as f64 - rect.top();
            let (t0, t1) = *window;
            let t = t0 as f64 + x / rect.width().max(1.0) * (t1 - t0) as f64;
            let row = (y / ROW).floor() as usize;
            spans.iter().position(|s| {
                row_of(s, main_depth) == Some(row)
                    && (s.start.0 as f64) <= t
                    && t <= (s.end.0 as f64).max(s.start.0 as f64 + 1.0)
            })
        }
    };
    let onmousemove = {
        let hover = hover.clone();
        let pick = pick.clone();
        let window = window.clone();
        let drag = drag.clone();
        let canvas = canvas.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some((x0, (a, b))) = *drag.borrow() {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    let w = c.get_bounding_client_rect().width().max(1.0);
                    let dt = ((e.client_x() as f64 - x0) / w * (b - a) as f64) as i64;
                    let span = (b - a) as i64;
                    let na = (a as i64 - dt).clamp(0, (end as i64 - span).max(0));
                    window.set((na as u64, na as u64 + span as u64));
                }
                return;
            }
            hover.set(pick(&e));
        })
    };
    let onmousedown = {
        let drag = drag.clone();
        let window = window.clone();
        Callback::from(move |e: MouseEvent| {
            *drag.borrow_mut() = Some((e.client_x() as f64, *window))
        })
    };
    let onmouseup = {
        let drag = drag.clone();
        let spans = props.spans.clone();
        let on_jump = props.on_jump.clone();
        let pick = pick.clone();
        Callback::from(move |e: MouseEvent| {
            let moved = drag
                .borrow()
                .map(|(x0, _)| (e.client_x() as f64 - x0).abs() > 3.0)
                .unwrap_or(false);
            *drag.borrow_mut() = None;
            if !moved {
                if let Some(site) = pick(&e).and_then(|i| spans[i].site.clone()) {
                    on_jump.emit(site);
                }
            }
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        let drag = drag.clone();
        Callback::from(move |_| {
            hover.set(None);
            *drag.borrow_mut() = None;
        })
    };
    let onwheel = {
        let window = window.clone();
        let canvas = canvas.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let Some(c) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            let rect = c.get_bounding_client_rect();
            let f = ((e.client_x() as f64 - rect.left()) / rect.width().max(1.0)).clamp(0.0, 1.0);
            let (a, b) = *window;
            let span = (b - a) as f64;
            let scale = if e.delta_y() < 0.0 { 0.8 } else { 1.25 };
            let new_span = (span * scale).clamp(1000.0, end as f64);
            let pivot = a as f64 + f * span;
            let na = (pivot - f * new_span).clamp(0.0, (end as f64 - new_span).max(0.0));
            window.set((na as u64, (na + new_span) as u64));
        })
    };
    let reset = {
        let window = window.clone();
        Callback::from(move |_| window.set((0, end)))
    };
    let tooltip = (*hover).and_then(|i| props.spans.get(i)).map(|s| {
        let total = s.end.0 - s.start.0;
        let self_ns = self_time(&props.spans, s);
        html! {
            <div class="tooltip" data-testid="flame-tooltip">
                <strong>{ &s.name }</strong>{ format!(" ({})", s.category) }<br />
                { format!("total {} · self {}", format_time(VTime(total)), format_time(VTime(self_ns))) }<br />
                { format!("{} → {}", format_time(s.start), format_time(s.end)) }
                if let Some(site) = &s.site { <><br />{ format!("{} (click to open)", site_text(&Some(SourceLoc::clone(site)))) }</> }
            </div>
        }
    });
    if props.spans.is_empty() {
        return html! { <div class="empty" data-testid="flame">{ "(the flame chart appears when the run finishes)" }</div> };
    }
    html! {
        <div class="flame" data-testid="flame">
            <div class="flame-tools">
                <span>{ format!("{} spans · wheel to zoom, drag to pan, click to open the source", props.spans.len()) }</span>
                <button class="small" onclick={reset}>{ "Reset zoom" }</button>
            </div>
            <canvas ref={canvas} style={format!("height:{height}px")} {onmousemove} {onmousedown} {onmouseup} {onmouseleave} {onwheel}
                aria-label="Flame chart of callbacks and function calls" role="img" />
            { for tooltip }
        </div>
    }
}

#[allow(clippy::too_many_arguments)]
fn draw(
    canvas: &NodeRef,
    spans: &[Span],
    t0: u64,
    t1: u64,
    hovered: Option<usize>,
    at: VTime,
    main_depth: usize,
    dark: bool,
    height: f64,
) {
    let Some((ctx, w)) = crate::dom::canvas_2d(canvas, 100, height) else {
        return;
    };
    let span_t = (t1.saturating_sub(t0)).max(1) as f64;
    let x_of = |t: u64| (t as f64 - t0 as f64) / span_t * w;
    ctx.set_font("11px system-ui, sans-serif");
    // Last pixel column drawn per row: narrower spans in the same column are merged.
    let mut last_px: Vec<i64> = Vec::new();
    for (i, s) in spans.iter().enumerate() {
        let Some(row) = row_of(s, main_depth) else {
            continue;
        };
        if s.end.0 < t0 || s.start.0 > t1 {
            continue;
        }
        let x0 = x_of(s.start.0).max(0.0);
        let x1 = x_of(s.end.0).min(w);
        let px = x0.floor() as i64;
        if last_px.len() <= row {
            last_px.resize(row + 1, -1);
        }
        if x1 - x0 < 1.0 && last_px[row] == px {
            continue;
        }
        last_px[row] = px;
        let y = row as f64 * ROW;
        ctx.set_fill_style_str(if Some(i) == hovered {
            "#e0507a"
        } else {
            color(s, dark)
        });
        ctx.fill_rect(x0, y, (x1 - x0).max(1.0), ROW - 1.0);
        if x1 - x0 > 30.0 {
            ctx.set_fill_style_str(if dark { "#f0f0f0" } else { "#1d1d1f" });
            let label: String = s.name.chars().take(((x1 - x0) / 6.5) as usize).collect();
            let _ = ctx.fill_text(&label, x0 + 3.0, y + 12.0);
        }
    }
    // The cursor.
    let cx = x_of(at.0);
    if (0.0..=w).contains(&cx) {
        ctx.set_fill_style_str("#d33");
        ctx.fill_rect(cx, 0.0, 1.5, height);
    }
    ctx.set_fill_style_str(if dark { "#aaa" } else { "#555" });
    let _ = ctx.fill_text(&format_time(VTime(t0)), 2.0, height - 4.0);
    let end_label = format_time(VTime(t1));
    let _ = ctx.fill_text(&end_label, w - 7.0 * end_label.len() as f64, height - 4.0);
}
