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

## rpkd impor: the forms' diagnostics (src/import/, src/load/workbook.rs).

# Why a workbook cannot be read (E075), in the parentheses of "cannot read `…`".
workbook-not-a-file = it is not a regular file
workbook-too-large = the file is { $size } MB, more than the { $limit } MB a form may have
workbook-grew-too-large = the file is more than the { $limit } MB a form may have
workbook-not-excel = it is not an Excel workbook: { $detail }
workbook-not-zip = it is not an .xlsx workbook, not even a zip archive
workbook-too-many-parts = the workbook holds { $parts } parts, more than a form may have
workbook-zip-damaged = its zip directory is damaged: { $detail }
workbook-unpacks-too-large = it unpacks to { $size } MB, more than the { $limit } MB a form may have
workbook-sheet-damaged = the sheet `{ $sheet }` cannot be read: { $detail }
workbook-too-many-cells = the workbook holds more than a million cells, more than a form may have
import-save-as-xlsx = save the form as an Excel workbook (.xlsx) and import that file

# Whether the workbook is a form of this plan, year and agency (E076-E078, E083).
import-not-a-form = `{ $name }` is not an rpkd realisation form (it has no `{ $form }` and `{ $identity }` sheets)
import-not-a-form-hint = fill in the forms `rpkd ekspor PLAN_DIR --tahun YEAR` writes; keep their sheets and their names
import-other-format = `{ $name }` is not a form this version of rpkd reads (its `{ $identity }` sheet says `{ $found }`)
import-other-format-hint = export the form again with this rpkd (`{ $format }`)
import-other-plan = `{ $name }` is a form of another plan (`{ $found }`, not `{ $plan }`)
import-other-plan-hint = import each form into the plan it was exported from
import-no-such-form = `{ $name }` is a form of `{ $owner }` for { $year }, and the plan has no such form (no RAT lines of `{ $owner }` that year)
import-no-such-form-hint = export the forms of the year again and fill in the one of the agency
import-line-changed = `{ $code }` changed
import-line-added = `{ $code }` added
import-line-removed = `{ $code }` removed
import-stale = `{ $name }` was exported before the plan's lines of `{ $owner }` for { $year } changed
import-stale-listed = `{ $name }` was exported before the plan's lines of `{ $owner }` for { $year } changed ({ $list })
import-stale-listed-more = `{ $name }` was exported before the plan's lines of `{ $owner }` for { $year } changed ({ $list } and { $more } more)
import-stale-hint = export a new form (`rpkd ekspor`) and copy the figures into it
import-second-form = `{ $name }` is a second form of `{ $owner }` for { $year }
import-second-form-hint = import one form per agency and year: the latest one
import-changes-nothing = `{ $name }` changes nothing in the plan
import-changes-nothing-hint = every figure in it is already in the RAT; it may have been imported before

# The cells (E079-E081).
import-locked-cell = a locked cell of `{ $code }` was changed (the plan has `{ $expected }`)
import-locked-cell-label = identifying cell changed
import-locked-cell-hint = the grey columns come from the RAT: restore the cell, or export a new form; write corrections in `Keterangan`
import-formula-without-value = a formula without a saved value
import-no-value-to-read = no value to read
import-formula-without-value-hint = open the form in Excel or LibreOffice, let it calculate and save it again, or type the figure itself
import-error-value = the cell holds the error value `{ $value }`
import-not-a-figure = not a figure
import-error-value-hint = correct the formula or type the figure itself
import-merged-cells = cells `{ $first }:{ $last }` are merged
import-merged-here = merged here
import-merged-cells-hint = unmerge them: each line's and each quarter's figures stand in their own cells
import-value-outside = a value outside the cells of the form
import-value-not-read = not read
import-value-outside-hint = write figures only in the yellow cells; rows and columns may not be added
import-found-date = a date
import-cell-as-number = format the cell as a number, not a date, and type the figure in digits

# The fields of a line, in the changes table and in messages.
import-field-output = TW { $quarter } output
import-field-spent = TW { $quarter } realisation
import-field-spent-from = TW { $quarter } realisation from { $source }
import-field-notes = notes
import-field-proposal = proposed new line

# What the form changes against the plan (E082, E004).
import-conflict = { $what } of `{ $code }` changed both in the form ({ $form }) and in the plan since the export ({ $plan } there, { $base } when exported)
import-conflict-label = changed on both sides
import-conflict-hint = agree on the figure: export a new form, or correct the RAT file by hand
import-emptied = the form empties { $what } of `{ $code }`, which the plan holds ({ $base })
import-emptied-label = emptied
import-emptied-hint = write 0 for a quarter without realisation; an import never deletes a figure — remove it from the RAT file by hand if it must go
import-quarter-incomplete = { $what } of `{ $code }` is empty while the quarter's other figures are filled in
import-empty = empty
import-quarter-incomplete-hint = write each figure of the quarter; 0 where nothing was spent or delivered

# Proposed lines (E084, E004).
import-proposal-without-code = a proposed line without its sub kegiatan code
import-which-sub-kegiatan = which sub kegiatan?
import-proposal-without-code-hint = choose the code from the drop-down list, or clear the row
import-proposal-taken = `{ $code }` already has a line of `{ $owner }` in the RAT { $year }
import-proposal-not-carried = `{ $code }` is not a sub kegiatan `{ $owner }` carries out
import-proposal-unknown-code = no sub kegiatan has the code `{ $code }`
import-cannot-propose-here = cannot be proposed here
import-proposable-list-hint = the sheet `Daftar` lists the sub kegiatan this form may propose
import-proposal-missing = the proposed line of `{ $code }` has no { $what }
import-proposal-missing-hint = write the { $what } of the line
import-column-target = target
import-column-aid = kind of aid (`jenis bantuan`)
import-column-source = funding source (`sumber dana`)
import-column-allocation = allocation (`alokasi`)
import-proposal-source-twice = `{ $source }` is given twice for the proposed line of `{ $code }`
import-again = again
import-proposal-source-twice-hint = one row per funding source: add the amounts together
import-no-rat-to-start = the plan has no `rat/{ $year }.yaml`, and no poverty targets for { $year } in `rpkd.yaml` to start one with
import-no-rat-to-start-hint = create `rat/{ $year }.yaml` with `tahun`, `target_kemiskinan`, `target_kemiskinan_ekstrem` and `rencana_aksi: []`, then import again

# Writing the figures into the RAT file (E080).
import-cannot-place = cannot write the figures into `{ $path }` in place ({ $cause })
edit-no-rat-lines = no `rencana_aksi` list
edit-line-not-in-file = the line of `{ $code }` is not in the file
edit-changes-overlap = two changes overlap
edit-one-amount = quarter { $quarter } of `{ $code }` has one amount where the form has one per source
edit-realisation-not-a-list = `realisasi` of `{ $code }` is not a list
edit-empty-block-list = an empty block list
edit-flow-rat-lines = `rencana_aksi` is written as a flow list
