//! The virtual network at the cursor: connections (role, endpoints, state, bytes sent/received, bytes in
//! flight and unread), client connection pools (in use / idle keep-alive / queued requests) and the HTTP
//! requests servers received, with their latency and p50/p99 over the answered ones. All from the trace's
//! `Socket`, `HttpPool` and `HttpRequest` events.

use looplab_trace::{format_time, percentile, VTime};
use yew::prelude::*;

use super::{bytes, Shot};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub shot: Shot,
}

/// Rows shown at most per table (the newest).
const MAX_ROWS: usize = 40;

#[function_component(Network)]
pub fn network(props: &Props) -> Html {
    let replay = props.shot.replay.borrow();
    let net = replay.network_upto(props.shot.cursor);
    if net.sockets.is_empty() && net.requests.is_empty() {
        return html! { <div class="empty" data-testid="network">{ "(no sockets yet: net, http and fetch connect over Looplab's virtual network)" }</div> };
    }
    let open = net.sockets.values().filter(|s| s.state != "closed").count();
    let lat = net.latencies();
    let answered = lat.len();
    let pct = |v: &[u64], p: f64| {
        percentile(v, p).map_or_else(|| "–".to_string(), |ns| format_time(VTime(ns)))
    };
    let client_lat = net.latencies_of(true);
    let client_sent = net.requests.iter().filter(|r| r.client).count();
    let server_requests: Vec<_> = net.requests.iter().filter(|r| !r.client).collect();
    let skip_sockets = net.sockets.len().saturating_sub(MAX_ROWS);
    let skip_requests = server_requests.len().saturating_sub(MAX_ROWS);
    html! {
        <div class="network" data-testid="network">
            <div class="net-summary" data-testid="net-summary">
                <span>{ format!("{open} open / {} connections", net.sockets.len()) }</span>
                <span>{ format!("{} requests at servers, {answered} answered", server_requests.len()) }</span>
                <span>{ format!("server latency p50 {} · p99 {}", pct(&lat, 50.0), pct(&lat, 99.0)) }</span>
                if client_sent > 0 {
                    <span data-testid="net-client-latency">{ format!("virtual clients: {} of {client_sent} answered, latency p50 {} · p99 {}", client_lat.len(), pct(&client_lat, 50.0), pct(&client_lat, 99.0)) }</span>
                }
            </div>
            if !net.pools.is_empty() {
                <div class="queue-name">{ "Client pools" }</div>
                <table class="net-table" data-testid="net-pools">
                    <tr><th>{ "origin" }</th><th>{ "in use" }</th><th>{ "idle" }</th><th>{ "queued" }</th></tr>
                    { for net.pools.iter().map(|(name, p)| html! {
                        <tr><td>{ name.trim_end_matches(':') }</td><td>{ p.active }</td><td>{ p.free }</td><td>{ p.queued }</td></tr>
                    }) }
                </table>
            }
            <div class="queue-name">{ "Connections" }</div>
            <table class="net-table" data-testid="net-sockets">
                <tr><th>{ "#" }</th><th>{ "side" }</th><th>{ "local ⇄ remote" }</th><th>{ "state" }</th><th>{ "sent" }</th><th>{ "received" }</th><th>{ "in flight" }</th><th>{ "unread" }</th></tr>
                { for net.sockets.values().skip(skip_sockets).map(|s| html! {
                    <tr class={classes!("net-socket", format!("state-{}", s.state))} data-state={s.state.clone()}>
                        <td>{ s.socket }</td>
                        <td>{ &s.role }</td>
                        <td class="mono">{ format!("{} ⇄ {}", s.local, s.remote) }</td>
                        <td>{ &s.state }</td>
                        <td>{ bytes(s.sent) }</td>
                        <td>{ bytes(s.received) }</td>
                        <td>{ bytes(s.in_flight) }</td>
                        <td>{ bytes(s.unread) }</td>
                    </tr>
                }) }
            </table>
            if !server_requests.is_empty() {
                <div class="queue-name">{ "Requests at servers" }</div>
                <table class="net-table" data-testid="net-requests">
                    <tr><th>{ "#" }</th><th>{ "request" }</th><th>{ "status" }</th><th>{ "latency" }</th></tr>
                    { for server_requests.iter().skip(skip_requests).map(|r| html! {
                        <tr class={classes!("net-request", r.finished.is_none().then_some("pending"))}>
                            <td>{ r.id }</td>
                            <td class="mono">{ format!("{} {}", r.method, r.url) }</td>
                            <td>{ r.status.map_or_else(|| "…".to_string(), |s| s.to_string()) }</td>
                            <td>{ r.finished.map_or_else(|| format!("since {}", format_time(r.started)), |f| format_time(VTime(f.0.saturating_sub(r.started.0)))) }</td>
                        </tr>
                    }) }
                </table>
            }
        </div>
    }
}
