//! Finding plans on the command line: a directory, its `rpkd.yaml`, or every plan under a folder.

use std::path::{Path, PathBuf};

/// Accept the plan's `rpkd.yaml` as well as its directory.
pub fn plan_dir(path: &Path) -> &Path {
    match (path.file_name(), path.parent()) {
        (Some(name), Some(parent)) if name == "rpkd.yaml" => {
            if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            }
        }
        _ => path,
    }
}

/// Every directory directly under `root` that holds an `rpkd.yaml`, in name order.
pub fn discover(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(root)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("rpkd.yaml").is_file())
        .collect();
    plans.sort();
    Ok(plans)
}
