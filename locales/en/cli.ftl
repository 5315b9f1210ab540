### What the subcommands say on the terminal (src/cli).

cli-error = error: { $message }
cli-warning = warning: { $message }
cli-note = note: { $message }
cli-wrote = wrote `{ $path }`
cli-lang-unknown = `RPKD_LANG` is `{ $value }`, which names no language of rpkd (`id`, `en`); speaking { $lang }

## Finding plans on the command line.

plans-none-under-plans = no plan found under `plans/` (name a PLAN_DIR)
plans-cannot-list = cannot list `{ $path }` ({ $cause })
plans-skipped-folder = skipped `{ $path }` (a folder without `rpkd.yaml`, so not a plan)
plans-skipped-file = skipped `{ $path }` (a file, not a plan folder)
plans-missing = `{ $path }` does not exist
plans-none-named = none of the { $count } paths named is a plan folder (each holds an `rpkd.yaml`)

## rpkd check

check-clean = { $plan }: no problems found ({ $files ->
        [one] 1 file
       *[other] { $files } files
    } checked)
check-counts = { $plan }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
check-verbose = { $plan }: read { $files } in { $ms } ms

## rpkd build

build-written = { $plan } → { $target }: { $count ->
        [one] 1 file
       *[other] { $count } files
    } ({ $files })
build-index = index: `{ $path }`
build-invalid = { $plan }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; nothing written
build-defect = { $plan }: nothing written ({ $error }; this is a defect of rpkd: `rpkd check` passed the plan)
build-same-folder-name = `{ $first }` and `{ $second }` have the same folder name, so their documents would both go to `{ $target }` (rename one of the folders, or build them with separate `--out` folders)
build-output-inside = { $error } (`{ $target }` is inside the plan `{ $plan }`)
epoch-out-of-range = `SOURCE_DATE_EPOCH` is `{ $value }`, outside the years 1970 to 9999 (0 to { $last } seconds)
epoch-not-a-number = `SOURCE_DATE_EPOCH` is `{ $value }`, not a whole number of seconds since 1970

## GitHub job summary

summary-plan = plan
summary-result = result
summary-errors = errors
summary-warnings = warnings
summary-files = files
summary-passed = passed
summary-failed = failed
summary-not-read = not read ({ $cause })
summary-built = built ({ $files } files)
summary-diagnostics = { $count ->
        [one] 1 diagnostic:
       *[other] { $count } diagnostics:
    }
summary-more = … and { $count } more (the full report is in the job log)
summary-not-written = the job summary `{ $path }` cannot be written ({ $cause })

## rpkd init

init-created = created the plan `{ $path }` ({ $files } files):
init-next-steps =
    next steps:
      1. edit the files: replace every `[placeholder]` and every number marked CONTOH (the comments in each YAML file explain its keys, in Bahasa Indonesia)
      2. rpkd check { $dir }
      3. rpkd build { $dir }
init-kind-disagrees = `--region` names a { $named } but `--kind` is `{ $given }` (give the name without its kind)
init-nothing-written = { $why }; nothing written
init-not-a-folder = `{ $path }` exists and is not a directory
init-not-empty = `{ $path }` is not empty (with `--force`, the scaffold's files are written into it, replacing files of the same name and keeping every other file)
init-folder-in-the-way = `{ $path }` is in the way of the scaffold's folder `{ $folder }`
init-file-in-the-way = `{ $path }` is in the way of the scaffold's file `{ $file }`

## rpkd man, rpkd completions

man-written = { $dir }: { $count } manual pages ({ $names })
man-failed = failed to render the manual pages ({ $cause })
completions-failed = failed to write the completion script ({ $cause })

## rpkd ekspor

export-done = { $plan }: { $forms } forms for { $year }, review workbook and CSV in `{ $target }`
export-invalid = { $plan }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; nothing exported (`rpkd check` lists them)
export-output-inside = { $error } (`{ $target }` holds or is inside the plan `{ $plan }`)

## rpkd banding

banding-version-counts = { $which ->
        [old] old version
       *[new] new version
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
banding-no-revision = `{ $spec }` names no revision (write `git:REV`, e.g. `git:HEAD~1`)
banding-which-plan = { $count } plans under `plans/`; name the one to compare (e.g. `rpkd banding { $example }`)
banding-no-plan = no plan here (name a plan folder, or run in one)
banding-revisions-and-sides = `--from`/`--to` choose revisions of one plan; with OLD and NEW, write `git:REV` instead
banding-old-twice = `--from` and `git:REV` both name the old version
banding-written = { $changes } → { $target }: { $files }
banding-no-change = no change
banding-no-change-readable = no change found in what could be read
banding-counts = { $what }: { $added } added, { $removed } removed, { $changed } changed
banding-chapters = { $count ->
        [one] 1 chapter of text
       *[other] { $count } chapters of text
    }
banding-rats = { $count ->
        [one] 1 RAT
       *[other] { $count } RATs
    }
banding-root-changed = changes in rpkd.yaml
