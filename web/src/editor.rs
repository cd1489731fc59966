//! Bridge to the CodeMirror 6 editor bundled from web/js/editor.js (`window.LooplabEditor`). If the bundle is
//! missing, the app falls back to a plain textarea.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A CodeMirror editor holding one state per file.
    pub type EditorHandle;

    #[wasm_bindgen(catch, js_namespace = LooplabEditor, js_name = create)]
    fn create_editor(parent: &web_sys::Element, opts: &JsValue) -> Result<EditorHandle, JsValue>;

    #[wasm_bindgen(method, catch)]
    pub fn open(this: &EditorHandle, name: &str, text: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    pub fn replace(this: &EditorHandle, name: &str, text: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    pub fn remove(this: &EditorHandle, name: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = setMarkers)]
    pub fn set_markers(this: &EditorHandle, markers: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = setActiveLine)]
    pub fn set_active_line(this: &EditorHandle, file: &str, line: u32) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = setReadOnly)]
    pub fn set_read_only(this: &EditorHandle, read_only: bool) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = setDark)]
    pub fn set_dark(this: &EditorHandle, dark: bool) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    pub fn destroy(this: &EditorHandle) -> Result<(), JsValue>;
}

/// True once editor.js has defined `window.LooplabEditor`.
pub fn bundle_loaded() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"LooplabEditor".into()).ok())
        .is_some_and(|v| v.is_object())
}

/// True once the page's `load` event is due (every deferred script has run by then).
pub fn page_loaded() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.ready_state() == "complete")
}

/// The callbacks the editor holds (kept alive as long as the editor).
pub type EditorCallbacks = (Closure<dyn FnMut(String, String)>, Closure<dyn FnMut()>);

/// Creates the editor inside `parent`, showing `open` (file name, text) if given. `on_change(file, text)` fires
/// on user edits, `on_run` on Ctrl/Cmd+Enter.
pub fn create(
    parent: &web_sys::Element,
    read_only: bool,
    dark: bool,
    open: Option<(&str, &str)>,
    on_change: Closure<dyn FnMut(String, String)>,
    on_run: Closure<dyn FnMut()>,
) -> Result<(EditorHandle, EditorCallbacks), JsValue> {
    let opts = js_sys::Object::new();
    if let Some((name, text)) = open {
        let file = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&file, &"name".into(), &name.into());
        let _ = js_sys::Reflect::set(&file, &"text".into(), &text.into());
        let _ = js_sys::Reflect::set(&opts, &"open".into(), &file);
    }
    let _ = js_sys::Reflect::set(&opts, &"readOnly".into(), &read_only.into());
    let _ = js_sys::Reflect::set(&opts, &"dark".into(), &dark.into());
    let _ = js_sys::Reflect::set(&opts, &"onChange".into(), on_change.as_ref());
    let _ = js_sys::Reflect::set(&opts, &"onRun".into(), on_run.as_ref());
    let handle = create_editor(parent, &opts)?;
    Ok((handle, (on_change, on_run)))
}

/// One error marker: (file, 1-based line, message).
pub fn markers(list: &[(String, u32, String)]) -> JsValue {
    let arr = js_sys::Array::new();
    for (file, line, message) in list {
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &"file".into(), &file.into());
        let _ = js_sys::Reflect::set(&o, &"line".into(), &(*line).into());
        let _ = js_sys::Reflect::set(&o, &"message".into(), &message.into());
        let _ = js_sys::Reflect::set(&o, &"severity".into(), &"error".into());
        arr.push(&o);
    }
    arr.into()
}
