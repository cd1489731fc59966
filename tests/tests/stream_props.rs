//! Property test: random chunk sizes and highWaterMarks through a pipeline (Readable -> splitting Transform ->
//! PassThrough -> Writable, sync or async consumers) lose no byte and reorder nothing, and the trace's byte
//! counts agree with what the sink received.

use looplab_trace::streams_at;
use proptest::prelude::*;

fn program(sizes: &[usize], hwms: &[usize; 4], async_sink: bool, object_split: bool) -> String {
    let sizes = sizes
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let done = if async_sink {
        "setImmediate(cb)"
    } else {
        "cb()"
    };
    let split = if object_split {
        "const k = c.length >> 1; this.push(c.subarray(0, k)); cb(null, c.subarray(k));"
    } else {
        "cb(null, c);"
    };
    format!(
        "const {{ Readable, Transform, PassThrough, Writable, pipeline }} = require('stream');\n\
         const sizes = [{sizes}];\n\
         const [h0, h1, h2, h3] = [{h0}, {h1}, {h2}, {h3}];\n\
         let seq = 0;\n\
         const src = new Readable({{ highWaterMark: h0, read() {{\n\
           const n = sizes.shift();\n\
           if (n === undefined) {{ this.push(null); return; }}\n\
           const b = Buffer.alloc(n);\n\
           for (let i = 0; i < n; i++) b[i] = (seq++) & 255;\n\
           this.push(b);\n\
         }} }});\n\
         const t = new Transform({{ highWaterMark: h1, transform(c, e, cb) {{ {split} }} }});\n\
         const p = new PassThrough({{ highWaterMark: h2 }});\n\
         let got = 0;\n\
         let bad = -1;\n\
         const sink = new Writable({{ highWaterMark: h3, write(c, e, cb) {{\n\
           for (let i = 0; i < c.length; i++) {{ if (c[i] !== (got & 255) && bad < 0) bad = got; got++; }}\n\
           {done};\n\
         }} }});\n\
         pipeline(src, t, p, sink, (err) => console.log(err ? 'ERR ' + err.message : got + ' ' + bad));\n",
        h0 = hwms[0],
        h1 = hwms[1],
        h2 = hwms[2],
        h3 = hwms[3],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn pipelines_lose_and_reorder_nothing(
        sizes in proptest::collection::vec(0usize..5000, 0..24),
        hwms in proptest::array::uniform4(0usize..20000),
        async_sink in any::<bool>(),
        split in any::<bool>(),
    ) {
        let total: usize = sizes.iter().sum();
        let src = program(&sizes, &hwms, async_sink, split);
        let result = looplab_runtime::run_source("/main.js", &src, true)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(result.exit_code, 0, "{}", result.stderr);
        prop_assert_eq!(result.stdout, format!("{total} -1\n"));
        // The trace saw every byte enter the sink (the 4th stream created).
        let last = result.trace.last().map_or(0, |s| s.seq);
        let snap = streams_at(&result.trace, last);
        let sink = snap.streams.values().nth(3).map(|g| (g.label.clone(), g.writable));
        prop_assert_eq!(sink.as_ref().map(|(l, _)| l.as_str()), Some("Writable"));
        let through = sink.and_then(|(_, w)| w).map_or(0, |w| w.through);
        prop_assert_eq!(through as usize, total);
    }
}
