//! Boa host hooks: UTC time zone, the virtual clock behind `Date`, the promise rejection tracker that
//! feeds Node's `unhandledRejection` / `rejectionHandled` logic (in the bootstrap JS), and the job-callback
//! hooks that carry the async context into promise reactions.

use boa_engine::builtins::promise::OperationType;
use boa_engine::context::time::JsInstant;
use boa_engine::context::{Clock, HostHooks};
use boa_engine::object::builtins::JsPromise;
use boa_engine::{js_string, Context, JsObject, JsValue};

use crate::clock::VirtualClock;

use super::shared;

/// Host hooks of a Looplab context.
pub(crate) struct Hooks;

impl HostHooks for Hooks {
    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        context: &mut Context,
    ) {
        let Some(sh) = shared(context) else { return };
        let Some(hooks) = sh.js_hooks.borrow().clone() else {
            return;
        };
        let Ok(f) = hooks.get(js_string!("onRejection"), context) else {
            return;
        };
        let Some(f) = f.as_callable() else { return };
        let (op, reason) = match operation {
            OperationType::Reject => {
                let reason =
                    match JsPromise::from_object(promise.clone().upcast()).map(|p| p.state()) {
                        Ok(boa_engine::builtins::promise::PromiseState::Rejected(v)) => v,
                        _ => JsValue::undefined(),
                    };
                ("reject", reason)
            }
            OperationType::Handle => ("handle", JsValue::undefined()),
        };
        let args = [
            JsValue::from(js_string!(op)),
            JsValue::from(promise.clone().upcast()),
            reason,
        ];
        if let Ok(v) = f.call(&JsValue::undefined(), &args, context) {
            if v.to_boolean() {
                sh.host.borrow_mut().rejection_to_warn = true;
            }
        }
    }

    fn local_timezone_offset_seconds(&self, _unix_time_seconds: i64) -> i32 {
        0
    }

    fn make_job_callback(
        &self,
        callback: boa_engine::object::builtins::JsFunction,
        context: &mut Context,
    ) -> boa_engine::job::JobCallback {
        super::async_context::make_job_callback(callback, context)
    }

    fn call_job_callback(
        &self,
        job: &boa_engine::job::JobCallback,
        this: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> boa_engine::JsResult<JsValue> {
        super::async_context::call_job_callback(job, this, args, context)
    }
}

/// `Date` reads this clock: the scenario's epoch plus virtual time, each read costing one host call.
pub(crate) struct VClock {
    pub clock: VirtualClock,
    pub epoch_ms: i64,
    pub read_cost_ns: u64,
}

impl Clock for VClock {
    fn now(&self) -> JsInstant {
        let ns = self.clock.now_ns();
        JsInstant::new(ns / 1_000_000_000, (ns % 1_000_000_000) as u32)
    }

    fn system_time_millis(&self) -> i64 {
        self.clock.advance(self.read_cost_ns);
        self.epoch_ms + (self.clock.now_ns() / 1_000_000) as i64
    }
}
