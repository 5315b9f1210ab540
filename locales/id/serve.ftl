### rpkd serve: terminal dan halaman kesalahan.

serve-serving = pratinjau { $plan } tersedia di { $url } (tekan Ctrl-C untuk berhenti)
serve-rebuilding = ada perubahan; menyusun ulang (versi { $version })
serve-built-clean = versi { $version }: tidak ditemukan masalah
serve-built-counts = versi { $version }: { $errors } kesalahan, { $warnings } peringatan
serve-no-port = tidak ada port yang bebas di { $addr } dari { $from } sampai { $to }
serve-open-to-network = pratinjau dapat dibuka di { $addr }:{ $port }, sehingga siapa pun yang dapat menjangkau komputer ini melalui jaringan dapat membaca rencana (hentikan dengan Ctrl-C; tanpa `--bind`, pratinjau hanya dapat dibuka dari komputer ini)
serve-open-failed = peramban tidak dapat dibuka ({ $cause }); buka { $url } secara manual

page-title = Rencana masih memuat masalah
page-summary = { $plan }: { $errors } kesalahan, { $warnings } peringatan. Dokumen akan tampil kembali setelah kesalahannya diperbaiki.
page-reload = Halaman ini dimuat ulang dengan sendirinya setiap kali berkas disimpan.
