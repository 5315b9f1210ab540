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

## Hints that name what is known (src/diag/suggest.rs).

hint-did-you-mean = did you mean `{ $name }`?
hint-written-as = `{ $wrong }` is written { $options }
hint-none-defined = no { $what } are defined
hint-known = known { $what }: { $list }
hint-known-more = known { $what }: { $list } and { $more } more
known-keys = keys
known-values = values
known-pillars = pillars
known-strategies = strategies
known-codes = codes
known-agencies = agencies
known-agencies-and-units = agencies and units
known-tags = tags
known-members = kabupaten and kota
known-villages-of = desa/kelurahan of { $district }
known-executors = executors

## References (src/validate/references.rs).

ref-unknown = unknown { $what } `{ $name }`
ref-no-such-id = no { $what } has this id
ref-no-agency-or-unit = no agency or unit has this id
ref-defined-under = { $known } (listed under `{ $key }` in rpkd.yaml)
ref-defined-under-units = { $known } (listed under `perangkat_daerah` in rpkd.yaml, units under each agency's `unit`)
ref-pillar = pillar
ref-strategy = strategy
ref-agency = agency
