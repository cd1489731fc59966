//! The virtual network at a point of the trace: every socket's latest state and byte counts, the HTTP
//! requests servers received (with latency once answered), and client connection pools. A pure fold of
//! `Socket`, `HttpRequest` and `HttpPool` events.

use std::collections::BTreeMap;

use crate::{Stamped, TraceEvent, VTime};

/// One socket as last reported.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SocketRow {
    pub socket: u32,
    pub role: String,
    pub local: String,
    pub remote: String,
    pub state: String,
    pub sent: u64,
    pub received: u64,
    pub in_flight: u64,
    pub unread: u64,
    /// When it was first seen.
    pub opened: VTime,
}

/// One request a server received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestRow {
    pub id: u32,
    pub socket: u32,
    /// A virtual client's measurement (send → whole response) rather than the server's (head → finish).
    pub client: bool,
    pub method: String,
    pub url: String,
    /// Status once answered.
    pub status: Option<u16>,
    pub started: VTime,
    pub finished: Option<VTime>,
}

/// One client pool.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoolRow {
    pub active: u32,
    pub free: u32,
    pub queued: u32,
}

/// The network after some events.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetView {
    pub sockets: BTreeMap<u32, SocketRow>,
    pub requests: Vec<RequestRow>,
    pub pools: BTreeMap<String, PoolRow>,
}

impl NetView {
    /// Applies one event (others are ignored).
    pub fn apply(&mut self, s: &Stamped) {
        match &s.event {
            TraceEvent::Socket {
                socket,
                role,
                local,
                remote,
                state,
                sent,
                received,
                in_flight,
                unread,
            } => {
                let row = self.sockets.entry(*socket).or_insert_with(|| SocketRow {
                    socket: *socket,
                    opened: s.at,
                    ..SocketRow::default()
                });
                row.role.clone_from(role);
                row.local.clone_from(local);
                row.remote.clone_from(remote);
                row.state.clone_from(state);
                row.sent = *sent;
                row.received = *received;
                row.in_flight = *in_flight;
                row.unread = *unread;
            }
            TraceEvent::HttpRequest {
                id,
                socket,
                client,
                method,
                url,
                status,
                done,
            } => {
                if *done {
                    if let Some(r) = self
                        .requests
                        .iter_mut()
                        .rev()
                        .find(|r| r.id == *id && r.client == *client)
                    {
                        r.status = Some(*status);
                        r.finished = Some(s.at);
                    }
                } else {
                    self.requests.push(RequestRow {
                        id: *id,
                        socket: *socket,
                        client: *client,
                        method: method.clone(),
                        url: url.clone(),
                        status: None,
                        started: s.at,
                        finished: None,
                    });
                }
            }
            TraceEvent::HttpPool {
                name,
                active,
                free,
                queued,
            } => {
                self.pools.insert(
                    name.clone(),
                    PoolRow {
                        active: *active,
                        free: *free,
                        queued: *queued,
                    },
                );
            }
            _ => {}
        }
    }

    /// Latencies (finish - start, ns) of answered requests seen by servers (`client: false`) or by virtual
    /// clients (`true`), sorted.
    pub fn latencies_of(&self, client: bool) -> Vec<u64> {
        let mut v: Vec<u64> = self
            .requests
            .iter()
            .filter(|r| r.client == client)
            .filter_map(|r| r.finished.map(|f| f.0.saturating_sub(r.started.0)))
            .collect();
        v.sort_unstable();
        v
    }

    /// Latencies of requests answered at servers.
    pub fn latencies(&self) -> Vec<u64> {
        self.latencies_of(false)
    }
}

/// The `p`-th percentile (0..=100, nearest rank) of sorted values.
pub fn percentile(sorted: &[u64], p: f64) -> Option<u64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

/// The network after all of `events`.
pub fn network_at(events: &[Stamped]) -> NetView {
    let mut v = NetView::default();
    for s in events {
        v.apply(s);
    }
    v
}

/// A text summary of the network in a whole trace: connections, client pools, requests per server, latency
/// percentiles and throughput (answered requests per virtual second between the first request and the last
/// answer). What `looplab trace FILE --net` prints.
pub fn render_network_summary(events: &[Stamped]) -> String {
    use std::fmt::Write as _;
    let v = network_at(events);
    let mut out = String::new();
    if v.sockets.is_empty() && v.requests.is_empty() {
        return "no network activity\n".to_string();
    }
    let clients = v.sockets.values().filter(|s| s.role == "client").count();
    let servers = v.sockets.len() - clients;
    let _ = writeln!(
        out,
        "connections: {} ({clients} client side, {servers} server side)",
        v.sockets.len()
    );
    let sent: u64 = v
        .sockets
        .values()
        .filter(|s| s.role == "client")
        .map(|s| s.sent)
        .sum();
    let received: u64 = v
        .sockets
        .values()
        .filter(|s| s.role == "client")
        .map(|s| s.received)
        .sum();
    let _ = writeln!(out, "client bytes: {sent} sent, {received} received");
    for (name, p) in &v.pools {
        let _ = writeln!(
            out,
            "pool {}: in use {}, idle {}, queued {} (at the end)",
            name.trim_end_matches(':'),
            p.active,
            p.free,
            p.queued
        );
    }
    for client in [false, true] {
        summarize_requests(&mut out, &v, client);
    }
    out
}

fn summarize_requests(out: &mut String, v: &NetView, client: bool) {
    use std::fmt::Write as _;
    let lat = v.latencies_of(client);
    let count = v.requests.iter().filter(|r| r.client == client).count();
    if client && count == 0 {
        return;
    }
    let _ = if client {
        writeln!(
            out,
            "virtual clients: {count} requests sent, {} answered (client-side latency)",
            lat.len()
        )
    } else {
        writeln!(
            out,
            "requests at servers: {count} received, {} answered",
            lat.len()
        )
    };
    if !lat.is_empty() {
        let f = |p: f64| {
            percentile(&lat, p).map_or_else(String::new, |ns| crate::format_time(VTime(ns)))
        };
        let _ = writeln!(
            out,
            "latency: min {} · p50 {} · p90 {} · p99 {} · max {}",
            crate::format_time(VTime(lat[0])),
            f(50.0),
            f(90.0),
            f(99.0),
            crate::format_time(VTime(lat[lat.len() - 1]))
        );
        let mine = || v.requests.iter().filter(|r| r.client == client);
        let first = mine().map(|r| r.started.0).min().unwrap_or(0);
        let last = mine()
            .filter_map(|r| r.finished.map(|f| f.0))
            .max()
            .unwrap_or(first);
        let span = last.saturating_sub(first).max(1);
        let _ = writeln!(
            out,
            "throughput: {:.1} requests/s over {}",
            lat.len() as f64 * 1e9 / span as f64,
            crate::format_time(VTime(span))
        );
    }
    let mut by_status: BTreeMap<u16, usize> = BTreeMap::new();
    for r in v.requests.iter().filter(|r| r.client == client) {
        if let Some(s) = r.status {
            *by_status.entry(s).or_default() += 1;
        }
    }
    if !by_status.is_empty() {
        let parts: Vec<String> = by_status
            .iter()
            .map(|(s, n)| format!("{s} × {n}"))
            .collect();
        let _ = writeln!(out, "statuses: {}", parts.join(", "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_nearest_rank() {
        let v: Vec<u64> = (1..=100).collect();
        assert_eq!(percentile(&v, 50.0), Some(50));
        assert_eq!(percentile(&v, 99.0), Some(99));
        assert_eq!(percentile(&v, 100.0), Some(100));
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(percentile(&[7], 99.0), Some(7));
    }

    #[test]
    fn requests_pair_start_and_finish() {
        let ev = |seq: u64, at: u64, event| Stamped {
            seq,
            at: VTime(at),
            event,
        };
        let req = |done, status| TraceEvent::HttpRequest {
            id: 1,
            socket: 2,
            client: false,
            method: "GET".into(),
            url: "/".into(),
            status,
            done,
        };
        let v = network_at(&[ev(0, 10, req(false, 0)), ev(1, 35, req(true, 200))]);
        assert_eq!(v.requests.len(), 1);
        assert_eq!(v.requests[0].status, Some(200));
        assert_eq!(v.latencies(), vec![25]);
    }
}
