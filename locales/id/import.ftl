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
