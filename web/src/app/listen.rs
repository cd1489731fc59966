//! Page-wide listeners: keyboard shortcuts, `hashchange` (a pasted link), the editor bundle arriving late, and
//! control messages from an embedding page (`{target: "looplab", type: "control", action, step}`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, KeyboardEvent, MessageEvent};
use yew::html::Scope;

use super::{App, Msg};
use crate::transport::Nav;

/// A DOM listener removed when dropped.
pub struct Listener {
    target: EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

fn listen(
    target: EventTarget,
    event: &'static str,
    f: impl FnMut(web_sys::Event) + 'static,
) -> Option<Listener> {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    target
        .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
        .ok()?;
    Some(Listener {
        target,
        event,
        closure,
    })
}

/// True when typing in a text field (shortcuts other than Ctrl/Cmd+Enter are then left alone).
fn typing(e: &KeyboardEvent) -> bool {
    let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el.closest(".cm-editor").ok().flatten().is_some()
}

fn on_key(link: &Scope<App>, e: KeyboardEvent) {
    let key = e.key();
    if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
        e.prevent_default();
        link.send_message(Msg::Run);
        return;
    }
    if typing(&e) || e.ctrl_key() || e.meta_key() {
        return;
    }
    let msg = match (key.as_str(), e.shift_key()) {
        (" ", _) | ("k", _) => Msg::Nav(Nav::TogglePlay),
        ("ArrowRight", false) | ("l", false) => Msg::Nav(Nav::NextEvent),
        ("ArrowRight", true) | ("L", true) => Msg::Nav(Nav::NextCallback),
        ("ArrowLeft", false) | ("j", false) => Msg::Nav(Nav::PrevEvent),
        ("ArrowLeft", true) | ("J", true) => Msg::Nav(Nav::PrevCallback),
        ("]", _) => Msg::Nav(Nav::NextIteration),
        ("[", _) => Msg::Nav(Nav::PrevIteration),
        ("Home", _) => Msg::Nav(Nav::Start),
        ("End", _) => Msg::Nav(Nav::End),
        ("Escape", _) => Msg::ShowGallery(false),
        ("g", _) => Msg::ShowGallery(true),
        ("?", _) => Msg::ShowHelp(true),
        _ => return,
    };
    // Buttons and the range input handle Space/arrows themselves when focused.
    if let Some(el) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        if el.tag_name().eq_ignore_ascii_case("button") && key == " " {
            return;
        }
    }
    e.prevent_default();
    link.send_message(msg);
}

/// Installs the page-wide listeners.
pub fn install(link: &Scope<App>) -> Vec<Listener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(doc) = window.document() {
        let l = link.clone();
        out.extend(listen(doc.into(), "keydown", move |e| {
            if let Ok(k) = e.dyn_into::<KeyboardEvent>() {
                on_key(&l, k);
            }
        }));
    }
    // editor.js is an async module script: the app usually mounts before it has run.
    for event in ["looplab-editor-ready", "load"] {
        let l = link.clone();
        out.extend(listen(window.clone().into(), event, move |_| {
            l.send_message(Msg::EditorScript)
        }));
    }
    let l = link.clone();
    out.extend(listen(window.clone().into(), "hashchange", move |_| {
        l.send_message(Msg::LoadFromHash)
    }));
    let l = link.clone();
    out.extend(listen(window.into(), "message", move |e| {
        let Ok(m) = e.dyn_into::<MessageEvent>() else {
            return;
        };
        let data = m.data();
        let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok();
        if get("target").and_then(|v| v.as_string()).as_deref() != Some("looplab")
            || get("type").and_then(|v| v.as_string()).as_deref() != Some("control")
        {
            return;
        }
        let action = get("action")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let step = get("step")
            .and_then(|v| v.as_f64())
            .map(|s| s.max(0.0) as usize);
        l.send_message(Msg::Control(action, step));
    }));
    out
}
