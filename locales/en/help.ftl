### The words of `--help` and of usage errors (src/cli/localise.rs, help.rs, usage_error.rs).
### The help of each command and option is its doc comment in src/cli; locales/id/help.ftl
### holds their Indonesian (`cmd-…`).

help-usage = Usage:
help-commands = Commands:
help-arguments = Arguments:
help-options = Options:
help-options-placeholder = OPTIONS
help-command-placeholder = COMMAND
help-default = default: { $value }
help-possible-values = possible values: { $values }
help-possible-values-heading = Possible values:
help-flag = Print help
help-flag-short = Print help (see more with '--help')
help-flag-long = Print help (see a summary with '-h')
help-version-flag = Print version
help-subcommand = Print this message or the help of the given subcommand(s)
help-examples = Examples:
help-exit-status = Exit status:
help-environment = Environment:

help-exit-0 = Success (warnings allowed, unless `--deny-warnings`).
help-exit-1 = The input or the environment failed: a plan has errors, a file cannot be read or written.
help-exit-2 = Wrong usage: an unknown option, a missing or malformed argument.
help-env-rpkd-lang = Language of messages, `id` or `en`; `--lang` overrides it.
help-env-locale = Without `RPKD_LANG`, the first of these that is set decides: an English locale (`en_US.UTF-8`) gives English, any other Bahasa Indonesia.
help-env-no-color = Set and not empty: no colour (no-color.org). `--color always` overrides it.
help-env-clicolor-force = Set, not empty and not `0`: colour even when the output is not a terminal.
help-env-clicolor = `0`: no colour.
help-ex-check-1 = Check every plan under `plans/`.
help-ex-check-2 = Check one plan; `plans/kota-tangerang/rpkd.yaml` works too.
help-ex-check-3 = In GitHub Actions: annotations on the pull request and a table in the job summary; entries of `plans/` that are not plans (a README) are skipped with a note.
help-ex-check-4 = A SARIF 2.1.0 report for GitHub code scanning.
help-ex-check-5 = A GitLab Code Quality report for a merge request.
help-ex-check-6 = Messages in English, as one JSON array.
help-env-check-1 = When set (GitHub Actions sets it), a Markdown table of the plans and their counts, then the diagnostics, is appended to that file.
help-ex-build-1 = Build every plan under `plans/` into `output/`.
help-ex-build-2 = Only the PDFs of one plan, into `dist/kota-tangerang/`.
help-ex-build-3 = Documents dated by the last commit: the same input gives the same bytes.
help-env-build-1 = Seconds since 1970 that date the PDFs (reproducible builds).
help-env-build-2 = When set, no progress bar is drawn.
help-env-build-3 = When set, a table of the plans built is appended to that file.
help-ex-serve-1 = Preview a plan in the browser; pages reload on every save.
help-ex-serve-2 = Let colleagues on the office network open the preview (a warning says so).
help-ex-init-1 = A new plan folder that passes `rpkd check`, with the JSON Schemas for the editor.
help-ex-init-2 = A province's plan.
help-ex-ekspor-1 = One realisation form per agency for 2026, and the review workbook.
help-env-ekspor-1 = Seconds since 1970 that date the workbooks.
help-ex-impor-1 = Write the figures of filled-in forms into the RAT files, after checking them.
help-ex-schema-1 = The JSON Schemas an editor uses for completion and checking while typing.
help-ex-completions-1 = Completion of subcommands, options and plan folders in bash.
help-ex-man-1 = Install the manual pages for the current user.
help-ex-rpkd-1 = Start a plan.
help-ex-rpkd-2 = Check every plan under `plans/`.
help-ex-rpkd-3 = Write the documents of every plan into `output/`.
help-ex-rpkd-4 = Preview while editing.
## Usage errors

usage-unknown-argument = unexpected argument `{ $arg }`
usage-unknown-subcommand = unrecognized subcommand `{ $name }`
usage-value-required = a value is required for `{ $arg }` but none was supplied
usage-invalid-value = invalid value `{ $value }` for `{ $arg }`
usage-invalid-value-of = invalid value `{ $value }` for `{ $arg }` (possible values: { $valid })
usage-value-rejected = invalid value `{ $value }` for `{ $arg }` ({ $cause })
usage-cause-range = { $value } is not in { $low } to { $high }
usage-cause-not-a-number = not a whole number
usage-cause-too-large = too large
usage-cause-invalid = not accepted
usage-missing-required = { $count ->
    [1] the required argument { $args } was not provided
   *[other] the required arguments { $args } were not provided
}
usage-missing-subcommand = `{ $name }` requires a subcommand but none was provided (subcommands: { $valid })
usage-argument-repeated = the argument `{ $arg }` cannot be used more than once
usage-argument-conflict = the argument `{ $arg }` cannot be used with { $other }
usage-argument-conflict-any = the argument `{ $arg }` cannot be used with one or more of the other arguments
usage-no-equals = an equal sign is needed when giving a value to `{ $arg }` (`{ $arg }=…`)
usage-too-many = unexpected value `{ $value }` for `{ $arg }`; no more were expected
usage-too-few = `{ $arg }` needs { $min } values, but only { $actual } were provided
usage-wrong-number = `{ $arg }` needs { $expected } values, but { $actual } were provided
usage-invalid-utf8 = an argument is not valid UTF-8 text
usage-what-subcommand = subcommand
usage-what-argument = argument
usage-what-value = value
usage-tip-similar = { $count ->
    [1] a similar { $what } exists: { $names }
   *[other] similar { $what }s exist: { $names }
}
usage-tip-as-value = to pass `{ $arg }` as a value, use `{ $instead }`
usage-tip-remove-dashes = the subcommand `{ $name }` exists; to use it, remove the `--` before it
usage-tip = tip: { $tip }
usage-more = for more information, try `{ $flag }`
