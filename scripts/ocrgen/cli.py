"""`scripts/generate`: write raw/expected pairs of generated column OCR.

    scripts/generate                              # the committed corpus, corpora/generated/
    scripts/generate --out DIR --seed 7           # another seed, elsewhere
    scripts/generate --rates caption=0,vertical=1 # change how often a damage happens
    scripts/generate --bench 100MB --out DIR      # raw pages only, for scripts/bench
    scripts/generate --bench 10MB --jsonl --out DIR   # the same as JSON Lines records
    scripts/generate --bench 100MB --repeats 0.05 --out DIR
                                  # all-different paragraphs, 5% reprints, repeats.json

The corpus: `width-NN` is one page set in a column NN wide (10-30), with
every kind of damage switched on; `mixed-NN` pages change width between
blocks; `issue-NN.raw/` holds two page files of one issue, an article jumping
from the first to the second. The same seed writes the same bytes.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from dataclasses import fields
from pathlib import Path

from .damage import Rates
from .generator import WIDTHS, Generator
from .repeats import RepeatsCorpus, write_repeats
from .source import Source

ROOT = Path(__file__).resolve().parent.parent.parent
MIXED_PAGES = 10
ISSUES = 4


def parse_size(text: str) -> int:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(KB|MB|GB|B)?", text.strip(), re.I)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 100MB, 512KB or 2GB")
    unit = {"B": 1, "KB": 1_000, "MB": 1_000_000, "GB": 1_000_000_000}[(match.group(2) or "B").upper()]
    return int(float(match.group(1)) * unit)


def parse_rates(text: str) -> Rates:
    rates = Rates()
    names = {f.name for f in fields(Rates)}
    for item in filter(None, text.split(",")):
        name, _, value = item.partition("=")
        if name == "all" and value == "0":
            rates = Rates.off()
            continue
        if name not in names:
            raise argparse.ArgumentTypeError(f"unknown damage {name!r}; known: {', '.join(sorted(names))}")
        try:
            setattr(rates, name, float(value))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{item!r}: the rate must be a number between 0 and 1")
    return rates


def write_corpus(generator: Generator, out: Path) -> int:
    if out.exists():
        for stale in (list(out.glob("*.raw.txt")) + list(out.glob("*.expected.txt")) + list(out.glob("*.raw"))
                      + list(out.glob("*.stitched.txt"))):
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    jobs = [(f"width-{w:02d}", lambda w=w: generator.single(width=w, articles=8)) for w in WIDTHS]
    jobs += [(f"mixed-{n:02d}", generator.single) for n in range(1, MIXED_PAGES + 1)]
    jobs += [(f"issue-{n:02d}", generator.issue) for n in range(1, ISSUES + 1)]
    for name, make in jobs:
        made = make()
        if list(made.raw) == [""]:
            (out / f"{name}.raw.txt").write_text(made.raw[""], encoding="utf-8")
        else:
            folder = out / f"{name}.raw"
            folder.mkdir()
            for page, text in made.raw.items():
                (folder / f"{page}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.expected.txt").write_text(made.key, encoding="utf-8")
        if made.stitched:  # for the scorer's stitched count
            (out / f"{name}.stitched.txt").write_text("\n".join(made.stitched) + "\n", encoding="utf-8")
        written += 1
    return written


def write_bench(generator: Generator, out: Path, size: int, jsonl: bool) -> int:
    """Raw pages only, a form feed line between pages, files of about 10 MB."""
    out.mkdir(parents=True, exist_ok=True)
    per_file = 10_000_000
    written, number = 0, 0
    while written < size:
        suffix = "jsonl" if jsonl else "txt"
        path = out / f"bench-{number:03d}.{suffix}"
        in_file = 0
        with open(path, "w", encoding="utf-8") as stream:
            while in_file < per_file and written + in_file < size:
                raw, _ = generator.page()
                if jsonl:
                    text = json.dumps({"id": f"{number}-{in_file}", "text": raw}, ensure_ascii=False) + "\n"
                else:
                    text = raw + "\f\n"
                stream.write(text)
                in_file += len(text.encode("utf-8"))
        written += in_file
        number += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/generate",
                                     description="Write generated column OCR with its answer key.",
                                     epilog=__doc__.split("\n\n", 2)[2], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "generated", help="where to write (default corpora/generated)")
    parser.add_argument("--seed", type=int, default=2026, help="the same seed writes the same files (default 2026)")
    parser.add_argument("--rates", type=parse_rates, default=Rates(),
                        help="NAME=RATE,... to change a damage's rate; all=0 switches every damage off first")
    parser.add_argument("--bench", type=parse_size, metavar="SIZE", help="write SIZE (e.g. 100MB) of raw pages for benchmarks")
    parser.add_argument("--jsonl", action="store_true", help="with --bench: JSON Lines records {id, text}")
    parser.add_argument("--repeats", type=float, metavar="SHARE",
                        help="with --bench: paragraphs all different but SHARE of them (e.g. 0.05) reprinting one of an "
                             "earlier page; repeats.json says where each reprint is")
    args = parser.parse_args(argv)
    if (args.jsonl or args.repeats is not None) and args.bench is None:
        parser.error("--jsonl and --repeats go with --bench")
    if args.repeats is not None and (args.jsonl or not 0 <= args.repeats < 1):
        parser.error("--repeats takes a share from 0 to 1 (e.g. 0.05), and writes pages, not --jsonl")
    if args.repeats is not None:
        corpus = RepeatsCorpus(Source.default(ROOT), args.rates, args.seed, args.repeats)
        written, planted = write_repeats(corpus, args.out, args.bench)
        print(f"generate: {written / 1e6:.1f} MB of pages, {planted} reprinted paragraphs, in {args.out}", file=sys.stderr)
        return 0
    generator = Generator(Source.default(ROOT), args.rates, args.seed)
    if args.bench is not None:
        written = write_bench(generator, args.out, args.bench, args.jsonl)
        print(f"generate: {written / 1e6:.1f} MB of raw pages in {args.out}", file=sys.stderr)
    else:
        count = write_corpus(generator, args.out)
        print(f"generate: {count} raw/expected pairs in {args.out}", file=sys.stderr)
    return 0
