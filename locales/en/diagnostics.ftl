### Diagnostics: the words of the printers, and (next) every rule's messages.

diag-error = error
diag-warning = warning
diag-help = help
