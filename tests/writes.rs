//! A plan's output set is replaced whole or not at all: a real `rpkd build` killed with SIGKILL
//! at random moments leaves `OUT/<plan>/` holding exactly the previous set or exactly the new
//! one, and two builds racing on one output both finish with one complete set in place.

mod common;
use common::copy_dir;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Every file of a folder with its bytes (hidden files too: none may be left inside).
fn contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn rpkd_build(plan: &Path, out: &Path) -> Command {
    let mut command = {
        let mut c = Command::new(env!("CARGO_BIN_EXE_rpkd"));
        c.env("RPKD_LANG", "en");
        c
    };
    command
        .arg("build")
        .arg(plan)
        .arg("--out")
        .arg(out)
        .env("CI", "true")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    command
}

/// A copy of the base plan named `kota`, its region renamed to `name` (so two versions of it
/// differ in every document).
fn plan(root: &Path, name: &str) -> PathBuf {
    let plan = root.join("kota");
    copy_dir(Path::new("tests/fixtures/base"), &plan);
    let file = plan.join("rpkd.yaml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(
        &file,
        text.replace("nama: Contoh", &format!("nama: {name}")),
    )
    .unwrap();
    plan
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[cfg(unix)]
#[test]
fn a_build_killed_at_any_moment_leaves_the_old_set_or_the_new_one() {
    let temp = tempfile::tempdir().unwrap();
    let old_plan = plan(&temp.path().join("lama"), "Contoh Lama");
    let new_plan = plan(&temp.path().join("baru"), "Contoh Baru");
    // The two complete sets, each built once on its own.
    let (old_out, new_out) = (temp.path().join("out-lama"), temp.path().join("out-baru"));
    assert!(rpkd_build(&old_plan, &old_out).status().unwrap().success());
    let started = Instant::now();
    assert!(rpkd_build(&new_plan, &new_out).status().unwrap().success());
    let duration = started.elapsed();
    let (old, new) = (
        contents(&old_out.join("kota")),
        contents(&new_out.join("kota")),
    );
    assert_ne!(old, new);

    let out = temp.path().join("out");
    let mut rng = Rng(0x6b69_6c6c_2d39_2121);
    let (mut kept_old, mut got_new) = (0, 0);
    let kills = 30;
    for round in 0..kills {
        let _ = fs::remove_dir_all(&out);
        copy_dir(&old_out, &out);
        let mut child = rpkd_build(&new_plan, &out).spawn().unwrap();
        // Anywhere from the start to a little past the end of a whole build.
        let delay = rng.below(duration.as_micros() as u64 * 5 / 4 + 1);
        std::thread::sleep(Duration::from_micros(delay));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = contents(&out.join("kota"));
        if now == old {
            kept_old += 1;
        } else if now == new {
            got_new += 1;
        } else {
            panic!(
                "round {round} (killed after {delay} µs): a mixed set {:?}",
                now.keys().collect::<Vec<_>>()
            );
        }
        // The next build clears what the killed one left beside the folder, and completes.
        assert!(rpkd_build(&new_plan, &out).status().unwrap().success());
        assert_eq!(contents(&out.join("kota")), new, "round {round}");
        let beside: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".kota."))
            .collect();
        assert!(beside.is_empty(), "round {round}: left {beside:?}");
    }
    eprintln!("{kills} kills: {kept_old} kept the old set, {got_new} had the new one");
    assert_eq!(kept_old + got_new, kills);
    assert!(kept_old > 0, "no kill landed before the swap");
}

#[test]
fn builds_racing_on_one_output_each_finish_and_leave_one_complete_set() {
    let temp = tempfile::tempdir().unwrap();
    let plans = [
        plan(&temp.path().join("a"), "Contoh Satu"),
        plan(&temp.path().join("b"), "Contoh Dua"),
    ];
    let sets: Vec<BTreeMap<String, Vec<u8>>> = plans
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let out = temp.path().join(format!("sendiri-{i}"));
            assert!(rpkd_build(p, &out).status().unwrap().success());
            contents(&out.join("kota"))
        })
        .collect();
    let out = temp.path().join("out");
    for round in 0..4 {
        let children: Vec<_> = (0..4)
            .map(|i| rpkd_build(&plans[i % 2], &out).spawn().unwrap())
            .collect();
        for mut child in children {
            assert!(child.wait().unwrap().success(), "round {round}");
        }
        let now = contents(&out.join("kota"));
        assert!(sets.contains(&now), "round {round}: a mixed set");
        let beside: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(beside.is_empty(), "round {round}: left {beside:?}");
    }
}
