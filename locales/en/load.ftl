### Reading the plan's files: keys, types and keywords (src/load/decode.rs, src/load/words.rs).

decode-wrong-type = expected { $expected }, found { $found }
decode-this-is = this is { $found }
decode-duplicate-key = duplicate key `{ $key }`
decode-defined-again = defined again here
decode-first-defined = first defined here
decode-duplicate-key-hint = YAML keys must be unique in a mapping; remove or rename one of them
decode-unknown-key = unknown key `{ $key }` in { $what }
decode-not-a-key = not a key of this mapping
decode-missing-key = missing key `{ $key }` in { $what }
decode-without-key = { $what } without `{ $key }`
decode-add-key = add `{ $key }:` with { $expected }
decode-negative-count = a count cannot be negative
decode-negative = negative
decode-number-too-large = number too large
decode-too-large = too large
decode-decimal-point = YAML numbers take a decimal point: write `{ $fixed }` (documents still print a decimal comma)
decode-plain-digits = write the number without `Rp`, spaces or thousands separators: `{ $digits }`
decode-digits = write the number in digits, e.g. `2000000` for dua juta
decode-unknown-value = unknown { $what } `{ $value }`
decode-not-a-value = not a known value

## What a value should have been.

expect-record = a mapping ({ $what })
expect-keyword = one of the { $what } keywords
expect-list = a list
expect-list-items = a list (items start with `- `)
expect-text = text
expect-bool = `true` or `false`
expect-whole-number = a whole number
expect-number = a number
expect-year = a year such as `2025`
expect-rupiah = an amount in whole rupiah, e.g. `1500000000`
expect-date = a date written `YYYY-MM-DD`, e.g. `2025-07-14`
expect-code = a nomenclature code such as `1.06.05.2.02.0006`
expect-yearly = a mapping from year to value, e.g. `{"{"}2025: 10, 2026: 12{"}"}`
expect-by-region = a mapping from region name to value, e.g. `{"{"}Jawa Barat: 7.02{"}"}`
expect-narrative = Markdown text, or `{"{"}berkas: path/to/file.md{"}"}`
expect-rupiah-by-source = an amount in whole rupiah, e.g. `1500000000`, or one per funding source, e.g. `{"{"}apbd: 1000000000, csr: 500000000{"}"}`
expect-territory = a mapping with `kecamatan:` (a kabupaten or kota) or `kabupaten:`/`kota:` (a province)
expect-name = a name or a mapping with `nama`
expect-ceilings = a mapping from funding source to yearly amounts, e.g. `{"{"}apbd: {"{"}2025: 1500000000{"}"}{"}"}`

## What was found.

found-nothing = nothing
found-bool = a true/false value
found-whole-number = a whole number
found-decimal = a decimal number
found-text = text
found-list = a list
found-mapping = a mapping

## Records, with their article.

rec-observation = an observation
rec-statistics-series = a statistics series
rec-statistics-section = a statistics section
rec-narrative-file = a narrative file reference
rec-narrative-section = a narrative section
rec-rat = a RAT
rec-rat-line = a RAT line
rec-realisation = a realisation
rec-plan-root = the plan root
rec-region = a region
rec-period = a period
rec-legal-instrument = a legal instrument
rec-person = a person
rec-tkpk = a TKPK
rec-signatory = a signatory
rec-pillar = a pillar
rec-strategy = a strategy
rec-agency = an agency
rec-unit = a unit
rec-tagging = a tagging section
rec-tag-category = a tag category
rec-location-group = a location group
rec-kecamatan = a kecamatan
rec-village = a desa/kelurahan
rec-member = a kabupaten/kota
rec-monitoring = a monitoring section
rec-program-file = a program file
rec-program = a program
rec-kegiatan = a kegiatan
rec-sub-kegiatan = a sub kegiatan
rec-executor = an executor
rec-indicator = an indicator
rec-baseline = a baseline
rec-beneficiaries = a beneficiaries record

## Closed lists of keywords.

kw-region-kind = region kind
kw-national-strategy = national strategy
kw-funding-source = funding source
kw-intervention = intervention type
kw-tag = tag
kw-village-kind = village kind
kw-unit-kind = unit kind
kw-aid-kind = kind of aid
kw-direction = direction
kw-paper-size = paper size

## Keys planners write for another key.

decode-key-written-as = `{ $wrong }` is written `{ $key }` here
decode-key-means-given = `{ $wrong }` means `{ $key }`, which is already given in this mapping; remove this key if it repeats it
decode-key-already-given = `{ $key }` is already given in this mapping; remove this key if it repeats it
