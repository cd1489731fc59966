//! The libuv thread pool: each worker with the job it runs at the cursor, and the jobs waiting for a worker.

use looplab_trace::{format_time, Queue};
use yew::prelude::*;

use super::{site_text, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
    /// `UV_THREADPOOL_SIZE` the run used (from the config; grows if the trace shows more workers).
    pub size: u32,
}

#[function_component(Pool)]
pub fn pool(props: &Props) -> Html {
    let replay = props.shot.replay.borrow();
    let info = |t: looplab_trace::TaskId| {
        replay
            .label(t, Queue::ThreadPool)
            .cloned()
            .unwrap_or_else(|| ("job".to_string(), None))
    };
    let jobs: Vec<_> = props
        .shot
        .view
        .waiting(Queue::ThreadPool)
        .copied()
        .collect();
    let max_worker = jobs
        .iter()
        .filter_map(|j| j.worker)
        .map(|w| w.0 + 1)
        .max()
        .unwrap_or(0);
    let size = props.size.max(max_worker);
    let waiting: Vec<_> = jobs.iter().filter(|j| j.worker.is_none()).collect();
    html! {
        <div class="pool" data-testid="threadpool">
            <div class="workers">
                { for (0..size).map(|w| {
                    let job = jobs.iter().find(|j| j.worker.map(|x| x.0) == Some(w));
                    html! {
                        <div class={classes!("worker", job.is_some().then_some("busy"))} data-worker={w.to_string()}>
                            <span class="worker-name">{ format!("worker {w}") }</span>
                            <span class="worker-job">{ job.map_or_else(|| "idle".to_string(), |j| info(j.task).0) }</span>
                            if let Some(d) = job.and_then(|j| j.due) { <span class="chip-due">{ format!("until {}", format_time(d)) }</span> }
                        </div>
                    }
                }) }
            </div>
            <div class="queue-name">{ "Waiting for a worker" }<span class="count">{ waiting.len() }</span></div>
            <div class="chips">
                { for waiting.iter().take(40).map(|j| {
                    let (label, site) = info(j.task);
                    html! {
                        <span class="chip" data-queue="threadpool" title={site_text(&site)}>
                            <span class="chip-label">{ label }</span>
                            <span class="chip-site">{ site_text(&site) }</span>
                        </span>
                    }
                }) }
            </div>
        </div>
    }
}
