### Reading a plan's files: what stands at a path, why a file cannot be read, YAML syntax
### (src/load/mod.rs, src/load/files.rs, src/load/git.rs, src/load/yaml.rs), and the templates'
### problems found while preparing the documents (src/prepare.rs).

## What stands at a path, when a file was expected.

kind-file = a regular file
kind-folder = a folder
kind-fifo = a named pipe (FIFO), not a regular file
kind-device = a device, not a regular file
kind-socket = a socket, not a regular file
kind-link-out = a link to a file outside the plan directory
kind-link-loop = a link that loops back on itself
kind-broken-link = a link to a file that does not exist
kind-missing = not found
kind-unreadable = not readable
kind-not-a-folder = not a folder

## Why a file cannot be read, in the parentheses of a message.

read-does-not-exist = it does not exist
read-is-kind = it is { $kind }
read-too-large = the file is { $size } MB, more than the { $limit } MB { $what } may have
limit-plan-file = a plan file
limit-emblem = an emblem
read-not-utf8 = the file is not UTF-8 text (invalid byte at offset { $offset })
git-reader-failed = the git reader failed earlier
git-reader-no-pipe = cannot talk to `git cat-file`
git-reader-not-running = the git reader is not running
git-reader-unexpected = unexpected answer from `git cat-file`
git-object-missing = object `{ $oid }` is missing

## The plan's files.

read-cannot-read = cannot read `{ $path }` ({ $cause })
named-narrative = narrative file
named-logo = logo
named-template-folder = template folder
read-outside-plan = { $what } `{ $path }` points outside the plan directory
read-link-outside-plan = { $what } `{ $path }` is a link outside the plan directory
read-not-inside-plan = not inside the plan
read-relative-path = name a path relative to the plan directory, e.g. `{ $example }`
read-named-is-kind = { $what } `{ $path }` is { $kind }
read-not-readable-file = not a file that can be read
read-named-not-found = { $what } `{ $path }` not found
read-no-such-file = no such file
read-no-such-folder = no such folder
read-folder-unreadable = cannot read { $what } `{ $path }` ({ $cause })
read-this-folder = this folder
read-logo-unusable = cannot use `{ $path }` as the logo ({ $cause })
read-the-logo = the logo
read-logo-hint = name a PNG or JPEG file inside the plan folder, e.g. `logo: lambang.png`
read-stray-file = `{ $path }` is not part of the plan
read-not-read = this file is not read
read-stray-file-hint = programs go under `program/`, annual action plans under `rat/<year>.yaml`
read-empty-file = the file is empty
read-nothing-here = nothing here
read-rat-file-holds = a RAT file holds `tahun:`, the year's targets and `rencana_aksi:`
read-program-file-holds = a program file holds `program:` with a list of programs
read-root-file-holds = `rpkd.yaml` holds the plan's identity (`daerah:`, `periode:`, …), pillars and strategies

## YAML syntax (E001).

yaml-syntax = the file cannot be read as YAML ({ $cause })
yaml-tab-hint = YAML does not allow tabs for indentation; indent with spaces
yaml-here = here
yaml-many-documents = the file holds more than one YAML document (a second `---` line); a plan file is one document
yaml-recursive-alias = an alias (`*name`) refers to the anchor (`&name`) that contains it, so its value would never end
yaml-unknown-anchor = an alias (`*name`) names no anchor (`&name`) defined before it
yaml-alias-budget = anchors and aliases (`&name`, `*name`) expand beyond a safe size
yaml-alias-other = anchors and aliases (`&name`, `*name`): { $detail }
yaml-too-deep = nested more than { $levels } levels deep
yaml-too-many-values = the file holds more values than a plan file may have

## The templates, while the documents are prepared (E026-E028, W011).

tmpl-does-not-compile = does not compile
tmpl-does-not-render = does not render
tmpl-unknown-cause = unknown cause
tmpl-of-plan-failed = a template of the plan { $what } ({ $cause })
tmpl-builtin-failed = the built-in template `{ $name }` { $what } ({ $cause })
tmpl-named-failed = the template `{ $name }` { $what } ({ $cause })
tmpl-here = here
tmpl-docs-hint = docs/templates.md lists the variables and filters a template may use
tmpl-thread-lost = the documents could not be rendered (a rendering thread ended early)
tmpl-nesting-too-deep = the document `{ $document }` nests quotes or lists more than { $levels } levels deep
tmpl-written-by-templates = its templates write it
tmpl-stopped = the plan's templates were stopped ({ $cause })
tmpl-stop-time = it ran longer than the { $seconds } s a template may take
tmpl-stop-output = it wrote more than the { $mb } MB a document may have
tmpl-stop-memory = it used more than the { $mb } MB of memory a template may use
tmpl-documents-start = the documents start here
tmpl-runaway-hint = a template may loop over the plan's data, but look for loops inside loops over large ranges, and for text built by repeating itself (`{"{"}% set s = s ~ s %{"}"}`)
tmpl-active-script = the template `{ $name }` contains a script
tmpl-active-network = the template `{ $name }` loads something from the network
tmpl-active-import = the template `{ $name }` imports a style from elsewhere
tmpl-offline-hint = the documents must work offline and run nothing: keep styles and images inline (a `data:` URI) and leave scripts out

## The region's emblem (src/model/image.rs), in the parentheses of "cannot use … as the logo".

image-not-png-or-jpeg = not a PNG or JPEG image
image-no-pixels = an image of no pixels
image-too-many-pixels = an image of { $width } × { $height } pixels, more than the { $million } million an emblem may have (4,096 × 4,096)
image-jpeg-lossless = a lossless or arithmetic-coded JPEG (save it as a baseline JPEG)
image-jpeg-no-frame = a JPEG without a frame header (the file may be cut short)
image-jpeg-unusual-frame = a JPEG with an unusual frame (use an RGB, CMYK or greyscale JPEG)
image-jpeg-damaged = a JPEG whose image data is damaged ({ $detail })
image-png-unreadable = a PNG that cannot be read ({ $detail })
image-png-not-8-bit = a PNG this tool cannot read (its channels are not 8-bit)
image-png-palette = a PNG whose palette could not be expanded
image-png-short = a PNG with less image data than its size

## What a text of the plan may hold (src/load/printable.rs: E026, E029, E031, E032).

guard-text-too-long = this text has { $length } characters, more than the { $limit } a text of the plan may have
guard-text-starts-here = the text starts here
guard-text-too-long-hint = a name or a cell is a line or a paragraph; put long narrative text in a Markdown file (`berkas:`)
guard-bidi-character = a bidirectional control character, which reorders the text around it on screen
guard-invisible-character = an invisible character
guard-invisible = the text holds { $code }, { $what }
guard-here = here
guard-invisible-hint = delete it (retype the text around it): what is printed must be what is read
guard-nesting = the Markdown nests quotes or lists { $depth } levels deep, more than the { $limit } a document can show
guard-too-deep-from-here = too deep from here
guard-nesting-hint = quote or indent at most a few levels
guard-font-cannot-print = the document font cannot print { $chars }
guard-not-in-font = not in the font
guard-font-hint = replace it: Liberation Sans prints Latin letters with their accents, digits and punctuation such as – — “ ” ‘ ’ … • ± × ≥ ≤, but no emoji, check mark or control character

## Placeholders `rpkd init` writes (src/load/placeholders.rs: W018).

placeholder-left = placeholder `{ $placeholder }` left to fill in
placeholder-replace = replace with the real text
placeholder-hint = text in square brackets is a placeholder of `rpkd init`; write what it asks for, without the brackets
