//! The process's `pow`: V8's own (fdlibm's `e_pow.c` as V8 11 carries it) in place of the C library's correctly
//! rounded one and of compiler-rt's repeated multiplication for an integer exponent (`__powidf2`, what Boa's
//! `1.1 ** 3` calls). Boa computes both `Math.pow` and `**` with Rust's `powf`/`powi`, which lower to these
//! two symbols; defining them here makes the linker take them before the system's (natively and in the
//! browser build alike, so both print the same digits).
//!
//! Why not the `libm` crate's pow: it is the same fdlibm algorithm, but V8's copy differs in one expression of
//! the final `2**(p_h+p_l)` step. fdlibm computes `r = (z*t1)/(t1-2) - (w+z*w)`; V8 computes
//! `r = (z*t1)/((t1-2) - (w+z*w))`. That moves the last digit of about 4% of results (`10 ** -4` is
//! `0.00009999999999999999` in node, `0.0001` with libm), so this file follows V8's.
//!
//! The algorithm and its constants are fdlibm's (Copyright (C) 2004 by Sun Microsystems, Inc.: "Permission to
//! use, copy, modify, and distribute this software is freely granted, provided that this notice is
//! preserved").

// fdlibm's constants are kept digit for digit as published, next to their hexadecimal forms' meaning.
#![allow(clippy::excessive_precision)]

/// `x ** y` for a float exponent.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    v8_pow(x, y)
}

/// `x ** n` for an integer exponent.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn __powidf2(x: f64, n: i32) -> f64 {
    v8_pow(x, f64::from(n))
}

fn high(d: f64) -> i32 {
    (d.to_bits() >> 32) as u32 as i32
}

fn low(d: f64) -> u32 {
    d.to_bits() as u32
}

fn with_high(d: f64, hi: i32) -> f64 {
    f64::from_bits((d.to_bits() & 0xFFFF_FFFF) | (u64::from(hi as u32) << 32))
}

fn with_low(d: f64, lo: u32) -> f64 {
    f64::from_bits((d.to_bits() & 0xFFFF_FFFF_0000_0000) | u64::from(lo))
}

/// Whether `y` is an integer, for a negative base: 0 not an integer, 1 odd, 2 even.
fn integer_kind(iy: i32, ly: u32) -> i32 {
    if iy >= 0x4340_0000 {
        return 2; // |y| >= 2**53: even
    }
    if iy < 0x3ff0_0000 {
        return 0; // |y| < 1
    }
    let e = (iy >> 20) - 0x3ff;
    if e > 20 {
        let j = ly >> (52 - e);
        if j << (52 - e) == ly {
            return 2 - (j & 1) as i32;
        }
    } else if ly == 0 {
        let j = iy >> (20 - e);
        if j << (20 - e) == iy {
            return 2 - (j & 1);
        }
    }
    0
}

/// log2(|x|) as `t1 + t2`, `t1` with its low word cleared. `ax` is finite, not zero, not one.
fn log2_split(ax: f64, ix: i32) -> (f64, f64) {
    const BP: [f64; 2] = [1.0, 1.5];
    const DP_H: [f64; 2] = [0.0, 5.849_624_872_207_641_601_56e-1];
    const DP_L: [f64; 2] = [0.0, 1.350_039_202_129_748_971_28e-8];
    const TWO53: f64 = 9_007_199_254_740_992.0;
    const L1: f64 = 5.999_999_999_999_946_487_25e-1;
    const L2: f64 = 4.285_714_285_785_501_842_52e-1;
    const L3: f64 = 3.333_333_298_183_774_329_18e-1;
    const L4: f64 = 2.727_281_238_085_340_064_89e-1;
    const L5: f64 = 2.306_607_457_755_617_540_67e-1;
    const L6: f64 = 2.069_750_178_003_384_177_84e-1;
    const CP: f64 = 9.617_966_939_259_755_543_29e-1;
    const CP_H: f64 = 9.617_967_009_544_372_558_59e-1;
    const CP_L: f64 = -7.028_461_650_952_758_265_16e-9;

    let mut ax = ax;
    let mut ix = ix;
    let mut n = 0i32;
    if ix < 0x0010_0000 {
        // subnormal
        ax *= TWO53;
        n -= 53;
        ix = high(ax);
    }
    n += (ix >> 20) - 0x3ff;
    let j = ix & 0x000f_ffff;
    ix = j | 0x3ff0_0000;
    let k = if j <= 0x3988e {
        0 // |x| < sqrt(3/2)
    } else if j < 0xbb67a {
        1 // |x| < sqrt(3)
    } else {
        n += 1;
        ix -= 0x0010_0000;
        0
    };
    ax = with_high(ax, ix);

    // ss = s_h + s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
    let u = ax - BP[k];
    let v = 1.0 / (ax + BP[k]);
    let ss = u * v;
    let s_h = with_low(ss, 0);
    let t_h = with_high(
        0.0,
        ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + ((k as i32) << 18),
    );
    let t_l = ax - (t_h - BP[k]);
    let s_l = v * ((u - s_h * t_h) - s_h * t_l);
    // log(ax)
    let s2 = ss * ss;
    let mut r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += s_l * (s_h + ss);
    let s2 = s_h * s_h;
    let t_h = with_low(3.0 + s2 + r, 0);
    let t_l = r - ((t_h - 3.0) - s2);
    let u = s_h * t_h;
    let v = s_l * t_h + t_l * ss;
    // 2/(3 log 2) * (ss + ...)
    let p_h = with_low(u + v, 0);
    let p_l = v - (p_h - u);
    let z_h = CP_H * p_h;
    let z_l = CP_L * p_h + p_l * CP + DP_L[k];
    let t = f64::from(n);
    let t1 = with_low(((z_h + z_l) + DP_H[k]) + t, 0);
    let t2 = z_l - (((t1 - t) - DP_H[k]) - z_h);
    (t1, t2)
}

/// V8 11's `base::ieee754::pow`.
pub fn v8_pow(x: f64, y: f64) -> f64 {
    const HUGE: f64 = 1.0e300;
    const TINY: f64 = 1.0e-300;
    const P1: f64 = 1.666_666_666_666_660_190_37e-1;
    const P2: f64 = -2.777_777_777_701_559_338_42e-3;
    const P3: f64 = 6.613_756_321_437_934_361_17e-5;
    const P4: f64 = -1.653_390_220_546_525_153_90e-6;
    const P5: f64 = 4.138_136_797_057_238_460_39e-8;
    const LG2: f64 = std::f64::consts::LN_2;
    const LG2_H: f64 = 6.931_471_824_645_996_093_75e-1;
    const LG2_L: f64 = -1.904_654_299_957_768_045_25e-9;
    const OVT: f64 = 8.008_566_259_537_294_437_2e-17;
    const IVLN2: f64 = std::f64::consts::LOG2_E;
    const IVLN2_H: f64 = 1.442_695_021_629_333_496_09;
    const IVLN2_L: f64 = 1.925_962_991_126_617_468_87e-8;

    let (hx, lx) = (high(x), low(x));
    let (hy, ly) = (high(y), low(y));
    let ix = hx & 0x7fff_ffff;
    let iy = hy & 0x7fff_ffff;

    if iy as u32 | ly == 0 {
        return 1.0; // x ** 0
    }
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    let yisint = if hx < 0 { integer_kind(iy, ly) } else { 0 };

    if ly == 0 {
        if iy == 0x7ff0_0000 {
            // y is +-inf
            return if (ix - 0x3ff0_0000) as u32 | lx == 0 {
                f64::NAN // (+-1) ** +-inf
            } else if ix >= 0x3ff0_0000 {
                if hy >= 0 {
                    y
                } else {
                    0.0
                }
            } else if hy < 0 {
                -y
            } else {
                0.0
            };
        }
        if iy == 0x3ff0_0000 {
            return if hy < 0 { 1.0 / x } else { x };
        }
        if hy == 0x4000_0000 {
            return x * x;
        }
        if hy == 0x3fe0_0000 && hx >= 0 {
            return x.sqrt();
        }
    }

    let ax = x.abs();
    if lx == 0 && (ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000) {
        // x is +-0, +-inf, +-1
        let mut z = if hy < 0 { 1.0 / ax } else { ax };
        if hx < 0 {
            if (ix - 0x3ff0_0000) | yisint == 0 {
                z = f64::NAN; // (-1) ** non-integer
            } else if yisint == 1 {
                z = -z;
            }
        }
        return z;
    }

    if hx < 0 && yisint == 0 {
        return f64::NAN; // negative ** non-integer
    }
    let s = if hx < 0 && yisint == 1 { -1.0 } else { 1.0 };

    let (t1, t2) = if iy > 0x41e0_0000 {
        // |y| > 2**31
        if iy > 0x43f0_0000 {
            // |y| > 2**64: must overflow or underflow
            if ix <= 0x3fef_ffff {
                return if hy < 0 { HUGE * HUGE } else { TINY * TINY };
            }
            if ix >= 0x3ff0_0000 {
                return if hy > 0 { HUGE * HUGE } else { TINY * TINY };
            }
        }
        if ix < 0x3fef_ffff {
            return if hy < 0 {
                s * HUGE * HUGE
            } else {
                s * TINY * TINY
            };
        }
        if ix > 0x3ff0_0000 {
            return if hy > 0 {
                s * HUGE * HUGE
            } else {
                s * TINY * TINY
            };
        }
        // |1 - x| <= 2**-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
        let t = ax - 1.0;
        let w = (t * t) * (0.5 - t * (0.333_333_333_333_333_333_333_3 - t * 0.25));
        let u = IVLN2_H * t;
        let v = t * IVLN2_L - w * IVLN2;
        let t1 = with_low(u + v, 0);
        (t1, v - (t1 - u))
    } else {
        log2_split(ax, ix)
    };

    // (y1 + y2) * (t1 + t2)
    let y1 = with_low(y, 0);
    let p_l = (y - y1) * t1 + y * t2;
    let mut p_h = y1 * t1;
    let z = p_l + p_h;
    let j = high(z);
    let i = low(z);
    if j >= 0x4090_0000 {
        // z >= 1024
        if (j - 0x4090_0000) as u32 | i != 0 || p_l + OVT > z - p_h {
            return s * HUGE * HUGE;
        }
    } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
        // z <= -1075
        if (j as u32).wrapping_sub(0xc090_cc00) | i != 0 || p_l <= z - p_h {
            return s * TINY * TINY;
        }
    }

    // 2 ** (p_h + p_l)
    let i = j & 0x7fff_ffff;
    let mut k = (i >> 20) - 0x3ff;
    let mut n = 0i32;
    if i > 0x3fe0_0000 {
        // |z| > 0.5: n = [z + 0.5]
        n = j + (0x0010_0000 >> (k + 1));
        k = ((n & 0x7fff_ffff) >> 20) - 0x3ff;
        let t = with_high(0.0, n & !(0x000f_ffff >> k));
        n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k);
        if j < 0 {
            n = -n;
        }
        p_h -= t;
    }
    let t = with_low(p_l + p_h, 0);
    let u = t * LG2_H;
    let v = (p_l - (t - p_h)) * LG2 + t * LG2_L;
    let mut z = u + v;
    let w = v - (z - u);
    let t = z * z;
    let t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    // V8's parenthesisation (fdlibm's is `(z*t1)/(t1-2) - (w+z*w)`).
    let r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    let j = high(z).wrapping_add(((n as u32) << 20) as i32);
    if (j >> 20) <= 0 {
        z = libm::scalbn(z, n); // subnormal result
    } else {
        z = with_high(z, j);
    }
    s * z
}

#[cfg(test)]
mod tests {
    use super::v8_pow;

    #[test]
    fn pow_and_powi_are_v8s() {
        // compiler-rt's repeated multiplication gives 1e-5 here; glibc's correctly rounded pow and libm's fdlibm
        // pow give 0.0001 for 10 ** -4, node 0.00009999999999999999.
        use std::hint::black_box as b;
        assert_eq!(b(10f64).powi(b(-5)), 0.000_009_999_999_999_999_999);
        assert_eq!(b(10f64).powi(b(-4)), 0.000_099_999_999_999_999_99);
        assert_eq!(b(1.05f64).powi(b(10)), 1.628_894_626_777_442_2);
        assert_eq!(b(10f64).powf(b(-5.0)), 0.000_009_999_999_999_999_999);
        assert_eq!(v8_pow(2.0, 0.5), std::f64::consts::SQRT_2);
    }

    #[test]
    fn special_cases_follow_ecmascript() {
        assert!(v8_pow(1.0, f64::INFINITY).is_nan());
        assert!(v8_pow(-1.0, f64::NEG_INFINITY).is_nan());
        assert!(v8_pow(1.0, f64::NAN).is_nan());
        assert!(v8_pow(-8.0, 1.0 / 3.0).is_nan());
        assert_eq!(v8_pow(f64::NAN, 0.0), 1.0);
        assert_eq!(v8_pow(-2.0, 3.0), -8.0);
        assert_eq!(v8_pow(-0.0, -3.0), f64::NEG_INFINITY);
        assert_eq!(v8_pow(-0.0, 3.0).to_bits(), (-0.0f64).to_bits());
        assert_eq!(v8_pow(0.5, f64::INFINITY), 0.0);
        assert_eq!(v8_pow(2.0, 1024.0), f64::INFINITY);
        assert_eq!(v8_pow(2.0, -1074.0), 5e-324);
        assert_eq!(v8_pow(2.0, -1075.0), 0.0);
        assert_eq!(v8_pow(-2.0, 1e300), f64::INFINITY);
    }
}
