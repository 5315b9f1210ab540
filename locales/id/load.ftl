### Membaca berkas rencana: kunci, jenis nilai, dan kata kunci (src/load/decode.rs, src/load/words.rs).

decode-wrong-type = seharusnya { $expected }, tetapi yang tertulis berupa { $found }
decode-this-is = berupa { $found }
decode-duplicate-key = kunci `{ $key }` tertulis dua kali
decode-defined-again = ditulis lagi di sini
decode-first-defined = pertama kali ditulis di sini
decode-duplicate-key-hint = setiap kunci hanya boleh muncul sekali dalam satu mapping YAML; hapus atau ganti nama salah satunya
decode-unknown-key = kunci `{ $key }` tidak dikenal pada { $what }
decode-not-a-key = bukan kunci yang berlaku di sini
decode-missing-key = kunci wajib `{ $key }` tidak ada pada { $what }
decode-without-key = { $what } ini tidak memuat `{ $key }`
decode-add-key = tambahkan `{ $key }:` berisi { $expected }
decode-negative-count = jumlah tidak boleh negatif
decode-negative = negatif
decode-number-too-large = angka terlalu besar
decode-too-large = terlalu besar
decode-decimal-point = angka dalam YAML memakai titik desimal: tulis `{ $fixed }` (dokumen tetap mencetak koma desimal)
decode-plain-digits = tulis angka tanpa `Rp`, spasi, atau pemisah ribuan: `{ $digits }`
decode-digits = tulis angka dengan digit, misalnya `2000000` untuk dua juta
decode-unknown-value = { $what } `{ $value }` tidak dikenal
decode-not-a-value = bukan nilai yang tersedia

## Nilai yang seharusnya ditulis.

expect-record = mapping ({ $what })
expect-keyword = salah satu kata kunci { $what }
expect-list = daftar
expect-list-items = daftar (setiap butir diawali `- `)
expect-text = teks
expect-bool = `true` atau `false`
expect-whole-number = bilangan bulat
expect-number = angka
expect-year = tahun, misalnya `2025`
expect-rupiah = jumlah rupiah tanpa desimal, misalnya `1500000000`
expect-date = tanggal dengan bentuk `YYYY-MM-DD`, misalnya `2025-07-14`
expect-code = kode nomenklatur, misalnya `1.06.05.2.02.0006`
expect-yearly = mapping dari tahun ke nilai, misalnya `{"{"}2025: 10, 2026: 12{"}"}`
expect-by-region = mapping dari nama wilayah ke nilai, misalnya `{"{"}Jawa Barat: 7.02{"}"}`
expect-narrative = teks Markdown, atau `{"{"}berkas: path/ke/berkas.md{"}"}`
expect-rupiah-by-source = jumlah rupiah tanpa desimal, misalnya `1500000000`, atau rinciannya per sumber dana, misalnya `{"{"}apbd: 1000000000, csr: 500000000{"}"}`
expect-territory = mapping berisi `kecamatan:` (untuk kabupaten atau kota) atau `kabupaten:`/`kota:` (untuk provinsi)
expect-name = nama, atau mapping berisi `nama`
expect-ceilings = mapping dari sumber dana ke pagu per tahun, misalnya `{"{"}apbd: {"{"}2025: 1500000000{"}"}{"}"}`

## Jenis nilai yang tertulis.

found-nothing = nilai kosong
found-bool = nilai benar/salah
found-whole-number = bilangan bulat
found-decimal = bilangan desimal
found-text = teks
found-list = daftar
found-mapping = mapping

## Nama rekaman dalam rencana.

rec-observation = data pengamatan
rec-statistics-series = deret statistik
rec-statistics-section = bagian statistik
rec-narrative-file = rujukan berkas narasi
rec-narrative-section = bagian narasi
rec-rat = RAT
rec-rat-line = baris RAT
rec-realisation = realisasi
rec-plan-root = rpkd.yaml
rec-region = data daerah
rec-period = periode
rec-legal-instrument = dasar hukum
rec-person = data pejabat
rec-tkpk = TKPK
rec-signatory = penanda tangan
rec-pillar = pilar
rec-strategy = strategi
rec-agency = perangkat daerah
rec-unit = unit kerja
rec-tagging = bagian penandaan
rec-tag-category = kategori tag
rec-location-group = kelompok lokasi
rec-kecamatan = kecamatan
rec-village = desa/kelurahan
rec-member = kabupaten/kota
rec-monitoring = bagian pemantauan
rec-program-file = berkas program
rec-program = program
rec-kegiatan = kegiatan
rec-sub-kegiatan = sub kegiatan
rec-executor = pelaksana
rec-indicator = indikator
rec-baseline = kondisi awal
rec-beneficiaries = penerima manfaat

## Daftar kata kunci.

kw-region-kind = jenis daerah
kw-national-strategy = strategi nasional
kw-funding-source = sumber dana
kw-intervention = jenis intervensi
kw-tag = tag
kw-village-kind = jenis desa/kelurahan
kw-unit-kind = jenis unit kerja
kw-aid-kind = jenis bantuan
kw-direction = arah target
kw-paper-size = ukuran kertas

## Kunci yang biasa ditulis planner untuk kunci lain.

decode-key-written-as = di sini `{ $wrong }` ditulis `{ $key }`
decode-key-means-given = `{ $wrong }` berarti `{ $key }`, yang sudah ada dalam mapping ini; hapus kunci ini bila isinya mengulang
decode-key-already-given = `{ $key }` sudah ada dalam mapping ini; hapus kunci ini bila isinya mengulang
