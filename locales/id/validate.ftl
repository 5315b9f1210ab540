### Pemeriksaan aturan rencana (src/validate/).

## Kata benda (src/validate/words.rs).

noun-pillar = pilar
noun-strategy = strategi
noun-agency = perangkat daerah
noun-unit = unit kerja
noun-tag-category = kategori tag
noun-program = program
noun-kegiatan = kegiatan
noun-sub-kegiatan = sub kegiatan
noun-executor = pelaksana
noun-kecamatan = kecamatan
noun-kabupaten = kabupaten
noun-kota = kota
noun-location-group = kelompok lokasi
noun-desa = desa
noun-kelurahan = kelurahan
noun-rat-line = baris RAT
noun-a-pillar = pilar
noun-a-strategy = strategi
noun-a-agency = perangkat daerah
noun-a-unit = unit kerja
noun-a-tag-category = kategori tag
noun-a-program = program
noun-a-kegiatan = kegiatan
noun-a-sub-kegiatan = sub kegiatan
noun-a-executor = pelaksana
noun-a-kecamatan = kecamatan
noun-a-kabupaten = kabupaten
noun-a-kota = kota
noun-a-location-group = kelompok lokasi
noun-a-desa = desa
noun-a-kelurahan = kelurahan
noun-a-rat-line = baris RAT
region-a-province = provinsi
region-a-regency = kabupaten
region-a-city = kota
sub-by = `{ $code }` oleh { $holder }
what-indicator = indikator `{ $name }`
val-expected = seharusnya `{ $value }`

## Kode nomenklatur (src/validate/codes.rs).

nom-malformed = bentuk kode { $what } `{ $code }` tidak sah
nom-malformed-hint = kode { $what } berbentuk `{ $pattern }` dan ditulis dengan angka, misalnya `{ $example }` (Permendagri 90/2019)
nom-not-extending = kode `{ $child }` bukan turunan kode { $what } `{ $parent }`
nom-should-start = seharusnya diawali `{ $parent }.`
nom-parent-code = kode { $what }
nom-parent-hint = kode sub kegiatan melanjutkan kode kegiatannya, dan kode kegiatan melanjutkan kode programnya
nom-level = digit tingkat pemerintahan pada `{ $code }` bernilai { $actual }, sedangkan kode { $region } memakai { $expected }
nom-level-label = segmen keempat seharusnya `{ $expected }`
nom-level-hint = digit tingkat `L` pada `U.BB.PP.L.KK` bernilai 1 untuk provinsi dan 2 untuk kabupaten atau kota

## Isi yang wajib ada, dan definisi yang tidak dipakai (src/validate/coverage.rs).

cov-what-member = kabupaten atau kota
cov-no-list = rencana ini belum memuat { $what } satu pun
cov-list-empty = `{ $key }` kosong atau tidak ada
cov-list-hint = tuliskan sekurang-kurangnya satu { $what } di bawah `{ $key }:` dalam rpkd.yaml
cov-no-programs = rencana ini belum memuat program satu pun
cov-no-program-found = tidak ada program yang ditemukan
cov-programs-hint = program ditulis di bawah `program:` dalam berkas-berkas di folder `program/`
cov-national-unused = belum ada program yang mendukung strategi nasional `{ $strategy }`
cov-in-this-plan = dalam rencana ini
cov-national-hint = setiap daerah diminta menjalankan ketiga strategi nasional (Inpres 8/2025); kaitkan strategi daerah yang memiliki program dengan strategi nasional { $label }
cov-pillar-unused = pilar `{ $id }` belum memiliki strategi
cov-pillar-unused-label = belum ada strategi yang merujuk pilar ini
cov-pillar-unused-hint = sebutkan pilar ini pada `pilar:` sebuah strategi, atau hapus pilar ini
cov-strategy-unused = strategi `{ $id }` belum memiliki program
cov-strategy-unused-label = belum ada baris program yang memakai strategi ini
cov-strategy-unused-hint = sebutkan strategi ini pada `strategi:` sebuah program, atau hapus strategi ini

## Nama yang ditulis dua kali, id di luar ASCII (src/validate/ids.rs).

dup-what-id = id
dup-what-code = kode nomenklatur
dup-what-place = nama wilayah
dup-what-village = desa/kelurahan
dup-what-rat-line = baris RAT untuk
dup-twice = { $what } { $name } ditulis dua kali
dup-again = { $kind } { $name } ditulis lagi di sini
dup-first = pertama kali ditulis di sini sebagai { $kind }
dup-hint = beri setiap definisi nama tersendiri
id-not-ascii = id { $kind } `{ $id }` memuat `{ $char }` (U+{ $hex }), yang bukan karakter ASCII
id-ascii-label = id ditulis dengan karakter ASCII
id-ascii-hint = tulis id hanya dengan huruf Latin, angka, `-`, dan `_` (misalnya `P1`, `DINSOS`); huruf yang tampak seperti huruf Latin bisa saja huruf Sirilik atau Yunani

## Uang: pagu, alokasi, realisasi, dan pemegangnya (src/validate/funding.rs).

fund-above-ceiling-one = alokasi tahun { $year } untuk { $whose } sebesar { $allocated } melebihi pagu RPKD { $ceiling }
fund-above-ceiling-many = alokasi tahun { $year } untuk { $whose } ({ $lines } baris) berjumlah { $allocated }, melebihi pagu RPKD { $ceiling }
fund-above-label = melebihi pagu
fund-ceiling-label = pagu indikatif dalam RPKD
fund-above-hint = naikkan pagu dalam RPKD atau turunkan alokasinya
fund-both = sub kegiatan `{ $code }` memuat `pagu` sekaligus `pelaksana`
fund-both-executors = pelaksana dengan pagu masing-masing
fund-both-own = pagu sub kegiatan itu sendiri
fund-both-hint = sub kegiatan yang dilaksanakan oleh beberapa unit kerja mencantumkan `pagu` setiap unit di bawah `pelaksana`, tanpa pagu tersendiri untuk sub kegiatan itu
fund-no-pagu = sub kegiatan `{ $code }` belum memiliki `pagu`
fund-no-pagu-label = pagu indikatif belum ditulis
fund-no-pagu-hint = tambahkan `pagu:` berisi jumlah per sumber dana dan per tahun, atau `pelaksana:` berisi pagu setiap unit kerja
fund-unit-of-other = `{ $id }` adalah unit kerja { $agency }, bukan unit kerja { $owner } (perangkat daerah sub kegiatan ini)
fund-other-agency = `{ $id }` adalah perangkat daerah lain, bukan { $owner } (perangkat daerah sub kegiatan ini)
fund-other-agency-hint-no-units = sebutkan { $owner } (perangkat daerah ini tidak memiliki unit kerja), atau pindahkan baris ini ke perangkat daerah yang melaksanakannya
fund-not-of-agency = bukan bagian dari perangkat daerah baris ini
fund-agency-in-force = perangkat daerah yang berlaku
fund-other-agency-hint = sebutkan { $owner } atau salah satu unit kerjanya ({ $units }), atau pindahkan baris ini ke perangkat daerah yang melaksanakannya
fund-rat-no-executor = baris RAT untuk `{ $code }` tidak menyebut pelaksana
fund-which-unit = unit kerja mana yang melaksanakan baris ini?
fund-several-executors = sub kegiatan ini memiliki beberapa pelaksana
fund-add-executor-hint = tambahkan `perangkat_daerah:` berisi salah satu dari { $executors } (satu baris RAT untuk setiap pelaksana)
fund-not-executor = `{ $agency }` bukan pelaksana `{ $code }`
fund-not-under-pelaksana = tidak tercantum pada `pelaksana` sub kegiatan ini
fund-the-sub = sub kegiatan tersebut
fund-which-source = dari sumber dana mana?
fund-missing-source-hint = tambahkan `sumber_dana:` (misalnya `apbd`), atau tulis alokasi per sumber dana: `alokasi: {"{"}apbd: 1000000000, csr: 500000000{"}"}`
fund-source-twice = `sumber_dana` ditulis di samping alokasi yang sudah dirinci per sumber dana
fund-source-twice-label = alokasi ini sudah menyebut sumber dananya
fund-by-source = alokasi per sumber dana
fund-source-twice-hint = hapus `sumber_dana`: jumlah dari setiap sumber dana sudah tercantum di bawah `alokasi`
fund-split = triwulan { $quarter } untuk `{ $code }` melaporkan satu jumlah, padahal alokasinya berasal dari { $sources } sumber dana
fund-which-spent = sumber dana mana yang dibelanjakan?
fund-split-hint = tulis realisasi triwulan ini per sumber dana, misalnya `anggaran: {"{"}{ $list }{"}"}`
fund-other-source = triwulan { $quarter } untuk `{ $code }` dibelanjakan dari `{ $source }`, yang tidak tercantum pada alokasi
fund-no-allocation-from = tidak ada alokasi dari sumber dana ini
fund-the-allocation = alokasi
fund-other-source-hint = tambahkan sumber dana ini pada `alokasi`, atau perbaiki sumber dana realisasinya
fund-realised-above = realisasi { $spent } untuk `{ $code }` melebihi alokasinya sebesar { $allocated }
fund-realised-above-hint = periksa jumlah per triwulan di bawah `realisasi`, atau ubah alokasinya
fund-realised-above-source = realisasi dari `{ $source }` sebesar { $spent } untuk `{ $code }` melebihi alokasinya sebesar { $allocated }
fund-realised-above-source-hint = periksa jumlah per triwulan dari sumber dana ini, atau ubah alokasinya
fund-not-in-ceiling = `{ $code }` dibiayai dari `{ $source }`, yang tidak tercantum pada pagu RPKD-nya
fund-not-in-ceiling-label = bukan sumber dana pada pagu baris ini
fund-rpkd-ceiling = pagu dalam RPKD
fund-not-in-ceiling-hint = RPKD menganggarkan baris ini dari { $sources }; tambahkan `{ $source }` pada pagunya atau ganti sumber dananya
fund-other-level-province = `{ $source }` dipakai dalam rencana provinsi
fund-other-level-regency = `{ $source }` dipakai dalam rencana kabupaten/kota
fund-own-budget = anggaran daerah ini sendiri
fund-other-level-hint = APBD daerah ini sendiri ditulis `apbd`; `{ $source }` adalah anggaran tingkat pemerintahan lain yang turut membiayai baris ini

## Indikator dan targetnya (src/validate/indicators.rs).

ind-program-none = program `{ $code }` belum memiliki indikator
ind-this-program = program ini
ind-program-hint = tambahkan indikator outcome di bawah `indikator:` beserta satuan, kondisi awal, dan target tahunannya
ind-sub-none = sub kegiatan `{ $code }` belum memiliki indikator
ind-this-sub = sub kegiatan ini
ind-sub-hint = tambahkan indikator keluaran di bawah `indikator:`; matriks program mencetaknya beserta targetnya
ind-rat-differs = target `{ $statistic }` dalam RAT { $year } adalah { $rat }, sedangkan target RPKD untuk tahun itu { $rpkd }
ind-rat-target = target RAT
ind-rpkd-target = target RPKD
ind-rat-differs-hint = RAT mencantumkan target RPKD untuk tahun yang sama; sesuaikan salah satunya
ind-rises = target tahun { $year } untuk { $what } naik dari { $from } menjadi { $to }
ind-falls = target tahun { $year } untuk { $what } turun dari { $from } menjadi { $to }
ind-target-of-year = target tahun { $year }
ind-value-in = nilai tahun { $year }
ind-down-hint = untuk indikator ini makin rendah makin baik; target suatu tahun tidak semestinya lebih tinggi daripada tahun sebelumnya
ind-up-hint = untuk indikator ini makin tinggi makin baik; target suatu tahun tidak semestinya lebih rendah daripada tahun sebelumnya

## Dasar hukum (src/validate/legal.rs).

legal-no-kind = butir dasar hukum ini tidak diawali jenis peraturannya
legal-printed-last = dicetak paling akhir, sesudah semua peraturan yang jenisnya dikenali
legal-hint = awali dengan jenis peraturan sebagaimana tertulis pada peraturan itu sendiri: `Undang-Undang`, `Peraturan Pemerintah`, `Peraturan Presiden`, `Instruksi Presiden`, `Peraturan Menteri …`, `Keputusan Menteri …`, `Peraturan Daerah …`, `Peraturan Gubernur/Bupati/Wali Kota …`, `Keputusan Gubernur/Bupati/Wali Kota …`

## Rencana kabupaten/kota dalam rencana provinsi (src/validate/linked.rs).

linked-errors = rencana { $member } memuat { $count } kesalahan
linked-not-passing = rencana ini tidak lolos `rpkd check`
linked-errors-hint = kesalahannya dicantumkan bersama berkasnya masing-masing; dokumen sinkronisasi memerlukan setiap rencana kabupaten/kota dalam keadaan utuh
linked-mismatch = `{ $path }` adalah rencana { $kind } { $name }, bukan rencana { $member }
linked-named-for = ditulis untuk { $member }
linked-own-region = daerah yang tertulis dalam rencana tersebut
linked-mismatch-hint = arahkan `rencana` ke folder rencana kabupaten atau kota ini
linked-period = rencana { $member } mencakup periode { $start }–{ $end }, sedangkan rencana provinsi { $province_start }–{ $province_end }
linked-other-period = rencana dengan periode lain
linked-its-period = periode rencana tersebut
linked-period-hint = dokumen sinkronisasi hanya menjumlahkan tahun-tahun yang ada pada kedua periode
linked-province = rencana { $member } menyebut provinsi `{ $named }`, bukan { $province }
linked-named-by = dirujuk oleh provinsi ini
linked-its-province = provinsi yang tertulis dalam rencana tersebut
linked-province-hint = perbaiki `daerah.provinsi` dalam rencana kabupaten/kota tersebut, atau perbaiki path-nya
linked-figure = `{ $statistic }` { $member } tahun { $year } tercatat { $here } di sini, tetapi { $own } dalam rencananya sendiri
linked-province-figure = angka dalam rencana provinsi
linked-member-figure = angka dalam rencana kabupaten/kota
linked-figure-hint = setiap tahun hanya memiliki satu angka resmi: perbaiki angka yang tidak bersumber dari BPS

## Periode lima tahun dan tahun-tahunnya (src/validate/period.rs).

period-not-five = periode { $start }–{ $end } bukan lima tahun berturut-turut
period-starts-here = periode dimulai di sini
period-hint = RPKD mencakup lima tahun, sama dengan periode RPJMD, misalnya 2025–2029
period-missing-stat = target `{ $statistic }` belum berisi nilai untuk tahun { $years }
period-missing-stat-of = target `{ $statistic }` { $member } belum berisi nilai untuk tahun { $years }
period-missing-indicator = indikator `{ $name }` belum memiliki target untuk tahun { $years }
period-missing-ceiling = sub kegiatan `{ $code }` belum memiliki pagu untuk tahun { $years }
period-missing-ceiling-of = pelaksana `{ $executor }` pada sub kegiatan `{ $code }` belum memiliki pagu untuk tahun { $years }
period-missing-label = tahun { $years } belum diisi
period-zero-hint = tulis `0` untuk tahun yang tidak dianggarkan
period-each-year-hint = isi nilai untuk setiap tahun dalam periode
period-outside-rat = RAT tahun { $year } berada di luar periode { $start }–{ $end }
period-outside-ceiling = pagu tahun { $year } berada di luar periode { $start }–{ $end }
period-outside-target = target tahun { $year } berada di luar periode { $start }–{ $end }
period-outside-label = di luar periode
period-outside-hint = rencana ini mencakup tahun { $start } sampai dengan { $end }
period-two-rats = ada dua RAT untuk tahun { $year }
period-second-rat = RAT kedua untuk tahun ini
period-first-rat = RAT yang pertama
period-two-rats-hint = simpan satu RAT untuk setiap tahun, dalam `rat/<tahun>.yaml`
period-rat-file = berkas `rat/{ $stem }.yaml` berisi RAT tahun { $year }
period-file-name-says = nama berkasnya menyebut `{ $stem }`
period-rat-file-hint = beri nama setiap berkas RAT sesuai tahunnya: `rat/{ $year }.yaml` untuk `tahun: { $year }`
period-baseline-after = kondisi awal { $what } berasal dari tahun { $year }, sesudah periode dimulai pada { $start }
period-baseline-year = tahun kondisi awal
period-baseline-hint = kondisi awal adalah nilai terakhir yang diketahui sebelum periode, biasanya tahun sebelum periode dimulai

## Wilayah daerah (src/validate/territory.rs).

terr-kecamatan-in-province = kecamatan `{ $name }` tercantum dalam rencana provinsi
terr-province-lists = provinsi mencantumkan kabupaten dan kota di wilayahnya
terr-plan-is = rencana ini adalah rencana { $region }
terr-province-hint = tuliskan setiap kabupaten dan kota di provinsi ini: `- kabupaten: Pandeglang` atau `- kota: Tangerang`
terr-member-in-regency = { $member } tercantum dalam rencana { $region }
terr-lists-kecamatan = { $region } mencantumkan kecamatan di wilayahnya
terr-kecamatan-hint = tuliskan setiap kecamatan beserta desa dan kelurahannya: `- kecamatan: Periuk`
terr-count-below = kecamatan { $name } tercatat memiliki { $stated } { $kind }, tetapi yang dicantumkan { $listed }
terr-fewer-than-listed = lebih sedikit daripada { $kind } yang dicantumkan
terr-count-hint = `jumlah_{ $kind }` adalah jumlah seluruh { $kind } di kecamatan itu, baik yang dicantumkan maupun tidak
terr-comparison = statistik provinsi memuat pembanding `provinsi`
terr-own-figure = angka provinsi itu sendiri ditulis pada `nilai`
terr-comparison-hint = provinsi dibandingkan dengan angka nasional (`nasional`) dan dengan provinsi lain: `pembanding: {"{"}Jawa Barat: 7.02{"}"}`
terr-villages-exceed = penduduk miskin pada desa/kelurahan di kecamatan { $name } berjumlah { $villages } jiwa, melebihi angka kecamatannya ({ $total } jiwa)
terr-kecamatan-figure = angka kecamatan
terr-villages-hint = `penduduk_miskin` kecamatan sama dengan jumlah seluruh desa/kelurahannya atau lebih besar

## Nilai dalam rentangnya (src/validate/values.rs).

val-what-poverty-target = target tingkat kemiskinan
val-what-extreme-target = target tingkat kemiskinan ekstrem
val-what-threshold = ambang status capaian
val-what-output = keluaran
val-rat-target-zero = target tahun { $year } untuk `{ $code }` tidak lebih besar dari nol
val-no-output = tidak ada keluaran yang hendak dicapai
val-rat-target-hint = baris RAT menyebut keluaran yang akan dihasilkan pada tahun itu; capaian diukur terhadap target tersebut
val-thresholds = ambang *on progress* lebih tinggi daripada ambang *sesuai target*
val-should-be-lower = seharusnya lebih rendah
val-on-target-from = batas bawah *sesuai target*
val-thresholds-hint = nilai bawaannya 80 untuk *sesuai target* dan 50 untuk *on progress*
val-percent = persentase antara 0 dan 100
val-ratio = rasio antara 0 dan 1
val-non-negative = nol atau lebih
val-out-of-range = { $what } bernilai { $value }, padahal seharusnya { $expected }
val-out-of-range-label = di luar rentang
val-gini-hint = rasio Gini ditulis sebagai pecahan: `{ $fraction }`
val-no-quarter = tidak ada triwulan { $quarter }
val-expected-quarter = seharusnya 1, 2, 3, atau 4
val-quarter-hint = `triwulan` adalah triwulan dalam tahun anggaran: 1 (Januari–Maret) sampai dengan 4 (Oktober–Desember)
val-quarter-twice = triwulan { $quarter } untuk `{ $code }` dilaporkan dua kali
val-reported-again = dilaporkan lagi di sini
val-first-reported = pertama kali dilaporkan di sini
val-quarter-twice-hint = tulis satu entri untuk setiap triwulan, berisi realisasi anggaran dan keluaran triwulan itu sendiri

## Rujukan: tag, sub kegiatan, dan lokasi (src/validate/references.rs).

ref-location = lokasi
ref-unknown-tag-category = kategori tag `{ $tag }` tidak dikenal
ref-tag-categories-under = daftar kategori ada di bawah `penandaan.kategori` dalam rpkd.yaml
ref-unknown-tag = tag `{ $tag }` tidak dikenal
ref-default-tags = tanpa `penandaan` dalam rpkd.yaml, tag yang tersedia adalah `kemiskinan` dan `kemiskinan_ekstrem`
ref-not-a-tag = bukan kategori tag dalam rencana ini
ref-no-sub-code = tidak ada sub kegiatan dalam RPKD dengan kode ini
ref-malformed-here = `{ $code }` ditulis di sini, tetapi bentuk kodenya tidak sah
ref-malformed-hint = jika yang dimaksud adalah sub kegiatan `{ $code }`, perbaiki kodenya dalam berkas program (E016)
ref-rat-sub-hint = baris RAT merujuk sub kegiatan yang ditulis dalam folder `program/`
ref-group-in-group = kelompok lokasi `{ $name }` menyebut kelompok lain
ref-group-inside = kelompok di dalam kelompok
ref-that-group = kelompok tersebut
ref-group-hint = cantumkan langsung wilayah anggota kelompok itu; kelompok lokasi hanya memuat wilayah
ref-not-a-member = bukan kabupaten atau kota yang tercantum pada `wilayah`
ref-with-kind = tulis { $names }: provinsi menyebut kabupaten atau kota beserta jenisnya
ref-no-such-village = kecamatan { $district } tidak memiliki desa/kelurahan dengan nama ini
ref-not-a-kecamatan = bukan kecamatan yang tercantum pada `wilayah`
ref-write-place-or-group = tulis `Kecamatan` atau `Kecamatan/{ $village }` sebagaimana tercantum di bawah `wilayah`, atau id kelompok di bawah `kelompok_lokasi`
ref-write-place = tulis `Kecamatan` atau `Kecamatan/{ $village }` sebagaimana tercantum di bawah `wilayah`
