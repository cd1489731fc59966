//! The virtual file system after the run (paths and sizes, as the worker reported them), or the scenario's
//! files before a run.

use yew::prelude::*;

use super::bytes;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// (path, size); directories end with `/`.
    pub files: Vec<(String, u64)>,
    pub after_run: bool,
}

#[function_component(Files)]
pub fn files(props: &Props) -> Html {
    html! {
        <div class="files" data-testid="files">
            <div class="note">{ if props.after_run { "Virtual file system after the run" } else { "Scenario files (run to see what the script writes)" } }</div>
            <ul class="tree">
                { for props.files.iter().map(|(path, size)| {
                    let depth = path.trim_end_matches('/').matches('/').count().saturating_sub(1);
                    let dir = path.ends_with('/');
                    let name = path.trim_end_matches('/').rsplit('/').next().unwrap_or(path).to_string();
                    html! {
                        <li class={classes!(dir.then_some("dir"))} style={format!("padding-left:{}em", depth)}>
                            <span class="fname">{ if dir { format!("{name}/") } else { name } }</span>
                            if !dir { <span class="fsize">{ bytes(*size) }</span> }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
