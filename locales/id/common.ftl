### Potongan yang dipakai banyak pesan.

# "a, b atau c": daftar pilihan; $head sudah dipisah koma.
list-or = { $head } atau { $last }
