### Diagnostik: kata-kata pencetak laporan, judul setiap kode, dan (berikutnya) pesan setiap aturan.

diag-error = kesalahan
diag-warning = peringatan
diag-help = saran
diag-more-in-file = … dan { $count } masalah lain di `{ $path }` (`--format short` menampilkan semuanya)
diag-more = … dan { $count } masalah lain (`--format short` menampilkan semuanya)

## Judul singkat setiap kode (judul bahasa Inggris ada di src/diag/code.rs).

code-E001 = sintaksis YAML
code-E002 = kunci ganda
code-E003 = kunci tidak dikenal
code-E004 = kunci wajib tidak ada
code-E005 = jenis nilai salah
code-E006 = nilai tidak dikenal
code-E007 = berkas tidak terbaca
code-E008 = tanggal tidak sah
code-E009 = berkas narasi
code-E010 = id ganda
code-E011 = rujukan tidak dikenal
code-E012 = periode
code-E013 = tahun tidak lengkap
code-E014 = tahun di luar periode
code-E015 = tahun RAT
code-E016 = kode nomenklatur tidak sah
code-E017 = hierarki kode nomenklatur
code-E018 = tingkat kode nomenklatur
code-E019 = nilai uang negatif
code-E020 = nilai di luar rentang
code-E021 = indikator tidak ada
code-E022 = triwulan tidak sah
code-E023 = daftar kosong
code-E024 = nilai tidak masuk akal
code-E025 = gambar lambang
code-E026 = karakter tidak ada pada huruf dokumen
code-E027 = kesalahan templat
code-E028 = templat dihentikan
code-E029 = karakter tak terlihat
code-E030 = id bukan ASCII
code-E031 = teks terlalu panjang
code-E032 = Markdown bersarang terlalu dalam
code-E045 = jenis wilayah tidak sesuai
code-E046 = jumlah lebih kecil dari nama yang terdaftar
code-E047 = pembanding tidak sesuai jenis daerah
code-E048 = pagu atau pelaksana
code-E049 = unit perangkat daerah lain
code-E050 = pelaksana baris RAT
code-E051 = realisasi tidak dirinci per sumber dana
code-E052 = sumber dana disebut dua kali
code-E053 = kelompok lokasi
code-E054 = rencana kabupaten/kota tidak ditemukan
code-E055 = rencana kabupaten/kota tidak sesuai
code-E056 = rencana kabupaten/kota memuat kesalahan
code-E075 = buku kerja tidak terbaca
code-E076 = bukan formulir rpkd
code-E077 = formulir rencana, tahun, atau perangkat daerah lain
code-E078 = formulir lebih lama daripada rencana
code-E079 = sel identitas diubah
code-E080 = tata letak formulir berubah
code-E081 = rumus atau nilai galat pada sel
code-E082 = diubah pada rencana dan pada formulir
code-E083 = dua formulir untuk satu perangkat daerah dan tahun
code-E084 = usulan baris baru
code-W001 = alokasi melebihi pagu
code-W002 = realisasi melebihi alokasi
code-W003 = target bergerak ke arah yang keliru
code-W004 = strategi nasional tanpa program
code-W005 = definisi tidak dipakai
code-W006 = berkas bukan bagian rencana
code-W007 = kondisi awal sesudah awal periode
code-W008 = target RAT berbeda dari RPKD
code-W009 = sumber dana tidak ada pada pagu
code-W010 = jumlah desa melebihi kecamatannya
code-W011 = templat dengan skrip atau sumber eksternal
code-W015 = direktif tata letak tidak sah
code-W018 = isian contoh belum diganti
code-W019 = realisasi dari sumber dana tanpa alokasi
code-W020 = jenis dasar hukum tidak dikenal
code-W021 = rencana kabupaten/kota berbeda dari provinsi
code-W022 = angka kabupaten/kota berbeda
code-W023 = sumber dana tingkat pemerintahan lain
code-W033 = formulir tidak mengubah apa pun

## Saran yang menyebut nama yang tersedia (src/diag/suggest.rs).

hint-did-you-mean = mungkin maksud Anda `{ $name }`?
hint-written-as = `{ $wrong }` ditulis { $options }
hint-none-defined = belum ada { $what } yang ditulis
hint-known = { $what } yang tersedia: { $list }
hint-known-more = { $what } yang tersedia: { $list }, dan { $more } lainnya
known-keys = kunci
known-values = nilai
known-pillars = pilar
known-strategies = strategi
known-codes = kode
known-agencies = perangkat daerah
known-agencies-and-units = perangkat daerah dan unit kerja
known-tags = tag
known-members = kabupaten dan kota
known-villages-of = desa/kelurahan di { $district }
known-executors = pelaksana

## Rujukan (src/validate/references.rs).

ref-unknown = { $what } `{ $name }` tidak dikenal
ref-no-such-id = tidak ada { $what } dengan id ini
ref-no-agency-or-unit = tidak ada perangkat daerah atau unit kerja dengan id ini
ref-defined-under = { $known } (daftarnya ada di bawah `{ $key }` dalam rpkd.yaml)
ref-defined-under-units = { $known } (daftarnya ada di bawah `perangkat_daerah` dalam rpkd.yaml, unit kerja di bawah `unit` setiap perangkat daerah)
ref-pillar = pilar
ref-strategy = strategi
ref-agency = perangkat daerah
