// The implementation side of cicu.h: the only file that includes ICU. The
// static asserts pin the numbering cicu.h promises to ICU's own constants, so
// a future ICU that changed them would fail to compile instead of misbehaving.
#include "cicu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/uset.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

_Static_assert(CICU_BUFFER_OVERFLOW_ERROR == U_BUFFER_OVERFLOW_ERROR, "ICU error numbering");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is UTF-16");
_Static_assert(CICU_GC_CN == U_UNASSIGNED && CICU_GC_ZS == U_SPACE_SEPARATOR &&
               CICU_GC_PF == U_FINAL_PUNCTUATION && CICU_GC_CF == U_FORMAT_CHAR &&
               CICU_GC_ND == U_DECIMAL_DIGIT_NUMBER && CICU_GC_PS == U_START_PUNCTUATION,
               "ICU general category numbering");
_Static_assert(CICU_EAW_NEUTRAL == U_EA_NEUTRAL && CICU_EAW_AMBIGUOUS == U_EA_AMBIGUOUS &&
               CICU_EAW_HALFWIDTH == U_EA_HALFWIDTH && CICU_EAW_FULLWIDTH == U_EA_FULLWIDTH &&
               CICU_EAW_NARROW == U_EA_NARROW && CICU_EAW_WIDE == U_EA_WIDE,
               "ICU east asian width numbering");

const char *cicu_error_name(int32_t error) { return u_errorName((UErrorCode)error); }

const char *cicu_version(void) { return U_ICU_VERSION; }

// MARK: Word break

struct CICUWordBreaker {
    UBreakIterator *iterator;
    UChar *text;          // the text being segmented: ICU keeps a pointer to it
    int32_t *scalarAt;    // for each UTF-16 unit of it, the scalar it belongs to (and one past the end)
    int32_t capacity;     // units both have room for
};

CICUWordBreaker *cicu_wordbreak_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    *error = status;
    if (U_FAILURE(status)) return NULL;
    CICUWordBreaker *breaker = calloc(1, sizeof *breaker);
    if (!breaker) { ubrk_close(iterator); *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    breaker->iterator = iterator;
    return breaker;
}

static int32_t word_kind(UBreakIterator *iterator) {
    int32_t status = ubrk_getRuleStatus(iterator);
    if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) return CICU_WORD_IDEO;
    if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) return CICU_WORD_KANA;
    if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) return CICU_WORD_LETTER;
    if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return CICU_WORD_NUMBER;
    return CICU_WORD_NONE;
}

int32_t cicu_wordbreak_segments(CICUWordBreaker *breaker, const uint32_t *scalars, int32_t count,
                                int32_t *ends, int32_t *kinds, int32_t *error) {
    *error = U_ZERO_ERROR;
    if (count <= 0) return 0;
    // (The rules ask about a few characters at a time, thousands of times a
    // page: the breaker's buffers are grown when needed, never made anew.)
    int32_t needed = 2 * count + 1;
    if (needed > breaker->capacity) {
        UChar *text = malloc(sizeof(UChar) * (size_t)needed);
        int32_t *scalarAt = malloc(sizeof(int32_t) * (size_t)needed);
        if (!text || !scalarAt) { free(text); free(scalarAt); *error = U_MEMORY_ALLOCATION_ERROR; return 0; }
        // (ICU points at the old text until it is given the new one.)
        UErrorCode status = U_ZERO_ERROR;
        ubrk_setText(breaker->iterator, text, 0, &status);
        free(breaker->text);
        free(breaker->scalarAt);
        breaker->text = text;
        breaker->scalarAt = scalarAt;
        breaker->capacity = needed;
    }
    int32_t units = 0;
    for (int32_t index = 0; index < count; index++) {
        uint32_t scalar = scalars[index];
        if (scalar < 0x10000) {
            breaker->text[units] = (UChar)scalar;
            breaker->scalarAt[units++] = index;
        } else {
            breaker->text[units] = (UChar)(0xD7C0 + (scalar >> 10));
            breaker->scalarAt[units++] = index;
            breaker->text[units] = (UChar)(0xDC00 | (scalar & 0x3FF));
            breaker->scalarAt[units++] = index;
        }
    }
    breaker->scalarAt[units] = count;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, breaker->text, units, &status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t segments = 0;
    ubrk_first(breaker->iterator);
    for (int32_t end = ubrk_next(breaker->iterator); end != UBRK_DONE && segments < count;
         end = ubrk_next(breaker->iterator)) {
        ends[segments] = breaker->scalarAt[end];
        kinds[segments] = word_kind(breaker->iterator);
        segments++;
    }
    return segments;
}

void cicu_wordbreak_close(CICUWordBreaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    free(breaker->text);
    free(breaker->scalarAt);
    free(breaker);
}

// MARK: Normalization

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *status) {
    switch (form) {
    case CICU_NFC: return unorm2_getNFCInstance(status);
    case CICU_NFD: return unorm2_getNFDInstance(status);
    case CICU_NFKC: return unorm2_getNFKCInstance(status);
    case CICU_NFKD: return unorm2_getNFKDInstance(status);
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length,
                       uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &status);
    int32_t result = 0;
    if (U_SUCCESS(status)) result = unorm2_normalize(normalizer, src, length, dest, capacity, &status);
    *error = status;
    return result;
}

int32_t cicu_normalized_prefix(int32_t form, const uint16_t *src, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = normalizer_for(form, &status);
    int32_t result = 0;
    if (U_SUCCESS(status)) result = unorm2_spanQuickCheckYes(normalizer, src, length, &status);
    *error = status;
    return result;
}

// MARK: Transliteration

struct CICUTransliterator { UTransliterator *transliterator; };

CICUTransliterator *cicu_transliterator_open(const uint16_t *id, int32_t idLength, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *transliterator = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, &parseError, &status);
    *error = status;
    if (U_FAILURE(status)) return NULL;
    CICUTransliterator *handle = calloc(1, sizeof *handle);
    if (!handle) { utrans_close(transliterator); *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    handle->transliterator = transliterator;
    return handle;
}

int32_t cicu_transliterate(CICUTransliterator *handle, uint16_t *buffer,
                           int32_t length, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars(handle->transliterator, buffer, &textLength, capacity, 0, &limit, &status);
    *error = status;
    return textLength;
}

void cicu_transliterator_close(CICUTransliterator *handle) {
    if (!handle) return;
    utrans_close(handle->transliterator);
    free(handle);
}

// MARK: Conversion

struct CICUConverter { UConverter *converter; };

CICUConverter *cicu_converter_open(const char *name, int32_t strict, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (U_SUCCESS(status) && strict) {
        ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    }
    *error = status;
    if (U_FAILURE(status)) { if (converter) ucnv_close(converter); return NULL; }
    CICUConverter *handle = calloc(1, sizeof *handle);
    if (!handle) { ucnv_close(converter); *error = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    handle->converter = converter;
    return handle;
}

const char *cicu_converter_name(CICUConverter *handle, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucnv_getName(handle->converter, &status);
    *error = status;
    return name ? name : "";
}

int32_t cicu_converter_to_utf16(CICUConverter *handle, const char *src, int32_t length,
                                uint16_t *dest, int32_t capacity, int32_t *errorOffset, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    *errorOffset = -1;
    ucnv_resetToUnicode(handle->converter);
    const char *source = src;
    UChar *target = dest;
    ucnv_toUnicode(handle->converter, &target, dest + capacity, &source, src + length, NULL, 1, &status);
    int32_t written = (int32_t)(target - dest);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        // Ask for the full length with a preflight conversion of the whole input.
        UErrorCode preflight = U_ZERO_ERROR;
        int32_t needed = ucnv_toUChars(handle->converter, NULL, 0, src, length, &preflight);
        *error = U_BUFFER_OVERFLOW_ERROR;
        return needed > written ? needed : written + 1;
    }
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(handle->converter, invalid, &invalidLength, &ignored);
        *errorOffset = (int32_t)(source - src) - (U_SUCCESS(ignored) ? invalidLength : 0);
    }
    *error = status;
    return written;
}

int32_t cicu_converter_to_utf16_replacing(CICUConverter *handle, const char *src, int32_t length,
                                          uint16_t *dest, int32_t capacity, int32_t *invalidOffsets,
                                          int32_t invalidCapacity, int32_t *invalidCount, int32_t *error) {
    ucnv_resetToUnicode(handle->converter);
    const char *source = src;
    UChar *target = dest;
    *invalidCount = 0;
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        const char *before = source;
        // The stop callback has consumed the illegal bytes: the call goes on after them.
        ucnv_toUnicode(handle->converter, &target, dest + capacity, &source, src + length, NULL, 1, &status);
        if (status != U_ILLEGAL_CHAR_FOUND && status != U_INVALID_CHAR_FOUND && status != U_TRUNCATED_CHAR_FOUND) {
            *error = status;
            return (int32_t)(target - dest);
        }
        if (source == before) {  // (no byte read: never loop forever)
            *error = U_INTERNAL_PROGRAM_ERROR;
            return 0;
        }
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(handle->converter, invalid, &invalidLength, &ignored);
        if (*invalidCount < invalidCapacity) {
            invalidOffsets[*invalidCount] = (int32_t)(source - src) - (U_SUCCESS(ignored) ? invalidLength : 0);
        }
        *invalidCount += 1;
        if (target >= dest + capacity) {
            *error = U_BUFFER_OVERFLOW_ERROR;
            return (int32_t)(target - dest);
        }
        *target++ = 0xFFFD;
    }
}

void cicu_converter_close(CICUConverter *handle) {
    if (!handle) return;
    ucnv_close(handle->converter);
    free(handle);
}

// MARK: Properties

int32_t cicu_general_category(int32_t codePoint) { return u_charType(codePoint); }

int32_t cicu_script(int32_t codePoint, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(codePoint, &status);
    *error = status;
    switch (script) {
    case USCRIPT_COMMON: return CICU_SCRIPT_COMMON;
    case USCRIPT_INHERITED: return CICU_SCRIPT_INHERITED;
    case USCRIPT_HAN: return CICU_SCRIPT_HAN;
    case USCRIPT_HIRAGANA: return CICU_SCRIPT_HIRAGANA;
    case USCRIPT_KATAKANA: return CICU_SCRIPT_KATAKANA;
    case USCRIPT_BOPOMOFO: return CICU_SCRIPT_BOPOMOFO;
    case USCRIPT_HANGUL: return CICU_SCRIPT_HANGUL;
    case USCRIPT_LATIN: return CICU_SCRIPT_LATIN;
    default: return CICU_SCRIPT_OTHER;
    }
}

int32_t cicu_has_property(int32_t codePoint, int32_t property) {
    UProperty which;
    switch (property) {
    case CICU_PROP_WHITE_SPACE: which = UCHAR_WHITE_SPACE; break;
    case CICU_PROP_IDEOGRAPHIC: which = UCHAR_IDEOGRAPHIC; break;
    case CICU_PROP_DEFAULT_IGNORABLE: which = UCHAR_DEFAULT_IGNORABLE_CODE_POINT; break;
    case CICU_PROP_VARIATION_SELECTOR: which = UCHAR_VARIATION_SELECTOR; break;
    case CICU_PROP_TERMINAL_PUNCTUATION: which = UCHAR_TERMINAL_PUNCTUATION; break;
    case CICU_PROP_SENTENCE_TERMINAL: which = UCHAR_S_TERM; break;
    case CICU_PROP_DASH: which = UCHAR_DASH; break;
    case CICU_PROP_QUOTATION_MARK: which = UCHAR_QUOTATION_MARK; break;
    default: return -1;
    }
    return u_hasBinaryProperty(codePoint, which) ? 1 : 0;
}

int32_t cicu_east_asian_width(int32_t codePoint) {
    return u_getIntPropertyValue(codePoint, UCHAR_EAST_ASIAN_WIDTH);
}

int32_t cicu_is_wide_compatibility(int32_t codePoint) {
    return u_getIntPropertyValue(codePoint, UCHAR_DECOMPOSITION_TYPE) == U_DT_WIDE;
}

/* Marks where a set's ranges start and end. */
static void mark_ranges(const USet *set, uint8_t *starts, int32_t count, UErrorCode *status) {
    int32_t items = uset_getItemCount(set);
    for (int32_t item = 0; item < items && U_SUCCESS(*status); item++) {
        UChar32 first, last;
        uset_getItem(set, item, &first, &last, NULL, 0, status);
        if (first < count) starts[first] = 1;
        if (last + 1 < count) starts[last + 1] = 1;
    }
}

static UBool mark_general_category(const void *context, UChar32 start, UChar32 limit, UCharCategory type) {
    const struct { uint8_t *starts; int32_t count; } *marks = context;
    (void)type;
    (void)limit;
    if (start < marks->count) marks->starts[start] = 1;
    return start < marks->count;
}

int32_t cicu_property_run_starts(uint8_t *starts, int32_t count) {
    // (ICU's property maps, u_getIntPropertyMap, are built by asking every
    // code point up to U+10FFFF: slower than the table itself. Sets of one
    // value each are built from ICU's own runs, with calls ICU has had since
    // 2.4, so any ICU 6x-7x will do.)
    static const UProperty binary[] = {
        UCHAR_WHITE_SPACE, UCHAR_IDEOGRAPHIC, UCHAR_DEFAULT_IGNORABLE_CODE_POINT, UCHAR_VARIATION_SELECTOR,
        UCHAR_TERMINAL_PUNCTUATION, UCHAR_S_TERM, UCHAR_DASH, UCHAR_QUOTATION_MARK
    };
    static const int32_t scripts[] = {
        USCRIPT_COMMON, USCRIPT_INHERITED, USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA,
        USCRIPT_BOPOMOFO, USCRIPT_HANGUL, USCRIPT_LATIN
    };
    static const int32_t widths[] = {
        U_EA_NEUTRAL, U_EA_AMBIGUOUS, U_EA_HALFWIDTH, U_EA_FULLWIDTH, U_EA_NARROW, U_EA_WIDE
    };
    UErrorCode status = U_ZERO_ERROR;
    if (count <= 0) return 0;
    starts[0] = 1;
    struct { uint8_t *starts; int32_t count; } marks = { starts, count };
    u_enumCharTypes(mark_general_category, &marks);
    USet *set = uset_openEmpty();
    for (size_t p = 0; p < sizeof binary / sizeof binary[0] && U_SUCCESS(status); p++) {
        uset_applyIntPropertyValue(set, binary[p], 1, &status);
        mark_ranges(set, starts, count, &status);
    }
    for (size_t v = 0; v < sizeof scripts / sizeof scripts[0] && U_SUCCESS(status); v++) {
        uset_applyIntPropertyValue(set, UCHAR_SCRIPT, scripts[v], &status);
        mark_ranges(set, starts, count, &status);
    }
    for (size_t v = 0; v < sizeof widths / sizeof widths[0] && U_SUCCESS(status); v++) {
        uset_applyIntPropertyValue(set, UCHAR_EAST_ASIAN_WIDTH, widths[v], &status);
        mark_ranges(set, starts, count, &status);
    }
    if (U_SUCCESS(status)) {
        uset_applyIntPropertyValue(set, UCHAR_DECOMPOSITION_TYPE, U_DT_WIDE, &status);
        mark_ranges(set, starts, count, &status);
    }
    uset_close(set);
    return U_SUCCESS(status) ? 0 : status;
}
