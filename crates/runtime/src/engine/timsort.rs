//! V8 11.3's sorts, re-implemented so that a comparator sees the calls node's would (array_sort.rs is their
//! JS side): TimSort (CPython's listsort: binary insertion below the minimum run, natural runs with descending
//! ones reversed, the merge_collapse stack rules, galloping merges with an adaptive threshold) for arrays, a
//! top-down merge sort for typed arrays.

/// Galloping starts after this many wins in a row (V8's `kMinGallopWins`).
const MIN_GALLOP: usize = 7;

/// V8's TimSort over `a`, `less(x, y)` standing for "the comparison of `x` and `y` is negative".
struct TimSort<'a, T, F> {
    a: &'a mut [T],
    tmp: Vec<T>,
    /// Pending runs: (base, length).
    runs: Vec<(usize, usize)>,
    min_gallop: usize,
    less: F,
}

/// Where `key` goes in the sorted `arr[base..base + len]`, galloping from `hint` (below `len`) and then
/// searching in binary: before the leftmost element equal to it (V8's `GallopLeft`, which compares
/// `(element, key)`), or with `right` after the rightmost (`GallopRight`, comparing `(key, element)`).
fn gallop<T, E>(
    arr: &[T],
    key: &T,
    (base, len, hint): (usize, usize, usize),
    right: bool,
    less: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<usize, E> {
    // Whether `key` belongs after `arr[base + i]`.
    let mut after = |i: usize| -> Result<bool, E> {
        let e = &arr[base + i];
        Ok(if right { !less(key, e)? } else { less(e, key)? })
    };
    let (mut l, mut o) = (0usize, 1usize);
    let (mut last, mut ofs);
    if after(hint)? {
        let max = len - hint;
        while o < max && after(hint + o)? {
            (l, o) = (o, (o << 1) + 1);
        }
        (last, ofs) = (l + hint + 1, o.min(max) + hint);
    } else {
        let max = hint + 1;
        while o < max && !after(hint - o)? {
            (l, o) = (o, (o << 1) + 1);
        }
        // V8's lastOfs is `hint - o` (possibly -1); the binary search starts one past it.
        (last, ofs) = (hint + 1 - o.min(max), hint - l);
    }
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if after(m)? {
            last = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

type Res<E> = Result<(), E>;

/// `break 'label Exit::Kind` when the condition holds (V8's `goto`s out of a merge).
macro_rules! leave {
    ($label:lifetime, $cond:expr, $exit:ident) => {
        if $cond {
            break $label Exit::$exit;
        }
    };
}

/// How a merge ended (V8's `Succeed` and `CopyB`/`CopyA` labels).
enum Exit {
    Succeed,
    CopyRest,
}

impl<T: Clone, E, F: FnMut(&T, &T) -> Result<bool, E>> TimSort<'_, T, F> {
    fn run(&mut self) -> Result<(), E> {
        let n = self.a.len();
        if n < 2 {
            return Ok(());
        }
        let min_run = min_run_length(n);
        let (mut low, mut remaining) = (0usize, n);
        while remaining != 0 {
            let mut run = self.count_and_make_run(low, low + remaining)?;
            if run < min_run {
                let forced = min_run.min(remaining);
                self.binary_insertion(low, low + run, low + forced)?;
                run = forced;
            }
            self.runs.push((low, run));
            self.merge_collapse()?;
            low += run;
            remaining -= run;
        }
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Sorts `a[low..high]`, whose `a[low..start]` is sorted, by binary insertion.
    fn binary_insertion(&mut self, low: usize, start: usize, high: usize) -> Result<(), E> {
        let start = if low == start { start + 1 } else { start };
        for start in start..high {
            let pivot = self.a[start].clone();
            let (mut left, mut right) = (low, start);
            while left < right {
                let mid = left + ((right - left) >> 1);
                if (self.less)(&pivot, &self.a[mid])? {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            self.a[left..=start].rotate_right(1);
        }
        Ok(())
    }

    /// The length of the run at `low` (ascending, or strictly descending and then reversed).
    fn count_and_make_run(&mut self, low: usize, high: usize) -> Result<usize, E> {
        if low + 1 == high {
            return Ok(1);
        }
        let mut run = 2;
        let descending = (self.less)(&self.a[low + 1], &self.a[low])?;
        for idx in low + 2..high {
            let lt = (self.less)(&self.a[idx], &self.a[idx - 1])?;
            if lt != descending {
                break;
            }
            run += 1;
        }
        if descending {
            self.a[low..low + run].reverse();
        }
        Ok(run)
    }

    fn merge_collapse(&mut self) -> Result<(), E> {
        let established =
            |runs: &[(usize, usize)], n: usize| n < 2 || runs[n - 2].1 > runs[n - 1].1 + runs[n].1;
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if !established(&self.runs, n + 1) || !established(&self.runs, n) {
                if self.runs[n - 1].1 < self.runs[n + 1].1 {
                    n -= 1;
                }
                self.merge_at(n)?;
            } else if self.runs[n].1 <= self.runs[n + 1].1 {
                self.merge_at(n)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let (mut base_a, mut len_a) = self.runs[i];
        let (base_b, mut len_b) = self.runs[i + 1];
        self.runs[i].1 = len_a + len_b;
        self.runs.remove(i + 1);
        let key = self.a[base_b].clone();
        let k = gallop(self.a, &key, (base_a, len_a, 0), true, &mut self.less)?;
        base_a += k;
        len_a -= k;
        if len_a == 0 {
            return Ok(());
        }
        let key = self.a[base_a + len_a - 1].clone();
        len_b = gallop(
            self.a,
            &key,
            (base_b, len_b, len_b - 1),
            false,
            &mut self.less,
        )?;
        if len_b == 0 {
            return Ok(());
        }
        if len_a <= len_b {
            self.merge_lo(base_a, len_a, base_b, len_b)
        } else {
            self.merge_hi(base_a, len_a, base_b, len_b)
        }
    }

    /// Merges forwards, run A copied aside (`len_a <= len_b`).
    fn merge_lo(&mut self, base_a: usize, len_a: usize, base_b: usize, len_b: usize) -> Res<E> {
        let (a, tmp) = (&mut *self.a, &mut self.tmp);
        let (less, stored) = (&mut self.less, &mut self.min_gallop);
        tmp.clear();
        tmp.extend_from_slice(&a[base_a..base_a + len_a]);
        let (mut len_a, mut len_b) = (len_a, len_b);
        let (mut dest, mut ct, mut cb) = (base_a, 0usize, base_b);
        a[dest] = a[cb].clone();
        (dest, cb, len_b) = (dest + 1, cb + 1, len_b - 1);
        let exit = 'body: {
            leave!('body, len_b == 0, Succeed);
            leave!('body, len_a == 1, CopyRest);
            let mut min_gallop = *stored;
            loop {
                let (mut wins_a, mut wins_b) = (0usize, 0usize);
                loop {
                    if less(&a[cb], &tmp[ct])? {
                        a[dest] = a[cb].clone();
                        (dest, cb, len_b) = (dest + 1, cb + 1, len_b - 1);
                        (wins_a, wins_b) = (0, wins_b + 1);
                        leave!('body, len_b == 0, Succeed);
                    } else {
                        a[dest] = tmp[ct].clone();
                        (dest, ct, len_a) = (dest + 1, ct + 1, len_a - 1);
                        (wins_a, wins_b) = (wins_a + 1, 0);
                        leave!('body, len_a == 1, CopyRest);
                    }
                    if wins_a.max(wins_b) >= min_gallop {
                        break;
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    *stored = min_gallop;
                    wins_a = gallop(tmp, &a[cb], (ct, len_a, 0), true, less)?;
                    if wins_a > 0 {
                        a[dest..dest + wins_a].clone_from_slice(&tmp[ct..ct + wins_a]);
                        (dest, ct, len_a) = (dest + wins_a, ct + wins_a, len_a - wins_a);
                        leave!('body, len_a == 1, CopyRest);
                        leave!('body, len_a == 0, Succeed);
                    }
                    a[dest] = a[cb].clone();
                    (dest, cb, len_b) = (dest + 1, cb + 1, len_b - 1);
                    leave!('body, len_b == 0, Succeed);
                    wins_b = gallop(a, &tmp[ct], (cb, len_b, 0), false, less)?;
                    if wins_b > 0 {
                        // The slots from `dest` up to `cb` are spent: rotate the block down over them.
                        a[dest..cb + wins_b].rotate_left(cb - dest);
                        (dest, cb, len_b) = (dest + wins_b, cb + wins_b, len_b - wins_b);
                        leave!('body, len_b == 0, Succeed);
                    }
                    a[dest] = tmp[ct].clone();
                    (dest, ct, len_a) = (dest + 1, ct + 1, len_a - 1);
                    leave!('body, len_a == 1, CopyRest);
                }
                min_gallop += 1;
                *stored = min_gallop;
            }
        };
        match exit {
            Exit::Succeed => a[dest..dest + len_a].clone_from_slice(&tmp[ct..ct + len_a]),
            Exit::CopyRest => {
                // The last element of run A belongs at the end of the merge.
                a[dest..cb + len_b].rotate_left(cb - dest);
                a[dest + len_b] = tmp[ct].clone();
            }
        }
        Ok(())
    }

    /// Merges backwards, run B copied aside (`len_a > len_b`). The cursors are one past V8's (which may
    /// reach -1): `dest`, `ca` and `ct` index the slot before them.
    fn merge_hi(&mut self, base_a: usize, len_a: usize, base_b: usize, len_b: usize) -> Res<E> {
        let (a, tmp) = (&mut *self.a, &mut self.tmp);
        let (less, stored) = (&mut self.less, &mut self.min_gallop);
        tmp.clear();
        tmp.extend_from_slice(&a[base_b..base_b + len_b]);
        let (mut len_a, mut len_b) = (len_a, len_b);
        let (mut dest, mut ct, mut ca) = (base_b + len_b, len_b, base_a + len_a);
        a[dest - 1] = a[ca - 1].clone();
        (dest, ca, len_a) = (dest - 1, ca - 1, len_a - 1);
        let exit = 'body: {
            leave!('body, len_a == 0, Succeed);
            leave!('body, len_b == 1, CopyRest);
            let mut min_gallop = *stored;
            loop {
                let (mut wins_a, mut wins_b) = (0usize, 0usize);
                loop {
                    if less(&tmp[ct - 1], &a[ca - 1])? {
                        a[dest - 1] = a[ca - 1].clone();
                        (dest, ca, len_a) = (dest - 1, ca - 1, len_a - 1);
                        (wins_a, wins_b) = (wins_a + 1, 0);
                        leave!('body, len_a == 0, Succeed);
                    } else {
                        a[dest - 1] = tmp[ct - 1].clone();
                        (dest, ct, len_b) = (dest - 1, ct - 1, len_b - 1);
                        (wins_a, wins_b) = (0, wins_b + 1);
                        leave!('body, len_b == 1, CopyRest);
                    }
                    if wins_a.max(wins_b) >= min_gallop {
                        break;
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    *stored = min_gallop;
                    let k = gallop(a, &tmp[ct - 1], (base_a, len_a, len_a - 1), true, less)?;
                    wins_a = len_a - k;
                    if wins_a > 0 {
                        // The slots from `ca` up to `dest` are spent: rotate the block up over them.
                        a[ca - wins_a..dest].rotate_right(dest - ca);
                        (dest, ca, len_a) = (dest - wins_a, ca - wins_a, len_a - wins_a);
                        leave!('body, len_a == 0, Succeed);
                    }
                    a[dest - 1] = tmp[ct - 1].clone();
                    (dest, ct, len_b) = (dest - 1, ct - 1, len_b - 1);
                    leave!('body, len_b == 1, CopyRest);
                    let k = gallop(tmp, &a[ca - 1], (0, len_b, len_b - 1), false, less)?;
                    wins_b = len_b - k;
                    if wins_b > 0 {
                        (dest, ct, len_b) = (dest - wins_b, ct - wins_b, len_b - wins_b);
                        a[dest..dest + wins_b].clone_from_slice(&tmp[ct..ct + wins_b]);
                        leave!('body, len_b == 1, CopyRest);
                        leave!('body, len_b == 0, Succeed);
                    }
                    a[dest - 1] = a[ca - 1].clone();
                    (dest, ca, len_a) = (dest - 1, ca - 1, len_a - 1);
                    leave!('body, len_a == 0, Succeed);
                }
                min_gallop += 1;
                *stored = min_gallop;
            }
        };
        match exit {
            Exit::Succeed => a[dest - len_b..dest].clone_from_slice(&tmp[..len_b]),
            Exit::CopyRest => {
                // The first element of run B belongs at the front of the merge.
                a[ca - len_a..dest].rotate_right(dest - ca);
                a[dest - len_a - 1] = tmp[ct - 1].clone();
            }
        }
        Ok(())
    }
}

/// TimSort's minimum run length: `n` below 64, else between 32 and 64 so that `n / k` is just below a power
/// of two.
fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `a` as V8's `Array.prototype.sort` does.
pub(super) fn timsort<T: Clone, E>(
    a: &mut [T],
    less: impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    TimSort {
        a,
        tmp: Vec::new(),
        runs: Vec::new(),
        min_gallop: MIN_GALLOP,
        less,
    }
    .run()
}

/// V8's typed-array sort: a top-down merge sort between `src` and `dst` (equal copies on entry), `dst`
/// sorted on exit; the left element wins unless the comparison is positive.
pub(super) fn merge_sort<T: Clone, E>(
    src: &mut [T],
    dst: &mut [T],
    from: usize,
    to: usize,
    gt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let middle = from + ((to - from) >> 1);
    if middle - from > 1 {
        merge_sort(dst, src, from, middle, gt)?;
    }
    if to - middle > 1 {
        merge_sort(dst, src, middle, to, gt)?;
    }
    let (mut left, mut right) = (from, middle);
    for slot in &mut dst[from..to] {
        if left < middle && (right >= to || !gt(&src[left], &src[right])?) {
            *slot = src[left].clone();
            left += 1;
        } else {
            *slot = src[right].clone();
            right += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{merge_sort, timsort};

    /// A deterministic generator for the tests.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably() {
        let mut seed = 7;
        for n in [0usize, 1, 2, 5, 31, 32, 63, 64, 65, 100, 1000, 5000] {
            let mut v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % 50, i)).collect();
            let mut expect = v.clone();
            expect.sort_by_key(|p| p.0);
            timsort(&mut v, |x, y| Ok::<_, ()>(x.0 < y.0)).unwrap_or(());
            assert_eq!(v, expect);
            let mut a: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % 50, i)).collect();
            let mut expect = a.clone();
            expect.sort_by_key(|p| p.0);
            let mut b = a.clone();
            if n > 1 {
                merge_sort(&mut b, &mut a, 0, n, &mut |x, y| Ok::<_, ()>(x.0 > y.0)).unwrap_or(());
            }
            assert_eq!(a, expect);
        }
    }

    #[test]
    fn survives_inconsistent_comparators() {
        let mut seed = 11;
        for n in [2usize, 10, 64, 300, 3000] {
            for mode in 0..40u64 {
                let mut v: Vec<usize> = (0..n).map(|i| (i * 7919) % n).collect();
                let mut s = seed + mode;
                // Random answers, mostly "less", or the true order with a few flipped.
                let mut less = |x: &usize, y: &usize| {
                    let r = lcg(&mut s) % 20;
                    Ok::<_, ()>(match mode % 4 {
                        0 => r < 7,
                        1 => r != 0,
                        2 => (x < y) != (r == 0),
                        _ => (x > y) != (r < 2),
                    })
                };
                timsort(&mut v, &mut less).unwrap_or(());
                v.sort_unstable();
                assert_eq!(v, (0..n).collect::<Vec<_>>());
            }
            seed += 100;
        }
    }
}
