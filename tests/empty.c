/* empty.c - the baseline for tests/properties.sh: a shared library with
 * nothing in it, built with the library's own flags. */
typedef int mssecref_empty_translation_unit;
