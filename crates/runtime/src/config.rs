//! Scenario documents and their run configuration (epoch, seed, thread pool size, latency model, limits).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::RuntimeError;

/// The Node version whose semantics Looplab follows (and prints in `process.version`).
pub const NODE_VERSION: &str = "v20.20.2";

/// Which of `setTimeout(0)` and `setImmediate` scheduled in the main module runs first. Real Node leaves this to
/// chance (it depends on whether 1 ms elapsed before the loop started); Looplab makes it a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum LoopEntry {
    /// The loop starts 1 ms after the main module ends: due 0/1 ms timers run before immediates (the default).
    #[default]
    TimersFirst,
    /// The loop starts in the same millisecond: immediates run before 1 ms timers.
    ImmediateFirst,
}

/// Modelled durations of thread-pool work, in virtual nanoseconds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Latencies {
    /// `crypto.pbkdf2` cost per iteration.
    pub pbkdf2_per_iteration_ns: u64,
    /// `crypto.scrypt` cost per unit of `N * r * p`.
    pub scrypt_per_block_ns: u64,
    /// `crypto.randomBytes` / `randomFill` fixed cost.
    pub random_bytes_ns: u64,
    /// Fixed cost of one asynchronous fs operation (open, read, stat...).
    pub fs_op_ns: u64,
    /// Additional cost per KiB an fs read or write moves.
    pub fs_per_kib_ns: u64,
}

impl Default for Latencies {
    fn default() -> Self {
        Latencies {
            pbkdf2_per_iteration_ns: 1_000,
            scrypt_per_block_ns: 4_000,
            random_bytes_ns: 20_000,
            fs_op_ns: 20_000,
            fs_per_kib_ns: 1_000,
        }
    }
}

/// The virtual network: every socket of `net`/`http` connects over it, in virtual time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Network {
    /// One-way delay of every segment, in virtual nanoseconds (loopback by default).
    pub latency_ns: u64,
    /// Bytes per second each direction of a connection carries (a segment takes `len / bandwidth` to send).
    pub bandwidth_bytes_per_sec: u64,
    /// Probability (0..1) that a segment is lost once and retransmitted after `retransmit_ns` (seeded).
    pub loss: f64,
    /// Retransmission timeout added to a lost segment.
    pub retransmit_ns: u64,
    /// Bytes a socket's peer buffers before the sender's writes report backpressure (the kernel buffers).
    pub socket_buffer_bytes: u64,
    /// Open connections at most; connecting past it fails with EMFILE.
    pub max_connections: u64,
    /// Virtual HTTP clients that load-test the script's server (started after the main module).
    pub clients: Vec<VirtualClients>,
    /// Host names `dns.lookup` resolves (through the thread pool) besides `localhost`: name → address. Map
    /// names to 127.0.0.1 or ::1 to reach the script's servers by name.
    pub hosts: BTreeMap<String, String>,
}

/// A group of virtual HTTP clients: `connections` connections to `port`, each sending `requests` requests
/// one after another (keep-alive, or a new connection per request), measured in the trace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VirtualClients {
    /// Label in the trace and the summary.
    pub name: String,
    pub port: u16,
    pub method: String,
    pub path: String,
    /// Concurrent connections.
    pub connections: u32,
    /// Requests per connection.
    pub requests: u32,
    /// Request body size in bytes (sent with Content-Length).
    pub body_bytes: u64,
    /// Reuse the connection (HTTP keep-alive) or open a new one per request.
    pub keep_alive: bool,
    /// Virtual ms before the first request.
    pub start_ms: u64,
    /// Pause between a response and the next request, in virtual ms.
    pub think_ms: u64,
    /// Slow reader: read the response at most this many bytes per second (0: as fast as it arrives).
    pub read_bytes_per_sec: u64,
    /// Slowloris: send the request head one byte every this many ms (0: all at once).
    pub header_byte_ms: u64,
    /// Send this text instead of a well-formed request (malformed-input lessons).
    pub raw: Option<String>,
}

impl Default for VirtualClients {
    fn default() -> Self {
        VirtualClients {
            name: "clients".into(),
            port: 3000,
            method: "GET".into(),
            path: "/".into(),
            connections: 1,
            requests: 1,
            body_bytes: 0,
            keep_alive: true,
            start_ms: 0,
            think_ms: 0,
            read_bytes_per_sec: 0,
            header_byte_ms: 0,
            raw: None,
        }
    }
}

impl Default for Network {
    fn default() -> Self {
        Network {
            latency_ns: 50_000,
            bandwidth_bytes_per_sec: 1_000_000_000,
            loss: 0.0,
            retransmit_ns: 200_000_000,
            socket_buffer_bytes: 256 * 1024,
            max_connections: 10_000,
            clients: Vec::new(),
            hosts: BTreeMap::new(),
        }
    }
}

/// Limits that stop a run with a clear message instead of hanging or exhausting memory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Limits {
    /// Stop when the virtual clock passes this many milliseconds.
    pub virtual_time_ms: u64,
    /// Stop after this many callbacks (macrotasks, ticks and microtasks together).
    pub steps: u64,
    /// Iterations of any single JS loop before it is stopped (Boa's loop-iteration limit).
    pub loop_iterations: u64,
    /// Maximum JS call depth (Boa's recursion limit).
    pub call_depth: usize,
    /// Maximum bytes written to stdout + stderr.
    pub output_bytes: u64,
    /// Maximum trace events recorded.
    pub trace_events: u64,
    /// Maximum live heap bytes of the whole process; enforced by the host (the CLI's counting allocator and
    /// watchdog, the browser worker), because a pure-JS loop like `s += s` never calls into Looplab.
    pub heap_bytes: u64,
    /// Maximum bytes of file content in the virtual file system (ENOSPC beyond).
    pub vfs_bytes: u64,
    /// Native stack bytes a run may use before user functions throw `RangeError: Maximum call stack size
    /// exceeded` (0: the embedder's budget, see `set_stack_budget`; the smaller of the two applies).
    pub native_stack_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            virtual_time_ms: 3_600_000,
            steps: 5_000_000,
            // (Courses block the event loop with `for (let i = 0; i < 1e9; i++) {}`: about 1 s in node, 100 s
            // here natively; an infinite loop is stopped after as many iterations, or by the playground's Stop.)
            loop_iterations: 1_000_000_000,
            call_depth: 11_000,
            output_bytes: 64 * 1024 * 1024,
            trace_events: 2_000_000,
            heap_bytes: 2 * 1024 * 1024 * 1024,
            vfs_bytes: 64 * 1024 * 1024,
            native_stack_bytes: 0,
        }
    }
}

/// Everything about a run that is not code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Config {
    /// Wall-clock time (ms since the Unix epoch, UTC) at virtual time 0.
    pub epoch_ms: i64,
    /// Seed for `Math.random` and crypto randomness.
    pub seed: u64,
    /// `UV_THREADPOOL_SIZE` unless the script sets `process.env.UV_THREADPOOL_SIZE` before first pool use.
    pub threadpool: u32,
    pub latencies: Latencies,
    pub network: Network,
    pub limits: Limits,
    pub loop_entry: LoopEntry,
    /// Arguments after the script name (`process.argv.slice(2)`).
    pub argv: Vec<String>,
    /// Environment variables seen by `process.env`.
    pub env: BTreeMap<String, String>,
    /// `process.cwd()`.
    pub cwd: String,
    /// When recording, also record call spans of the runtime's own JS (console, streams, fs…), marked
    /// `runtime`. They cost no virtual time; the playground turns them off so stepping stays on user code.
    pub runtime_spans: bool,
    /// The scenario's stdin is raw bytes, one char (U+0000..=U+00FF) per byte: what the CLI passes on when
    /// its piped input is not UTF-8. Otherwise stdin is text, read as UTF-8. Left out of share links when false.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stdin_bytes: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            epoch_ms: 1_767_225_600_000, // 2026-01-01T00:00:00Z
            seed: 42,
            threadpool: 4,
            latencies: Latencies::default(),
            network: Network::default(),
            limits: Limits::default(),
            loop_entry: LoopEntry::default(),
            argv: Vec::new(),
            env: BTreeMap::new(),
            cwd: "/".to_string(),
            runtime_spans: true,
            stdin_bytes: false,
        }
    }
}

/// A versioned scenario: files, entry point, stdin and config (the document share links and embeds carry).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub v: u32,
    pub files: BTreeMap<String, String>,
    /// Files whose bytes are not UTF-8 text (an image, a Latin-1 export): base64 in the document.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        with = "base64_map"
    )]
    pub binary_files: BTreeMap<String, Vec<u8>>,
    /// Directories the files do not imply (an empty `uploads/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dirs: Vec<String>,
    /// Symbolic links: path -> target, as `fs.symlink(target, path)` makes them.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub symlinks: BTreeMap<String, String>,
    pub entry: String,
    #[serde(default)]
    pub stdin: String,
    #[serde(default)]
    pub config: Config,
}

impl Scenario {
    /// A one-file scenario with the default config.
    pub fn single_file(path: &str, source: &str) -> Self {
        let mut files = BTreeMap::new();
        files.insert(path.to_string(), source.to_string());
        let cwd = match path.rfind('/') {
            Some(0) | None => "/".to_string(),
            Some(i) => path[..i].to_string(),
        };
        Scenario {
            v: 1,
            files,
            binary_files: BTreeMap::new(),
            dirs: Vec::new(),
            symlinks: BTreeMap::new(),
            entry: path.to_string(),
            stdin: String::new(),
            config: Config {
                cwd,
                ..Config::default()
            },
        }
    }

    /// Parses a scenario JSON document.
    pub fn from_json(text: &str) -> Result<Self, RuntimeError> {
        let s: Scenario =
            serde_json::from_str(text).map_err(|e| RuntimeError::Scenario(e.to_string()))?;
        if s.v != 1 {
            return Err(RuntimeError::Scenario(format!(
                "unsupported scenario version {}",
                s.v
            )));
        }
        Ok(s)
    }
}

/// `binaryFiles` in a scenario document: each file's bytes as standard base64.
mod base64_map {
    use std::collections::BTreeMap;

    use base64::Engine as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(
        map: &BTreeMap<String, Vec<u8>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let text: BTreeMap<&String, String> = map
            .iter()
            .map(|(k, v)| (k, base64::engine::general_purpose::STANDARD.encode(v)))
            .collect();
        text.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<BTreeMap<String, Vec<u8>>, D::Error> {
        BTreeMap::<String, String>::deserialize(d)?
            .into_iter()
            .map(|(k, v)| {
                base64::engine::general_purpose::STANDARD
                    .decode(v.as_bytes())
                    .map(|bytes| (k.clone(), bytes))
                    .map_err(|e| serde::de::Error::custom(format!("binaryFiles['{k}']: {e}")))
            })
            .collect()
    }
}
