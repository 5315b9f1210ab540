### Fragments many messages use.

# "a, b or c": a list of alternatives; $head is already comma-separated.
list-or = { $head } or { $last }
