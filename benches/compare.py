#!/usr/bin/env python3
"""rpkd side by side with the tools a region would otherwise use, on the same content at the
three scales, in one run and with one method, with the page counts each produced.

    python3 benches/compare.py [--scales small,medium,large] [--runs 5]
                               [--tools rpkd-check,rpkd-build,pandoc-gfm-html,typst-py,chromium]
                               [--work target/compare]

The inputs of the other tools come from ../shared/bench/gen_markdown.py (Markdown and the
equivalent Typst), rpkd's from examples/synth.rs (the same scales in the real plan format).
Every command is timed by ../shared/bench/run_anchors.py's own `run_once`: wall seconds, CPU
seconds, peak RSS of the largest process and of the whole process tree. A run under 20 s is
preceded by a discarded warm-up; medians are reported. Needs a release build
(`cargo build --release --bins --examples`) and, for the others, pandoc, chromium and the
PyPI `typst` wheel on PATH (see ../shared/bench/README.md).
"""

import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "..", "shared", "bench")
sys.path.insert(0, BENCH)
import run_anchors  # noqa: E402  (the shared timing method)

RPKD = os.path.join(ROOT, "target", "release", "rpkd")
SYNTH = os.path.join(ROOT, "target", "release", "examples", "synth")

# name -> argv template; {plan} {out} {md} {typ} {html} {stem} {tmpdir} are substituted.
TOOLS = {
    "rpkd-check": [RPKD, "check", "{plan}", "--format", "short"],
    "rpkd-build": [RPKD, "build", "{plan}", "--out", "{out}"],
    "rpkd-pdf": [RPKD, "build", "{plan}", "--out", "{out}", "--format", "pdf"],
    "pandoc-gfm-html": run_anchors.TOOLS["pandoc-gfm-html"][1],
    "typst-py": run_anchors.TOOLS["typst-py"][1],
    "chromium": run_anchors.TOOLS["chromium"][1],
}
WHAT = {
    "rpkd-check": "validate the plan",
    "rpkd-build": "validate, compute, RPKD + 5 RATs as Markdown, HTML and PDF",
    "rpkd-pdf": "validate, compute, RPKD + 5 RATs as PDF",
    "pandoc-gfm-html": "Markdown → HTML",
    "typst-py": "Typst → PDF",
    "chromium": "HTML → PDF",
}


def prepare(work, scale, tools):
    """The plan and the other tools' inputs for one scale, made once and untimed (the HTML
    input only when a tool that reads it is asked for)."""
    plan = os.path.join(work, "plan-" + scale)
    if not os.path.exists(os.path.join(plan, "rpkd.yaml")):
        subprocess.run([SYNTH, "--scale", scale, "--out", plan], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = "rpkd-" + scale
    for fmt in ("md", "typ"):
        path = os.path.join(work, "%s.%s" % (stem, fmt))
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(BENCH, "gen_markdown.py"), "--scale",
                            scale, "--format", fmt, "--out", path], check=True,
                           stdout=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(BENCH, "report-style.html"),
                    os.path.join(work, "report-style.html"))
    html = os.path.join(work, stem + ".html")
    if "chromium" in tools and not os.path.exists(html):
        subprocess.run(run_anchors.PANDOC_HTML + ["-o", stem + ".html", stem + ".md"],
                       cwd=work, check=True)
    return plan, stem


def measure(tool, argv_of, work, runs, budget, timeout, log):
    """Median of up to `runs` timed runs (after a warm-up when quick)."""
    results, spent, warmed = [], 0.0, False
    while len(results) < runs:
        tmpdir = tempfile.mkdtemp(prefix="compare-")
        out = os.path.join(work, "out-" + tool)
        shutil.rmtree(out, ignore_errors=True)
        r = run_anchors.run_once(argv_of(tmpdir, out), work, timeout, log)
        shutil.rmtree(tmpdir, ignore_errors=True)
        # `rpkd check` exits 0 for a clean plan; anything else is a failure.
        if r["timed_out"] or r["rc"] != 0:
            return dict(status="timeout" if r["timed_out"] else "failed(rc=%d)" % r["rc"])
        if not warmed and r["wall"] < 20:
            warmed = True
            continue
        results.append(r)
        spent += r["wall"]
        if spent + r["wall"] > budget:
            break
    return dict(
        status="ok",
        runs=len(results),
        wall=statistics.median(r["wall"] for r in results),
        cpu=statistics.median(r["user"] + r["sys"] for r in results),
        maxrss=max(r["maxrss_mib"] for r in results),
        treerss=max(r["treerss_mib"] for r in results),
    )


def pdf_pages(path):
    """Pages of a PDF (pdfinfo), or None."""
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    except OSError:
        return None
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(m.group(1)) if m else None


def pages_of(tool, work, stem):
    """The page count a tool's last run produced: rpkd's RPKD (and all its PDFs), the others'
    one PDF."""
    if tool.startswith("rpkd-"):
        pdfs = sorted(glob.glob(os.path.join(work, "out-" + tool, "*", "*.pdf")))
        rpkd = [p for p in pdfs if os.path.basename(p) == "rpkd.pdf"]
        if not rpkd:
            return "–"
        pages = [pdf_pages(p) for p in pdfs]
        if None in pages:
            return "–"
        return "%d (all PDFs %d)" % (pdf_pages(rpkd[0]), sum(pages))
    if tool == "typst-py":
        return pdf_pages(os.path.join(work, stem + ".typst-py.pdf")) or "–"
    if tool == "chromium":
        return pdf_pages(os.path.join(work, stem + ".chromium.pdf")) or "–"
    return "–"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", default="small,medium,large")
    ap.add_argument("--tools", default="rpkd-check,rpkd-build,pandoc-gfm-html,typst-py,chromium")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--budget", type=float, default=240.0,
                    help="seconds per tool and scale; fewer runs when slow")
    ap.add_argument("--timeout", type=float, default=900.0)
    ap.add_argument("--work", default=os.path.join(ROOT, "target", "compare"))
    args = ap.parse_args()
    for exe in (RPKD, SYNTH):
        if not os.path.exists(exe):
            sys.exit("%s is missing: run `cargo build --release --bins --examples`" % exe)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    log = open(os.path.join(work, "tools.log"), "ab")
    print("| scale | tool | what | wall s (median) | CPU s | runs | peak RSS MiB (largest "
          "process / tree) | pages | × rpkd-build wall |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for scale in args.scales.split(","):
        plan, stem = prepare(work, scale, args.tools.split(","))
        rows = []
        for tool in args.tools.split(","):
            template = TOOLS[tool]
            if shutil.which(template[0]) is None and not os.path.exists(template[0]):
                rows.append((tool, dict(status="missing")))
                continue

            def argv_of(tmpdir, out, template=template):
                return [x.format(plan=plan, out=out, md=stem + ".md", typ=stem + ".typ",
                                 html=stem + ".html", stem=stem, tmpdir=tmpdir)
                        for x in template]

            r = measure(tool, argv_of, work, args.runs, args.budget, args.timeout, log)
            if r["status"] == "ok":
                r["pages"] = pages_of(tool, work, stem)
            rows.append((tool, r))
        base = dict(rows).get("rpkd-build", {}).get("wall")
        for tool, r in rows:
            if r["status"] != "ok":
                print("| %s | %s | %s | %s | | | | | |" % (scale, tool, WHAT[tool], r["status"]))
                continue
            ratio = "%.1f×" % (r["wall"] / base) if base else "–"
            print("| %s | %s | %s | %.2f | %.2f | %d | %.0f / %.0f | %s | %s |" % (
                scale, tool, WHAT[tool], r["wall"], r["cpu"], r["runs"], r["maxrss"],
                r["treerss"], r.get("pages", "–"), ratio), flush=True)


if __name__ == "__main__":
    main()
