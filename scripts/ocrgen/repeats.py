"""A corpus for `--dedup-scope corpus`: pages of paragraphs that are all
different, except a share of them that reprint a paragraph of an earlier
page — exactly, or with one character misread — and a manifest of where each
reprint is.

The seeds' paragraphs recur on every generated page, so they cannot test a
search for repeats across a corpus; here each paragraph is made new from
clauses of the seeds' answer keys. Paragraphs are printed one to a line with
a blank line between, as seeds 001/002 and Tesseract print them, so that the
measure is of the repeat search and not of paragraph rebuilding; stray
spaces, spaced-out lines and broken numbers are still there to clean.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path

from .damage import Rates
from .page import PageWriter
from .source import Source

CLAUSE = re.compile(r"[^，。；！？]+[，。；！？]")
PHRASE = re.compile(r"[^，。；！？、“”]{1,12}[，。；！？、“”]?")
WHOLE_LINE = 1_000_000  # a column wider than any paragraph: one line each
MINIMUM = 40            # the shortest paragraph clean compares (CorpusDuplicates.minimumLength)


class RepeatsCorpus:
    def __init__(self, source: Source, rates: Rates, seed: int, share: float):
        self.rng = random.Random(seed)
        self.share = share
        self.source = source
        # Damage that stays within a line; nothing page-level (those are `duplicates`' work).
        self.rates = replace(rates, caption=0.0, doubled=0.0, duplicate_sentence=0.0, duplicate_paragraph=0.0, jump=0.0)
        # Phrases of at most 12 characters: a long clause shared by two made
        # paragraphs would make them near-duplicates by accident.
        self.clauses = sorted({c.strip() for run in source.runs for p in run for c in PHRASE.findall(p)
                               if len(c.strip()) >= 3 and "“" not in c[:-1] and "”" not in c
                               and not re.search(r"本报讯|记者|通讯员|[（）()■]", c)})
        # A paragraph opens as a clause of the source opens, never mid-phrase (好明天。).
        self.openers = sorted({m.group().strip() for run in source.runs for p in run for c in CLAUSE.findall(p)
                               for m in [PHRASE.match(c)] if m and len(m.group().strip()) >= 3
                               and "“" not in m.group()[:-1] and "”" not in m.group()
                               and not re.search(r"本报讯|记者|通讯员|[（）()■]", m.group())})
        self.han = sorted({ch for c in self.clauses for ch in c if 0x4E00 <= ord(ch) <= 0x9FFF})
        self.seen: set[str] = set()
        self.earlier: list[tuple[str, str, int]] = []   # paragraphs of earlier pages (text, file, line)
        self.planted: list[dict] = []

    def fresh(self) -> str:
        """A paragraph not made before: 4 to 16 phrases, ending with 。."""
        while True:
            parts = [self.rng.choice(self.openers)] + self.rng.sample(self.clauses, k=self.rng.randint(3, 15))
            text = "".join(parts)
            text = text[:-1] + "。" if text[-1] in "，；、“" else text + "。"
            if text not in self.seen:
                self.seen.add(text)
                return text

    def reprint(self) -> tuple[str, str, int]:
        text, file, line = self.rng.choice(self.earlier)
        if self.rng.random() < 0.3:  # one character misread
            places = [i for i, ch in enumerate(text) if 0x4E00 <= ord(ch) <= 0x9FFF]
            i = self.rng.choice(places)
            text = text[:i] + self.rng.choice(self.han) + text[i + 1:]
        return text, file, line

    def page(self, first_line: int, name: str) -> tuple[str, int]:
        """One page of 3 to 5 articles; returns its text and how many paragraphs it has."""
        writer = PageWriter(self.rng, self.rates, blank_after_every_line=True)
        mine: list[tuple[str, str, int]] = []
        paragraphs = 0
        for _ in range(self.rng.randint(3, 5)):
            writer.headline(self.rng.choice(self.source.headlines))
            for _ in range(self.rng.randint(2, 6)):
                line = len(writer.raw) + first_line
                if self.earlier and self.rng.random() < self.share:
                    text, file, of = self.reprint()
                    self.planted.append({"file": name, "line": line, "of": [file, of]})
                else:
                    text = self.fresh()
                    if len(text) >= MINIMUM:
                        mine.append((text, name, line))
                writer.paragraph(text, WHOLE_LINE)
                paragraphs += 1
        self.earlier.extend(mine)
        raw, _ = writer.text()
        return raw, paragraphs


def write_repeats(corpus: RepeatsCorpus, out: Path, size: int) -> tuple[int, int]:
    """Files of about 10 MB of pages (a form feed line between pages) and
    `repeats.json`: the file and line of each reprint, and the paragraph count."""
    out.mkdir(parents=True, exist_ok=True)
    per_file = 10_000_000
    written, number, paragraphs = 0, 0, 0
    while written < size:
        path = out / f"bench-{number:03d}.txt"
        in_file, line = 0, 1
        with open(path, "w", encoding="utf-8") as stream:
            while in_file < per_file and written + in_file < size:
                raw, count = corpus.page(line, path.name)
                text = raw + "\f\n"
                stream.write(text)
                in_file += len(text.encode("utf-8"))
                line += text.count("\n")
                paragraphs += count
        written += in_file
        number += 1
    manifest = {"paragraphs": paragraphs, "repeats": corpus.planted}
    (out / "repeats.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return written, len(corpus.planted)
