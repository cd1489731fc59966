//! Time control: play/pause, step (event, callback, loop iteration) both ways, speed, and the scrubbable
//! timeline of the whole run with its phase bands (drawn on a canvas, merged per pixel column).

use looplab_trace::{format_time, Phase};
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::panels::Shot;

/// Playback speeds offered (callbacks per second).
pub const SPEEDS: &[u32] = &[1, 2, 5, 10, 30, 100, 1000];

/// What the transport asks the app to do.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Nav {
    Seek(usize),
    NextEvent,
    PrevEvent,
    NextCallback,
    PrevCallback,
    NextIteration,
    PrevIteration,
    Start,
    End,
    TogglePlay,
    Speed(u32),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
    pub playing: bool,
    pub speed: u32,
    pub on_nav: Callback<Nav>,
    /// Hidden parts for embeds (`controls=`): show step buttons / play / scrubber.
    pub show_step: bool,
    pub show_play: bool,
    pub show_scrub: bool,
    pub dark: bool,
}

fn phase_color(p: Phase, dark: bool) -> &'static str {
    match (p, dark) {
        (Phase::Timers, false) => "#f6c26b",
        (Phase::Timers, true) => "#9c7424",
        (Phase::Pending, _) => "#c38be0",
        (Phase::IdlePrepare, _) => "#9a9a9a",
        (Phase::Poll, false) => "#7fb8e6",
        (Phase::Poll, true) => "#2f6a99",
        (Phase::Check, false) => "#8cd49a",
        (Phase::Check, true) => "#2f7f41",
        (Phase::Close, _) => "#e68a8a",
    }
}

#[function_component(Transport)]
pub fn transport(props: &Props) -> Html {
    let canvas = use_node_ref();
    let len = props.shot.replay.borrow().len();
    let cursor = props.shot.cursor;
    {
        let canvas = canvas.clone();
        let shot = props.shot.clone();
        let dark = props.dark;
        use_effect_with((props.shot.clone(), dark), move |_| {
            draw(&canvas, &shot, dark)
        });
    }
    let nav = |n: Nav| {
        let cb = props.on_nav.clone();
        Callback::from(move |_: MouseEvent| cb.emit(n))
    };
    let oninput = {
        let cb = props.on_nav.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                cb.emit(Nav::Seek(i.value().parse().unwrap_or(0)));
            }
        })
    };
    let onclick_bands = {
        let cb = props.on_nav.clone();
        let canvas = canvas.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                let r = c.get_bounding_client_rect();
                let f = ((e.client_x() as f64 - r.left()) / r.width().max(1.0)).clamp(0.0, 1.0);
                cb.emit(Nav::Seek((f * len as f64).round() as usize));
            }
        })
    };
    let onspeed = {
        let cb = props.on_nav.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                cb.emit(Nav::Speed(s.value().parse().unwrap_or(10)));
            }
        })
    };
    let at = props.shot.view.at;
    html! {
        <div class="transport" data-testid="transport">
            <div class="buttons" role="toolbar" aria-label="Time control">
                if props.show_step {
                    <button onclick={nav(Nav::Start)} title="Go to start (Home)" aria-label="Go to start" data-testid="step-start">{ "⇤" }</button>
                    <button onclick={nav(Nav::PrevIteration)} title="Previous loop iteration ([)" aria-label="Previous loop iteration" data-testid="step-prev-iteration">{ "«" }</button>
                    <button onclick={nav(Nav::PrevCallback)} title="Previous callback (Shift+←)" aria-label="Previous callback" data-testid="step-prev-callback">{ "↶" }</button>
                    <button onclick={nav(Nav::PrevEvent)} title="Previous event (←)" aria-label="Previous event" data-testid="step-prev">{ "‹" }</button>
                }
                if props.show_play {
                    <button class="play" onclick={nav(Nav::TogglePlay)} title="Play / pause (Space)" aria-label={if props.playing { "Pause" } else { "Play" }} data-testid="play-btn">
                        { if props.playing { "❚❚" } else { "▶" } }
                    </button>
                }
                if props.show_step {
                    <button onclick={nav(Nav::NextEvent)} title="Next event (→)" aria-label="Next event" data-testid="step-next">{ "›" }</button>
                    <button onclick={nav(Nav::NextCallback)} title="Next callback (Shift+→)" aria-label="Next callback" data-testid="step-callback">{ "↷" }</button>
                    <button onclick={nav(Nav::NextIteration)} title="Next loop iteration (])" aria-label="Next loop iteration" data-testid="step-iteration">{ "»" }</button>
                    <button onclick={nav(Nav::End)} title="Go to end (End)" aria-label="Go to end" data-testid="step-end">{ "⇥" }</button>
                }
                if props.show_play {
                    <label class="speed">{ "speed " }
                        <select onchange={onspeed} aria-label="Playback speed (callbacks per second)">
                            { for SPEEDS.iter().map(|s| html! { <option value={s.to_string()} selected={*s == props.speed}>{ format!("{s}/s") }</option> }) }
                        </select>
                    </label>
                }
                <span class="cursor-label" data-testid="cursor-label">{ format!("step {cursor} / {len} · {}", format_time(at)) }</span>
            </div>
            if props.show_scrub {
                <div class="timeline">
                    <canvas ref={canvas} class="bands" onclick={onclick_bands} aria-hidden="true" />
                    <input type="range" min="0" max={len.to_string()} value={cursor.to_string()} {oninput}
                        aria-label="Timeline: step through the recorded run" data-testid="timeline" />
                </div>
            }
        </div>
    }
}

fn draw(canvas: &NodeRef, shot: &Shot, dark: bool) {
    let h = 14.0;
    let Some((ctx, w)) = crate::dom::canvas_2d(canvas, 50, h) else {
        return;
    };
    let replay = shot.replay.borrow();
    let len = replay.len().max(1) as f64;
    let mut last_px = -1i64;
    for b in replay.bands() {
        let x0 = b.from as f64 / len * w;
        let x1 = (b.to + 1) as f64 / len * w;
        if x1 - x0 < 1.0 && x0.floor() as i64 == last_px {
            continue;
        }
        last_px = x0.floor() as i64;
        ctx.set_fill_style_str(phase_color(b.phase, dark));
        ctx.fill_rect(x0, 0.0, (x1 - x0).max(1.0), h);
    }
    ctx.set_fill_style_str("#d33");
    ctx.fill_rect(shot.cursor as f64 / len * w - 1.0, 0.0, 2.0, h);
}
