//! Unit tests of the replay model on a small hand-built trace (the spec suite checks it on real traces).

use super::*;
use crate::event::{Outcome, TaskId};

fn ev(seq: u64, at: u64, event: TraceEvent) -> Stamped {
    Stamped {
        seq,
        at: VTime(at),
        event,
    }
}

fn queued(seq: u64, task: u64, queue: Queue, label: &str, due: Option<u64>) -> Stamped {
    ev(
        seq,
        0,
        TraceEvent::TaskQueued {
            task: TaskId(task),
            queue,
            label: label.into(),
            site: None,
            due: due.map(VTime),
            duration: None,
            trigger: None,
        },
    )
}

fn sample() -> Vec<Stamped> {
    vec![
        ev(
            0,
            0,
            TraceEvent::TaskStarted {
                task: TaskId(1),
                queue: Queue::Main,
                worker: None,
            },
        ),
        queued(1, 2, Queue::Timers, "late", Some(50)),
        queued(2, 3, Queue::Timers, "early", Some(10)),
        ev(3, 5, TraceEvent::FnEnter { func: 9 }),
        ev(
            4,
            6,
            TraceEvent::Output {
                stream: Stream::Stdout,
                text: "A\n".into(),
            },
        ),
        ev(5, 7, TraceEvent::FnExit { func: 9 }),
        ev(
            6,
            8,
            TraceEvent::TaskFinished {
                task: TaskId(1),
                queue: Queue::Main,
                outcome: Outcome::Returned,
            },
        ),
        ev(
            7,
            10,
            TraceEvent::PhaseEntered {
                iteration: 1,
                phase: Phase::Timers,
            },
        ),
        ev(
            8,
            10,
            TraceEvent::TaskStarted {
                task: TaskId(3),
                queue: Queue::Timers,
                worker: None,
            },
        ),
    ]
}

#[test]
fn view_at_every_cursor_matches_a_fold_from_scratch() {
    let events = sample();
    let mut replay = Replay::new();
    replay.push_batch(events[..4].to_vec());
    replay.push_batch(events[4..].to_vec());
    for n in 0..=events.len() {
        let mut direct = ViewState::default();
        for s in &events[..n] {
            direct.apply(s);
        }
        assert_eq!(replay.view_at(n), direct, "cursor {n}");
    }
}

#[test]
fn panels_read_the_state_at_the_cursor() {
    let mut replay = Replay::new();
    replay.push_batch(sample());
    let v = replay.view_at(4);
    let timers: Vec<_> = v
        .waiting(Queue::Timers)
        .filter_map(|t| replay.label(t.task, Queue::Timers).map(|l| l.0.as_str()))
        .collect();
    assert_eq!(timers, ["early", "late"], "timers sorted by due time");
    assert_eq!(
        v.stack,
        [
            StackEntry::Task {
                task: TaskId(1),
                queue: Queue::Main
            },
            StackEntry::Func(9)
        ]
    );
    assert_eq!(replay.output_upto(4).count(), 0);
    assert_eq!(
        replay.output_upto(5).collect::<Vec<_>>(),
        [(Stream::Stdout, "A\n")]
    );
    let end = replay.view_at(usize::MAX);
    assert_eq!(end.phase, Some(Phase::Timers));
    assert_eq!(end.iteration, 1);
    assert_eq!(end.current_task(), Some((TaskId(3), Queue::Timers)));
    assert_eq!(replay.next_callback(0), Some(1));
    assert_eq!(replay.next_callback(1), Some(9));
    assert_eq!(replay.prev_callback(9), Some(1));
    assert_eq!(replay.next_iteration(0), Some(8));
    assert_eq!(replay.bands().len(), 1);
}

#[test]
fn big_queues_make_sparse_checkpoints_and_still_fold_right() {
    // 5000 queued immediates, then they run one by one: the state is large for most of the trace.
    let mut events = Vec::new();
    for t in 0..5000u64 {
        events.push(queued(t, t + 10, Queue::Check, "imm", None));
    }
    for t in 0..5000u64 {
        let seq = 5000 + 2 * t;
        events.push(ev(
            seq,
            t,
            TraceEvent::TaskStarted {
                task: TaskId(t + 10),
                queue: Queue::Check,
                worker: None,
            },
        ));
        events.push(ev(
            seq + 1,
            t,
            TraceEvent::TaskFinished {
                task: TaskId(t + 10),
                queue: Queue::Check,
                outcome: Outcome::Returned,
            },
        ));
    }
    let mut replay = Replay::new();
    replay.push_batch(events.clone());
    assert!(
        replay.checkpoints.len() < 15,
        "{} checkpoints",
        replay.checkpoints.len()
    );
    let stored: usize = replay.checkpoints.iter().map(ViewState::weight).sum();
    assert!(
        stored <= 2 * events.len(),
        "checkpoints hold {stored} items"
    );
    for n in [0, 1, 4999, 5000, 5001, 7777, 10_000, 14_999, 15_000] {
        let mut direct = ViewState::default();
        for s in &events[..n] {
            direct.apply(s);
        }
        assert_eq!(replay.view_at(n), direct, "cursor {n}");
    }
}
