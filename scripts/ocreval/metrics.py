"""Metrics of one cleaned page against its answer key (issue 3).

The answer key has one paragraph a line, a blank line between paragraphs, and
`§ ` before a paragraph that is not body text (headline, caption, column
label, section heading, byline alone). The cleaner does not print the mark.

Texts are compared after `normalize`: all whitespace removed, punctuation
width folded (，；：？！（）％ and full-width ASCII to their ASCII forms), NFC.

- body recall: expected body paragraphs that equal some output paragraph
  (each output paragraph matches once) / expected body paragraphs.
- paragraph precision: output paragraphs that equal an expected paragraph,
  or the concatenation of a run of consecutive `§` paragraphs (headline lines
  printed joined), or that are one of several consecutive output paragraphs
  whose concatenation equals one `§` paragraph (a headline printed apart)
  / output paragraphs.
- CER: Levenshtein distance between the whole normalized output and the whole
  normalized key (marks stripped) / length of the key; computed with Myers'
  bit-parallel algorithm on Python integers (fast on whole pages).
- stray spaces left: spaces (Unicode Zs or tab) between two CJK characters,
  or inside a number (digit␣digit, digit␣., .␣digit, digit␣%), in the output,
  minus the same count in the key, at least 0. CJK here: East Asian Width W
  or F, excluding the ideographic space itself.
- meaningful spaces kept: for each space between two non-space characters in
  the key (byline, headline, slogan spaces), its context — up to 4 non-space
  characters on each side within the line — must occur with a space in the
  output; counted as a multiset: kept / expected.
- jump markers left: matches of MARKER in the output.
- duplicated sentences left: sentences (split at 。！？ within each normalized
  paragraph) of 10+ characters printed more than once, beyond the key's own count.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

WIDTH_FOLD = {ord(a): b for a, b in zip("，；：？！（）％", ",;:?!()%")}
WIDTH_FOLD.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})
# 转/接, a page number, 版/页 — brackets optional, spaces anywhere between the parts.
MARKER = re.compile(r"[（(]?\s*[下上]?\s*[转接]\s*第?\s*[0-9０-９一二三四五六七八九十]+\s*[版页]\s*[)）]?")
SPACE = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalize(text: str) -> str:
    """No whitespace, punctuation width folded, NFC."""
    return unicodedata.normalize("NFC", SPACE.sub("", text)).translate(WIDTH_FOLD)


@dataclass
class Key:
    """An answer key: its paragraphs and which are body text."""
    paragraphs: list[str]
    body: list[bool]

    @staticmethod
    def parse(text: str) -> "Key":
        paragraphs, body = [], []
        for line in text.split("\n"):
            if not line.strip():
                continue
            if line.startswith("§ "):
                paragraphs.append(line[2:].strip())
                body.append(False)
            else:
                paragraphs.append(line.strip())
                body.append(True)
        return Key(paragraphs, body)


def output_paragraphs(text: str) -> list[str]:
    """The cleaner prints a paragraph a line; page breaks are not paragraphs."""
    return [line.strip() for line in text.split("\n") if line.strip() and line.strip() != "\f"]


@dataclass
class Score:
    body_expected: int = 0
    body_matched: int = 0
    output_paragraphs: int = 0
    output_matched: int = 0
    edit_distance: int = 0
    expected_length: int = 0
    stray_spaces: int = 0
    stray_spaces_raw: int = 0
    meaningful_expected: int = 0
    meaningful_kept: int = 0
    markers_left: int = 0
    duplicates_left: int = 0
    stitched_expected: int = 0
    stitched_found: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("body_expected", "body_matched", "output_paragraphs", "output_matched", "edit_distance",
                     "expected_length", "stray_spaces", "stray_spaces_raw", "meaningful_expected",
                     "meaningful_kept", "markers_left", "duplicates_left", "stitched_expected", "stitched_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.body_matched / self.body_expected if self.body_expected else 1.0

    @property
    def precision(self) -> float:
        return self.output_matched / self.output_paragraphs if self.output_paragraphs else 0.0

    @property
    def cer(self) -> float:
        return self.edit_distance / self.expected_length if self.expected_length else 0.0


def levenshtein(a: str, b: str) -> int:
    """Myers (1999) bit-parallel edit distance; bit vectors are Python integers."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if len(a) < len(b):
        a, b = b, a  # the pattern (bit vectors) is the shorter one
    m = len(b)
    peq: dict[str, int] = {}
    for i, ch in enumerate(b):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    last = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    for ch in a:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | 1) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
    return score


def is_cjk(ch: str) -> bool:
    return ch != "\u3000" and unicodedata.east_asian_width(ch) in ("W", "F")


def stray_spaces(text: str) -> int:
    count = 0
    for line in text.split("\n"):
        for match in re.finditer(r"[ \t\u00a0\u2000-\u200a\u3000]+", line):
            before = line[match.start() - 1] if match.start() > 0 else ""
            after = line[match.end()] if match.end() < len(line) else ""
            if not before or not after:
                continue
            number = (before.isdigit() and (after.isdigit() or after in ".%")) or (before == "." and after.isdigit()
                     and match.start() >= 2 and line[match.start() - 2].isdigit())
            if (is_cjk(before) and is_cjk(after)) or number:
                count += 1
    return count


def space_contexts(text: str) -> Counter:
    """The context of every space that stands between two non-space characters."""
    contexts: Counter = Counter()
    for line in text.split("\n"):
        line = line[2:] if line.startswith("§ ") else line
        for match in re.finditer(r"\s+", line.strip()):
            left = SPACE.sub("", line.strip()[:match.start()])[-4:]
            right = SPACE.sub("", line.strip()[match.end():])[:4]
            if left and right:
                contexts[(left, right)] += 1
    return contexts


def sentences(text: str) -> Counter:
    """Sentences of 10+ characters, paragraph by paragraph."""
    found: Counter = Counter()
    for paragraph in text.split("\n"):
        found.update(s for s in re.findall(r"[^。！？!?]*[。！？!?]", normalize(paragraph)) if len(s) >= 10)
    return found


def score(output: str, key_text: str, stitched: list[str] = ()) -> Score:
    """`stitched`: paragraphs of the key that only stitching makes whole (an
    article cut by 下转 on one page file, continued after 上接 on another)."""
    key = Key.parse(key_text)
    outputs = output_paragraphs(output)
    result = Score()
    printed = {normalize(p) for p in outputs}
    result.stitched_expected = len(stitched)
    result.stitched_found = sum(normalize(p) in printed for p in stitched)

    # Body recall: each output paragraph matches at most once.
    available = Counter(normalize(p) for p in outputs)
    for paragraph, body in zip(key.paragraphs, key.body):
        if not body:
            continue
        result.body_expected += 1
        if available[normalize(paragraph)] > 0:
            available[normalize(paragraph)] -= 1
            result.body_matched += 1
        else:
            result.missing.append(paragraph)

    # Paragraph precision, lenient about headline lines printed joined or apart.
    expected = {normalize(p) for p in key.paragraphs}
    heads = [normalize(p) for p, body in zip(key.paragraphs, key.body) if not body]
    runs = set()
    for start, body in enumerate(key.body):
        joined = ""
        for index in range(start, len(key.paragraphs)):
            if key.body[index]:
                break
            joined += normalize(key.paragraphs[index])
            if index > start:
                runs.add(joined)
    normalized = [normalize(p) for p in outputs]
    matched = [n in expected or n in runs for n in normalized]
    for start in range(len(normalized)):
        if matched[start]:
            continue
        joined = ""
        for end in range(start, min(len(normalized), start + 6)):
            joined += normalized[end]
            if end > start and joined in heads:
                for index in range(start, end + 1):
                    matched[index] = True
                break
    result.output_paragraphs = len(outputs)
    result.output_matched = sum(matched)
    result.extra = [p for p, ok in zip(outputs, matched) if not ok]

    whole_key = normalize("".join(key.paragraphs))
    result.edit_distance = levenshtein(normalize("".join(outputs)), whole_key)
    result.expected_length = len(whole_key)

    key_plain = "\n".join(key.paragraphs)
    result.stray_spaces_raw = stray_spaces(output)
    result.stray_spaces = max(0, result.stray_spaces_raw - stray_spaces(key_plain))

    wanted = space_contexts(key_plain)
    found = space_contexts(output)
    result.meaningful_expected = sum(wanted.values())
    result.meaningful_kept = sum(min(count, found[context]) for context, count in wanted.items())

    result.markers_left = len(MARKER.findall(output))
    left = sentences(output)
    own = sentences(key_plain)
    result.duplicates_left = max(0, sum(max(0, n - 1) for n in left.values()) - sum(max(0, n - 1) for n in own.values()))
    return result
