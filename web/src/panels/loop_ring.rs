//! The event-loop diagram: the six libuv phases as a ring with the current phase lit, and the nextTick and
//! microtask queues in the middle (they drain between every callback).

use looplab_trace::{Phase, Queue};
use yew::prelude::*;

use super::Shot;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
}

fn phase_queue(p: Phase) -> Option<Queue> {
    match p {
        Phase::Timers => Some(Queue::Timers),
        Phase::Pending => Some(Queue::Pending),
        Phase::IdlePrepare => None,
        Phase::Poll => Some(Queue::Poll),
        Phase::Check => Some(Queue::Check),
        Phase::Close => Some(Queue::Close),
    }
}

#[function_component(LoopRing)]
pub fn loop_ring(props: &Props) -> Html {
    let v = &props.shot.view;
    let (cx, cy, r) = (130.0_f64, 118.0_f64, 88.0_f64);
    let nodes = Phase::ALL.iter().enumerate().map(|(i, p)| {
        let a = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / 6.0;
        let (x, y) = (cx + r * a.cos(), cy + r * a.sin());
        let active = v.phase == Some(*p);
        let count = phase_queue(*p).map_or(0, |q| v.waiting_len(q));
        html! {
            <g class={classes!("phase", active.then_some("active"))} data-phase={p.name()}>
                <rect x={format!("{:.1}", x - 44.0)} y={format!("{:.1}", y - 15.0)} width="88" height="30" rx="15" />
                <text x={format!("{:.1}", x)} y={format!("{:.1}", y + 1.0)}>{ p.name() }</text>
                if count > 0 {
                    <text class="badge" x={format!("{:.1}", x + 40.0)} y={format!("{:.1}", y - 12.0)}>{ count }</text>
                }
            </g>
        }
    });
    let ticks = v.waiting_len(Queue::NextTick);
    let micro = v.waiting_len(Queue::Microtask);
    let where_ = match (v.phase, v.exited, props.shot.cursor) {
        (_, Some(code), _) => format!("exited with code {code}"),
        (Some(p), _, _) => format!("iteration {} · {} phase", v.iteration, p.name()),
        (None, _, 0) => "not started".to_string(),
        (None, _, _) if v.iteration == 0 => "main module".to_string(),
        (None, _, _) => format!("iteration {} · between phases", v.iteration),
    };
    html! {
        <div class="loop-ring" data-testid="phase-ring">
            <svg viewBox="0 0 260 236" role="img" aria-label={format!("Event loop: {where_}")}>
                <circle class="ring" cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} />
                { for nodes }
                <g class="micro">
                    <text x={cx.to_string()} y={(cy - 10.0).to_string()}>{ format!("nextTick: {ticks}") }</text>
                    <text x={cx.to_string()} y={(cy + 12.0).to_string()}>{ format!("microtasks: {micro}") }</text>
                </g>
            </svg>
            <div class="loop-where" data-testid="loop-where">{ where_ }</div>
        </div>
    }
}
