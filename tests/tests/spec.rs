//! The spec suite: every scenario under tests/spec/ runs in Looplab and must match real node's recorded
//! stdout and exit code byte for byte (and its stderr after normalising stack frames). Cases flagged
//! `known_failure` in meta.json must still fail, so a fix is noticed.

use libtest_mimic::{Arguments, Failed, Trial};
use looplab_spec::{compare, load_cases, run_case};

fn main() {
    let args = Arguments::from_args();
    let trials = load_cases()
        .into_iter()
        .map(|case| {
            let name = case.name.clone();
            Trial::test(name, move || {
                let outcome = run_case(&case, false).and_then(|r| compare(&case, &r));
                match (&case.known_failure, outcome) {
                    (None, Ok(())) => Ok(()),
                    (None, Err(e)) => Err(Failed::from(e)),
                    (Some(_), Err(_)) => Ok(()),
                    (Some(why), Ok(())) => Err(Failed::from(format!(
                        "marked known_failure ({why}) but now passes: remove the flag from meta.json"
                    ))),
                }
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
