### rpkd impor: terminal.

import-plan-has-errors = { $plan }: rencana memuat { $errors } kesalahan; perbaiki dahulu (`rpkd check`) sebelum mengimpor; tidak ada berkas yang ditulis
import-refused = { $plan }: { $why }; tidak ada berkas yang ditulis
import-refused-errors = { $errors } kesalahan
import-refused-warnings = { $warnings } peringatan (`--allow-warnings` tetap menulis)
import-dry-run = { $plan }: { $changes } perubahan pada { $files } berkas; tidak ada berkas yang ditulis (`--dry-run`)
import-nothing = { $plan }: tidak ada yang perlu ditulis
import-done = { $plan }: { $changes } perubahan dari { $forms } formulir
import-write-failed = { $error }; tidak ada berkas yang ditulis

import-col-form = formulir
import-col-cell = sel
import-col-line = baris
import-col-what = isian
import-col-before = semula
import-col-after = menjadi

## rpkd impor: diagnostik formulir (src/import/, src/load/workbook.rs).

# Mengapa buku kerja tidak dapat dibaca (E075), di dalam tanda kurung "`…` tidak dapat dibaca".
workbook-not-a-file = bukan berkas biasa
workbook-too-large = ukuran berkas { $size } MB, melebihi batas { $limit } MB untuk sebuah formulir
workbook-grew-too-large = ukuran berkas melebihi batas { $limit } MB untuk sebuah formulir
workbook-not-excel = bukan buku kerja Excel: { $detail }
workbook-not-zip = bukan buku kerja .xlsx, bahkan bukan arsip zip
workbook-too-many-parts = buku kerja ini terdiri atas { $parts } bagian, lebih banyak daripada yang wajar untuk sebuah formulir
workbook-zip-damaged = direktori zip-nya rusak: { $detail }
workbook-unpacks-too-large = setelah diekstrak berukuran { $size } MB, melebihi batas { $limit } MB untuk sebuah formulir
workbook-sheet-damaged = lembar kerja `{ $sheet }` tidak dapat dibaca: { $detail }
workbook-too-many-cells = buku kerja ini memuat lebih dari satu juta sel, lebih banyak daripada yang wajar untuk sebuah formulir
import-save-as-xlsx = simpan formulir sebagai buku kerja Excel (.xlsx), lalu impor berkas tersebut

# Apakah buku kerja merupakan formulir rencana, tahun, dan perangkat daerah ini (E076-E078, E083).
import-not-a-form = `{ $name }` bukan formulir realisasi rpkd (tidak memiliki lembar kerja `{ $form }` dan `{ $identity }`)
import-not-a-form-hint = isilah formulir yang dihasilkan `rpkd ekspor FOLDER_RENCANA --tahun TAHUN`; jangan mengubah lembar kerja maupun namanya
import-other-format = `{ $name }` bukan formulir yang dapat dibaca oleh versi rpkd ini (lembar kerja `{ $identity }` menyebut `{ $found }`)
import-other-format-hint = ekspor ulang formulir dengan rpkd ini (`{ $format }`)
import-other-plan = `{ $name }` adalah formulir rencana lain (`{ $found }`, bukan `{ $plan }`)
import-other-plan-hint = impor setiap formulir ke rencana asal formulir itu diekspor
import-no-such-form = `{ $name }` adalah formulir `{ $owner }` untuk tahun { $year }, padahal rencana tidak memiliki formulir tersebut (tidak ada baris RAT `{ $owner }` pada tahun itu)
import-no-such-form-hint = ekspor ulang formulir tahun tersebut, lalu isi formulir milik perangkat daerah yang bersangkutan
import-line-changed = `{ $code }` berubah
import-line-added = `{ $code }` ditambahkan
import-line-removed = `{ $code }` dihapus
import-stale = `{ $name }` diekspor sebelum baris rencana `{ $owner }` untuk tahun { $year } berubah
import-stale-listed = `{ $name }` diekspor sebelum baris rencana `{ $owner }` untuk tahun { $year } berubah ({ $list })
import-stale-listed-more = `{ $name }` diekspor sebelum baris rencana `{ $owner }` untuk tahun { $year } berubah ({ $list }, dan { $more } lainnya)
import-stale-hint = ekspor formulir baru (`rpkd ekspor`), lalu salin angka-angkanya ke formulir baru itu
import-second-form = `{ $name }` adalah formulir kedua `{ $owner }` untuk tahun { $year }
import-second-form-hint = impor satu formulir saja untuk setiap perangkat daerah dan tahun, yaitu yang terbaru
import-changes-nothing = `{ $name }` tidak mengubah apa pun dalam rencana
import-changes-nothing-hint = semua angka di dalamnya sudah tercantum dalam RAT; formulir ini mungkin sudah pernah diimpor

# Sel-sel formulir (E079-E081).
import-locked-cell = sel terkunci pada baris `{ $code }` diubah (rencana mencantumkan `{ $expected }`)
import-locked-cell-label = sel identitas diubah
import-locked-cell-hint = kolom abu-abu berasal dari RAT: kembalikan isi sel itu, atau ekspor formulir baru; tuliskan koreksi di kolom `Keterangan`
import-formula-without-value = rumus tanpa nilai tersimpan
import-no-value-to-read = tidak ada nilai yang dapat dibaca
import-formula-without-value-hint = buka formulir di Excel atau LibreOffice, biarkan rumusnya dihitung, lalu simpan kembali, atau ketik angkanya secara langsung
import-error-value = sel ini berisi nilai galat `{ $value }`
import-not-a-figure = bukan angka
import-error-value-hint = perbaiki rumusnya atau ketik angkanya secara langsung
import-merged-cells = sel `{ $first }:{ $last }` digabung (merge)
import-merged-here = digabung di sini
import-merged-cells-hint = pisahkan kembali sel-sel itu: angka setiap baris dan setiap triwulan harus berada di selnya sendiri
import-value-outside = ada isian di luar sel formulir
import-value-not-read = tidak dibaca
import-value-outside-hint = tuliskan angka hanya pada sel berwarna kuning; baris dan kolom tidak boleh ditambah
import-found-date = tanggal
import-cell-as-number = atur format sel sebagai angka, bukan tanggal, dan ketik angkanya dengan digit

# Isian sebuah baris, pada tabel perubahan dan dalam pesan.
import-field-output = keluaran TW { $quarter }
import-field-spent = realisasi TW { $quarter }
import-field-spent-from = realisasi { $source } TW { $quarter }
import-field-notes = keterangan
import-field-proposal = usulan baris baru

# Perubahan dari formulir dibandingkan dengan rencana (E082, E004).
import-conflict = { $what } untuk `{ $code }` diubah pada formulir ({ $form }) dan juga pada rencana sejak formulir diekspor ({ $plan } pada rencana, { $base } saat diekspor)
import-conflict-label = diubah di kedua tempat
import-conflict-hint = sepakati angkanya terlebih dahulu: ekspor formulir baru, atau perbaiki berkas RAT secara langsung
import-emptied = formulir mengosongkan { $what } untuk `{ $code }`, padahal rencana mencantumkannya ({ $base })
import-emptied-label = dikosongkan
import-emptied-hint = tulis 0 untuk triwulan tanpa realisasi; impor tidak pernah menghapus angka — bila memang harus dihapus, hapuslah langsung dari berkas RAT
import-quarter-incomplete = { $what } untuk `{ $code }` kosong, padahal angka lain pada triwulan itu sudah diisi
import-empty = kosong
import-quarter-incomplete-hint = isi setiap angka pada triwulan tersebut; tulis 0 bila tidak ada anggaran yang terpakai atau keluaran yang dicapai

# Usulan baris baru (E084, E004).
import-proposal-without-code = usulan baris tanpa kode sub kegiatan
import-which-sub-kegiatan = sub kegiatan yang mana?
import-proposal-without-code-hint = pilih kode dari daftar pilihan (drop-down), atau kosongkan baris ini
import-proposal-taken = `{ $code }` sudah memiliki baris `{ $owner }` dalam RAT { $year }
import-proposal-not-carried = `{ $code }` bukan sub kegiatan yang dilaksanakan `{ $owner }`
import-proposal-unknown-code = tidak ada sub kegiatan dengan kode `{ $code }`
import-cannot-propose-here = tidak dapat diusulkan di sini
import-proposable-list-hint = lembar kerja `Daftar` memuat sub kegiatan yang dapat diusulkan melalui formulir ini
import-proposal-missing = usulan baris `{ $code }` belum memuat { $what }
import-proposal-missing-hint = isi { $what } untuk baris ini
import-column-target = target
import-column-aid = jenis bantuan
import-column-source = sumber dana
import-column-allocation = alokasi
import-proposal-source-twice = `{ $source }` disebut dua kali pada usulan baris `{ $code }`
import-again = disebut lagi
import-proposal-source-twice-hint = satu baris untuk setiap sumber dana: jumlahkan nilainya
import-no-rat-to-start = rencana belum memiliki `rat/{ $year }.yaml`, dan `rpkd.yaml` tidak memuat target kemiskinan tahun { $year } untuk memulainya
import-no-rat-to-start-hint = buat `rat/{ $year }.yaml` berisi `tahun`, `target_kemiskinan`, `target_kemiskinan_ekstrem`, dan `rencana_aksi: []`, lalu impor kembali

# Menuliskan angka ke berkas RAT (E080).
import-cannot-place = angka tidak dapat dituliskan langsung ke `{ $path }` ({ $cause })
edit-no-rat-lines = tidak ada daftar `rencana_aksi`
edit-line-not-in-file = baris `{ $code }` tidak ada dalam berkas
edit-changes-overlap = dua perubahan saling tumpang tindih
edit-one-amount = triwulan { $quarter } pada `{ $code }` memuat satu jumlah, sedangkan formulir merincinya per sumber dana
edit-realisation-not-a-list = `realisasi` pada `{ $code }` bukan daftar
edit-empty-block-list = daftar blok yang kosong
edit-flow-rat-lines = `rencana_aksi` ditulis sebagai daftar flow (dalam kurung siku)
