"""The kinds of generated input: one page at one column width, one page whose
width changes between blocks, and an issue of two pages with an article
jumping from one to the other."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .damage import Rates
from .page import DOWN_MARKERS, UP_MARKERS, Article, PageComposer, PageWriter, cut_point
from .source import Source

WIDTHS = range(10, 31)


@dataclass
class Generated:
    """Raw page files (name → text), the answer key of all of them, in order,
    and the paragraphs that only stitching across the page files makes whole."""
    raw: dict[str, str]
    key: str
    stitched: list[str] = field(default_factory=list)


class Generator:
    def __init__(self, source: Source, rates: Rates, seed: int):
        self.source = source
        self.rates = rates
        self.rng = random.Random(seed)
        self.composer = PageComposer(source, self.rng, rates)

    def writer(self) -> PageWriter:
        # The seeds' OCR put a blank line after every line; Tesseract puts them between paragraphs.
        return PageWriter(self.rng, self.rates, blank_after_every_line=self.rng.random() < 0.6)

    def widths(self, fixed: int | None, paragraphs: int) -> list[int]:
        if fixed is not None:
            return [fixed]
        first = self.rng.choice(WIDTHS)
        if paragraphs > 1 and self.rng.random() < 0.3:  # a wider block further down, as in seed 003
            change = self.rng.randint(1, paragraphs - 1)
            return [first] * change + [self.rng.choice(WIDTHS)]
        return [first]

    def add_jumps(self, articles: list[Article], page: int) -> None:
        """An article cut by 下转 (its continuation not in this input) and one
        resumed after 上接, each as often as the rates say."""
        if len(articles) >= 2 and self.rng.random() < self.rates.jump:
            article = self.rng.choice(articles[:-1])
            cut = cut_point(article.paragraphs[-1], self.rng)
            if cut is not None:
                article.cut, article.down_to = cut, page + self.rng.randint(1, 7)
        if self.rng.random() < self.rates.jump and articles[0].cut is None:
            first = articles[0]
            cut = cut_point(first.paragraphs[0], self.rng)
            if cut is not None and page > 1:
                first.paragraphs[0] = first.paragraphs[0][cut:]
                first.up_from = self.rng.randint(1, page - 1)

    def page(self, number: int = 2, width: int | None = None, articles: int | None = None) -> tuple[str, str]:
        articles = self.composer.articles(articles or self.rng.randint(2, 4))
        self.add_jumps(articles, number)
        writer = self.writer()
        for article in articles:
            writer.article(article, self.widths(width, len(article.paragraphs)), list(self.source.captions),
                           self.rng.choice(DOWN_MARKERS), self.rng.choice(UP_MARKERS))
        return writer.text()

    def single(self, width: int | None = None, articles: int | None = None) -> Generated:
        raw, key = self.page(width=width, articles=articles)
        return Generated({"": raw}, key)

    def issue(self) -> Generated:
        """Two pages of one issue: an article on the first jumps to the second."""
        first, second = 1, self.rng.randint(2, 8)
        articles = self.composer.articles(5)
        jumping = next((a for a in articles[:-2] if len(a.paragraphs) >= 2), articles[0])
        cut = None
        for _ in range(10):
            index = self.rng.randrange(len(jumping.paragraphs))
            cut = cut_point(jumping.paragraphs[index], self.rng)
            if cut is not None:
                break
        if cut is None:
            return self.issue()
        whole = jumping.paragraphs
        on_first = Article(jumping.headlines, whole[:index] + [whole[index][:cut]], cut=cut, down_to=second)
        on_second = Article(jumping.headlines[:1], [whole[index][cut:]] + whole[index + 1:], up_from=first,
                            reprinted_headline=self.rng.random() < 0.5)
        others = [a for a in articles if a is not jumping]
        split = self.rng.randint(1, len(others) - 1)
        front, back = others[:split], others[split:]
        if len(back) < 2:  # the continuation must be followed by another article
            front, back = others[:-2], others[-2:]

        a = self.writer()
        jump_at = self.rng.randint(0, len(front) - 1) if len(front) > 1 else 0
        for position, article in enumerate(front):
            a.article(article, self.widths(None, len(article.paragraphs)), list(self.source.captions))
            if position == jump_at:
                self.write_cut(a, on_first, whole, index)
        if not front:
            self.write_cut(a, on_first, whole, index)

        b = self.writer()
        b.article(back[0], self.widths(None, len(back[0].paragraphs)), list(self.source.captions))
        key_mark = len(b.key)
        b.article(on_second, self.widths(None, len(on_second.paragraphs)), [],
                  up_marker=self.rng.choice(UP_MARKERS))
        # The continuation's paragraphs are in the first page's key, stitched;
        # only a reprinted headline stays on the second page.
        del b.key[key_mark + (1 if on_second.reprinted_headline else 0):]
        for article in back[1:]:
            b.article(article, self.widths(None, len(article.paragraphs)), list(self.source.captions))
        raw_a, key_a = a.text()
        raw_b, key_b = b.text()
        return Generated({f"p{first:02d}": raw_a, f"p{second:02d}": raw_b}, key_a + "\n" + key_b, [whole[index]])

    def write_cut(self, writer: PageWriter, article: Article, whole: list[str], index: int) -> None:
        """The jumping article on its first page, with the whole of it in the key."""
        mark = len(writer.key)
        writer.article(article, self.widths(None, len(article.paragraphs)), [],
                       down_marker=self.rng.choice(DOWN_MARKERS))
        headlines = writer.key[mark:mark + len(article.headlines)]
        writer.key[mark:] = headlines + whole
