### rpkd impor: the terminal.

import-plan-has-errors = { $plan }: the plan has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; fix them (`rpkd check`) before importing; nothing written
import-refused = { $plan }: { $why }; nothing written
import-refused-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }
import-refused-warnings = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } (`--allow-warnings` writes anyway)
import-dry-run = { $plan }: { $changes } changes in { $files } files; nothing written (`--dry-run`)
import-nothing = { $plan }: nothing to write
import-done = { $plan }: { $changes } changes from { $forms } forms
import-write-failed = { $error }; nothing written

import-col-form = form
import-col-cell = cell
import-col-line = line
import-col-what = what
import-col-before = before
import-col-after = after
