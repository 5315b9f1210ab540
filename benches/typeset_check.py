#!/usr/bin/env python3
"""Typesetting checks on rpkd's PDFs, read back from `pdftotext -bbox-layout` (poppler-utils),
independently of the code that set them.

    python3 benches/typeset_check.py FILE.pdf [FILE.pdf ...] [--show-hyphens N] [--json]

For each PDF it reports:

- hyphenated line breaks (a line ending in `-` inside a word, continued on the next line), each
  judged against an Indonesian syllabification written here from the PUEBI rules (V-V, V-KV,
  VK-KV, VKK-KV; the digraphs ng, ny, kh, sy as one consonant; diphthongs ai, au, ei, oi kept),
  with the dictionary's prefix and suffix boundaries (meng-, ber-, -an, -nya, ...) also accepted;
  a break inside an acronym, a number, a code or an amount, or with fewer than two letters on a
  side, is wrong;
- numbers, codes and amounts broken across lines (`Rp1.200.` / `000`, `1.06.05.2.` / `01.0002`);
- lines that hold nothing but punctuation;
- words outside the page;
- loose justified lines: body lines that reach the right margin and are not the last line of
  their block, whose widest word gap is more than twice the median gap of all such lines;
- matrix density: sub kegiatan rows (six-part nomenclature codes) per landscape page that holds
  any, as median and minimum.

Exit status 1 when any check fails (wrong hyphen, split number, lone punctuation, text off the
page, loose lines at 1% or more).
"""

import json
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

VOWELS = set("aeiou")
DIGRAPHS = ("ng", "ny", "kh", "sy")
DIPHTHONGS = ("ai", "au", "ei", "oi")
PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "ber", "be",
            "ter", "te", "per", "di", "ke", "se")
SUFFIXES = ("kannya", "annya", "inya", "kan", "an", "i", "nya", "lah", "kah", "pun")


def units(word):
    """Letters grouped: (text, is_vowel)."""
    out, i = [], 0
    while i < len(word):
        two = word[i:i + 2]
        if word[i] in VOWELS:
            if two in DIPHTHONGS:
                out.append((two, True))
                i += 2
            else:
                out.append((word[i], True))
                i += 1
        else:
            if two in DIGRAPHS:
                out.append((two, False))
                i += 2
            else:
                out.append((word[i], False))
                i += 1
    return out


def phonological(word):
    """Syllable boundaries (character offsets) by the PUEBI rules, for lowercase letters."""
    us = units(word)
    starts, pos = [], 0
    for u, _ in us:
        starts.append(pos)
        pos += len(u)
    nuclei = [i for i, (_, v) in enumerate(us) if v]
    out = set()
    for a, b in zip(nuclei, nuclei[1:]):
        cons = list(range(a + 1, b))
        if not cons:
            out.add(starts[b])
        elif len(cons) == 1:
            out.add(starts[cons[0]])
        else:
            # Between the first and the second consonant (two or more); a stop or f with r/l
            # in a loanword may also stay together (A-pril / Ap-ril both read).
            out.add(starts[cons[1]])
            if len(cons) >= 2:
                c1, c2 = us[cons[-2]][0], us[cons[-1]][0]
                if c1 in "pbtdkgfs" and c2 in "rl":
                    out.add(starts[cons[-2]])
            if len(cons) >= 3:
                out.add(starts[cons[2]])
    return out


def boundaries(word):
    """Every boundary a reader accepts: the rules' and the dictionary's (prefix and suffix
    split off, the rest syllabified on its own)."""
    w = word.lower()
    ok = set(phonological(w))
    for p in PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            ok.add(len(p))
            ok |= {len(p) + b for b in phonological(w[len(p):])}
    for s in SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 2:
            stem = w[:-len(s)]
            ok.add(len(stem))
            ok |= phonological(stem)
            for p in PREFIXES:
                if stem.startswith(p) and len(stem) - len(p) >= 2:
                    ok.add(len(p))
                    ok |= {len(p) + b for b in phonological(stem[len(p):])}
    return ok


def judge_break(left, right):
    """Why a hyphenated break `left-` / `right` is wrong, or None when it is right."""
    lw = re.sub(r"^[^\w]+", "", left)
    rw = re.sub(r"[^\w]+$", "", right)
    # In a word that has hyphens of its own (`perundang-undangan`), judge the part broken.
    lw = lw.rsplit("-", 1)[-1]
    rw = rw.split("-", 1)[0]
    word = lw + rw
    if re.search(r"\d", word):
        return "inside a number or code"
    if not word.isalpha() or not word.isascii():
        return None if "-" in left else "not a plain word"
    if any(c.isupper() for c in word[1:]):
        return "inside an acronym"
    if len(lw) < 2 or len(rw) < 2:
        return "fewer than two letters on a side"
    if len(lw) not in boundaries(word):
        return "not a syllable boundary"
    return None


def read(path):
    xml = subprocess.run(["pdftotext", "-bbox-layout", path, "-"], capture_output=True,
                         check=True).stdout
    xml = re.sub(rb"<!DOCTYPE[^>]*>", b"", xml)
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        w, h = float(page.get("width")), float(page.get("height"))
        blocks = []
        for block in page.iter("{http://www.w3.org/1999/xhtml}block"):
            lines = []
            for line in block.iter("{http://www.w3.org/1999/xhtml}line"):
                words = [(float(x.get("xMin")), float(x.get("yMin")), float(x.get("xMax")),
                          float(x.get("yMax")), x.text or "")
                         for x in line.iter("{http://www.w3.org/1999/xhtml}word")]
                if words:
                    lines.append(words)
            blocks.append(lines)
        pages.append(dict(width=w, height=h, blocks=blocks))
    return pages


# A number, code or amount cut after a separator: `Rp1.200.` / `000`, `1.06.05.2.` / `02.0006`,
# `5,` / `19%`. A list of codes (`…0007,` / `1.02…`) is not a cut.
SPLIT_LEFT_DOT = re.compile(r"^[(\[]?((Rp)?\d{1,3}(\.\d{3})*|\d(\.\d{1,4})+)\.$")
SPLIT_RIGHT_DOT = re.compile(r"^\d+([.,]\d+)*[%,;:)]?$")
SPLIT_LEFT_COMMA = re.compile(r"(Rp)?\d+(\.\d{3})*,$")
SPLIT_RIGHT_COMMA = re.compile(r"^\d{1,3}(%|\b)")
CODE_SUB = re.compile(r"^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$")


def runs_of(page):
    """The page's words as runs: words on one baseline with word-sized gaps between them (a
    table cell's line, a body line), in reading order."""
    words = [w for b in page["blocks"] for line in b for w in line]
    words.sort(key=lambda w: (round(w[3], 1), w[0]))
    bands = []
    for w in words:
        if bands and abs(bands[-1][-1][3] - w[3]) < 0.6:
            bands[-1].append(w)
        else:
            bands.append([w])
    runs = []
    for band in bands:
        band.sort(key=lambda w: w[0])
        run = [band[0]]
        for w in band[1:]:
            height = w[3] - w[1]
            if w[0] - run[-1][2] > 0.5 * height:
                runs.append(run)
                run = [w]
            else:
                run.append(w)
        runs.append(run)
    return runs


def continuation(runs, i):
    """The run that continues run `i` on the next line of the same cell or paragraph: the
    nearest run below that starts at the same x, or is centred on the same axis."""
    run = runs[i]
    x0, x1, y = run[0][0], run[-1][2], run[0][3]
    height = run[0][3] - run[0][1]
    best = None
    for other in runs:
        dy = other[0][3] - y
        if dy <= 0.5 or dy > 1.9 * height:
            continue
        ox0, ox1 = other[0][0], other[-1][2]
        same_left = abs(ox0 - x0) < 2.0
        same_centre = abs((ox0 + ox1) / 2 - (x0 + x1) / 2) < 2.0 and ox0 < x1 and ox1 > x0
        if (same_left or same_centre) and (best is None or dy < best[0]):
            best = (dy, other)
    return best[1] if best else None


def check(path):
    pages = read(path)
    hyphens, wrong, splits, lone, outside = [], [], [], [], []
    justified = []  # (page, gaps)
    density = []
    for pi, page in enumerate(pages):
        for block in page["blocks"]:
            for line in block:
                text = " ".join(w[4] for w in line)
                # A bullet, or a dash standing for "no value" in a table cell, is not a
                # broken-off piece of text.
                if re.fullmatch(r"[\s\W]+", text) and text.strip() not in ("•", "–", "—", "-"):
                    lone.append((pi + 1, text))
                for x0, y0, x1, y1, t in line:
                    if x0 < -0.5 or y0 < -0.5 or x1 > page["width"] + 0.5 or y1 > page["height"] + 0.5:
                        outside.append((pi + 1, t))
        runs = runs_of(page)
        for i, run in enumerate(runs):
            last = run[-1][4]
            wants_hyphen = last.endswith("-") and len(last) > 1 and last[-2].isalpha()
            wants_split = SPLIT_LEFT_DOT.search(last) or SPLIT_LEFT_COMMA.search(last)
            if not (wants_hyphen or wants_split):
                continue
            below = continuation(runs, i)
            if below is None:
                continue
            first = below[0][4]
            if wants_hyphen and first[:1].isalpha() and first[:1].islower():
                hyphens.append((pi + 1, last, first))
                why = judge_break(last[:-1], first)
                if why:
                    wrong.append((pi + 1, last + first, why))
            cut = ((SPLIT_LEFT_DOT.search(last) and SPLIT_RIGHT_DOT.match(first))
                   or (SPLIT_LEFT_COMMA.search(last) and SPLIT_RIGHT_COMMA.match(first)
                       and not re.match(r"^\d+\.\d+\.", first)))
            if cut:
                splits.append((pi + 1, last + " / " + first))
        # Justified body lines: those reaching the page's common right edge, not last in block.
        rights = [round(line[-1][2]) for b in page["blocks"] for line in b if len(line) >= 4]
        if rights:
            edge = statistics.mode(rights)
            for b in page["blocks"]:
                for li, line in enumerate(b[:-1]):
                    height = line[0][3] - line[0][1]
                    dots = sum(1 for w in line if w[4] == ".")
                    leaders = dots >= 5 or (dots >= 2 and re.fullmatch(r"[\divxlc]+", line[-1][4]))
                    if len(line) >= 4 and abs(line[-1][2] - edge) < 1.5 and height > 9.5 and not leaders:
                        gaps = [line[i + 1][0] - line[i][2] for i in range(len(line) - 1)]
                        justified.append((pi + 1, gaps, " ".join(w[4] for w in line)))
        if page["width"] > page["height"]:
            codes = sum(1 for b in page["blocks"] for line in b for w in line if CODE_SUB.match(w[4]))
            if codes:
                density.append(codes)
    all_gaps = [g for _, gaps, _ in justified for g in gaps]
    median = statistics.median(all_gaps) if all_gaps else 0
    loose = [(p, max(g), t) for p, g, t in justified if median and max(g) > 2 * median]
    return dict(
        file=path,
        pages=len(pages),
        hyphens=hyphens,
        wrong_hyphens=wrong,
        split_numbers=splits,
        lone_punctuation=lone,
        outside=outside,
        justified_lines=len(justified),
        median_gap=median,
        loose=loose,
        loose_share=(len(loose) / len(justified)) if justified else 0.0,
        density=density,
    )


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = 0
    if "--show-hyphens" in sys.argv:
        show = int(sys.argv[sys.argv.index("--show-hyphens") + 1])
        args = [a for a in args if a != str(show)]
    failed = False
    results = [check(p) for p in args]
    if "--json" in sys.argv:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        results = []
    for r in results:
        d = r["density"]
        print("%s: %d pages, %d hyphenated breaks (%d wrong), %d split numbers, %d lone "
              "punctuation lines, %d words off the page, %d justified lines, %d loose (%.2f%%, "
              "median gap %.2f pt)%s" % (
                  r["file"], r["pages"], len(r["hyphens"]), len(r["wrong_hyphens"]),
                  len(r["split_numbers"]), len(r["lone_punctuation"]), len(r["outside"]),
                  r["justified_lines"], len(r["loose"]), 100 * r["loose_share"], r["median_gap"],
                  "; matrix rows per landscape page: median %s, minimum %d over %d pages %s" % (
                      statistics.median(d), min(d), len(d), d) if d else ""))
        for kind in ("wrong_hyphens", "split_numbers", "lone_punctuation", "outside"):
            for item in r[kind][:20]:
                print("  %s: %s" % (kind, item))
        for item in r["loose"][:10]:
            print("  loose: p%d gap %.1f: %s" % item)
        for item in r["hyphens"][:show]:
            print("  hyphen: p%d %s%s" % (item[0], item[1], item[2]))
        if (r["wrong_hyphens"] or r["split_numbers"] or r["lone_punctuation"] or r["outside"]
                or r["loose_share"] >= 0.01):
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
