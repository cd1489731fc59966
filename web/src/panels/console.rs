//! The console: stdout and stderr as written up to the cursor (stderr in red), capped to the last lines so a
//! script printing a million lines stays responsive.

use looplab_trace::Stream;
use yew::prelude::*;

use super::Shot;

/// Lines rendered at most; the rest is summarised (the full output is in the trace download).
pub const MAX_LINES: usize = 1000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
}

#[function_component(Console)]
pub fn console(props: &Props) -> Html {
    let replay = props.shot.replay.borrow();
    let total = replay.output_count(props.shot.cursor);
    // Walk back from the cursor until enough lines are collected.
    let mut chunks: Vec<(Stream, &str)> = Vec::new();
    let mut lines = 0;
    for (stream, text) in replay.output_upto(props.shot.cursor).rev() {
        lines += text.matches('\n').count().max(1);
        chunks.push((stream, text));
        if lines >= MAX_LINES {
            break;
        }
    }
    chunks.reverse();
    let hidden = total - chunks.len();
    html! {
        <div class="console" data-testid="console" role="log" aria-live="polite">
            if hidden > 0 {
                <div class="note">{ format!("{hidden} earlier writes not shown (download the trace for everything)") }</div>
            }
            { for chunks.into_iter().map(|(stream, text)| html! {
                <span class={classes!("out", if stream == Stream::Stderr { "stderr" } else { "stdout" })}>{ text }</span>
            }) }
            if total == 0 { <span class="empty">{ "(no output yet)" }</span> }
        </div>
    }
}
