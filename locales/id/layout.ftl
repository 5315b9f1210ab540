### Direktif tata letak dalam templat milik rencana (src/render/directive.rs): W015.

directive-no-argument = `rpkd:{ $name }` tidak menerima argumen (tertulis `{ $found }`)
directive-needs-word = `rpkd:{ $name }` memerlukan satu kata berupa huruf, angka, `-` atau `_` (tertulis `{ $found }`)
directive-unknown-attribute = atribut `{ $key }` tidak dikenal pada `rpkd:{ $name }` (yang tersedia: { $known })
directive-table-id = id tabel `{ $value }` harus berupa satu kata dari huruf, angka, `-` atau `_`
directive-grid-name = nama kisi `{ $value }` harus berupa satu kata dari huruf, angka, `-` atau `_`
directive-unknown = direktif `rpkd:{ $name }` tidak dikenal (yang tersedia: { $known })
directive-expected-pair = seharusnya ditulis `{ $key }=NILAI`
directive-unclosed-quote = nilai `{ $key }` tidak memiliki tanda `"` penutup
directive-group-label = `{ $item }`: label kelompok ditulis `JENIS*N[Label]`, dengan `]` penutup
directive-count = `{ $item }`: bilangan sesudah `*` harus antara 1 dan { $most }
directive-column-kind = jenis kolom `{ $kind }` tidak dikenal (yang tersedia: text, number, money, code, year); dibaca sebagai `text`
directive-label = pada direktif ini
directive-hint = daftar direktif ada di docs/templates.md (bagian Layout directives)
