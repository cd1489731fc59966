//! Plain Boa behind one function, built like the engine worker (`--profile web`, wasm-bindgen, wasm-opt -Oz) by
//! `bench/wasm-floor.sh`: the size floor the playground's wasm budget is measured against. Not shipped.

/// Evaluates `src` as a script in a fresh context and returns the result (or the error) as text.
pub fn eval_to_string(src: &str) -> String {
    let mut ctx = boa_engine::Context::default();
    match ctx.eval(boa_engine::Source::from_bytes(src)) {
        Ok(v) => v.display().to_string(),
        Err(e) => e.to_string(),
    }
}

/// The wasm export that keeps the whole engine in the binary.
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn eval(src: &str) -> String {
    eval_to_string(src)
}

#[cfg(test)]
mod tests {
    #[test]
    fn evaluates_and_reports_errors() {
        assert_eq!(super::eval_to_string("1 + 2"), "3");
        assert!(super::eval_to_string("null.x").contains("TypeError"));
    }
}
