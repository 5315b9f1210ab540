//! The `rpkd` binary: argument parsing lives in `cli`, everything else in the library.

mod cli;

/// mimalloc, with the memory budget of a plan's templates (see `rpkd::guard`).
#[global_allocator]
static ALLOCATOR: rpkd::guard::Counting = rpkd::guard::Counting;

fn main() -> std::process::ExitCode {
    no_huge_pages();
    cli::run()
}

/// Ask Linux for ordinary 4 KiB pages. mimalloc marks its memory for transparent huge pages,
/// and a kernel short of free 2 MiB blocks then compacts memory inside our page faults: on the
/// large synthetic plan `check` spent 0.5–0.9 s more in the kernel on one run in three, and held
/// 330 MB instead of 250 MB.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integer arguments and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
