//! node:v8, the part that reports memory: getHeapStatistics / getHeapSpaceStatistics / getHeapCodeStatistics
//! with Looplab's measured figures. Every "heap" number is the runtime's live heap as counted by the embedder's
//! allocator (the same figure process.memoryUsage() reports as rss/heapTotal/heapUsed); heap_size_limit is
//! limits.heapBytes. V8-specific parts (code space, handles, flags, serialization) are not emulated.
(function (internal) {
  'use strict';
  const host = internal.host;
  let peak = 0;
  function heap() {
    const h = host.heapBytes();
    if (h > peak) peak = h;
    return h;
  }
  function getHeapStatistics() {
    const used = heap();
    const limit = host.heapLimit;
    return {
      total_heap_size: used,
      total_heap_size_executable: 0,
      total_physical_size: used,
      total_available_size: Math.max(0, limit - used),
      used_heap_size: used,
      heap_size_limit: limit,
      malloced_memory: used,
      peak_malloced_memory: peak,
      does_zap_garbage: 0,
      number_of_native_contexts: 1,
      number_of_detached_contexts: 0,
      total_global_handles_size: 0,
      used_global_handles_size: 0,
      external_memory: 0,
    };
  }
  function getHeapSpaceStatistics() {
    const used = heap();
    return [{ space_name: 'looplab_heap', space_size: used, space_used_size: used, space_available_size: Math.max(0, host.heapLimit - used), physical_space_size: used }];
  }
  function getHeapCodeStatistics() {
    return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
  }
  internal.modules.v8 = {
    getHeapStatistics,
    getHeapSpaceStatistics,
    getHeapCodeStatistics,
    cachedDataVersionTag() { return 0; },
  };
})
