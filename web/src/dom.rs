//! Small browser helpers: downloads, clipboard, local storage (all failure-tolerant: storage may be disabled),
//! the URL fragment and messages to an embedding page.

use wasm_bindgen::JsCast;

/// The window (always present on the UI thread).
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Milliseconds since navigation (for the figures the benchmark reads).
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Runs `f` at the next animation frame (if the browser draws frames at all).
pub fn next_frame(f: impl FnOnce() + 'static) {
    let cb = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = window() {
        let _ = w.request_animation_frame(cb.unchecked_ref());
    }
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Copies text to the clipboard (best effort; needs a user gesture).
pub fn copy(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Reads a local-storage item (None if storage is disabled).
pub fn load(key: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(key).ok()?
}

/// Writes a local-storage item, ignoring a full or disabled storage.
pub fn save(key: &str, value: &str) {
    if let Some(Ok(Some(s))) = window().map(|w| w.local_storage()) {
        let _ = s.set_item(key, value);
    }
}

/// The URL fragment without `#`.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// The page URL without its query and fragment (what a share link is built on).
pub fn base_url() -> String {
    let Some(loc) = window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// Replaces the fragment without adding a history entry.
pub fn replace_hash(fragment: &str) {
    if let Some(w) = window() {
        if let Ok(h) = w.history() {
            let url = format!("#{fragment}");
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// True when the system prefers a dark theme.
pub fn prefers_dark() -> bool {
    window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Sets `data-theme` on the root element.
pub fn set_theme(dark: bool) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.set_attribute("data-theme", if dark { "dark" } else { "light" });
    }
}

/// Sizes a canvas to its CSS width (at least `min_width`) × `height` at the device pixel ratio, clears it and
/// returns its 2D context (in CSS pixels) and width.
pub fn canvas_2d(
    canvas: &yew::NodeRef,
    min_width: i32,
    height: f64,
) -> Option<(web_sys::CanvasRenderingContext2d, f64)> {
    let c = canvas.cast::<web_sys::HtmlCanvasElement>()?;
    let ratio = window().map_or(1.0, |w| w.device_pixel_ratio());
    let w = c.client_width().max(min_width) as f64;
    c.set_width((w * ratio) as u32);
    c.set_height((height * ratio) as u32);
    let ctx = c
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    let _ = ctx.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, w, height);
    Some((ctx, w))
}

/// Posts a message to the embedding page (no-op when not framed).
pub fn post_to_parent(msg: &serde_json::Value) {
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    if let Ok(v) = js_sys::JSON::parse(&msg.to_string()) {
        let _ = parent.post_message(&v, "*");
    }
}

/// Height of the whole document (what an embed reports to its host).
pub fn document_height() -> i32 {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .map_or(0, |e| e.scroll_height())
}
