### Layout directives in a plan's own templates (src/render/directive.rs): W015.

directive-no-argument = `rpkd:{ $name }` takes no argument (found `{ $found }`)
directive-needs-word = `rpkd:{ $name }` needs one word of letters, digits, `-` or `_` (found `{ $found }`)
directive-unknown-attribute = unknown attribute `{ $key }` of `rpkd:{ $name }` (known: { $known })
directive-table-id = the table id `{ $value }` must be one word of letters, digits, `-` or `_`
directive-grid-name = the grid name `{ $value }` must be one word of letters, digits, `-` or `_`
directive-unknown = unknown directive `rpkd:{ $name }` (known: { $known })
directive-expected-pair = expected `{ $key }=VALUE`
directive-unclosed-quote = the value of `{ $key }` has no closing `"`
directive-group-label = `{ $item }`: a group label is written `KIND*N[Label]`, with a closing `]`
directive-count = `{ $item }`: the count after `*` must be a number from 1 to { $most }
directive-column-kind = unknown column kind `{ $kind }` (known: text, number, money, code, year); read as `text`
directive-label = in this directive
directive-hint = the directives are listed in docs/templates.md (Layout directives)
