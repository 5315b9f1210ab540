### Membaca berkas rencana: apa yang ada pada sebuah jalur, mengapa berkas tidak terbaca,
### sintaksis YAML (src/load/mod.rs, src/load/files.rs, src/load/git.rs, src/load/yaml.rs), dan
### masalah templat yang ditemukan saat dokumen disiapkan (src/prepare.rs).

## Apa yang ada pada sebuah jalur, padahal yang diharapkan berkas.

kind-file = berkas biasa
kind-folder = folder
kind-fifo = named pipe (FIFO), bukan berkas biasa
kind-device = perangkat (device), bukan berkas biasa
kind-socket = soket, bukan berkas biasa
kind-link-out = tautan ke berkas di luar folder rencana
kind-link-loop = tautan yang berputar kembali ke dirinya sendiri
kind-broken-link = tautan ke berkas yang tidak ada
kind-missing = jalur yang tidak ada
kind-unreadable = entri yang tidak dapat dibaca
kind-not-a-folder = bukan folder

## Mengapa berkas tidak dapat dibaca, di dalam tanda kurung sebuah pesan.

read-does-not-exist = berkas itu tidak ada
read-is-kind = jalur itu berupa { $kind }
read-too-large = ukuran berkas { $size } MB, melebihi batas { $limit } MB untuk { $what }
limit-plan-file = berkas rencana
limit-emblem = gambar lambang
read-not-utf8 = berkas bukan teks UTF-8 (byte tidak sah pada posisi { $offset })
git-reader-failed = pembaca git sudah gagal sebelumnya
git-reader-no-pipe = tidak dapat berkomunikasi dengan `git cat-file`
git-reader-not-running = pembaca git tidak berjalan
git-reader-unexpected = jawaban `git cat-file` tidak terduga
git-object-missing = objek `{ $oid }` tidak ada

## Berkas-berkas rencana.

read-cannot-read = `{ $path }` tidak dapat dibaca ({ $cause })
named-narrative = berkas narasi
named-logo = berkas lambang
named-template-folder = folder templat
read-outside-plan = { $what } `{ $path }` menunjuk ke luar folder rencana
read-link-outside-plan = { $what } `{ $path }` adalah tautan ke luar folder rencana
read-not-inside-plan = tidak berada di dalam folder rencana
read-relative-path = tulis jalur yang relatif terhadap folder rencana, misalnya `{ $example }`
read-named-is-kind = { $what } `{ $path }` berupa { $kind }
read-not-readable-file = bukan berkas yang dapat dibaca
read-named-not-found = { $what } `{ $path }` tidak ditemukan
read-no-such-file = berkas ini tidak ada
read-no-such-folder = folder ini tidak ada
read-folder-unreadable = { $what } `{ $path }` tidak dapat dibaca ({ $cause })
read-this-folder = folder ini
read-logo-unusable = `{ $path }` tidak dapat dipakai sebagai lambang daerah ({ $cause })
read-the-logo = lambang daerah
read-logo-hint = sebutkan berkas PNG atau JPEG di dalam folder rencana, misalnya `logo: lambang.png`
read-stray-file = `{ $path }` bukan bagian dari rencana
read-not-read = berkas ini tidak dibaca
read-stray-file-hint = berkas program ditempatkan di folder `program/`, rencana aksi tahunan di `rat/<tahun>.yaml`
read-empty-file = berkas ini kosong
read-nothing-here = tidak ada isinya
read-rat-file-holds = berkas RAT memuat `tahun:`, target tahun tersebut, dan `rencana_aksi:`
read-program-file-holds = berkas program memuat `program:` berisi daftar program
read-root-file-holds = `rpkd.yaml` memuat identitas rencana (`daerah:`, `periode:`, …), pilar, dan strategi

## Sintaksis YAML (E001).

yaml-syntax = berkas ini tidak dapat dibaca sebagai YAML ({ $cause })
yaml-tab-hint = YAML tidak mengizinkan tab untuk indentasi; gunakan spasi
yaml-here = di sini
yaml-many-documents = berkas ini memuat lebih dari satu dokumen YAML (ada baris `---` kedua), padahal satu berkas rencana hanya berisi satu dokumen
yaml-recursive-alias = alias (`*nama`) merujuk ke anchor (`&nama`) yang memuat alias itu sendiri, sehingga nilainya tidak pernah selesai
yaml-unknown-anchor = alias (`*nama`) menyebut anchor (`&nama`) yang belum didefinisikan sebelumnya
yaml-alias-budget = anchor dan alias (`&nama`, `*nama`) mengembang melampaui ukuran yang aman
yaml-alias-other = anchor dan alias (`&nama`, `*nama`): { $detail }
yaml-too-deep = bersarang lebih dari { $levels } tingkat
yaml-too-many-values = berkas ini memuat lebih banyak nilai daripada yang diizinkan untuk satu berkas rencana

## Templat, saat dokumen disiapkan (E026-E028, W011).

tmpl-does-not-compile = tidak dapat diproses
tmpl-does-not-render = gagal dijalankan
tmpl-unknown-cause = penyebabnya tidak diketahui
tmpl-of-plan-failed = salah satu templat rencana { $what } ({ $cause })
tmpl-builtin-failed = templat bawaan `{ $name }` { $what } ({ $cause })
tmpl-named-failed = templat `{ $name }` { $what } ({ $cause })
tmpl-here = di sini
tmpl-docs-hint = docs/templates.md memuat daftar variabel dan filter yang dapat dipakai dalam templat
tmpl-thread-lost = dokumen tidak dapat disusun (salah satu proses penyusunan berhenti sebelum selesai)
tmpl-nesting-too-deep = dokumen `{ $document }` memuat kutipan atau daftar yang bersarang lebih dari { $levels } tingkat
tmpl-written-by-templates = ditulis oleh templatnya
tmpl-stopped = templat rencana dihentikan ({ $cause })
tmpl-stop-time = berjalan lebih lama dari batas { $seconds } detik untuk sebuah templat
tmpl-stop-output = menulis lebih dari batas { $mb } MB untuk sebuah dokumen
tmpl-stop-memory = memakai memori lebih dari batas { $mb } MB untuk sebuah templat
tmpl-documents-start = dokumen dimulai di sini
tmpl-runaway-hint = templat boleh mengulang data rencana, tetapi periksalah perulangan di dalam perulangan atas rentang yang besar, dan teks yang dibentuk dengan mengulang dirinya sendiri (`{"{"}% set s = s ~ s %{"}"}`)
tmpl-active-script = templat `{ $name }` memuat skrip
tmpl-active-network = templat `{ $name }` mengambil sesuatu dari jaringan
tmpl-active-import = templat `{ $name }` mengimpor gaya tampilan (style) dari tempat lain
tmpl-offline-hint = dokumen harus dapat dibuka tanpa jaringan dan tidak menjalankan apa pun: tuliskan gaya tampilan dan gambar langsung di dalam templat (URI `data:`) dan jangan menyertakan skrip

## Lambang daerah (src/model/image.rs), di dalam tanda kurung "… tidak dapat dipakai sebagai lambang daerah".

image-not-png-or-jpeg = bukan gambar PNG atau JPEG
image-no-pixels = gambar tanpa piksel
image-too-many-pixels = gambar berukuran { $width } × { $height } piksel, melebihi batas { $million } juta piksel untuk lambang (4.096 × 4.096)
image-jpeg-lossless = JPEG lossless atau berkode aritmetika (simpan ulang sebagai JPEG baseline)
image-jpeg-no-frame = JPEG tanpa header frame (berkas mungkin terpotong)
image-jpeg-unusual-frame = JPEG dengan frame yang tidak lazim (gunakan JPEG RGB, CMYK, atau skala abu-abu)
image-jpeg-damaged = data gambar JPEG rusak ({ $detail })
image-png-unreadable = PNG yang tidak dapat dibaca ({ $detail })
image-png-not-8-bit = PNG yang tidak dapat dibaca alat ini (kanal warnanya bukan 8 bit)
image-png-palette = PNG yang paletnya tidak dapat diuraikan
image-png-short = PNG yang data gambarnya lebih sedikit daripada ukurannya

## Apa yang boleh dimuat teks rencana (src/load/printable.rs: E026, E029, E031, E032).

guard-text-too-long = teks ini berisi { $length } karakter, melebihi batas { $limit } karakter untuk sebuah teks dalam rencana
guard-text-starts-here = teks dimulai di sini
guard-text-too-long-hint = nama atau isian sel cukup satu baris atau satu paragraf; tuliskan narasi yang panjang dalam berkas Markdown (`berkas:`)
guard-bidi-character = karakter pengatur arah teks (bidirectional), yang mengubah urutan tampilan teks di sekitarnya
guard-invisible-character = karakter yang tidak terlihat
guard-invisible = teks ini memuat { $code }, yaitu { $what }
guard-here = di sini
guard-invisible-hint = hapus karakter itu (ketik ulang teks di sekitarnya): yang dicetak harus sama dengan yang terbaca
guard-nesting = Markdown ini memuat kutipan atau daftar yang bersarang { $depth } tingkat, melebihi { $limit } tingkat yang dapat ditampilkan dokumen
guard-too-deep-from-here = terlalu dalam mulai dari sini
guard-nesting-hint = batasi kutipan atau indentasi hanya beberapa tingkat
guard-font-cannot-print = huruf dokumen tidak dapat mencetak { $chars }
guard-not-in-font = tidak tersedia pada huruf dokumen
guard-font-hint = ganti karakter itu: Liberation Sans dapat mencetak huruf Latin beserta tanda diakritiknya, angka, dan tanda baca seperti – — “ ” ‘ ’ … • ± × ≥ ≤, tetapi tidak dapat mencetak emoji, tanda centang, atau karakter kendali

## Isian contoh yang ditulis `rpkd init` (src/load/placeholders.rs: W018).

placeholder-left = isian contoh `{ $placeholder }` belum diganti
placeholder-replace = ganti dengan teks yang sebenarnya
placeholder-hint = teks di dalam kurung siku adalah isian contoh dari `rpkd init`; tuliskan yang diminta, tanpa kurung sikunya
