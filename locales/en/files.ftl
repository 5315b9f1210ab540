### What failed around the plan's files (error::Error) and the causes of I/O errors.

error-not-a-plan = `{ $path }` is not a plan directory (it has no `rpkd.yaml`)
error-read = failed to read `{ $path }` ({ $cause })
error-list = cannot list the folder `{ $path }` ({ $cause })
error-write = failed to write `{ $path }` ({ $cause })
error-template = template error: { $cause }
error-render = failed to render the documents ({ $cause })
error-pdf = failed to make the PDF ({ $cause })
error-output-inside-plan = refusing to write into `{ $path }` (it is the plan directory or inside it; sources are never overwritten)
error-missing-glyph = `{ $document }` cannot print { $chars } (the document font, Liberation Sans, has no glyph for it); replace the character in the plan or template
error-git-revision = unknown git revision `{ $rev }` ({ $cause })
error-git-plan = `{ $path }` is not a plan folder at `{ $rev }` ({ $cause })
error-git = { $what } ({ $cause })
git-no-repository = cannot find the git repository of `{ $path }`
git-not-installed = `git` is not installed or not on the PATH
git-failed = git failed
git-not-a-revision = not a revision name
git-no-such-commit = no such commit in `{ $path }`
git-a-file-there = it is a file there, not a folder
git-no-such-folder = no such folder at that revision
glyph-in-context = `{ $char }` ({ $code }) in “{ $context }”

## Causes, in the parentheses of a message.

io-not-found = not found
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-directory = it is a folder
io-not-a-directory = a part of the path is not a folder
io-directory-not-empty = the folder is not empty
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-invalid-data = the content is not valid
io-file-too-large = the file is too large
io-busy = the file is in use by another program
io-crosses-devices = it would move the file to another disk
io-interrupted = interrupted
io-unexpected-eof = the file ended too early
