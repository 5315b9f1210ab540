//! Stage 2, `validate`: every rule over the decoded plan. Rules never stop at the first problem;
//! each pushes its diagnostics and the caller sorts them.
//!
//! One file per family of rules: [`ids`] (uniqueness), [`references`] (every id resolves),
//! [`period`] (years inside the five-year period, targets and ceilings for each),
//! [`codes`] (nomenclature), [`values`] (ranges), [`funding`] (ceilings, allocations and
//! realisation, their sources and holders), [`territory`] (the region's kind of territory and
//! its counts), [`legal`] (the kinds of the legal basis), [`linked`] (a province's
//! kabupaten/kota plans), [`indicators`] (presence and direction of targets), [`coverage`] (nothing
//! defined and left unused).

mod codes;
mod coverage;
mod funding;
mod ids;
mod index;
mod indicators;
mod legal;
mod linked;
mod period;
mod references;
mod territory;
mod values;
mod words;

use crate::diag::Diagnostic;
use crate::model::Plan;
use index::Index;

/// Run every rule and return all diagnostics (unsorted).
///
/// Without a decoded `rpkd.yaml` there is no period, strategy or agency to check against, so
/// only the load diagnostics stand.
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    let Some(root) = &plan.root else {
        return Vec::new();
    };
    let index = Index::build(plan, root);
    // The rules read the plan and only push: two halves of about equal cost run side by side
    // and are joined in the same order as one after another.
    let (mut out, mut second) = rayon::join(
        || {
            let mut out = Vec::new();
            ids::check(plan, root, &index, &mut out);
            references::check(plan, root, &index, &mut out);
            territory::check(root, &mut out);
            legal::check(root, &mut out);
            linked::check(plan, root, &mut out);
            period::check(plan, root, &mut out);
            codes::check(plan, root, &mut out);
            values::check(plan, root, &mut out);
            out
        },
        || {
            let mut out = Vec::new();
            funding::check(plan, root, &index, &mut out);
            indicators::check(plan, root, &mut out);
            out
        },
    );
    out.append(&mut second);
    if plan.complete {
        coverage::required(plan, root, &mut out);
        if !out.iter().any(Diagnostic::is_error) {
            coverage::unused(plan, root, &mut out);
        }
    }
    out
}
