//! The queues as chips: what waits in nextTick, microtasks, timers (by due time), pending, poll, check and
//! close at the cursor, each chip labelled with the callback's name and where it was scheduled.

use looplab_trace::{format_time, Queue};
use yew::prelude::*;

use super::{site_text, JumpTo, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
    pub on_jump: JumpTo,
}

const SHOWN: &[(Queue, &str)] = &[
    (Queue::NextTick, "process.nextTick"),
    (Queue::Microtask, "Microtasks"),
    (Queue::Timers, "Timers"),
    (Queue::Pending, "Pending I/O"),
    (Queue::Poll, "Poll (I/O done)"),
    (Queue::Check, "Check (setImmediate)"),
    (Queue::Close, "Close"),
];

/// Chips shown per queue before "+N more".
const MAX_CHIPS: usize = 40;

#[function_component(Queues)]
pub fn queues(props: &Props) -> Html {
    let v = &props.shot.view;
    let replay = props.shot.replay.borrow();
    let rows = SHOWN.iter().map(|(q, title)| {
        let count = v.waiting_len(*q);
        let chips = v.waiting(*q).take(MAX_CHIPS).map(|t| {
            let (label, site) = replay
                .label(t.task, *q)
                .cloned()
                .unwrap_or_else(|| (q.name().to_string(), None));
            let loc = site.or_else(|| replay.callback_site(t.task).cloned());
            let site = site_text(&loc);
            let due = t.due.filter(|_| *q == Queue::Timers).map(|d| format!(" @{}", format_time(d)));
            let jump = loc.clone().map(|s| {
                let cb = props.on_jump.clone();
                Callback::from(move |_: MouseEvent| cb.emit(s.clone()))
            });
            html! {
                <button class="chip" data-queue={q.name()} title={format!("{label} · {site}")} onclick={jump}>
                    <span class="chip-label">{ label }</span>
                    if !site.is_empty() { <span class="chip-site">{ site }</span> }
                    if let Some(due) = due { <span class="chip-due">{ due }</span> }
                </button>
            }
        });
        let more = count.saturating_sub(MAX_CHIPS);
        html! {
            <div class="queue" data-testid={format!("queue-{}", q.name())}>
                <div class="queue-name">{ title }<span class="count">{ count }</span></div>
                <div class="chips">
                    { for chips }
                    if more > 0 { <span class="more">{ format!("+{more} more") }</span> }
                </div>
            </div>
        }
    });
    html! { <div class="queues">{ for rows }</div> }
}
