//! `Math.sin` and `Math.cos` with fdlibm's kernels and argument reduction, as V8 computes them. The `libm`
//! crate groups the kernel polynomials differently (musl's), so `Math.cos(0.1)` printed
//! `0.9950041652780258` where node prints `...257`. Arguments past 2^19·π/2 (rare) use `libm`'s reduction.

fn high(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// sin(x + y) for |x| ≤ π/4, `y` the tail of `x`; `tail` is false when `y` is zero.
fn kernel_sin(x: f64, y: f64, tail: bool) -> f64 {
    const S: [u64; 6] = [
        0xbfc5_5555_5555_5549,
        0x3f81_1111_1110_f8a6,
        0xbf2a_01a0_19c1_61d5,
        0x3ec7_1de3_57b1_fe7d,
        0xbe5a_e5e6_8a2b_9ceb,
        0x3de5_d93a_5acf_d57c,
    ];
    let s = S.map(f64::from_bits);
    if high(x) & 0x7fff_ffff < 0x3e40_0000 && x.trunc() == 0.0 {
        return x;
    }
    let z = x * x;
    let v = z * x;
    let r = s[1] + z * (s[2] + z * (s[3] + z * (s[4] + z * s[5])));
    if tail {
        x - ((z * (0.5 * y - v * r) - y) - v * s[0])
    } else {
        x + v * (s[0] + z * r)
    }
}

/// cos(x + y) for |x| ≤ π/4, `y` the tail of `x`.
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C: [u64; 6] = [
        0x3fa5_5555_5555_554c,
        0xbf56_c16c_16c1_5177,
        0x3efa_01a0_19cb_1590,
        0xbe92_7e4f_809c_52ad,
        0x3e21_ee9e_bdb4_b1c4,
        0xbda8_fae9_be88_38d4,
    ];
    let c = C.map(f64::from_bits);
    let ix = high(x) & 0x7fff_ffff;
    if ix < 0x3e40_0000 && x.trunc() == 0.0 {
        return 1.0;
    }
    let z = x * x;
    let r = z * (c[0] + z * (c[1] + z * (c[2] + z * (c[3] + z * (c[4] + z * c[5])))));
    if ix < 0x3fd3_3333 {
        return 1.0 - (0.5 * z - (z * r - x * y));
    }
    // Above 0.3, subtract a quarter of x (or 0.28125) exactly first, for accuracy.
    let qx = if ix > 0x3fe9_0000 {
        0.28125
    } else {
        f64::from_bits(u64::from((ix - 0x0020_0000) as u32) << 32)
    };
    let hz = 0.5 * z - qx;
    (1.0 - qx) - (hz - (z * r - x * y))
}

/// `x - n·π/2` as a head and a tail, and `n`; `None` past 2^19·π/2.
fn rem_pio2(x: f64) -> Option<(i32, f64, f64)> {
    let invpio2 = f64::from_bits(0x3fe4_5f30_6dc9_c883);
    let pio2_1 = f64::from_bits(0x3ff9_21fb_5440_0000);
    let pio2_1t = f64::from_bits(0x3dd0_b461_1a62_6331);
    let pio2_2 = f64::from_bits(0x3dd0_b461_1a60_0000);
    let pio2_2t = f64::from_bits(0x3ba3_198a_2e03_7073);
    let pio2_3 = f64::from_bits(0x3ba3_198a_2e00_0000);
    let pio2_3t = f64::from_bits(0x397b_839a_2520_49c1);
    let hx = high(x);
    let ix = hx & 0x7fff_ffff;
    if ix < 0x4002_d97c {
        // |x| < 3π/4: n is ±1; near π/2 a 33+33+53-bit π/2 is used.
        let (z, tail) = if ix != 0x3ff9_21fb {
            (x - pio2_1.copysign(x), pio2_1t)
        } else {
            (x - pio2_1.copysign(x) - pio2_2.copysign(x), pio2_2t)
        };
        let y0 = z - tail.copysign(x);
        let y1 = (z - y0) - tail.copysign(x);
        return Some((if hx > 0 { 1 } else { -1 }, y0, y1));
    }
    if ix > 0x4139_21fb {
        return None;
    }
    // The high words of n·π/2 for n = 1..32: when x is near one, the quick subtraction may cancel.
    const NPIO2_HW: [i32; 32] = [
        0x3ff921fb, 0x400921fb, 0x4012d97c, 0x401921fb, 0x401f6a7a, 0x4022d97c, 0x4025fdbb,
        0x402921fb, 0x402c463a, 0x402f6a7a, 0x4031475c, 0x4032d97c, 0x40346b9c, 0x4035fdbb,
        0x40378fdb, 0x403921fb, 0x403ab41b, 0x403c463a, 0x403dd85a, 0x403f6a7a, 0x40407e4c,
        0x4041475c, 0x4042106c, 0x4042d97c, 0x4043a28c, 0x40446b9c, 0x404534ac, 0x4045fdbb,
        0x4046c6cb, 0x40478fdb, 0x404858eb, 0x404921fb,
    ];
    let t = x.abs();
    let n = (t * invpio2 + 0.5) as i32;
    let f_n = f64::from(n);
    let mut r = t - f_n * pio2_1;
    let mut w = f_n * pio2_1t;
    let mut y0 = r - w;
    let quick = n < 32 && usize::try_from(n - 1).is_ok_and(|i| ix != NPIO2_HW[i]);
    if !quick {
        let j = ix >> 20;
        let lost = |y: f64| j - ((high(y) >> 20) & 0x7ff);
        if lost(y0) > 16 {
            let t = r;
            w = f_n * pio2_2;
            r = t - w;
            w = f_n * pio2_2t - ((t - r) - w);
            y0 = r - w;
            if lost(y0) > 49 {
                let t = r;
                w = f_n * pio2_3;
                r = t - w;
                w = f_n * pio2_3t - ((t - r) - w);
                y0 = r - w;
            }
        }
    }
    let y1 = (r - y0) - w;
    if hx < 0 {
        Some((-n, -y0, -y1))
    } else {
        Some((n, y0, y1))
    }
}

/// V8's `Math.sin`.
pub(super) fn sin(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_sin(x, 0.0, false);
    }
    if !x.is_finite() {
        return f64::NAN;
    }
    match rem_pio2(x) {
        Some((n, y0, y1)) => match n & 3 {
            0 => kernel_sin(y0, y1, true),
            1 => kernel_cos(y0, y1),
            2 => -kernel_sin(y0, y1, true),
            _ => -kernel_cos(y0, y1),
        },
        None => libm::sin(x),
    }
}

/// V8's `Math.cos`.
pub(super) fn cos(x: f64) -> f64 {
    let ix = high(x) & 0x7fff_ffff;
    if ix <= 0x3fe9_21fb {
        return kernel_cos(x, 0.0);
    }
    if !x.is_finite() {
        return f64::NAN;
    }
    match rem_pio2(x) {
        Some((n, y0, y1)) => match n & 3 {
            0 => kernel_cos(y0, y1),
            1 => -kernel_sin(y0, y1, true),
            2 => -kernel_cos(y0, y1),
            _ => kernel_sin(y0, y1, true),
        },
        None => libm::cos(x),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_node_prints() {
        assert_eq!(super::cos(0.1), 0.995_004_165_278_025_7);
        assert_eq!(super::sin(0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(super::sin(-0.0).to_bits(), (-0.0f64).to_bits());
        assert!(super::sin(f64::INFINITY).is_nan());
        assert_eq!(super::cos(std::f64::consts::PI), -1.0);
        assert!((super::sin(1e7) - libm::sin(1e7)).abs() < 1e-15);
    }
}
