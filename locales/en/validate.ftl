### Checking a plan's rules (src/validate/).

## Nouns (src/validate/words.rs).

noun-pillar = pillar
noun-strategy = strategy
noun-agency = agency
noun-unit = unit
noun-tag-category = tag category
noun-program = program
noun-kegiatan = kegiatan
noun-sub-kegiatan = sub kegiatan
noun-executor = executor
noun-kecamatan = kecamatan
noun-kabupaten = kabupaten
noun-kota = kota
noun-location-group = location group
noun-desa = desa
noun-kelurahan = kelurahan
noun-rat-line = RAT line
noun-a-pillar = a pillar
noun-a-strategy = a strategy
noun-a-agency = an agency
noun-a-unit = a unit
noun-a-tag-category = a tag category
noun-a-program = a program
noun-a-kegiatan = a kegiatan
noun-a-sub-kegiatan = a sub kegiatan
noun-a-executor = an executor
noun-a-kecamatan = a kecamatan
noun-a-kabupaten = a kabupaten
noun-a-kota = a kota
noun-a-location-group = a location group
noun-a-desa = a desa
noun-a-kelurahan = a kelurahan
noun-a-rat-line = a RAT line
region-a-province = a province
region-a-regency = a kabupaten
region-a-city = a kota
sub-by = `{ $code }` by { $holder }
what-indicator = indicator `{ $name }`
val-expected = expected `{ $value }`

## Nomenclature codes (src/validate/codes.rs).

nom-malformed = malformed { $what } code `{ $code }`
nom-malformed-hint = a { $what } code has the form `{ $pattern }` in digits, e.g. `{ $example }` (Permendagri 90/2019)
nom-not-extending = `{ $child }` does not extend its { $what } code `{ $parent }`
nom-should-start = should start with `{ $parent }.`
nom-parent-code = the { $what } code
nom-parent-hint = a sub kegiatan's code continues its kegiatan's, which continues its program's
nom-level = the level digit of `{ $code }` is { $actual }, but { $region } uses { $expected }
nom-level-label = the fourth segment should be `{ $expected }`
nom-level-hint = the level digit `L` in `U.BB.PP.L.KK` is 1 for a province and 2 for a kabupaten or kota

## What a plan cannot do without, and what it leaves unused (src/validate/coverage.rs).

cov-what-member = kabupaten or kota
cov-no-list = the plan has no { $what }
cov-list-empty = `{ $key }` is empty or missing
cov-list-hint = list at least one { $what } under `{ $key }:` in rpkd.yaml
cov-no-programs = the plan has no programs
cov-no-program-found = no program found
cov-programs-hint = programs are listed under `program:` in files in the `program/` folder
cov-national-unused = no program serves the national strategy `{ $strategy }`
cov-in-this-plan = in this plan
cov-national-hint = every region acts on all three national strategies (Inpres 8/2025); map a strategy with programs to { $label }
cov-pillar-unused = pillar `{ $id }` has no strategy
cov-pillar-unused-label = no strategy names this pillar
cov-pillar-unused-hint = name it under `pilar:` in a strategy, or remove it
cov-strategy-unused = strategy `{ $id }` has no program
cov-strategy-unused-label = no program line carries this strategy
cov-strategy-unused-hint = name it under `strategi:` in a program, or remove it

## Names defined twice, ids outside ASCII (src/validate/ids.rs).

dup-what-id = id
dup-what-code = nomenclature code
dup-what-place = place
dup-what-village = desa/kelurahan
dup-what-rat-line = RAT line for
dup-twice = { $what } { $name } is defined twice
dup-again = { $kind } { $name } defined again here
dup-first = first defined here as { $kind }
dup-hint = give each one its own name
id-not-ascii = { $kind } id `{ $id }` holds `{ $char }` (U+{ $hex }), which is not an ASCII character
id-ascii-label = ids are written in ASCII
id-ascii-hint = write ids with Latin letters, digits, `-` and `_` only (`P1`, `DINSOS`); a letter that looks Latin may be Cyrillic or Greek

## Money: ceilings, allocations, realisation and who holds them (src/validate/funding.rs).

fund-above-ceiling-one = the { $year } allocation { $allocated } is above the RPKD ceiling { $ceiling } for { $whose }
fund-above-ceiling-many = the { $year } allocations of { $whose } ({ $lines } lines) total { $allocated }, above the RPKD ceiling { $ceiling }
fund-above-label = above the ceiling
fund-ceiling-label = the RPKD ceiling (pagu indikatif)
fund-above-hint = raise the pagu in the RPKD or lower the allocation
fund-both = sub kegiatan `{ $code }` has both `pagu` and `pelaksana`
fund-both-executors = executors with their own pagu
fund-both-own = the sub kegiatan's own pagu
fund-both-hint = a sub kegiatan carried out by several units gives each its `pagu` under `pelaksana`, and none of its own
fund-no-pagu = sub kegiatan `{ $code }` has no `pagu`
fund-no-pagu-label = no indicative ceiling
fund-no-pagu-hint = add `pagu:` with an amount per funding source and year, or `pelaksana:` with each unit's pagu
fund-unit-of-other = `{ $id }` is a unit of { $agency }, not of { $owner } (the agency of this sub kegiatan)
fund-other-agency = `{ $id }` is another agency, not { $owner } (the agency of this sub kegiatan)
fund-other-agency-hint-no-units = name { $owner } (it has no units), or move the line to the agency that carries it out
fund-not-of-agency = not of this line's agency
fund-agency-in-force = the agency in force
fund-other-agency-hint = name { $owner } or one of its units ({ $units }), or move the line to the agency that carries it out
fund-rat-no-executor = the RAT line of `{ $code }` names no executor
fund-which-unit = which unit carries this line out?
fund-several-executors = the sub kegiatan has several executors
fund-add-executor-hint = add `perangkat_daerah:` with one of { $executors } (one RAT line per executor)
fund-not-executor = `{ $agency }` is not an executor of `{ $code }`
fund-not-under-pelaksana = not under this sub kegiatan's `pelaksana`
fund-the-sub = the sub kegiatan
fund-which-source = from which funding source?
fund-missing-source-hint = add `sumber_dana:` (e.g. `apbd`), or write the allocation per source: `alokasi: {"{"}apbd: 1000000000, csr: 500000000{"}"}`
fund-source-twice = `sumber_dana` beside an allocation per funding source
fund-source-twice-label = the allocation already names its sources
fund-by-source = the allocation per source
fund-source-twice-hint = remove `sumber_dana`: each source's amount is under `alokasi`
fund-split = quarter { $quarter } of `{ $code }` reports one amount for an allocation from { $sources } sources
fund-which-spent = which source was spent?
fund-split-hint = write the quarter's spending per source, e.g. `anggaran: {"{"}{ $list }{"}"}`
fund-other-source = quarter { $quarter } of `{ $code }` spends from `{ $source }`, which the allocation does not list
fund-no-allocation-from = no allocation from this source
fund-the-allocation = the allocation
fund-other-source-hint = add the source to `alokasi`, or correct the source of the spending
fund-realised-above = realisation { $spent } is above the allocation { $allocated } for `{ $code }`
fund-realised-above-hint = check the quarterly amounts under `realisasi`, or revise the allocation
fund-realised-above-source = realisation from `{ $source }` { $spent } is above its allocation { $allocated } for `{ $code }`
fund-realised-above-source-hint = check the quarterly amounts of this source, or revise its allocation
fund-not-in-ceiling = `{ $code }` is funded from `{ $source }`, which its RPKD ceiling does not list
fund-not-in-ceiling-label = not a source of this line's pagu
fund-rpkd-ceiling = the RPKD ceiling
fund-not-in-ceiling-hint = the RPKD budgets this line from { $sources }; add `{ $source }` to its pagu or change the source
fund-other-level-province = `{ $source }` in the plan of a province
fund-other-level-regency = `{ $source }` in the plan of a kabupaten or kota
fund-own-budget = the region's own budget
fund-other-level-hint = the plan's own APBD is `apbd`; `{ $source }` is another level's budget co-funding the line

## Indicators and their targets (src/validate/indicators.rs).

ind-program-none = program `{ $code }` has no indicator
ind-this-program = this program
ind-program-hint = add an outcome indicator under `indikator:` with its unit, baseline and yearly targets
ind-sub-none = sub kegiatan `{ $code }` has no indicator
ind-this-sub = this sub kegiatan
ind-sub-hint = add an output indicator under `indikator:`; the program matrix prints it with its targets
ind-rat-differs = the RAT `{ $statistic }` target for { $year } is { $rat }, the RPKD's is { $rpkd }
ind-rat-target = RAT target
ind-rpkd-target = RPKD target
ind-rat-differs-hint = the RAT states the RPKD's graduation target for its year; change one of them
ind-rises = the { $year } target of { $what } rises from { $from } to { $to }
ind-falls = the { $year } target of { $what } falls from { $from } to { $to }
ind-target-of-year = the { $year } target
ind-value-in = the value in { $year }
ind-down-hint = lower is better for this indicator; a target should not be higher than the year before
ind-up-hint = higher is better for this indicator; a target should not be lower than the year before

## The legal basis (src/validate/legal.rs).

legal-no-kind = a legal basis entry does not start with its kind of regulation
legal-printed-last = printed last, after every regulation of a known kind
legal-hint = start with the kind as the regulation names itself: `Undang-Undang`, `Peraturan Pemerintah`, `Peraturan Presiden`, `Instruksi Presiden`, `Peraturan Menteri …`, `Keputusan Menteri …`, `Peraturan Daerah …`, `Peraturan Gubernur/Bupati/Wali Kota …`, `Keputusan Gubernur/Bupati/Wali Kota …`

## A province's kabupaten/kota plans (src/validate/linked.rs).

linked-errors = the plan of { $member } has { $count ->
        [one] 1 error
       *[other] { $count } errors
    }
linked-not-passing = this plan does not pass `rpkd check`
linked-errors-hint = its errors are listed with their own files; the synchronisation document needs every kabupaten/kota plan whole
linked-mismatch = `{ $path }` is the plan of { $kind } { $name }, not of { $member }
linked-named-for = named for { $member }
linked-own-region = the plan's own region
linked-mismatch-hint = point `rencana` at the plan folder of this kabupaten or kota
linked-period = the plan of { $member } covers { $start }–{ $end }, the province's { $province_start }–{ $province_end }
linked-other-period = a plan of another period
linked-its-period = its period
linked-period-hint = the synchronisation document sums only the years the two periods share
linked-province = the plan of { $member } names the province `{ $named }`, not { $province }
linked-named-by = named by this province
linked-its-province = its province
linked-province-hint = correct `daerah.provinsi` in the kabupaten/kota plan, or the path
linked-figure = `{ $statistic }` of { $member } for { $year } is { $here } here, { $own } in its own plan
linked-province-figure = the province's figure
linked-member-figure = the kabupaten/kota plan's figure
linked-figure-hint = one published figure per year: correct the one that is not BPS's

## The five-year period and its years (src/validate/period.rs).

period-not-five = the period { $start }–{ $end } is not five consecutive years
period-starts-here = the period starts here
period-hint = an RPKD covers five years, the same period as the RPJMD, e.g. 2025–2029
period-missing-stat = the `{ $statistic }` target has no value for { $years }
period-missing-stat-of = the `{ $statistic }` target of { $member } has no value for { $years }
period-missing-indicator = indicator `{ $name }` has no target for { $years }
period-missing-ceiling = sub kegiatan `{ $code }` has no ceiling (pagu) for { $years }
period-missing-ceiling-of = executor `{ $executor }` of sub kegiatan `{ $code }` has no ceiling (pagu) for { $years }
period-missing-label = missing { $count ->
        [one] year
       *[other] years
    } { $years }
period-zero-hint = write `0` for a year without budget
period-each-year-hint = give a value for each year of the period
period-outside-rat = the RAT for { $year } is outside the period { $start }–{ $end }
period-outside-ceiling = a ceiling for { $year } is outside the period { $start }–{ $end }
period-outside-target = a target for { $year } is outside the period { $start }–{ $end }
period-outside-label = outside the period
period-outside-hint = years of this plan run from { $start } to { $end }
period-two-rats = two RATs for { $year }
period-second-rat = a second RAT for this year
period-first-rat = the first one
period-two-rats-hint = keep one RAT per year, in `rat/<year>.yaml`
period-rat-file = the file `rat/{ $stem }.yaml` holds the RAT for { $year }
period-file-name-says = the file name says `{ $stem }`
period-rat-file-hint = name each RAT file after its year: `rat/{ $year }.yaml` for `tahun: { $year }`
period-baseline-after = the baseline of { $what } is from { $year }, after the period starts in { $start }
period-baseline-year = baseline year
period-baseline-hint = the baseline (kondisi awal) is the last known value before the period, usually the year before it starts

## The region's territory (src/validate/territory.rs).

terr-kecamatan-in-province = kecamatan `{ $name }` in the plan of a province
terr-province-lists = a province lists its kabupaten and kota
terr-plan-is = this is the plan of { $region }
terr-province-hint = write each kabupaten and kota of the province: `- kabupaten: Pandeglang` or `- kota: Tangerang`
terr-member-in-regency = { $member } in the plan of { $region }
terr-lists-kecamatan = { $region } lists its kecamatan
terr-kecamatan-hint = write each kecamatan with its desa and kelurahan: `- kecamatan: Periuk`
terr-count-below = kecamatan { $name } has { $stated } { $kind } by its count but lists { $listed }
terr-fewer-than-listed = fewer than the { $kind } listed
terr-count-hint = `jumlah_{ $kind }` is the kecamatan's whole number of { $kind }, listed or not
terr-comparison = a province's statistics give a `provinsi` comparison
terr-own-figure = the province's own figure is `nilai`
terr-comparison-hint = a province compares with the nation (`nasional`) and with other provinces: `pembanding: {"{"}Jawa Barat: 7.02{"}"}`
terr-villages-exceed = the desa/kelurahan of { $name } count { $villages } poor people, more than the kecamatan's { $total }
terr-kecamatan-figure = the kecamatan figure
terr-villages-hint = the kecamatan's `penduduk_miskin` is the sum over its desa/kelurahan or more

## Values in range (src/validate/values.rs).

val-what-poverty-target = the poverty target
val-what-extreme-target = the extreme-poverty target
val-what-threshold = a status threshold
val-what-output = output
val-rat-target-zero = the { $year } target of `{ $code }` is not above zero
val-no-output = no output to achieve
val-rat-target-hint = a RAT line states the output it will deliver this year; achievement is measured against it
val-thresholds = the *on progress* threshold is above the *sesuai target* threshold
val-should-be-lower = should be lower
val-on-target-from = sesuai target from here
val-thresholds-hint = the defaults are 80 for sesuai target and 50 for on progress
val-percent = a percentage between 0 and 100
val-ratio = a ratio between 0 and 1
val-non-negative = zero or more
val-out-of-range = { $what } is { $value }, expected { $expected }
val-out-of-range-label = out of range
val-gini-hint = a Gini ratio is written as a fraction: `{ $fraction }`
val-no-quarter = there is no quarter { $quarter }
val-expected-quarter = expected 1, 2, 3 or 4
val-quarter-hint = `triwulan` is the quarter of the year: 1 (Januari–Maret) to 4 (Oktober–Desember)
val-quarter-twice = quarter { $quarter } is reported twice for `{ $code }`
val-reported-again = reported again here
val-first-reported = first reported here
val-quarter-twice-hint = give one entry per quarter, with that quarter's own spending and output

## References: tags, sub kegiatan and locations (src/validate/references.rs).

ref-location = location
ref-unknown-tag-category = unknown tag category `{ $tag }`
ref-tag-categories-under = categories are listed under `penandaan.kategori` in rpkd.yaml
ref-unknown-tag = unknown tag `{ $tag }`
ref-default-tags = without `penandaan` in rpkd.yaml the tags are `kemiskinan` and `kemiskinan_ekstrem`
ref-not-a-tag = not a tag category of this plan
ref-no-sub-code = no sub kegiatan of the RPKD has this code
ref-malformed-here = `{ $code }` is defined here, malformed
ref-malformed-hint = if the sub kegiatan `{ $code }` is meant, correct its code in the program file (E016)
ref-rat-sub-hint = a RAT line names a sub kegiatan defined under `program/`
ref-group-in-group = location group `{ $name }` names another group
ref-group-inside = a group inside a group
ref-that-group = that group
ref-group-hint = list the group's places themselves; a group holds places only
ref-not-a-member = not a kabupaten or kota of `wilayah`
ref-with-kind = write { $names }: a province names a kabupaten or kota with its kind
ref-no-such-village = kecamatan { $district } has no such desa/kelurahan
ref-not-a-kecamatan = not a kecamatan of `wilayah`
ref-write-place-or-group = write `Kecamatan` or `Kecamatan/{ $village }` as listed under `wilayah`, or the id of a group under `kelompok_lokasi`
ref-write-place = write `Kecamatan` or `Kecamatan/{ $village }` as listed under `wilayah`
