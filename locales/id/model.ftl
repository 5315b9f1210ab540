### Membaca nilai dalam rencana: tahun, uang, tanggal, wilayah (src/model/, src/load/linked.rs).

## Tahun, uang, dan tanggal (src/model/scalar.rs, src/model/rat.rs).

scalar-year-implausible = `{ $value }` bukan tahun yang masuk akal
scalar-not-a-year = bukan tahun
scalar-year-hint = tulis tahun secara lengkap, antara 1900 dan 2100, misalnya `2025`
scalar-money-negative = jumlah uang `{ $value }` bernilai negatif
scalar-money-cannot-be-negative = jumlah uang tidak boleh negatif
scalar-money-negative-hint = pagu, alokasi, dan realisasi ditulis nol rupiah atau lebih
scalar-money-too-large = jumlah uang `{ $value }` melebihi Rp100 triliun
scalar-too-large-for-amount = terlalu besar untuk satu jumlah uang
scalar-money-too-large-hint = jumlah uang ditulis dalam rupiah penuh: periksa banyaknya digit (Rp1,5 miliar ditulis `1500000000`)
scalar-expected-found = seharusnya { $expected }, tetapi yang tertulis `{ $value }`
scalar-money-whole-rupiah = jumlah uang ditulis dalam rupiah penuh, tanpa desimal
scalar-money-decimal-hint = tulis rupiah penuh tanpa pemisah ribuan dan tanpa desimal: `1.500.000` ditulis `1500000`
scalar-date-invalid = `{ $value }` bukan tanggal yang sah
scalar-not-a-date = bukan tanggal
scalar-date-hint = tulis tanggal dengan bentuk `YYYY-MM-DD`, misalnya `2025-07-14` untuk 14 Juli 2025
rat-amounts-no-source = rincian jumlah per sumber dana tidak menyebut satu pun sumber dana
rat-amounts-empty = kosong
rat-amounts-no-source-hint = tulis satu jumlah, misalnya `1500000000`, atau `{"{"}apbd: 1500000000{"}"}`

## Wilayah (src/model/plan.rs).

plan-village-kind-contradicts = `{ $name }` tercantum di bawah `{ $list }`, tetapi bertanda `jenis: { $kind }`
plan-contradicts-list = bertentangan dengan daftarnya
plan-village-kind-hint = pindahkan ke bawah `{ $kind }:` atau hapus `jenis`
plan-member-both = satu butir `wilayah` menyebut kabupaten sekaligus kota
plan-second-name = nama kedua
plan-first-name = nama pertama
plan-member-both-hint = tulis setiap kabupaten dan setiap kota sebagai butir tersendiri di bawah `wilayah`
plan-member-no-name = kunci wajib `kabupaten` atau `kota` tidak ada pada butir kabupaten/kota
plan-member-names-none = butir ini tidak menyebut kabupaten atau kota

## Rencana kabupaten/kota yang dirujuk rencana provinsi (src/load/linked.rs).

linked-named-twice = rencana `{ $path }` dirujuk untuk dua kabupaten/kota
linked-named-again = dirujuk lagi di sini
linked-first-named = pertama kali dirujuk di sini
linked-named-twice-hint = setiap kabupaten dan kota memiliki folder rencananya sendiri
linked-missing = rencana kabupaten/kota tidak ditemukan di `{ $path }` ({ $reason })
linked-named-here = rencana yang dirujuk di sini
linked-missing-hint = `rencana` berisi folder rencana milik kabupaten/kota itu sendiri (yang memuat `rpkd.yaml`), ditulis relatif terhadap folder rencana ini dan berada dalam repositori yang sama
linked-no-plan-file = folder itu tidak memuat `rpkd.yaml`
linked-cannot-read = rencana tidak dapat dibaca ({ $reason })
linked-write-relative = tulis letak folder relatif terhadap folder rencana ini, misalnya `../kota-tangerang`
linked-not-relative = letak folder tidak ditulis relatif
linked-no-such-folder = folder tersebut tidak ada
linked-outside-repository = folder itu berada di luar repositori `{ $repository }`

## Isian contoh dari `rpkd init` (src/load/placeholders.rs).

