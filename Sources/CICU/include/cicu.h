// CICU: the only C (and, for ICU's trie reader, C++) in ocr-clean. It wraps
// the few ICU calls the project needs behind a header that uses no ICU type,
// so that
//  - Debian's version-renamed symbols (ubrk_open -> ubrk_open_72) are resolved
//    here by the C preprocessor, which Swift's importer cannot do, and
//  - Swift never sees <unicode/*.h>, which clash with the ICU headers that
//    Foundation on Linux bundles.
// Everything here is plain C: opaque handles, int32_t, UTF-16 buffers, and an
// error code (an ICU UErrorCode value; > 0 is a failure, <= 0 success/warning).
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: Errors

/// The error code ICU uses when an output buffer is too small (U_BUFFER_OVERFLOW_ERROR).
#define CICU_BUFFER_OVERFLOW_ERROR 15
/// ICU's name for an error code, such as "U_ILLEGAL_ARGUMENT_ERROR". Never NULL.
const char *cicu_error_name(int32_t error);
/// The ICU version the library was built against, such as "72.1".
const char *cicu_version(void);

// MARK: Word break (dictionary segmentation for Chinese and Japanese)

typedef struct CICUWordBreaker CICUWordBreaker;

/// Status of the segment that ends at the current boundary (ICU's UWordBreak ranges).
enum {
    CICU_WORD_NONE = 0,     // spaces, punctuation
    CICU_WORD_NUMBER = 1,
    CICU_WORD_LETTER = 2,
    CICU_WORD_KANA = 3,
    CICU_WORD_IDEO = 4      // ideographic word: segmented by the CJK dictionary
};

/// Opens a word break iterator for `locale` (e.g. "zh"). NULL on failure.
CICUWordBreaker *cicu_wordbreak_open(const char *locale, int32_t *error);
/// Segments `count` Unicode scalars (UTF-32: the caller's text as it is,
/// no UTF-16 made on its side) in one call. For each segment, in order,
/// writes where it ends (in scalars) to `ends` and its CICU_WORD_* kind to
/// `kinds`, each with room for `count` (no text has more segments than
/// scalars); returns how many segments. The breaker keeps its own UTF-16
/// copy of the text, reused from call to call.
int32_t cicu_wordbreak_segments(CICUWordBreaker *breaker, const uint32_t *scalars, int32_t count,
                                int32_t *ends, int32_t *kinds, int32_t *error);
void cicu_wordbreak_close(CICUWordBreaker *breaker);

/// ICU's word list for Chinese and Japanese (the data its word break reads).
typedef struct CICUDictionary CICUDictionary;

/// Opens the word list. NULL on failure (an ICU without it, or in another format).
CICUDictionary *cicu_dictionary_open(int32_t *error);
/// 0 when no word of the list runs across offset `cut` of `count` scalars
/// (has letters on both sides of it), so that the word break cannot read
/// one there; 1 when one may (or when the text holds characters the answer
/// is not sure for: ask the word break).
int32_t cicu_dictionary_may_read_word_across(const CICUDictionary *dictionary, const uint32_t *scalars,
                                             int32_t count, int32_t cut);
/// Segments `count` scalars as ICU's word break segments Chinese text with
/// this list (the same words, found the same way), when every one is a CJK
/// Unified Ideograph of the main block (U+4E00-U+9FFF) or a mark the word
/// break always leaves alone (，。、；：？！（）“”‘’《》【】「」『』—…·): for
/// each segment, in order, writes where it ends (in scalars) to `ends` and
/// its CICU_WORD_* kind to `kinds`, each with room for `count`, and returns
/// how many. Returns -1 for any other text (ask the word break).
int32_t cicu_dictionary_segments(const CICUDictionary *dictionary, const uint32_t *scalars, int32_t count,
                                 int32_t *ends, int32_t *kinds);
void cicu_dictionary_close(CICUDictionary *dictionary);

// MARK: Normalization

enum { CICU_NFC = 0, CICU_NFD = 1, CICU_NFKC = 2, CICU_NFKD = 3 };

/// Normalizes src into dest; returns the full length of the result (which may
/// exceed capacity: then error is CICU_BUFFER_OVERFLOW_ERROR).
int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *error);
/// Length of the longest prefix of src that is certainly in `form` (quick check).
int32_t cicu_normalized_prefix(int32_t form, const uint16_t *src, int32_t length, int32_t *error);

// MARK: Transliteration

typedef struct CICUTransliterator CICUTransliterator;

/// Opens a transform by ICU id, e.g. "Fullwidth-Halfwidth". NULL on failure.
CICUTransliterator *cicu_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *error);
/// Transforms `length` units of buffer in place; returns the new length. When the
/// result would not fit `capacity`, error is CICU_BUFFER_OVERFLOW_ERROR and the
/// buffer content is undefined (retry with a larger buffer and the original text).
int32_t cicu_transliterate(CICUTransliterator *transliterator, uint16_t *buffer,
                           int32_t length, int32_t capacity, int32_t *error);
void cicu_transliterator_close(CICUTransliterator *transliterator);

// MARK: Conversion from legacy encodings (GB18030, GBK, UTF-16, ...)

typedef struct CICUConverter CICUConverter;

/// Opens a converter for a charset name ICU knows. With strict != 0, an illegal
/// or unmappable byte sequence stops the conversion with an error instead of
/// being replaced by U+FFFD.
CICUConverter *cicu_converter_open(const char *name, int32_t strict, int32_t *error);
/// The converter's canonical name.
const char *cicu_converter_name(CICUConverter *converter, int32_t *error);
/// Converts src[0..<length] (all of it, flushing) to UTF-16 in dest. Returns the
/// number of UTF-16 units written. On an illegal sequence (strict), *errorOffset
/// is the byte offset where it starts; otherwise it is -1. When dest is too small
/// the error is CICU_BUFFER_OVERFLOW_ERROR and the call should be repeated with
/// capacity >= the returned value.
int32_t cicu_converter_to_utf16(CICUConverter *converter, const char *src, int32_t length,
                                uint16_t *dest, int32_t capacity, int32_t *errorOffset, int32_t *error);
/// Converts src[0..<length] like cicu_converter_to_utf16 on a strict converter,
/// but writes U+FFFD for each illegal sequence and goes on, recording where each
/// starts: the first invalidCapacity byte offsets in invalidOffsets, their
/// number in *invalidCount. dest needs capacity >= length + 1.
int32_t cicu_converter_to_utf16_replacing(CICUConverter *converter, const char *src, int32_t length,
                                          uint16_t *dest, int32_t capacity, int32_t *invalidOffsets,
                                          int32_t invalidCapacity, int32_t *invalidCount, int32_t *error);
void cicu_converter_close(CICUConverter *converter);

// MARK: Character properties

/// General category, with ICU's (stable) UCharCategory numbering.
enum {
    CICU_GC_CN = 0, CICU_GC_LU = 1, CICU_GC_LL = 2, CICU_GC_LT = 3, CICU_GC_LM = 4,
    CICU_GC_LO = 5, CICU_GC_MN = 6, CICU_GC_ME = 7, CICU_GC_MC = 8, CICU_GC_ND = 9,
    CICU_GC_NL = 10, CICU_GC_NO = 11, CICU_GC_ZS = 12, CICU_GC_ZL = 13, CICU_GC_ZP = 14,
    CICU_GC_CC = 15, CICU_GC_CF = 16, CICU_GC_CO = 17, CICU_GC_CS = 18, CICU_GC_PD = 19,
    CICU_GC_PS = 20, CICU_GC_PE = 21, CICU_GC_PC = 22, CICU_GC_PO = 23, CICU_GC_SM = 24,
    CICU_GC_SC = 25, CICU_GC_SK = 26, CICU_GC_SO = 27, CICU_GC_PI = 28, CICU_GC_PF = 29
};
int32_t cicu_general_category(int32_t codePoint);

/// Scripts the project asks about; anything else is CICU_SCRIPT_OTHER.
enum {
    CICU_SCRIPT_OTHER = 0, CICU_SCRIPT_COMMON = 1, CICU_SCRIPT_INHERITED = 2,
    CICU_SCRIPT_HAN = 3, CICU_SCRIPT_HIRAGANA = 4, CICU_SCRIPT_KATAKANA = 5,
    CICU_SCRIPT_BOPOMOFO = 6, CICU_SCRIPT_HANGUL = 7, CICU_SCRIPT_LATIN = 8
};
int32_t cicu_script(int32_t codePoint, int32_t *error);

/// Binary properties the project asks about.
enum {
    CICU_PROP_WHITE_SPACE = 0, CICU_PROP_IDEOGRAPHIC = 1, CICU_PROP_DEFAULT_IGNORABLE = 2,
    CICU_PROP_VARIATION_SELECTOR = 3, CICU_PROP_TERMINAL_PUNCTUATION = 4,
    CICU_PROP_SENTENCE_TERMINAL = 5, CICU_PROP_DASH = 6, CICU_PROP_QUOTATION_MARK = 7
};
/// 1 if the code point has the property, 0 if not, -1 for an unknown property.
int32_t cicu_has_property(int32_t codePoint, int32_t property);

/// East Asian Width, with ICU's (stable) UEastAsianWidth numbering.
enum { CICU_EAW_NEUTRAL = 0, CICU_EAW_AMBIGUOUS = 1, CICU_EAW_HALFWIDTH = 2,
       CICU_EAW_FULLWIDTH = 3, CICU_EAW_NARROW = 4, CICU_EAW_WIDE = 5 };
int32_t cicu_east_asian_width(int32_t codePoint);

/// 1 if the code point's decomposition type is <wide> (a full-width compatibility form).
int32_t cicu_is_wide_compatibility(int32_t codePoint);

/// Marks (sets to 1) each code point below `count` in `starts` where any
/// answer above changes (general category, script, East Asian Width, whether
/// a wide compatibility form, each binary property): between two marks every
/// code point gets the same answers, so a table of them is filled run by run.
/// Code point 0 is always marked. Returns 0, or an ICU error code.
int32_t cicu_property_run_starts(uint8_t *starts, int32_t count);

#ifdef __cplusplus
}
#endif
#endif
