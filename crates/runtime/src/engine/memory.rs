//! Memory: the heap samples of the trace, and collections under allocation pressure. Boa's collector is paced
//! by its own object allocations only, so the bytes a script holds in strings and ArrayBuffers (a 64 KiB
//! `Buffer.alloc` is one small object) do not hasten a collection; V8 counts such external memory. Looplab
//! does the same after each macrotask: when the measured heap has grown past the figure after the last
//! collection by more than `max(4 MiB, that figure / 2)`, it collects. The rule depends only on allocation
//! counts, so runs stay deterministic, and a script that drops its garbage sees its heap fall as in node.

use looplab_trace::TraceEvent;

use super::Engine;

/// Growth that always triggers a collection, whatever the heap after the last one.
const PRESSURE_MIN_BYTES: u64 = 4 * 1024 * 1024;

impl Engine {
    /// Collects now and remembers the heap left afterwards.
    pub(super) fn collect_garbage(&self) {
        boa_gc::force_collect();
        self.gc_baseline.set(crate::heap_probe());
    }

    /// Collects when the heap has grown enough since the last collection (no probe installed: never).
    fn collect_under_pressure(&self) {
        let heap = crate::heap_probe();
        let base = self.gc_baseline.get();
        if heap > base.saturating_add(PRESSURE_MIN_BYTES.max(base / 2)) {
            self.collect_garbage();
        }
    }

    /// After a macrotask: maybe collect, then record a [`TraceEvent::MemorySample`] (only when recording; it
    /// costs no virtual time).
    pub(super) fn sample_memory(&self) {
        self.collect_under_pressure();
        let mut host = self.sh.host.borrow_mut();
        if host.recorder.enabled() {
            let heap_bytes = crate::heap_probe();
            let vfs_bytes = crate::vfs::FileSystem::used_bytes(&host.vfs);
            host.emit(TraceEvent::MemorySample {
                heap_bytes,
                vfs_bytes,
            });
        }
    }
}
