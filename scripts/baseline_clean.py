#!/usr/bin/env python3
"""The cleanup a user writes by hand with regular expressions — the baseline
`scripts/bench` measures `clean` against (issue 3):

- join the lines of each blank-line-separated block, and drop blank lines;
- drop spaces between two CJK characters;
- drop page-jump markers such as （下转7版）;
- drop a sentence (10+ characters) already printed on the page.

Reads standard input (or the files given), writes standard output. Pages
separated by form feeds are cleaned one at a time, so memory stays bounded.
"""
import re
import sys

CJK = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
SPACE_BETWEEN_CJK = re.compile(rf"(?<={CJK})[ \u3000\t]+(?={CJK})")
MARKER = re.compile(r"[（(]\s*[下上]?\s*[转接]\s*第?\s*[0-9０-９一二三四五六七八九十]+\s*[版页]\s*[)）]")
LINE_BREAKS = re.compile(r"\n(?!\n)")
BLANKS = re.compile(r"\n{2,}")
SENTENCE = re.compile(r"[^。！？]*[。！？]")


def clean_page(page: str) -> str:
    text = MARKER.sub("", page)
    text = BLANKS.sub("\n", text)          # every printed line becomes a line
    text = LINE_BREAKS.sub("", text)       # ...and lines are joined
    text = SPACE_BETWEEN_CJK.sub("", text)
    seen = set()

    def once(match: "re.Match[str]") -> str:
        sentence = match.group(0)
        if len(sentence) < 10:
            return sentence
        if sentence in seen:
            return ""
        seen.add(sentence)
        return sentence

    return SENTENCE.sub(once, text).strip() + "\n"


def pages(stream):
    buffer = []
    for line in stream:
        if "\f" in line:
            head, _, tail = line.partition("\f")
            buffer.append(head)
            yield "".join(buffer)
            buffer = [tail]
        else:
            buffer.append(line)
    if buffer:
        yield "".join(buffer)


def main() -> None:
    streams = [open(path, encoding="utf-8") for path in sys.argv[1:]] or [sys.stdin]
    out = sys.stdout
    for stream in streams:
        for page in pages(stream):
            out.write(clean_page(page))
            out.write("\f\n")


if __name__ == "__main__":
    main()
