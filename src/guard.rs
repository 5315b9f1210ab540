//! Bounded work for a plan's own templates. A template is a program: `{% for %}` inside
//! `{% for %}` over a hundred thousand items, or `{% set s = s ~ s %}` in a loop, would run for
//! hours or fill the memory. The documents' templates render on worker threads, never the
//! caller's, under a [`Guard`]: a deadline, an output limit and (where the binary installs [`Counting`] as its
//! allocator) a memory budget. The output writer checks the deadline and the size as it goes;
//! the allocator stops a guarded thread that exceeds its budget, or outlives its deadline, at
//! its next allocation, by parking it for good: the rest of the program (`serve` among it) goes
//! on and reports the template as stopped.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// What stopped a guarded piece of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// It ran longer than the time limit.
    Time(Duration),
    /// It wrote more than the output limit (bytes).
    Output(usize),
    /// It held more memory than the budget (bytes).
    Memory(usize),
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stop::Time(limit) => write!(
                f,
                "it ran longer than the {} s a template may take",
                limit.as_secs_f64()
            ),
            Stop::Output(limit) => write!(
                f,
                "it wrote more than the {} MB a document may have",
                limit / (1024 * 1024)
            ),
            Stop::Memory(limit) => write!(
                f,
                "it used more than the {} MB of memory a template may use",
                limit / (1024 * 1024)
            ),
        }
    }
}

/// The limits of one guarded piece of work, shared by the thread doing it and the one waiting.
#[derive(Debug)]
pub struct Guard {
    deadline: Instant,
    limit: Duration,
    max_output: usize,
    max_memory: usize,
    /// Set by the waiting side when it gave up, or by the allocator when the budget was passed.
    stopped: AtomicBool,
    stop_kind: AtomicUsize,
    written: AtomicUsize,
    /// Bytes the guarded threads hold (allocated and not yet freed by a guarded thread).
    live: AtomicIsize,
}

const STOP_TIME: usize = 1;
const STOP_OUTPUT: usize = 2;
const STOP_MEMORY: usize = 3;

impl Guard {
    pub fn new(limit: Duration, max_output: usize, max_memory: usize) -> Arc<Guard> {
        Arc::new(Guard {
            deadline: Instant::now() + limit,
            limit,
            max_output,
            max_memory,
            stopped: AtomicBool::new(false),
            stop_kind: AtomicUsize::new(0),
            written: AtomicUsize::new(0),
            live: AtomicIsize::new(0),
        })
    }

    fn stop(&self, kind: usize) {
        let _ = self
            .stop_kind
            .compare_exchange(0, kind, Ordering::SeqCst, Ordering::SeqCst);
        self.stopped.store(true, Ordering::SeqCst);
    }

    /// Why the work was stopped, if it was.
    pub fn stopped(&self) -> Option<Stop> {
        if !self.stopped.load(Ordering::SeqCst) {
            return None;
        }
        Some(match self.stop_kind.load(Ordering::SeqCst) {
            STOP_OUTPUT => Stop::Output(self.max_output),
            STOP_MEMORY => Stop::Memory(self.max_memory),
            _ => Stop::Time(self.limit),
        })
    }

    /// Give up on the work: it ran out of time.
    pub fn time_out(&self) {
        self.stop(STOP_TIME);
    }

    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    /// Account for `bytes` of output; an error once a limit is passed.
    fn wrote(&self, bytes: usize) -> std::io::Result<()> {
        let total = self.written.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if total > self.max_output {
            self.stop(STOP_OUTPUT);
        } else if Instant::now() > self.deadline {
            self.stop(STOP_TIME);
        }
        match self.stopped() {
            Some(stop) => Err(std::io::Error::other(stop.to_string())),
            None => Ok(()),
        }
    }
}

/// Output that counts against a guard, checked every [`CHECK_EVERY`] bytes (a template writes
/// millions of small pieces; the clock is read once per batch of them).
pub struct Bounded<'a> {
    guard: &'a Guard,
    pub out: Vec<u8>,
    unchecked: usize,
}

/// How much output or memory passes between two looks at the guard.
const CHECK_EVERY: usize = 64 * 1024;

impl<'a> Bounded<'a> {
    pub fn new(guard: &'a Guard) -> Self {
        Bounded {
            guard,
            out: Vec::new(),
            unchecked: 0,
        }
    }
}

impl std::io::Write for Bounded<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.unchecked += buf.len();
        if self.unchecked >= CHECK_EVERY {
            self.guard.wrote(std::mem::take(&mut self.unchecked))?;
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

thread_local! {
    /// The guard of the work this thread does, if any (an `Arc` held by `under` while set).
    static CURRENT: Cell<*const Guard> = const { Cell::new(std::ptr::null()) };
    /// Bytes allocated (or, negative, freed) on this thread since it last told its guard.
    static PENDING: Cell<isize> = const { Cell::new(0) };
}

/// Run `work` on this thread under `guard`: the allocator counts what it allocates against the
/// guard's budget, shared by every thread under the same guard. The thread must be one of its
/// own, that nothing waits to join (the work may be parked for good).
pub fn under<T>(guard: &Arc<Guard>, work: impl FnOnce() -> T) -> T {
    let raw = Arc::into_raw(Arc::clone(guard));
    CURRENT.with(|c| c.set(raw));
    PENDING.with(|p| p.set(0));
    let out = work();
    CURRENT.with(|c| c.set(std::ptr::null()));
    // SAFETY: `raw` came from `Arc::into_raw` above and is released once, here.
    unsafe { drop(Arc::from_raw(raw)) };
    out
}

/// The global allocator of the `rpkd` binary: the system's, plus the memory budget and the
/// deadline of guarded threads (see the module's documentation). Unguarded threads pay one
/// thread-local read per allocation.
pub struct Counting;

impl Counting {
    /// The guard of this thread, if it has one.
    #[inline]
    fn guard() -> Option<&'static Guard> {
        let guard = CURRENT.try_with(Cell::get).ok()?;
        // SAFETY: a non-null pointer is the `Arc` that `under` holds alive while it is set,
        // and it is only used during the call of the allocator that read it.
        (!guard.is_null()).then(|| unsafe { &*guard })
    }

    /// Count `delta` bytes on this thread; every [`CHECK_EVERY`] bytes or so, tell the guard
    /// and look at the budget and the clock.
    #[inline]
    fn count(guard: &Guard, delta: isize) {
        let Ok(pending) = PENDING.try_with(|p| {
            let v = p.get().saturating_add(delta);
            p.set(v);
            v
        }) else {
            return;
        };
        if pending.unsigned_abs() < CHECK_EVERY {
            return;
        }
        let _ = PENDING.try_with(|p| p.set(0));
        let live = guard
            .live
            .fetch_add(pending, Ordering::Relaxed)
            .saturating_add(pending);
        if live > 0 && live as usize > guard.max_memory {
            guard.stop(STOP_MEMORY);
        } else if pending > 0 && Instant::now() > guard.deadline {
            guard.stop(STOP_TIME);
        }
    }

    #[inline]
    fn account(size: usize) {
        let Some(guard) = Counting::guard() else {
            return;
        };
        Counting::count(guard, isize::try_from(size).unwrap_or(isize::MAX));
        if guard.stopped.load(Ordering::Relaxed) {
            // The work is given up: park this thread for good rather than let it go on
            // (an allocator may not unwind, and failing the allocation would abort).
            loop {
                std::thread::sleep(Duration::from_secs(3600));
            }
        }
    }

    #[inline]
    fn release(size: usize) {
        if let Some(guard) = Counting::guard() {
            Counting::count(guard, -isize::try_from(size).unwrap_or(isize::MAX));
        }
    }
}

// SAFETY: every call is passed to mimalloc unchanged; the accounting only reads
// and writes thread-locals without destructors and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Counting::account(layout.size());
        // SAFETY: the caller's obligations are passed on.
        unsafe { MiMalloc.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Counting::account(layout.size());
        // SAFETY: as above.
        unsafe { MiMalloc.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Counting::release(layout.size());
        // SAFETY: as above.
        unsafe { MiMalloc.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Counting::account(new_size - layout.size());
        } else {
            Counting::release(layout.size() - new_size);
        }
        // SAFETY: as above.
        unsafe { MiMalloc.realloc(ptr, layout, new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write as _;

    #[test]
    fn output_past_the_limit_or_the_deadline_is_refused() {
        let guard = Guard::new(Duration::from_secs(60), 10, usize::MAX);
        let mut out = Bounded::new(&guard);
        out.write_all(&[b'x'; 5]).unwrap();
        assert!(out.write_all(&vec![b'x'; CHECK_EVERY]).is_err());
        assert_eq!(guard.stopped(), Some(Stop::Output(10)));

        let guard = Guard::new(Duration::from_millis(1), usize::MAX, usize::MAX);
        std::thread::sleep(Duration::from_millis(5));
        let mut out = Bounded::new(&guard);
        assert!(out.write_all(&vec![b'x'; CHECK_EVERY]).is_err());
        assert!(matches!(guard.stopped(), Some(Stop::Time(_))));
    }
}
