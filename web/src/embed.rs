//! Embed mode (`?embed`): query options for course pages (panels, theme, read-only, controls, starting step,
//! autoplay, click-to-load) and the host ↔ embed postMessage protocol.

/// Options read from the page's query string.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedOptions {
    pub embed: bool,
    /// `panels=` (or `view=`): overrides the scenario's panels.
    pub panels: Option<Vec<String>>,
    /// `theme=light|dark|auto`.
    pub theme: Option<String>,
    pub read_only: bool,
    /// `controls=0` hides the transport; a list (`run,step,play,scrub`) shows only those.
    pub controls: Option<Vec<String>>,
    pub step: Option<usize>,
    pub autoplay: bool,
    /// `ctl=1`: load no engine until the reader clicks Run.
    pub click_to_load: bool,
}

impl EmbedOptions {
    /// Parses `location.search` (with or without the leading `?`).
    pub fn parse(search: &str) -> Self {
        let mut o = EmbedOptions {
            embed: false,
            panels: None,
            theme: None,
            read_only: false,
            controls: None,
            step: None,
            autoplay: false,
            click_to_load: false,
        };
        let list = |v: &str| {
            v.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
        };
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = js_sys::decode_uri_component(v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_else(|| v.to_string());
            let on = v.is_empty() || v == "1" || v == "true";
            match k {
                "embed" => o.embed = on,
                "panels" | "view" => o.panels = Some(list(&v)),
                "theme" => o.theme = Some(v),
                "readonly" | "ro" => o.read_only = on,
                "controls" => o.controls = Some(if v == "0" { Vec::new() } else { list(&v) }),
                "step" => o.step = v.parse().ok(),
                "autoplay" => o.autoplay = on,
                "ctl" => o.click_to_load = on,
                _ => {}
            }
        }
        o
    }

    /// Whether a control group (`run`, `step`, `play`, `scrub`) is shown.
    pub fn shows(&self, control: &str) -> bool {
        self.controls
            .as_ref()
            .is_none_or(|c| c.iter().any(|x| x == control))
    }
}
