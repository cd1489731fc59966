//! Compact binary encoding of trace batches (MessagePack via rmp-serde) for the worker → UI channel.
//!
//! The worker encodes each batch of events into one byte buffer that is transferred (not copied) with
//! `postMessage`; the UI decodes it and appends the events to its single copy of the trace.

use crate::event::Stamped;

/// Why a batch could not be encoded or decoded.
#[derive(Debug, thiserror::Error)]
pub enum WireError {
    #[error("cannot encode a trace batch: {0}")]
    Encode(#[from] rmp_serde::encode::Error),
    #[error("damaged trace batch: {0}")]
    Decode(#[from] rmp_serde::decode::Error),
}

/// Encodes a batch of events.
pub fn encode_batch(events: &[Stamped]) -> Result<Vec<u8>, WireError> {
    Ok(rmp_serde::to_vec_named(events)?)
}

/// Decodes a batch produced by [`encode_batch`].
pub fn decode_batch(bytes: &[u8]) -> Result<Vec<Stamped>, WireError> {
    Ok(rmp_serde::from_slice(bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Queue, SourceLoc, TaskId, TraceEvent, VTime};

    #[test]
    fn round_trips_every_shape_and_is_smaller_than_json() {
        let events = vec![
            Stamped {
                seq: 0,
                at: VTime(0),
                event: TraceEvent::RunStarted {
                    entry: "/main.js".into(),
                    epoch_ms: 1_700_000_000_000,
                },
            },
            Stamped {
                seq: 1,
                at: VTime(1500),
                event: TraceEvent::TaskQueued {
                    task: TaskId(7),
                    queue: Queue::Timers,
                    label: "setTimeout callback".into(),
                    site: Some(SourceLoc {
                        file: "/main.js".into(),
                        line: 2,
                        column: 12,
                    }),
                    due: Some(VTime(u64::MAX)),
                    duration: None,
                    trigger: Some(TaskId(1)),
                },
            },
            Stamped {
                seq: 2,
                at: VTime(2000),
                event: TraceEvent::Output {
                    stream: crate::Stream::Stdout,
                    text: "héllo ✓\n".into(),
                },
            },
            Stamped {
                seq: 3,
                at: VTime(2100),
                event: TraceEvent::FnEnter { func: u32::MAX },
            },
        ];
        let bytes = encode_batch(&events).expect("encode");
        assert_eq!(decode_batch(&bytes).expect("decode"), events);
        let json = serde_json::to_vec(&events).expect("json");
        assert!(
            bytes.len() < json.len(),
            "{} >= {}",
            bytes.len(),
            json.len()
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for bytes in [&b""[..], b"\x91", b"\xff\xff\xff", b"\x93\x01\x02\x03"] {
            assert!(decode_batch(bytes).is_err());
        }
    }
}
