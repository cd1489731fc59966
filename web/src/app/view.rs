//! The playground's layout: top bar, editor with file tabs and stdin, the chosen panels, time control, and
//! the gallery / help dialogs. Embed mode (`?embed`) renders a compact version.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::{App, Msg, Status};
use crate::gallery;
use crate::panels::{self, card};
use crate::scenario::PANELS;
use crate::transport::Transport;

fn status_text(s: &Status) -> String {
    match s {
        Status::Idle => "engine not loaded: press Run".into(),
        Status::Loading => "loading engine…".into(),
        Status::Ready => "ready".into(),
        Status::Running => "running…".into(),
        Status::Done(code) => format!("done · exit code {code}"),
        Status::Stopped => "stopped".into(),
        Status::Crashed(_) => "engine crashed".into(),
    }
}

pub fn view(app: &App, ctx: &Context<App>) -> Html {
    let link = ctx.link();
    let embed = app.embed.embed;
    let running = matches!(app.status, Status::Running | Status::Loading);
    let shot = app.shot();
    let on_jump = link.callback(Msg::Jump);
    let run_label = if app.worker.is_none() && app.status == Status::Idle {
        "▶ Load & run"
    } else {
        "▶ Run"
    };
    let topbar = html! {
        <header class="topbar">
            <span class="logo" aria-label="Looplab">{ "⟳ Looplab" }</span>
            if !embed {
                <button class="ghost" onclick={link.callback(|_| Msg::ShowGallery(true))} data-testid="gallery-btn" title="Gallery (g)">{ "Gallery" }</button>
            }
            if !embed || app.scenario.title.is_some() {
                <span class="title" data-testid="scenario-title">{ app.scenario.title.clone().unwrap_or_else(|| "Untitled scenario".into()) }</span>
            }
            if app.embed.shows("run") {
                <button class="primary" onclick={link.callback(|_| Msg::Run)} data-testid="run-btn" title="Run (Ctrl+Enter)" disabled={app.status == Status::Running}>{ run_label }</button>
                <button onclick={link.callback(|_| Msg::Stop)} data-testid="stop-btn" title="Stop the engine at once" disabled={!running}>{ "■ Stop" }</button>
            }
            <span class={classes!("status", matches!(app.status, Status::Crashed(_)).then_some("bad"))} data-testid="status" role="status">{ status_text(&app.status) }</span>
            <span class="spacer" />
            if embed {
                <a class="open" href={app.share_link(true)} target="_blank" rel="noopener" data-testid="open-in-looplab">{ "Open in Looplab ↗" }</a>
            } else {
                <details class="menu">
                    <summary data-testid="share-menu">{ "Share" }</summary>
                    <div class="menu-body">
                        <button onclick={link.callback(|_| Msg::CopyLink)} data-testid="copy-link">{ "Copy link" }</button>
                        <button onclick={link.callback(|_| Msg::CopyMarkdown)} data-testid="copy-md">{ "Copy as Markdown" }</button>
                        <button onclick={link.callback(|_| Msg::Download("scenario"))} data-testid="download-scenario">{ "Download scenario (.json)" }</button>
                        <button onclick={link.callback(|_| Msg::Download("trace"))}>{ "Download trace (.json)" }</button>
                        <button onclick={link.callback(|_| Msg::Download("chrome"))}>{ "Chrome trace (open in Perfetto / chrome://tracing)" }</button>
                        <button onclick={link.callback(|_| Msg::Download("speedscope"))}>{ "speedscope profile" }</button>
                    </div>
                </details>
                <details class="menu">
                    <summary>{ "Panels" }</summary>
                    <div class="menu-body">
                        { for PANELS.iter().map(|(id, title)| {
                            let id_s = id.to_string();
                            html! {
                                <label class="check">
                                    <input type="checkbox" checked={app.scenario.panels.iter().any(|p| p == id)}
                                        onchange={link.callback(move |_| Msg::TogglePanel(id_s.clone()))} />
                                    { *title }
                                </label>
                            }
                        }) }
                    </div>
                </details>
                <button class="ghost" onclick={link.callback(|_| Msg::ToggleTheme)} aria-label="Toggle dark theme" title="Light / dark">{ if app.dark { "☀" } else { "☾" } }</button>
                <button class="ghost" onclick={link.callback(|_| Msg::ShowHelp(true))} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">{ "?" }</button>
                <span class="node" data-testid="engine-version" title="Looplab follows the semantics of this Node release">
                    { format!("Node {}", app.node_version.clone().unwrap_or_else(|| "v20".into())) }
                </span>
            }
        </header>
    };
    let banner = app.banner.as_ref().map(|b| {
        let crashed = matches!(app.status, Status::Crashed(_));
        html! {
            <div class="banner" role="alert" data-testid="error-banner">
                <span>{ b }</span>
                if crashed { <button onclick={link.callback(|_| Msg::RestartEngine)} data-testid="restart-btn">{ "Restart engine" }</button> }
                <button class="ghost" onclick={link.callback(|_| Msg::DismissBanner)} aria-label="Dismiss">{ "×" }</button>
            </div>
        }
    });
    let share_note = app
        .share_note
        .as_ref()
        .map(|n| html! { <div class="share-note" data-testid="share-note">{ n }</div> });
    let tabs = app.scenario.files.iter().map(|(name, _)| {
        let n = name.clone();
        let r = name.clone();
        let active = *name == app.active;
        let is_entry = *name == app.scenario.entry;
        html! {
            <span class={classes!("tab", active.then_some("active"))}>
                <button role="tab" aria-selected={active.to_string()} data-testid={format!("tab-{}", name.trim_start_matches('/'))}
                    onclick={link.callback(move |_| Msg::SelectTab(n.clone()))} title={if is_entry { "entry point" } else { "" }}>
                    { name.trim_start_matches('/') }{ if is_entry { " ★" } else { "" } }
                </button>
                if !is_entry && !embed {
                    <button class="close" aria-label={format!("Remove {name}")} onclick={link.callback(move |_| Msg::RemoveFile(r.clone()))}>{ "×" }</button>
                }
            </span>
        }
    });
    let fallback = app.editor_failed.then(|| {
        let active = app.active.clone();
        let oninput = link.callback(move |e: InputEvent| {
            let text = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default();
            Msg::Edited(active.clone(), text)
        });
        html! { <textarea class="fallback-editor" aria-label="Code editor" value={app.scenario.file(&app.active).unwrap_or_default().to_string()} {oninput} readonly={app.embed.read_only} /> }
    });
    let on_stdin = link.callback(|e: InputEvent| {
        Msg::Stdin(
            e.target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                .map(|t| t.value())
                .unwrap_or_default(),
        )
    });
    let editor_col = html! {
        <section class="editor-col" aria-label="Scenario">
            <div class="tabs" role="tablist">
                { for tabs }
                if !embed { <button class="ghost add" onclick={link.callback(|_| Msg::AddFile)} aria-label="Add a file" title="Add a file">{ "+" }</button> }
            </div>
            <div class="editor" ref={app.editor_ref.clone()} hidden={app.editor_failed} />
            { for fallback }
            if !embed {
                <details class="stdin" open={!app.scenario.stdin.is_empty()}>
                    <summary>{ "stdin" }</summary>
                    <textarea data-testid="stdin" aria-label="Standard input for process.stdin and readline" placeholder="Text the script reads from process.stdin"
                        value={app.scenario.stdin.clone()} oninput={on_stdin} />
                </details>
            }
            if let Some(summary) = &app.lesson_summary {
                if !embed { <div class="lesson" data-testid="lesson-summary"><p>{ summary }</p></div> }
            }
        </section>
    };
    let files_list = app.files_after.clone().unwrap_or_else(|| {
        app.scenario
            .files
            .iter()
            .map(|(n, t)| (n.clone(), t.len() as u64))
            .collect()
    });
    let pool_size = app.scenario.config["threadpool"].as_u64().unwrap_or(4) as u32;
    let panel = |id: &str| -> Html {
        let title = PANELS.iter().find(|(p, _)| *p == id).map_or(id, |(_, t)| t);
        let body = match id {
            "loop" => html! { <panels::loop_ring::LoopRing shot={shot.clone()} /> },
            "queues" => {
                html! { <panels::queues::Queues shot={shot.clone()} on_jump={on_jump.clone()} /> }
            }
            "stack" => {
                html! { <panels::stack::Stack shot={shot.clone()} on_jump={on_jump.clone()} /> }
            }
            "console" => html! { <panels::console::Console shot={shot.clone()} /> },
            "threadpool" => html! { <panels::pool::Pool shot={shot.clone()} size={pool_size} /> },
            "memory" => html! { <panels::memory::Memory shot={shot.clone()} /> },
            "flame" => {
                html! { <panels::flame::Flame shot={shot.clone()} spans={app.spans.clone()} on_jump={on_jump.clone()} dark={app.dark} /> }
            }
            "streams" => html! { <panels::streams::Streams shot={shot.clone()} /> },
            "network" => html! { <panels::network::Network shot={shot.clone()} /> },
            "files" => {
                html! { <panels::files::Files files={files_list.clone()} after_run={app.files_after.is_some()} /> }
            }
            _ => return html! {},
        };
        card(id, title, body)
    };
    let shown: Vec<&str> = PANELS
        .iter()
        .map(|(p, _)| *p)
        .filter(|p| app.scenario.panels.iter().any(|x| x == p))
        .collect();
    let show_transport =
        app.embed.shows("step") || app.embed.shows("play") || app.embed.shows("scrub");
    html! {
        <div class={classes!("app", embed.then_some("embed"))}>
            { topbar }
            { for banner }
            { for share_note }
            <main class="workspace">
                { editor_col }
                <section class="panels-col" aria-label="Panels">
                    { for shown.iter().map(|p| panel(p)) }
                </section>
            </main>
            if show_transport {
                <Transport shot={shot.clone()} playing={app.playing} speed={app.speed} on_nav={link.callback(Msg::Nav)}
                    show_step={app.embed.shows("step")} show_play={app.embed.shows("play")} show_scrub={app.embed.shows("scrub")} dark={app.dark} />
            }
            if app.show_gallery { { gallery_dialog(ctx) } }
            if app.show_help { { help_dialog(ctx) } }
        </div>
    }
}

fn gallery_dialog(ctx: &Context<App>) -> Html {
    let link = ctx.link();
    html! {
        <div class="modal" role="dialog" aria-modal="true" aria-label="Gallery" onclick={link.callback(|_| Msg::ShowGallery(false))}>
            <div class="modal-body" onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <div class="modal-head">
                    <h2>{ "Gallery: what a Node course teaches, runnable" }</h2>
                    <button class="ghost" onclick={link.callback(|_| Msg::ShowGallery(false))} aria-label="Close">{ "×" }</button>
                </div>
                <ol class="gallery" data-testid="gallery-list">
                    { for gallery::LESSONS.iter().map(|l| html! {
                        <li>
                            <a class="gallery-item" href={format!("#example/{}", l.id)} data-id={l.id}
                                onclick={link.callback(|_| Msg::ShowGallery(false))}>
                                <strong>{ l.title }</strong>
                                <span>{ l.summary.split(". ").next().unwrap_or(l.summary) }</span>
                            </a>
                        </li>
                    }) }
                </ol>
            </div>
        </div>
    }
}

fn help_dialog(ctx: &Context<App>) -> Html {
    let link = ctx.link();
    let keys = [
        ("Ctrl/⌘ + Enter", "run"),
        ("Space / k", "play / pause"),
        ("→ / l", "next event"),
        ("Shift + →", "next callback"),
        ("]", "next loop iteration"),
        ("← / Shift + ← / [", "back by event / callback / iteration"),
        ("Home / End", "start / end of the run"),
        ("g", "gallery"),
        ("Esc", "close dialogs"),
    ];
    html! {
        <div class="modal" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts" onclick={link.callback(|_| Msg::ShowHelp(false))}>
            <div class="modal-body small">
                <div class="modal-head"><h2>{ "Keyboard shortcuts" }</h2>
                    <button class="ghost" onclick={link.callback(|_| Msg::ShowHelp(false))} aria-label="Close">{ "×" }</button></div>
                <dl class="keys">{ for keys.iter().map(|(k, d)| html! { <><dt><kbd>{ *k }</kbd></dt><dd>{ *d }</dd></> }) }</dl>
                <p>{ "The run happens ahead in a worker; the panels replay its trace. Scrubbing back is instant: nothing re-runs." }</p>
            </div>
        </div>
    }
}
