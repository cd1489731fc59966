//! The virtual network's model, checked on runs: configured latency and bandwidth show in measured times,
//! seeded loss adds retransmission delays and is reproducible, a process left with only a listening server
//! stops with `networkIdle`, virtual clients load-test a server and their requests appear in the trace, and
//! the network summary reports their latency.

use looplab_runtime::{run, NullSinkPublic, RunResult, Scenario};
use looplab_trace::{network_at, render_network_summary};

fn run_doc(main: &str, config: serde_json::Value, record: bool) -> RunResult {
    let doc = serde_json::json!({ "v": 1, "files": { "/main.js": main }, "entry": "/main.js", "config": config });
    let scenario = Scenario::from_json(&doc.to_string()).expect("scenario");
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || run(&scenario, record, Box::new(NullSinkPublic)).expect("run"))
        .expect("thread");
    handle.join().expect("join")
}

/// Echo server + client: prints the round-trip time of a small message and the time to move 1 MB.
const ECHO: &str = r#"
const net = require('net');
const { performance } = require('perf_hooks');
const server = net.createServer((s) => s.pipe(s));
server.listen(4100, () => {
  const c = net.connect(4100, '127.0.0.1', () => {
    const t0 = performance.now();
    c.write('ping');
    c.once('data', () => {
      console.log('rtt', Math.round(performance.now() - t0));
      const t1 = performance.now();
      let got = 0;
      c.on('data', (d) => {
        got += d.length;
        if (got === 1000000) { console.log('bulk', Math.round(performance.now() - t1)); c.end(); server.close(); }
      });
      c.write(Buffer.alloc(1000000));
    });
  });
});
"#;

fn numbers(out: &str, key: &str) -> f64 {
    out.lines()
        .find_map(|l| l.strip_prefix(&format!("{key} ")))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no '{key}' in {out:?}"))
}

#[test]
fn latency_and_bandwidth_show_in_measured_times() {
    let fast = run_doc(ECHO, serde_json::json!({}), false);
    assert_eq!(fast.exit_code, 0, "{}", fast.stderr);
    assert!(numbers(&fast.stdout, "rtt") <= 1.0, "{}", fast.stdout);
    let slow = run_doc(
        ECHO,
        serde_json::json!({ "network": { "latencyNs": 10_000_000, "bandwidthBytesPerSec": 1_000_000 } }),
        false,
    );
    assert_eq!(slow.exit_code, 0, "{}", slow.stderr);
    let rtt = numbers(&slow.stdout, "rtt");
    assert!((20.0..=23.0).contains(&rtt), "10 ms each way: rtt {rtt}");
    // 1 MB at 1 MB/s takes a second each way through the echo, pipelined: about 2 s, not 1 ms.
    let bulk = numbers(&slow.stdout, "bulk");
    assert!(
        (1900.0..=2300.0).contains(&bulk),
        "bulk {bulk} ms at 1 MB/s"
    );
}

#[test]
fn seeded_loss_delays_segments_reproducibly() {
    let cfg = serde_json::json!({ "network": { "loss": 0.5, "retransmitNs": 200_000_000 } });
    let a = run_doc(ECHO, cfg.clone(), false);
    let b = run_doc(ECHO, cfg, false);
    assert_eq!(a.stdout, b.stdout, "same seed, same losses");
    let lossless = run_doc(ECHO, serde_json::json!({}), false);
    assert!(
        numbers(&a.stdout, "rtt") + numbers(&a.stdout, "bulk")
            >= numbers(&lossless.stdout, "rtt") + numbers(&lossless.stdout, "bulk") + 200.0,
        "loss 0.5 must retransmit at least once: {} vs {}",
        a.stdout,
        lossless.stdout
    );
}

#[test]
fn a_server_left_listening_stops_with_network_idle() {
    let r = run_doc(
        "require('http').createServer(() => {}).listen(3000, () => console.log('up'));",
        serde_json::json!({}),
        true,
    );
    assert_eq!(r.stdout, "up\n");
    assert_eq!(r.exit_code, 124);
    assert!(
        r.stderr
            .contains("only listening servers, open sockets, MessagePorts"),
        "{}",
        r.stderr
    );
}

#[test]
fn virtual_clients_load_test_a_server() {
    let main = r#"
const http = require('http');
let n = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') { const end = Date.now() + 30; while (Date.now() < end); }
  res.end('ok');
  if (++n === 82) server.close();
});
server.listen(3000);
"#;
    let cfg = serde_json::json!({ "network": { "clients": [
        { "name": "quick", "connections": 4, "requests": 20, "thinkMs": 1 },
        { "name": "slow", "path": "/slow", "connections": 1, "requests": 2, "startMs": 2, "thinkMs": 40 }
    ] } });
    let r = run_doc(main, cfg, true);
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    let net = network_at(&r.trace);
    assert_eq!(net.requests.iter().filter(|q| !q.client).count(), 82);
    let client = net.latencies_of(true);
    assert_eq!(client.len(), 82, "every virtual request answered");
    let p50 = looplab_trace::percentile(&client, 50.0).unwrap_or(0);
    let max = client.last().copied().unwrap_or(0);
    assert!(p50 < 5_000_000, "median stays small: {p50} ns");
    assert!(
        max >= 29_000_000,
        "the blocking handler shows in the tail: {max} ns"
    );
    let summary = render_network_summary(&r.trace);
    assert!(
        summary.contains("virtual clients: 82 requests sent, 82 answered"),
        "{summary}"
    );
    assert!(summary.contains("statuses: 200 × 82"), "{summary}");
}

#[test]
fn configured_host_names_resolve_through_the_pool() {
    let main = r#"
const http = require('http');
const dns = require('dns');
dns.lookup('api.local', (err, address, family) => console.log('lookup', err, address, family));
dns.lookup('elsewhere.local', (err) => console.log('other', err.code));
const server = http.createServer((req, res) => res.end('hi from ' + req.headers.host));
server.listen(3000, () => {
  http.get('http://api.local:3000/', (res) => {
    let b = '';
    res.on('data', (d) => (b += d));
    res.on('end', () => { console.log(b); server.close(); });
  });
});
"#;
    let r = run_doc(
        main,
        serde_json::json!({ "network": { "hosts": { "API.local": "127.0.0.1" } } }),
        true,
    );
    assert_eq!(r.exit_code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "lookup null 127.0.0.1 4\nother ENOTFOUND\nhi from api.local:3000\n"
    );
    let pool_jobs = r
        .trace
        .iter()
        .filter(|s| matches!(&s.event, looplab_trace::TraceEvent::TaskQueued { label, .. } if label.starts_with("getaddrinfo api.local")))
        .count();
    assert!(
        pool_jobs >= 2,
        "lookups go through the thread pool: {pool_jobs}"
    );
}
