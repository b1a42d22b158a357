/* ucdfile.h - reading Unicode's data files (UnicodeData.txt,
 * IdnaMappingTable.txt, the derived property files): ';'-separated fields
 * with '#' comments, code points in hex.  Shared by mssecref-idna-gen and
 * mssecref-ucd-gen. */
#ifndef MSSECREF_GEN_UCDFILE_H
#define MSSECREF_GEN_UCDFILE_H

#include <stdint.h>

/* Splits the line s in place into at most max fields, trimmed, the comment
 * removed; the number of fields. */
int ucd_fields(char *s, char **f, int max);

/* "XXXX" or "XXXX..YYYY" into [*lo, *hi]; 0, or -1 when it is not a range
 * of code points. */
int ucd_range(const char *s, uint32_t *lo, uint32_t *hi);

#endif
