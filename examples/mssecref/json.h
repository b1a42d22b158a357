/* json.h - just enough JSON for `mssecref enrich --format jsonl`: check
 * that a line is one JSON text (RFC 8259, UTF-8), walk its objects and
 * arrays by byte offsets, and decode strings.  Nothing is copied or
 * converted: the caller keeps the line's bytes and writes them back. */
#ifndef MSSECREF_TOOL_JSON_H
#define MSSECREF_TOOL_JSON_H

#include <stddef.h>

enum json_type {
  JSON_OBJECT = 1,
  JSON_ARRAY,
  JSON_STRING,
  JSON_NUMBER,
  JSON_LITERAL /* true, false, null */
};

/* A value's bytes: s[start] is its first byte, s[end - 1] its last (the
 * closing quote, brace or bracket). */
struct json_span {
  size_t start, end;
  enum json_type type;
};

/* Nesting deeper than this is refused: the reader is not recursive, but a
 * consumer of the line may be. */
#define JSON_MAX_DEPTH 512

/* A member of the top-level object, as json_check() saw it go by. */
struct json_member {
  struct json_span key;
  size_t value; /* where its value starts */
};

/* Checks that s[0..n) is exactly one JSON value with optional white space
 * around it, in UTF-8 (no overlong forms, no encoded surrogates).  Returns
 * NULL and the value's span in *top, or why not (a static string).  When
 * `members` is not NULL, the top-level object's first `cap` members are
 * stored there and *count says how many it has in all. */
const char *json_check(const char *s, size_t n, struct json_span *top,
                       struct json_member *members, size_t cap, size_t *count);

/* The span of the checked value starting at s[start], inside `within`. */
struct json_span json_value_at(const char *s, size_t start,
                               struct json_span within);

/* json_find() over a top-level object whose members json_check() listed
 * (all of them: count <= cap). */
int json_find_listed(const char *s, struct json_span top,
                     const struct json_member *m, size_t count,
                     const char *path, size_t n, struct json_span *out);

/* Members of an object or elements of an array that json_check() accepted,
 * in document order. */
struct json_iter {
  const char *s;
  size_t pos, end;
};
void json_iter_init(struct json_iter *it, const char *s, struct json_span v);
/* The next member: its key (a string span) and value; 0 at the end. */
int json_next_member(struct json_iter *it, struct json_span *key,
                     struct json_span *value);
/* The next element of an array; 0 at the end. */
int json_next_element(struct json_iter *it, struct json_span *value);

/* A string span decoded into out[0..cap) as UTF-8 and NUL-terminated
 * (a lone surrogate escape becomes U+FFFD).  Returns its length, which
 * may include NUL bytes from \u0000, or -1 when it needs more than
 * cap - 1 bytes. */
long json_string(const char *s, struct json_span str, char *out, size_t cap);
/* As json_string(), but a string too long for out is cut (at a character
 * boundary) rather than refused: its first bytes, NUL-terminated. */
long json_string_prefix(const char *s, struct json_span str, char *out,
                        size_t cap);

/* Whether the decoded string span equals key[0..n). */
int json_string_eq(const char *s, struct json_span str, const char *key,
                   size_t n);

/* The value at a dotted path in object `obj`: at each level a member whose
 * key is the whole rest of the path wins ("classification.type" as one
 * flat key, IntelMQ's form); otherwise the member whose key is the longest
 * dotted prefix of it, entered when it is an object (ECS's nesting).  Of
 * duplicate keys the last counts, as JSON.parse and Python read them.
 * Returns 1 and the value's span, or 0. */
int json_find(const char *s, struct json_span obj, const char *path, size_t n,
              struct json_span *out);

#endif
