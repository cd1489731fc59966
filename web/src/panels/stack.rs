//! The call stack at the cursor: the running callback and the instrumented function calls inside it.

use yew::prelude::*;

use super::{site_text, JumpTo, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
    pub on_jump: JumpTo,
}

#[function_component(Stack)]
pub fn stack(props: &Props) -> Html {
    let replay = props.shot.replay.borrow();
    let frames: Vec<_> = props
        .shot
        .view
        .stack
        .iter()
        .rev()
        .map(|e| replay.describe(*e))
        .collect();
    if frames.is_empty() {
        return html! { <div class="empty" data-testid="stack">{ "(empty: the loop is between callbacks)" }</div> };
    }
    html! {
        <ol class="stack" data-testid="stack">
            { for frames.into_iter().map(|(name, site)| {
                let text = site_text(&site);
                let jump = site.clone().map(|s| {
                    let cb = props.on_jump.clone();
                    Callback::from(move |_: MouseEvent| cb.emit(s.clone()))
                });
                html! {
                    <li class="frame">
                        <button class="frame-btn" onclick={jump} disabled={site.is_none()}>
                            <span class="frame-name">{ name }</span>
                            <span class="frame-site">{ text }</span>
                        </button>
                    </li>
                }
            }) }
        </ol>
    }
}
