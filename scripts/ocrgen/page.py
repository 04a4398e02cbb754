"""Compose pages of articles and print them as column OCR with their answer key.

A page is a list of articles (headline, maybe a subheadline, paragraphs);
`PageWriter` prints each article in a column of some width, damaging the
lines as `damage.py` says, and writes the key at the same time: a `§ ` line
for each headline and caption, a line for each body paragraph, in the order
CONVENTIONS.md wants them (a caption after the paragraph it cut).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import damage
from .damage import Rates
from .source import Source
from .typeset import wrap

DOWN_MARKERS = ("（下转{n}版）", "（下转第{n}版）", "(下转{n}版)", "（转{n}版）", "（下转 {n}版）")
UP_MARKERS = ("（上接{n}版）", "（上接第{n}版）", "(上接{n}版)", "（接{n}版）")
SENTENCE_END = re.compile(r"[。！？：…][”’」』）]*$")


@dataclass
class Article:
    headlines: list[str]
    paragraphs: list[str]
    cut: int | None = None          # the last paragraph is cut here by a 下转 marker
    down_to: int | None = None      # the page the marker points to
    up_from: int | None = None      # the first paragraph resumes after a 上接 marker from this page
    reprinted_headline: bool = True  # a continuation repeats its headline


@dataclass
class PageWriter:
    """Prints articles as OCR lines (`raw`) and writes the key (`key`)."""
    rng: random.Random
    rates: Rates
    blank_after_every_line: bool
    raw: list[str] = field(default_factory=list)
    key: list[str] = field(default_factory=list)

    def line(self, text: str, ends_block: bool = False) -> None:
        self.raw.append(text)
        if self.blank_after_every_line or (ends_block and self.rng.random() < 0.9):
            self.raw.append("")

    def block_break(self) -> None:
        """Headlines and captions stand apart in any OCR."""
        if self.raw and self.raw[-1] != "":
            self.raw.append("")

    def headline(self, text: str) -> None:
        self.key.append("§ " + text)
        self.block_break()
        if " " not in text and len(text) <= 16 and self.rng.random() < self.rates.vertical:
            for ch in text:
                self.line(ch)
        else:
            if self.rng.random() < self.rates.doubled_headline_space:
                text = text.replace(" ", "  ")
            self.line(text)
        self.block_break()

    def paragraph(self, text: str, width: int, raw_text: str | None = None, captions: list[str] = ()) -> None:
        """One body paragraph: `text` in the key, `raw_text` (the text with a
        marker or a repeated sentence) in the column."""
        self.key.append(text)
        printed = raw_text if raw_text is not None else text
        if raw_text is None and self.rng.random() < self.rates.duplicate_sentence:
            printed = damage.duplicate_sentence(text, self.rng) or text
        lines = wrap(printed, width)
        if len(lines) >= 2 and self.rng.random() < self.rates.doubled:
            lines = damage.double_at_break(lines, self.rng)
        cut_after = None
        if captions and len(lines) >= 3 and self.rng.random() < self.rates.caption:
            inside = [i for i in range(len(lines) - 1) if not SENTENCE_END.search(lines[i])]
            if inside:
                cut_after = self.rng.choice(inside)
        for index, line in enumerate(lines):
            self.line(self.damaged(line), ends_block=index == len(lines) - 1)
            if index == cut_after:
                caption = self.rng.choice(captions)
                self.block_break()
                self.line(caption, ends_block=True)
                self.block_break()
        if cut_after is not None:
            self.key.append("§ " + caption)

    def damaged(self, line: str) -> str:
        if damage.can_space_out(line) and self.rng.random() < self.rates.spaced_line:
            return damage.spaced_out(line)
        line = damage.broken_numbers(line, self.rates.broken_number, self.rng)
        return damage.stray_spaces(line, self.rates.stray_space, self.rng)

    def article(self, article: Article, widths: list[int], captions: list[str],
                down_marker: str = DOWN_MARKERS[0], up_marker: str = UP_MARKERS[0]) -> None:
        if article.up_from is None or article.reprinted_headline:
            for headline in article.headlines:
                self.headline(headline)
        for index, text in enumerate(article.paragraphs):
            width = widths[min(index, len(widths) - 1)]
            last = index == len(article.paragraphs) - 1
            if last and article.cut is not None:
                kept = text[:article.cut]
                self.paragraph(kept, width, raw_text=kept + down_marker.format(n=article.down_to), captions=captions)
            elif index == 0 and article.up_from is not None:
                self.paragraph(text, width, raw_text=up_marker.format(n=article.up_from) + text, captions=captions)
            else:
                self.paragraph(text, width, captions=captions)
                if self.rng.random() < self.rates.duplicate_paragraph:
                    self.paragraph(text, width, raw_text=text)
                    self.key.pop()  # the copy is not in the key

    def text(self) -> tuple[str, str]:
        while self.raw and self.raw[-1] == "":
            self.raw.pop()
        return "\n".join(self.raw) + "\n", "\n\n".join(self.key) + "\n"


def cut_point(paragraph: str, rng: random.Random) -> int | None:
    """Where a 下转 marker can cut a paragraph: between two Han characters, in its middle third."""
    third = len(paragraph) // 3
    places = [i for i in range(max(1, third), len(paragraph) - third)
              if damage.is_han(paragraph[i - 1]) and damage.is_han(paragraph[i])]
    return rng.choice(places) if places else None


class PageComposer:
    """Chooses the articles of a page from the source, never one paragraph twice on a page."""

    def __init__(self, source: Source, rng: random.Random, rates: Rates):
        self.source = source
        self.rng = rng
        self.rates = rates

    def articles(self, count: int) -> list[Article]:
        runs = self.rng.sample(range(len(self.source.runs)), k=min(count, len(self.source.runs)))
        headlines = self.rng.sample(self.source.headlines, k=min(2 * count, len(self.source.headlines)))
        chosen = []
        for number, run_index in enumerate(runs):
            run = self.source.runs[run_index]
            length = self.rng.randint(1, min(5, len(run)))
            start = self.rng.randint(0, len(run) - length)
            names = [headlines[2 * number % len(headlines)]]
            if self.rng.random() < self.rates.subheadline:
                names.append(headlines[(2 * number + 1) % len(headlines)])
            chosen.append(Article(names, list(run[start:start + length])))
        return chosen
