### Kegagalan di sekitar berkas rencana (error::Error) dan penyebab kegagalan baca/tulis.

error-not-a-plan = `{ $path }` bukan folder rencana (tidak ada berkas `rpkd.yaml` di dalamnya)
error-read = gagal membaca `{ $path }` ({ $cause })
error-list = isi folder `{ $path }` tidak dapat dibaca ({ $cause })
error-write = gagal menulis `{ $path }` ({ $cause })
error-template = kesalahan templat: { $cause }
error-render = gagal menyusun dokumen ({ $cause })
error-pdf = gagal membuat PDF ({ $cause })
error-output-inside-plan = keluaran tidak ditulis ke `{ $path }` (folder itu adalah folder rencana atau berada di dalamnya; berkas sumber tidak pernah ditimpa)
error-missing-glyph = `{ $document }` tidak dapat mencetak { $chars } (huruf dokumen, Liberation Sans, tidak memiliki glyph untuk karakter tersebut); ganti karakter itu dalam rencana atau templat
error-git-revision = revisi git `{ $rev }` tidak dikenal ({ $cause })
error-git-plan = `{ $path }` bukan folder rencana pada `{ $rev }` ({ $cause })
error-git = { $what } ({ $cause })
git-no-repository = repositori git untuk `{ $path }` tidak ditemukan
git-not-installed = `git` belum terpasang atau tidak ada pada PATH
git-failed = git gagal dijalankan
git-not-a-revision = bukan nama revisi
git-no-such-commit = commit tersebut tidak ada di `{ $path }`
git-a-file-there = pada revisi itu yang ada adalah berkas, bukan folder
git-no-such-folder = folder tersebut tidak ada pada revisi itu
glyph-in-context = `{ $char }` ({ $code }) pada “{ $context }”

## Penyebab, di dalam tanda kurung sebuah pesan.

io-not-found = tidak ditemukan
io-permission-denied = izin ditolak
io-already-exists = sudah ada
io-is-a-directory = yang ada adalah folder
io-not-a-directory = salah satu bagian jalurnya bukan folder
io-directory-not-empty = folder tidak kosong
io-storage-full = disk penuh
io-read-only = disk hanya dapat dibaca
io-invalid-data = isinya tidak sah
io-file-too-large = berkas terlalu besar
io-busy = berkas sedang dipakai program lain
io-crosses-devices = berkas akan berpindah ke disk lain
io-interrupted = terputus
io-unexpected-eof = berkas berakhir sebelum waktunya
