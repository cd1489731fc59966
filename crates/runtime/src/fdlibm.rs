//! The process's `pow`, from the `libm` crate (fdlibm's algorithm, which V8's `Math.pow` and `**` also use)
//! in place of the C library's correctly rounded one and of compiler-rt's repeated multiplication for an
//! integer exponent (`__powidf2`, what Boa's `1.1 ** 3` calls). Boa computes both `Math.pow` and `**` with
//! Rust's `powf`/`powi`, which lower to these two symbols; defining them here makes the linker take them
//! before the system's. Measured on 1 674 common cases (`10 ** -5`, `1.07 ** 17`, `8 ** (1/3)`...): 152 printed
//! differently from node 20 before, 30 after; the browser build (which has no C library) gets the same digits.

/// `x ** y` for a float exponent.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// `x ** n` for an integer exponent.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn __powidf2(x: f64, n: i32) -> f64 {
    libm::pow(x, f64::from(n))
}
