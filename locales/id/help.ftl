### Kata-kata `--help` dan kesalahan penggunaan (src/cli/localise.rs, help.rs, usage_error.rs).
### Teks bantuan setiap perintah dan opsi: bahasa Inggrisnya ada di komentar dokumentasi
### di src/cli, bahasa Indonesianya di bawah (`cmd-…`).

help-usage = Penggunaan:
help-commands = Perintah:
help-arguments = Argumen:
help-options = Opsi:
help-options-placeholder = OPSI
help-command-placeholder = PERINTAH
help-default = bawaan: { $value }
help-possible-values = nilai yang dapat dipilih: { $values }
help-possible-values-heading = Nilai yang dapat dipilih:
help-flag = Tampilkan bantuan
help-flag-short = Tampilkan bantuan (selengkapnya dengan '--help')
help-flag-long = Tampilkan bantuan (ringkasannya dengan '-h')
help-version-flag = Tampilkan versi
help-subcommand = Tampilkan bantuan ini atau bantuan subperintah yang disebutkan
help-examples = Contoh:
help-exit-status = Kode keluar:
help-environment = Variabel lingkungan:

help-exit-0 = Berhasil (peringatan diperbolehkan, kecuali dengan `--deny-warnings`).
help-exit-1 = Masukan atau lingkungan bermasalah: rencana memuat kesalahan, atau sebuah berkas tidak dapat dibaca atau ditulis.
help-exit-2 = Penggunaan keliru: opsi yang tidak dikenal, atau argumen yang tidak ada atau tidak sesuai bentuknya.
help-env-rpkd-lang = Bahasa pesan, `id` atau `en`; `--lang` mengesampingkannya.
help-env-locale = Tanpa `RPKD_LANG`, variabel pertama yang terisi menentukan: locale bahasa Inggris (`en_US.UTF-8`) memberi bahasa Inggris, selain itu Bahasa Indonesia.
help-env-no-color = Terisi dan tidak kosong: tanpa warna (no-color.org). `--color always` mengesampingkannya.
help-env-clicolor-force = Terisi, tidak kosong dan bukan `0`: tetap berwarna walaupun keluaran bukan terminal.
help-env-clicolor = `0`: tanpa warna.
help-ex-check-1 = Memeriksa setiap rencana di bawah `plans/`.
help-ex-check-2 = Memeriksa satu rencana; `plans/kota-tangerang/rpkd.yaml` juga dapat dipakai.
help-ex-check-3 = Di GitHub Actions: anotasi pada pull request dan tabel pada ringkasan pekerjaan; isi `plans/` yang bukan rencana (misalnya README) dilewati dengan catatan.
help-ex-check-4 = Laporan SARIF 2.1.0 untuk GitHub code scanning.
help-ex-check-5 = Laporan GitLab Code Quality untuk merge request.
help-ex-check-6 = Pesan dalam bahasa Inggris, sebagai satu larik JSON.
help-env-check-1 = Bila terisi (GitHub Actions mengisinya), tabel Markdown berisi rencana dan jumlah temuannya, lalu diagnostiknya, ditambahkan ke berkas tersebut.
help-ex-build-1 = Menyusun setiap rencana di bawah `plans/` ke dalam `output/`.
help-ex-build-2 = Hanya PDF dari satu rencana, ke dalam `dist/kota-tangerang/`.
help-ex-build-3 = Dokumen bertanggal komit terakhir: masukan yang sama menghasilkan bita yang sama.
help-env-build-1 = Jumlah detik sejak 1970 yang menjadi tanggal PDF (penyusunan yang dapat diulang).
help-env-build-2 = Bila terisi, bilah kemajuan tidak ditampilkan.
help-env-build-3 = Bila terisi, tabel rencana yang disusun ditambahkan ke berkas tersebut.
help-ex-serve-1 = Pratinjau rencana di peramban; halaman dimuat ulang setiap kali berkas disimpan.
help-ex-serve-2 = Rekan kerja di jaringan kantor dapat membuka pratinjau (disertai peringatan).
help-ex-init-1 = Folder rencana baru yang lolos `rpkd check`, beserta JSON Schema untuk editor.
help-ex-init-2 = Rencana sebuah provinsi.
help-ex-ekspor-1 = Satu formulir realisasi per perangkat daerah untuk tahun 2026, dan buku kerja untuk penelaahan.
help-env-ekspor-1 = Jumlah detik sejak 1970 yang menjadi tanggal buku kerja.
help-ex-impor-1 = Menuliskan angka dari formulir yang telah diisi ke berkas RAT, setelah diperiksa.
help-ex-schema-1 = JSON Schema yang dipakai editor untuk pelengkapan dan pemeriksaan saat mengetik.
help-ex-completions-1 = Pelengkapan subperintah, opsi dan folder rencana di bash.
help-ex-man-1 = Memasang halaman manual untuk pengguna saat ini.
help-ex-rpkd-1 = Memulai sebuah rencana.
help-ex-rpkd-2 = Memeriksa setiap rencana di bawah `plans/`.
help-ex-rpkd-3 = Menulis dokumen setiap rencana ke dalam `output/`.
help-ex-rpkd-4 = Pratinjau sambil menyunting.

## Kesalahan penggunaan

usage-unknown-argument = argumen `{ $arg }` tidak dikenal
usage-unknown-subcommand = subperintah `{ $name }` tidak dikenal
usage-value-required = `{ $arg }` memerlukan nilai, tetapi tidak ada nilai yang diberikan
usage-invalid-value = nilai `{ $value }` tidak berlaku untuk `{ $arg }`
usage-invalid-value-of = nilai `{ $value }` tidak berlaku untuk `{ $arg }` (nilai yang dapat dipilih: { $valid })
usage-value-rejected = nilai `{ $value }` tidak berlaku untuk `{ $arg }` ({ $cause })
usage-cause-range = { $value } di luar rentang { $low } sampai { $high }
usage-cause-not-a-number = bukan bilangan bulat
usage-cause-too-large = terlalu besar
usage-cause-invalid = tidak dapat diterima
usage-missing-required = { $count ->
    [1] argumen wajib { $args } belum diberikan
   *[other] argumen wajib { $args } belum diberikan
}
usage-missing-subcommand = `{ $name }` memerlukan subperintah, tetapi tidak ada yang diberikan (subperintah: { $valid })
usage-argument-repeated = argumen `{ $arg }` tidak boleh dipakai lebih dari sekali
usage-argument-conflict = argumen `{ $arg }` tidak dapat dipakai bersama { $other }
usage-argument-conflict-any = argumen `{ $arg }` tidak dapat dipakai bersama satu atau lebih argumen lain yang diberikan
usage-no-equals = nilai untuk `{ $arg }` harus diberikan dengan tanda sama dengan (`{ $arg }=…`)
usage-too-many = nilai `{ $value }` untuk `{ $arg }` tidak diharapkan; tidak ada nilai lagi yang diperlukan
usage-too-few = `{ $arg }` memerlukan { $min } nilai, tetapi hanya { $actual } yang diberikan
usage-wrong-number = `{ $arg }` memerlukan { $expected } nilai, tetapi { $actual } yang diberikan
usage-invalid-utf8 = sebuah argumen bukan teks UTF-8 yang sah
usage-what-subcommand = subperintah
usage-what-argument = argumen
usage-what-value = nilai
usage-tip-similar = { $count ->
    [1] ada { $what } yang mirip: { $names }
   *[other] ada beberapa { $what } yang mirip: { $names }
}
usage-tip-as-value = untuk memberikan `{ $arg }` sebagai nilai, tulis `{ $instead }`
usage-tip-remove-dashes = subperintah `{ $name }` ada; untuk memakainya, hapus `--` di depannya
usage-tip = saran: { $tip }
usage-more = keterangan lebih lanjut: `{ $flag }`

## Bantuan setiap perintah, argumen dan nilai (bahasa Inggrisnya: komentar dokumentasi di src/cli)

cmd-rpkd = rpkd — rencana penanggulangan kemiskinan daerah, dari YAML menjadi dokumen yang siap ditandatangani
cmd-rpkd-arg-lang = Bahasa pesan: `id` (Bahasa Indonesia) atau `en` (bahasa Inggris) [bawaan: `RPKD_LANG`, atau locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) bila berbahasa Inggris, selain itu id]
cmd-rpkd-arg-lang-val-id = Bahasa Indonesia
cmd-rpkd-arg-lang-val-en = Bahasa Inggris
cmd-rpkd-arg-quiet = Hanya tampilkan diagnostik dan kesalahan: tanpa ringkasan, catatan atau kemajuan
cmd-rpkd-arg-verbose = Tampilkan lebih banyak: berkas setiap rencana dan waktu yang diperlukan setiap rencana
cmd-rpkd-arg-color = Kapan keluaran diberi warna
cmd-rpkd-arg-color-val-auto = Berwarna di terminal, kecuali `NO_COLOR` terisi (atau `CLICOLOR_FORCE` memaksanya)
cmd-rpkd-arg-color-val-always = Selalu berwarna, juga ke berkas atau pipa
cmd-rpkd-arg-color-val-never = Tidak pernah berwarna
cmd-check = Periksa satu rencana atau lebih dan laporkan semua masalah sekaligus
cmd-check-arg-plans = Folder rencana (masing-masing berisi `rpkd.yaml`), atau folder yang memuat beberapa rencana; bawaan: setiap rencana di bawah `plans/`. Isi lain (misalnya `README.md`) dilewati dengan catatan
cmd-check-arg-format = Bentuk keluaran diagnostik
cmd-check-arg-format-val-human = Cuplikan baris yang bermasalah beserta penanda dan saran
cmd-check-arg-format-val-short = Satu baris per masalah: `berkas:baris:kolom: tingkat[kode]: pesan`
cmd-check-arg-format-val-json = Satu larik JSON berisi semua diagnostik
cmd-check-arg-format-val-github = Perintah alur kerja GitHub Actions (anotasi pada pull request)
cmd-check-arg-format-val-sarif = SARIF 2.1.0, untuk GitHub code scanning dan penampil SARIF lainnya
cmd-check-arg-format-val-gitlab = Laporan GitLab Code Quality (artefak `codequality` sebuah merge request)
cmd-check-arg-deny_warnings = Gagal (kode keluar 1) juga bila ada peringatan
cmd-check-arg-max_file_mb = Ukuran terbesar berkas rencana yang dibaca, dalam MB (berkas yang lebih besar dilaporkan, tidak dibaca)
cmd-check-arg-template_seconds = Waktu terlama templat milik rencana boleh berjalan, dalam detik, sebelum dihentikan (E028)
cmd-build = Periksa rencana, lalu tulis dokumen RPKD dan RAT-nya
cmd-build-arg-plans = Folder rencana, atau folder yang memuat beberapa rencana; bawaan: setiap rencana di bawah `plans/`. Isi lain (misalnya `README.md`) dilewati dengan catatan
cmd-build-arg-out = Tempat dokumen ditulis: `OUT/<nama folder rencana>/`, dan `OUT/index.html`
cmd-build-arg-format = Format yang ditulis, dipisahkan koma
cmd-build-arg-format-val-md = Markdown (ragam GitHub), dengan grafik sebagai berkas SVG di sampingnya
cmd-build-arg-format-val-html = Satu berkas HTML mandiri per dokumen
cmd-build-arg-format-val-pdf = Dokumen siap cetak: A4 (atau F4), daftar isi dengan nomor halaman, penanda
cmd-build-arg-max_file_mb = Ukuran terbesar berkas rencana yang dibaca, dalam MB (berkas yang lebih besar dilaporkan, tidak dibaca)
cmd-build-arg-template_seconds = Waktu terlama templat milik rencana boleh berjalan, dalam detik, sebelum dihentikan (E028)
cmd-init = Buat folder rencana baru, lengkap dengan komentar dan isian sementara, yang lolos `rpkd check`
cmd-init-arg-dir = Folder rencana yang baru (dibuat bila belum ada)
cmd-init-arg-region = Nama daerah tanpa jenisnya, misalnya `Tangerang`; awalan `Kota`, `Kabupaten` atau `Provinsi` dibaca sebagai jenisnya [bawaan: isian sementara `[Nama Daerah]`]
cmd-init-arg-kind = Jenis daerah pemilik rencana [bawaan: jenis yang mengawali `--region`, selain itu kota]
cmd-init-arg-kind-val-kota = Kota: Wali Kota, digit tingkat 2
cmd-init-arg-kind-val-kabupaten = Kabupaten: Bupati, digit tingkat 2
cmd-init-arg-kind-val-provinsi = Provinsi: Gubernur, digit tingkat 1
cmd-init-arg-start = Tahun pertama periode lima tahun, dari 2000 sampai 2096; bawaannya tetap, tidak diambil dari jam komputer
cmd-init-arg-force = Tulis ke DIR yang tidak kosong: berkas kerangka menggantikan berkas dengan nama yang sama, berkas lain tetap disimpan
cmd-completions = Tampilkan skrip pelengkapan untuk shell bash, zsh, fish, elvish atau powershell
cmd-completions-after-long =
    Tempat setiap shell mencari skrip (untuk pengguna saat ini):

      bash        rpkd completions bash > ~/.local/share/bash-completion/completions/rpkd
      zsh         rpkd completions zsh > ~/.zfunc/_rpkd   (dengan `fpath+=~/.zfunc` sebelum `compinit` di ~/.zshrc)
      fish        rpkd completions fish > ~/.config/fish/completions/rpkd.fish
      elvish      rpkd completions elvish >> ~/.config/elvish/rc.elv
      powershell  rpkd completions powershell >> $PROFILE
cmd-completions-arg-shell = Shell tujuan skrip
cmd-man = Tulis halaman manual: `rpkd.1` dan satu halaman per subperintah
cmd-man-after-long =
    Baca sebuah halaman tanpa memasangnya: `man ./rpkd.1`. Pasang untuk pengguna saat ini dengan
    `rpkd man --out ~/.local/share/man/man1`.
cmd-man-arg-out = Folder tujuan halaman (dibuat bila belum ada)
cmd-serve = Pratinjau HTML sebuah rencana di 127.0.0.1, disusun dan dimuat ulang pada setiap perubahan
cmd-serve-arg-plan = Folder rencana
cmd-serve-arg-port = Port yang didengarkan; bila sedang dipakai, port bebas berikutnya yang diambil
cmd-serve-arg-bind = Alamat yang didengarkan. Bawaannya hanya melayani komputer ini; `0.0.0.0` (atau alamat komputer ini di jaringan kantor) membuat rekan kerja juga dapat membuka pratinjau
cmd-serve-arg-open = Buka pratinjau di peramban bawaan
cmd-schema = Tulis JSON Schema berkas rencana, untuk pelengkapan dan keterangan di editor
cmd-schema-arg-out = Folder tujuan skema (folder `schema/` sebuah rencana, sesuai modeline editor yang ditulis `rpkd init`)
cmd-ekspor = Tulis formulir realisasi perangkat daerah untuk satu tahun RAT (.xlsx) dan matriks untuk penelaahan
cmd-ekspor-arg-plan = Folder rencana (berisi `rpkd.yaml`)
cmd-ekspor-arg-tahun = Tahun RAT formulir
cmd-ekspor-arg-owners = Hanya formulir perangkat daerah atau unit ini (menurut id, misalnya `DINSOS`); ulangi untuk yang lain
cmd-ekspor-arg-out = Tempat buku kerja ditulis (diganti seluruhnya); bawaan `output/<rencana>-ekspor-<tahun>`
cmd-ekspor-arg-max_file_mb = Ukuran terbesar berkas rencana yang dibaca, dalam MB (berkas yang lebih besar dilaporkan, tidak dibaca)
cmd-impor = Tulis baris realisasi dan usulan dari formulir yang telah diisi ke berkas RAT, langsung di tempatnya
cmd-impor-arg-plan = Folder rencana (berisi `rpkd.yaml`)
cmd-impor-arg-forms = Formulir yang telah diisi (`.xlsx`), sebagaimana ditulis `rpkd ekspor`
cmd-impor-arg-dry_run = Tampilkan perubahan sebagai tabel tanpa menulis apa pun
cmd-impor-arg-allow_warnings = Tetap tulis walaupun formulir membawa peringatan (realisasi melebihi alokasi, …)
cmd-impor-arg-format = Bentuk keluaran diagnostik
cmd-impor-arg-format-val-human = Cuplikan baris yang bermasalah beserta penanda dan saran
cmd-impor-arg-format-val-short = Satu baris per masalah: `berkas:baris:kolom: tingkat[kode]: pesan`
cmd-impor-arg-format-val-json = Satu larik JSON berisi semua diagnostik
cmd-impor-arg-format-val-github = Perintah alur kerja GitHub Actions (anotasi pada pull request)
cmd-impor-arg-format-val-sarif = SARIF 2.1.0, untuk GitHub code scanning dan penampil SARIF lainnya
cmd-impor-arg-format-val-gitlab = Laporan GitLab Code Quality (artefak `codequality` sebuah merge request)
cmd-impor-arg-max_form_mb = Ukuran terbesar buku kerja yang dibaca, dalam MB
cmd-banding = Bandingkan dua versi sebuah rencana (folder atau revisi git) dalam laporan penelaahan
cmd-banding-arg-old = Versi lama: folder rencana, `git:REV` atau `git:REV:PATH`; bila hanya ini yang diberikan, komit terakhir folder rencana dibandingkan dengan isi kerjanya
cmd-banding-arg-new = Versi baru: folder rencana, `git:REV` atau `git:REV:PATH`
cmd-banding-arg-from = Versi lama adalah rencana pada revisi git ini (bawaan `HEAD`)
cmd-banding-arg-to = Versi baru adalah rencana pada revisi git ini (bawaan: isi kerja)
cmd-banding-arg-format = Yang dibuat, dipisahkan koma: dokumen laporan (md, html, pdf), himpunan perubahan sebagai JSON di stdout (json), ringkasan singkat untuk pull request (github)
cmd-banding-arg-format-val-md = Laporan dalam Markdown
cmd-banding-arg-format-val-html = Laporan sebagai satu berkas HTML mandiri
cmd-banding-arg-format-val-pdf = Laporan dalam PDF
cmd-banding-arg-format-val-json = Himpunan perubahan sebagai JSON, di stdout
cmd-banding-arg-format-val-github = Ringkasan Markdown singkat, ditambahkan ke `$GITHUB_STEP_SUMMARY` (ke stdout bila tidak terisi)
cmd-banding-arg-out = Tempat laporan ditulis: `OUT/<nama folder rencana>/banding.*`
cmd-banding-arg-max_file_mb = Ukuran terbesar berkas rencana yang dibaca, dalam MB (berkas yang lebih besar dilaporkan, tidak dibaca)
