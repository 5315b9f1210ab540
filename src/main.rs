//! The `rpkd` binary: argument parsing lives in `cli`, everything else in the library.

mod cli;

/// mimalloc, with the memory budget of a plan's templates (see `rpkd::guard`).
#[global_allocator]
static ALLOCATOR: rpkd::guard::Counting = rpkd::guard::Counting;

fn main() -> std::process::ExitCode {
    cli::run()
}
