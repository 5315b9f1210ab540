//! Stage 2, `validate`: every rule over the decoded plan, each returning its diagnostics.

use crate::diag::Diagnostic;
use crate::model::Plan;

/// Run every rule and return all diagnostics (unsorted).
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    let _ = plan;
    Vec::new()
}
