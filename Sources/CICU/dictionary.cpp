// The word list behind ICU's Chinese and Japanese word break (cjdict), read
// directly: whether any of its words could run across a point of a text, and
// the segments of a text of ideographs and CJK marks. ICU's break iterator
// answers both, but at some 20,000 instructions a question; when no word of
// the list runs across the point, no segmentation can read one there, and
// the list says so in a few hundred; and ICU's engine segments a run of
// ideographs by a search over the list's words and costs that is done here
// the same way. (C++ only because the trie reader, UCharsTrie, is ICU C++
// API; the header stays C.)
#include "cicu.h"

#include <stdlib.h>

#include <new>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/utypes.h>

// The trie's state after each ideograph of the main block read as a word's
// first letter, and what reading it answered (the UStringTrieResult). Every
// question starts words at a few letters, each read from the trie's root, a
// branch over some twenty thousand letters whose search was nearly half the
// time spent in the trie (cache misses, most of it: 6.1% of a run's samples
// in the trie and the list before, 3.4% after). Read once for the process
// (3.8 million instructions), then only read: every window's list, on every
// thread, shares it.
struct FirstLetters {
    const char16_t *trie;  // (the states are of this trie: one opened elsewhere is not helped)
    uint8_t results[0x9FFF - 0x4E00 + 1];
    icu::UCharsTrie::State states[0x9FFF - 0x4E00 + 1];

    explicit FirstLetters(const char16_t *trie) : trie(trie) {
        icu::UCharsTrie reader(trie);
        for (uint32_t c = 0x4E00; c <= 0x9FFF; c++) {
            UStringTrieResult result = reader.first(static_cast<int32_t>(c));
            results[c - 0x4E00] = static_cast<uint8_t>(result);
            if (USTRINGTRIE_MATCHES(result)) reader.saveState(states[c - 0x4E00]);
        }
    }
};

struct CICUDictionary {
    UDataMemory *file;
    const char16_t *trie;
    const FirstLetters *firstLetters;  // (null when the shared table is of another trie)
};

// The layout of ICU's .dict files (ICU's own dictionarydata.h, which is not
// installed): eight int32 indexes, then the trie at the offset the first gives.
namespace {
enum { kTrieOffset = 0, kTrieType = 4, kIndexCount = 8 };
enum { kTrieTypeUChars = 1, kTrieTypeMask = 7 };

// CJK Unified Ideographs: Han script, all of them, none changed by NFKC
// (ICU segments the NFKC form of a run), none outside the BMP.
inline bool isUnifiedIdeograph(uint32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// Characters certain to be outside every run ICU hands its dictionaries:
// no Han, kana, hangul or Thai-like script among them.
inline bool isOutsideDictionaryRuns(uint32_t c) {
    return c < 0x0E00 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x3004)
        || (c >= 0x3008 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF5E);
}

// The longest word ICU's CJK engine looks up (maxWordSize in dictbe.cpp).
const int32_t kLongestWord = 20;

// trie.first(c), from `FirstLetters` when `c` is an ideograph of the main
// block: the same answer, and the trie left in the same state.
inline UStringTrieResult firstLetter(const CICUDictionary *dictionary, icu::UCharsTrie &trie, uint32_t c) {
    if (!isUnifiedIdeograph(c) || !dictionary->firstLetters) return trie.first(static_cast<int32_t>(c));
    const uint32_t index = c - 0x4E00;
    UStringTrieResult result = static_cast<UStringTrieResult>(dictionary->firstLetters->results[index]);
    if (USTRINGTRIE_MATCHES(result)) trie.resetToState(dictionary->firstLetters->states[index]);
    return result;
}
}  // namespace

CICUDictionary *cicu_dictionary_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UDataMemory *file = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
    if (U_FAILURE(status)) { *error = status; return nullptr; }
    const uint8_t *data = static_cast<const uint8_t *>(udata_getMemory(file));
    const int32_t *indexes = reinterpret_cast<const int32_t *>(data);
    if ((indexes[kTrieType] & kTrieTypeMask) != kTrieTypeUChars || indexes[kTrieOffset] < kIndexCount * 4) {
        udata_close(file);
        *error = U_INVALID_FORMAT_ERROR;
        return nullptr;
    }
    CICUDictionary *dictionary = static_cast<CICUDictionary *>(calloc(1, sizeof *dictionary));
    if (!dictionary) { udata_close(file); *error = U_MEMORY_ALLOCATION_ERROR; return nullptr; }
    dictionary->file = file;
    dictionary->trie = reinterpret_cast<const char16_t *>(data + indexes[kTrieOffset]);
    // (Made by the first list opened, once, whichever thread opens it; ICU
    // keeps one copy of its data, so every list reads the same trie.)
    static const FirstLetters *const shared = new (std::nothrow) FirstLetters(dictionary->trie);
    dictionary->firstLetters = shared && shared->trie == dictionary->trie ? shared : nullptr;
    *error = U_ZERO_ERROR;
    return dictionary;
}

int32_t cicu_dictionary_may_read_word_across(const CICUDictionary *dictionary, const uint32_t *scalars,
                                             int32_t count, int32_t cut) {
    if (cut <= 0 || cut >= count) return 0;  // (no word has letters on both sides)
    // Only where every character is one the list is sure about: an ideograph
    // of the main block, or one no dictionary run can hold. Anything else
    // (kana, extension ideographs, compatibility forms NFKC changes) is
    // left to the break iterator.
    for (int32_t index = 0; index < count; index++) {
        if (!isUnifiedIdeograph(scalars[index]) && !isOutsideDictionaryRuns(scalars[index])) return 1;
    }
    if (!isUnifiedIdeograph(scalars[cut - 1]) || !isUnifiedIdeograph(scalars[cut])) return 1;
    // The run of ideographs around the cut: the range ICU segments.
    int32_t start = cut - 1, end = cut + 1;
    while (start > 0 && isUnifiedIdeograph(scalars[start - 1])) start--;
    while (end < count && isUnifiedIdeograph(scalars[end])) end++;
    // Each word of the list that starts before the cut, read as ICU's
    // matcher reads them (UCharsTrie::first, then next, a code point at a time).
    icu::UCharsTrie trie(dictionary->trie);
    for (int32_t from = start < cut - kLongestWord ? cut - kLongestWord : start; from < cut; from++) {
        UStringTrieResult result = firstLetter(dictionary, trie, scalars[from]);
        for (int32_t next = from + 1; USTRINGTRIE_MATCHES(result) && next < end && next - from < kLongestWord;
             next++) {
            result = trie.next(static_cast<int32_t>(scalars[next]));
            if (next >= cut && USTRINGTRIE_HAS_VALUE(result)) return 1;
            if (result == USTRINGTRIE_FINAL_VALUE) break;
        }
    }
    return 0;
}

namespace {
// Marks the word break always reads as a segment of their own between
// ideographs and one another: no Han, kana or letters (UAX #29 joins none of
// them to an ideograph or to each other; the word rules' Mid* classes
// among them join only letters and digits, which such a text has none of).
inline bool isLoneMark(uint32_t c) {
    switch (c) {
    case 0x3001: case 0x3002:                               // 、。
    case 0xFF0C: case 0xFF1B: case 0xFF1A: case 0xFF1F: case 0xFF01:  // ，；：？！
    case 0xFF08: case 0xFF09:                               // （）
    case 0x201C: case 0x201D: case 0x2018: case 0x2019:    // “”‘’
    case 0x300A: case 0x300B: case 0x3010: case 0x3011:    // 《》【】
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:    // 「」『』
    case 0x2014: case 0x2026: case 0x00B7:                  // —…·
        return true;
    default:
        return false;
    }
}

// ICU's CjkBreakEngine::divideUpDictionaryRange on a run of `count`
// ideographs: the segmentation whose words' costs (the list's values) sum
// least, a character no word starts with costing 255 as a word of its own;
// on a tie the first found stays. Writes the ends (plus `offset`) to `ends`
// and returns how many, or -1 when out of memory.
int32_t segmentRun(const CICUDictionary *dictionary, const uint32_t *scalars, int32_t count, int32_t offset, int32_t *ends) {
    // best[i] is the least cost of the first i characters, from[i] where
    // the last word of that segmentation starts.
    const uint32_t unreached = UINT32_MAX;
    uint32_t bestOnStack[64];
    int32_t fromOnStack[64];
    uint32_t *best = count < 64 ? bestOnStack : static_cast<uint32_t *>(malloc(sizeof(uint32_t) * (count + 1)));
    int32_t *from = count < 64 ? fromOnStack : static_cast<int32_t *>(malloc(sizeof(int32_t) * (count + 1)));
    if (!best || !from) {
        if (best != bestOnStack) free(best);
        if (from != fromOnStack) free(from);
        return -1;
    }
    best[0] = 0;
    from[0] = -1;
    for (int32_t index = 1; index <= count; index++) { best[index] = unreached; from[index] = -1; }
    icu::UCharsTrie trie(dictionary->trie);
    for (int32_t start = 0; start < count; start++) {
        if (best[start] == unreached) continue;
        // The words of the list that start here, shortest first, as ICU's
        // UCharsDictionaryMatcher::matches finds them (at most 20 letters).
        bool singleMatched = false;
        UStringTrieResult result = firstLetter(dictionary, trie, scalars[start]);
        for (int32_t next = start;;) {
            int32_t length = next - start + 1;
            if (USTRINGTRIE_HAS_VALUE(result)) {
                if (length == 1) singleMatched = true;
                uint32_t cost = best[start] + static_cast<uint32_t>(trie.getValue());
                if (cost < best[start + length]) { best[start + length] = cost; from[start + length] = start; }
                if (result == USTRINGTRIE_FINAL_VALUE) break;
            } else if (result == USTRINGTRIE_NO_MATCH) {
                break;
            }
            if (length >= kLongestWord || ++next == count) break;
            result = trie.next(static_cast<int32_t>(scalars[next]));
        }
        // (ICU adds the lone character after the words it found, unless one
        // of them was that character.)
        if (!singleMatched) {
            uint32_t cost = best[start] + 255;
            if (cost < best[start + 1]) { best[start + 1] = cost; from[start + 1] = start; }
        }
    }
    // The segmentation's ends, found from the last back, written in order.
    int32_t segments = 0;
    for (int32_t end = count; end > 0; end = from[end]) segments++;
    int32_t slot = segments;
    for (int32_t end = count; end > 0; end = from[end]) ends[--slot] = end + offset;
    if (best != bestOnStack) free(best);
    if (from != fromOnStack) free(from);
    return segments;
}
}  // namespace

int32_t cicu_dictionary_segments(const CICUDictionary *dictionary, const uint32_t *scalars, int32_t count,
                                 int32_t *ends, int32_t *kinds) {
    for (int32_t index = 0; index < count; index++) {
        if (!isUnifiedIdeograph(scalars[index]) && !isLoneMark(scalars[index])) return -1;
    }
    // Each run of ideographs is a range ICU's dictionary segments alone;
    // each mark between them a segment of its own, of no kind.
    int32_t segments = 0;
    for (int32_t index = 0; index < count;) {
        if (isLoneMark(scalars[index])) {
            kinds[segments] = CICU_WORD_NONE;
            ends[segments++] = ++index;
            continue;
        }
        int32_t end = index + 1;
        while (end < count && isUnifiedIdeograph(scalars[end])) end++;
        int32_t found = segmentRun(dictionary, scalars + index, end - index, index, ends + segments);
        if (found < 0) return -1;
        for (int32_t slot = segments; slot < segments + found; slot++) kinds[slot] = CICU_WORD_IDEO;
        segments += found;
        index = end;
    }
    return segments;
}

void cicu_dictionary_close(CICUDictionary *dictionary) {
    if (!dictionary) return;
    udata_close(dictionary->file);
    free(dictionary);
}
