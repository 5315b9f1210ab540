### Reading a plan's values: years, money, dates, territory (src/model/, src/load/linked.rs).

## Years, money and dates (src/model/scalar.rs, src/model/rat.rs).

scalar-year-implausible = `{ $value }` is not a plausible year
scalar-not-a-year = not a year
scalar-year-hint = years are written in full, between 1900 and 2100, e.g. `2025`
scalar-money-negative = negative amount `{ $value }`
scalar-money-cannot-be-negative = money cannot be negative
scalar-money-negative-hint = write a ceiling, allocation or realisation as zero or more rupiah
scalar-money-too-large = amount `{ $value }` is more than Rp100 triliun
scalar-too-large-for-amount = too large for one amount
scalar-money-too-large-hint = amounts are whole rupiah: check the number of digits (Rp1,5 miliar is `1500000000`)
scalar-expected-found = expected { $expected }, found `{ $value }`
scalar-money-whole-rupiah = money is counted in whole rupiah
scalar-money-decimal-hint = write whole rupiah without separators or decimals: `1.500.000` is written `1500000`
scalar-date-invalid = `{ $value }` is not a valid date
scalar-not-a-date = not a date
scalar-date-hint = write dates as `YYYY-MM-DD`, e.g. `2025-07-14` for 14 Juli 2025
rat-amounts-no-source = an amount per funding source names no source
rat-amounts-empty = empty
rat-amounts-no-source-hint = write one amount, e.g. `1500000000`, or `{"{"}apbd: 1500000000{"}"}`

## Territory (src/model/plan.rs).

plan-village-kind-contradicts = `{ $name }` is listed under `{ $list }` but says `jenis: { $kind }`
plan-contradicts-list = contradicts the list
plan-village-kind-hint = move it to `{ $kind }:` or remove `jenis`
plan-member-both = one `wilayah` entry names both a kabupaten and a kota
plan-second-name = a second name
plan-first-name = the first
plan-member-both-hint = give each kabupaten and each kota its own entry under `wilayah`
plan-member-no-name = missing key `kabupaten` or `kota` in a kabupaten/kota
plan-member-names-none = this entry names no kabupaten or kota

## Kabupaten/kota plans a province names (src/load/linked.rs).

linked-named-twice = the plan `{ $path }` is named for two kabupaten/kota
linked-named-again = named again here
linked-first-named = first named here
linked-named-twice-hint = each kabupaten and kota has its own plan folder
linked-missing = no kabupaten/kota plan at `{ $path }` ({ $reason })
linked-named-here = the plan named here
linked-missing-hint = `rencana` names the folder of the kabupaten/kota's own plan (with its `rpkd.yaml`), relative to this plan's folder and inside the same repository
linked-no-plan-file = the folder holds no `rpkd.yaml`
linked-cannot-read = cannot read the plan ({ $reason })
linked-write-relative = write the folder relative to this plan's folder, e.g. `../kota-tangerang`
linked-not-relative = not a relative path
linked-no-such-folder = no such folder
linked-outside-repository = the folder lies outside the repository `{ $repository }`

## Placeholders of `rpkd init` (src/load/placeholders.rs).

