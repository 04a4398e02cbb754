"""The clean text the generator damages: the answer keys of the seeds.

Body paragraphs come in the runs their page printed them in (an article's
paragraphs stay together, so a generated article reads as one); headlines and
captions are the keys' `§ ` lines without sentence punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

CLAUSE = re.compile(r"[，。；！？]")


@dataclass(frozen=True)
class Source:
    """Paragraph runs (each a list of body paragraphs), headlines and captions."""
    runs: tuple[tuple[str, ...], ...]
    headlines: tuple[str, ...]
    captions: tuple[str, ...]

    @staticmethod
    def from_keys(paths: list[Path]) -> "Source":
        runs: list[tuple[str, ...]] = []
        headlines: list[str] = []
        captions: list[str] = []
        for path in sorted(paths):
            run: list[str] = []
            for line in path.read_text(encoding="utf-8").split("\n"):
                if not line.strip():
                    continue
                if line.startswith("§ "):
                    if run:
                        runs.append(tuple(run))
                        run = []
                    text = line[2:].strip()
                    if CLAUSE.search(text) or text[0] in "■●◆（(" or re.match(r"^[一二三四五六七八九十]+、", text):
                        continue  # section headings and bylines are not headlines to reuse
                    if len(text) >= 8:
                        headlines.append(text)
                    elif " " not in text:
                        captions.append(text)
                else:
                    run.append(line.strip())
            if run:
                runs.append(tuple(run))
        # Each once, in the order first seen (a label such as 同舟共破浪 recurs in the keys).
        return Source(tuple(runs), tuple(dict.fromkeys(headlines)), tuple(dict.fromkeys(captions)))

    @staticmethod
    def default(root: Path) -> "Source":
        keys = sorted((root / "corpora" / "seeds").glob("*.expected.txt"))
        if not keys:
            raise SystemExit(f"generate: no answer keys in {root / 'corpora' / 'seeds'}")
        return Source.from_keys(keys)
