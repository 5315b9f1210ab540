### Diagnostics: the words of the printers, and (next) every rule's messages.

diag-error = error
diag-warning = warning
diag-help = help
diag-more-in-file = … and { $count ->
        [one] 1 more problem
       *[other] { $count } more problems
    } in `{ $path }` (`--format short` lists every one)
diag-more = … and { $count ->
        [one] 1 more problem
       *[other] { $count } more problems
    } (`--format short` lists every one)
