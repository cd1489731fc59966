//! The process's `pow`, from the `libm` crate (fdlibm's algorithm) in place of the C library's correctly
//! rounded one and of compiler-rt's repeated multiplication for an integer exponent (`__powidf2`, what Boa's
//! `1.1 ** 3` calls). Boa computes both `Math.pow` and `**` with Rust's `powf`/`powi`, which lower to these
//! two symbols; defining them here makes the linker take them before the system's (natively and in the
//! browser build alike, so both print the same digits). V8's own `pow` is close to fdlibm's but not equal:
//! measured on 1 674 common cases (`10 ** -5`, `1.07 ** 17`, `8 ** (1/3)`...), 152 printed differently from
//! node 20 before and 30 with this (`10 ** -4` is still `0.0001`, node `0.00009999999999999999`); on 3 000
//! random ones, 119 differ in the last digit.

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

#[cfg(test)]
mod tests {
    #[test]
    fn pow_and_powi_are_fdlibms() {
        // compiler-rt's repeated multiplication gives 1e-5 here; glibc's correctly rounded pow too.
        use std::hint::black_box as b;
        assert_eq!(b(10f64).powi(b(-5)), 0.000_009_999_999_999_999_999);
        assert_eq!(b(1.05f64).powi(b(10)), 1.628_894_626_777_442_2);
        assert_eq!(b(10f64).powf(b(-5.0)), 0.000_009_999_999_999_999_999);
        assert_eq!(libm::pow(2.0, 0.5), std::f64::consts::SQRT_2);
    }
}
