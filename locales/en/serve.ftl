### rpkd serve: the terminal and the error page.

serve-serving = serving { $plan } on { $url } (Ctrl-C to stop)
serve-rebuilding = change seen; rebuilding (version { $version })
serve-built-clean = version { $version }: no problems found
serve-built-counts = version { $version }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
serve-no-port = no free port on { $addr } from { $from } to { $to }
serve-open-to-network = the preview answers on { $addr }:{ $port }, so anyone who can reach this computer on the network can read the plan (stop with Ctrl-C; without `--bind` it answers this computer only)
serve-open-failed = cannot open a browser ({ $cause }); open { $url } yourself

page-title = The plan has problems
page-summary = { $plan }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }. The documents are shown again once the errors are fixed.
page-reload = This page reloads by itself after every save.
