"""`scripts/eval`: score the cleaner on folders of raw/expected pairs.

    scripts/eval corpora/seeds corpora/generated
    scripts/eval --clean "python3 scripts/baseline_clean.py" corpora/seeds
    scripts/eval --outputs DIR2 corpora/seeds     # score files DIR2/NAME.txt instead of running anything
    scripts/eval --json ...
    scripts/eval --show NAME ...                  # list the paragraphs missed and the extra ones

A folder holds NAME.raw.txt and NAME.expected.txt (the raw may be a symlink);
or, for the pages of one issue, a folder NAME.raw/ of page files (p01.txt,
p04.txt…), cleaned in one run, and one NAME.expected.txt for all of them.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

from .metrics import Score, score

ROOT = Path(__file__).resolve().parent.parent.parent


def default_cleaner() -> list[str]:
    """The most recently built `clean`, debug or release: the other may be stale."""
    built = [b for b in (ROOT / ".build" / "release" / "clean", ROOT / ".build" / "debug" / "clean") if b.exists()]
    if built:
        binary = max(built, key=lambda b: b.stat().st_mtime)
        print(f"eval: scoring {binary.relative_to(ROOT)}", file=sys.stderr)
        return [str(binary)]
    sys.exit("eval: no .build/release/clean or .build/debug/clean: run `swift build -c release` first, or say --clean")


def pairs(folder: Path) -> list[tuple[str, Path, Path]]:
    found = []
    for expected in sorted(folder.glob("*.expected.txt")):
        name = expected.name[: -len(".expected.txt")]
        raw = folder / f"{name}.raw.txt"
        pages = folder / f"{name}.raw"
        if raw.exists():
            found.append((name, raw, expected))
        elif pages.is_dir():
            found.append((name, pages, expected))
    if not found:
        sys.exit(f"eval: {folder}: no NAME.raw.txt / NAME.expected.txt pairs")
    return found


def cleaned(command: list[str], raw: Path) -> str:
    files = sorted(str(page) for page in raw.glob("*.txt")) if raw.is_dir() else [str(raw)]
    run = subprocess.run(command + files, capture_output=True)
    if run.returncode != 0:
        sys.exit(f"eval: {' '.join(command)} {raw} failed ({run.returncode}): {run.stderr.decode(errors='replace').strip()}")
    return run.stdout.decode("utf-8")


def row(name: str, s: Score) -> str:
    return (f"{name:<34} {s.recall:7.1%} {s.precision:7.1%} {s.cer:7.2%} {s.stray_spaces:6d} "
            f"{s.meaningful_kept:5d}/{s.meaningful_expected:<5d} {s.markers_left:6d} {s.duplicates_left:6d}")


def as_dict(s: Score) -> dict:
    return {"body_recall": s.recall, "paragraph_precision": s.precision, "cer": s.cer,
            "body_matched": s.body_matched, "body_expected": s.body_expected,
            "output_matched": s.output_matched, "output_paragraphs": s.output_paragraphs,
            "stray_spaces_left": s.stray_spaces, "stray_spaces_in_output": s.stray_spaces_raw,
            "meaningful_spaces_kept": s.meaningful_kept, "meaningful_spaces_expected": s.meaningful_expected,
            "jump_markers_left": s.markers_left, "duplicated_sentences_left": s.duplicates_left,
            "stitched_expected": s.stitched_expected, "stitched_found": s.stitched_found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/eval", description="Score cleaned pages against answer keys.")
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--clean", help="the cleaner command (the raw file path is appended)")
    parser.add_argument("--outputs", type=Path, help="score DIR/NAME.txt instead of running a cleaner")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--show", action="append", default=[], help="list what NAME missed and added")
    args = parser.parse_args(argv)
    command = shlex.split(args.clean) if args.clean else (None if args.outputs else default_cleaner())

    report = {}
    header = f"{'file':<34} {'recall':>7} {'precis.':>7} {'CER':>7} {'stray':>6} {'kept':>11} {'marks':>6} {'dups':>6}"
    lines = []
    for folder in args.folders:
        total = Score()
        files = {}
        lines.append(f"{folder}")
        lines.append(header)
        for name, raw, expected in pairs(folder):
            output = (args.outputs / f"{name}.txt").read_text(encoding="utf-8") if args.outputs else cleaned(command, raw)
            sidecar = folder / f"{name}.stitched.txt"
            stitched = [p for p in sidecar.read_text(encoding="utf-8").split("\n") if p] if sidecar.exists() else []
            result = score(output, expected.read_text(encoding="utf-8"), stitched)
            total.add(result)
            files[name] = as_dict(result)
            lines.append(row(name, result))
            if name in args.show:
                lines.extend(f"    missing: {p[:70]}" for p in result.missing)
                lines.extend(f"    extra:   {p[:70]}" for p in result.extra)
        lines.append(row("TOTAL", total))
        if total.stitched_expected:
            lines.append(f"stitched across page files (下转 … 上接): {total.stitched_found}/{total.stitched_expected} "
                         f"articles whole")
        lines.append("")
        report[str(folder)] = {"files": files, "total": as_dict(total)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print("\n".join(lines).rstrip())
    return 0
