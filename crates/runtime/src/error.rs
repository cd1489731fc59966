//! Errors of the runtime crate itself (user errors are data: they become trace events and exit codes).

/// Failures that stop Looplab from running a scenario at all.
#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// The scenario names an entry file that it does not contain.
    #[error("entry file '{0}' is not in the scenario")]
    MissingEntry(String),
    /// The engine could not be set up (a bug in Looplab's own bootstrap code).
    #[error("failed to start the JavaScript engine: {0}")]
    Bootstrap(String),
    /// The scenario document could not be parsed.
    #[error("invalid scenario: {0}")]
    Scenario(String),
}
