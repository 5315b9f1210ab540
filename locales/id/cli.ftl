### Yang disampaikan subperintah di terminal (src/cli).

cli-error = kesalahan: { $message }
cli-warning = peringatan: { $message }
cli-note = catatan: { $message }
cli-wrote = `{ $path }` ditulis
cli-lang-unknown = `RPKD_LANG` bernilai `{ $value }`, bukan bahasa yang dikenal rpkd (`id`, `en`); pesan ditampilkan dalam bahasa { $lang }

## Mencari rencana dari baris perintah.

plans-none-under-plans = tidak ada rencana di bawah `plans/` (sebutkan PLAN_DIR)
plans-cannot-list = isi `{ $path }` tidak dapat dibaca ({ $cause })
plans-skipped-folder = `{ $path }` dilewati (folder tanpa `rpkd.yaml`, jadi bukan rencana)
plans-skipped-file = `{ $path }` dilewati (sebuah berkas, bukan folder rencana)
plans-missing = `{ $path }` tidak ada
plans-none-named = tidak satu pun dari { $count } jalur yang disebutkan merupakan folder rencana (folder rencana berisi `rpkd.yaml`)

## rpkd check

check-clean = { $plan }: tidak ditemukan masalah ({ $files } berkas diperiksa)
check-counts = { $plan }: { $errors } kesalahan, { $warnings } peringatan
check-verbose = { $plan }: { $files } dibaca dalam { $ms } md

## rpkd build

build-written = { $plan } → { $target }: { $count } berkas ({ $files })
build-index = daftar isi: `{ $path }`
build-invalid = { $plan }: { $errors } kesalahan; tidak ada berkas yang ditulis
build-defect = { $plan }: tidak ada berkas yang ditulis ({ $error }; ini cacat pada rpkd karena `rpkd check` meloloskan rencana ini)
build-same-folder-name = `{ $first }` dan `{ $second }` memiliki nama folder yang sama sehingga dokumen keduanya akan masuk ke `{ $target }` (ganti nama salah satu folder, atau susun keduanya dengan `--out` yang berbeda)
build-output-inside = { $error } (`{ $target }` berada di dalam rencana `{ $plan }`)
epoch-out-of-range = `SOURCE_DATE_EPOCH` bernilai `{ $value }`, di luar tahun 1970 sampai 9999 (0 sampai { $last } detik)
epoch-not-a-number = `SOURCE_DATE_EPOCH` bernilai `{ $value }`, bukan bilangan bulat detik sejak 1970

## Ringkasan pekerjaan GitHub

summary-plan = rencana
summary-result = hasil
summary-errors = kesalahan
summary-warnings = peringatan
summary-files = berkas
summary-passed = lolos
summary-failed = gagal
summary-not-read = tidak terbaca ({ $cause })
summary-built = tersusun ({ $files } berkas)
summary-diagnostics = { $count } diagnostik:
summary-more = … dan { $count } lainnya (laporan lengkap ada di log pekerjaan)
summary-not-written = ringkasan pekerjaan `{ $path }` tidak dapat ditulis ({ $cause })

## rpkd init

init-created = rencana `{ $path }` telah dibuat ({ $files } berkas):
init-next-steps =
    langkah berikutnya:
      1. sunting berkas-berkasnya: ganti setiap `[isian]` dan setiap angka bertanda CONTOH (komentar pada setiap berkas YAML menjelaskan kuncinya)
      2. rpkd check { $dir }
      3. rpkd build { $dir }
init-kind-disagrees = `--region` menyebut { $named }, tetapi `--kind` bernilai `{ $given }` (tuliskan nama daerah tanpa jenisnya)
init-nothing-written = { $why }; tidak ada berkas yang ditulis
init-not-a-folder = `{ $path }` sudah ada dan bukan folder
init-not-empty = `{ $path }` tidak kosong (dengan `--force`, berkas kerangka ditulis ke dalamnya, menggantikan berkas bernama sama dan mempertahankan berkas lainnya)
init-folder-in-the-way = `{ $path }` menghalangi folder kerangka `{ $folder }`
init-file-in-the-way = `{ $path }` menghalangi berkas kerangka `{ $file }`

## rpkd man, rpkd completions

man-written = { $dir }: { $count } halaman manual ({ $names })
man-failed = halaman manual gagal disusun ({ $cause })
completions-failed = skrip pelengkapan gagal ditulis ({ $cause })

## rpkd ekspor

export-done = { $plan }: { $forms } formulir tahun { $year }, buku kerja telaah dan CSV di `{ $target }`
export-invalid = { $plan }: { $errors } kesalahan; tidak ada yang diekspor (`rpkd check` menampilkan daftarnya)
export-output-inside = { $error } (`{ $target }` memuat atau berada di dalam rencana `{ $plan }`)

## rpkd banding

banding-version-counts = { $which ->
        [old] versi lama
       *[new] versi baru
    }: { $errors } kesalahan, { $warnings } peringatan
banding-no-revision = `{ $spec }` tidak menyebut revisi (tulis `git:REV`, misalnya `git:HEAD~1`)
banding-which-plan = ada { $count } rencana di bawah `plans/`; sebutkan rencana yang akan dibandingkan (misalnya `rpkd banding { $example }`)
banding-no-plan = tidak ada rencana di folder ini (sebutkan folder rencana, atau jalankan perintah di dalamnya)
banding-revisions-and-sides = `--from`/`--to` memilih revisi dari satu rencana; bila Anda menyebut OLD dan NEW, tulis `git:REV` sebagai gantinya
banding-old-twice = `--from` dan `git:REV` sama-sama menyebut versi lama; pilih salah satu
banding-written = { $changes } → { $target }: { $files }
banding-no-change = tidak ada perubahan
banding-no-change-readable = tidak ada perubahan pada bagian yang dapat dibaca
banding-counts = { $what }: { $added } ditambah, { $removed } dihapus, { $changed } diubah
banding-chapters = { $count } bab narasi
banding-rats = { $count } RAT
banding-root-changed = perubahan pada rpkd.yaml
