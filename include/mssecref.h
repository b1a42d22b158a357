/*
 * mssecref.h - where to report a security incident to Microsoft.
 *
 * libmssecref answers "where do I report this to Microsoft, in my language,
 * as a home user or as an enterprise?" from a catalogue of contact points
 * compiled into the library (source: Microsoft Japan Security Team,
 * 2020-03-02, updated where later moves are confirmed).
 *
 * Conventions, true of every function below:
 * - Everything the library returns is static, read-only and lives as long as
 *   the process: never free it, never write to it.
 * - Functions that can fail return an int: zero or a positive value on
 *   success, a negative MSSECREF_E* status on failure (mssecref_strerror()
 *   names it).  Nothing is written through an output pointer on failure.
 * - Functions never allocate, keep no state and are safe to call from any
 *   number of threads at once.
 * - Strings are NUL-terminated UTF-8.  A name is never read past its NUL,
 *   nor past MSSECREF_NAME_MAX + 1 bytes: longer names are refused with
 *   MSSECREF_ETOOLONG.
 * - Bit masks: a set of enum values v is reported as the OR of (1u << v).
 *
 * "Since" gives the library version that added each declaration.
 * SPDX-License-Identifier: MIT
 */
#ifndef MSSECREF_H
#define MSSECREF_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) || !defined(__GNUC__)
#define MSSECREF_API
#else
#define MSSECREF_API __attribute__((visibility("default")))
#endif

/* ---- Versions (since 1.0.0) ------------------------------------------- */

/* The one place the version is written: the Makefile (and with it the
 * file names, the pkg-config file and `make install`), the tool, the
 * manual pages' check and the tests read it from these three lines. */
#define MSSECREF_VERSION_MAJOR 1
#define MSSECREF_VERSION_MINOR 2
#define MSSECREF_VERSION_PATCH 0
#define MSSECREF_STR_(x) #x
#define MSSECREF_STR(x) MSSECREF_STR_(x)
/* "MAJOR.MINOR.PATCH" */
#define MSSECREF_VERSION_STRING                                                \
  MSSECREF_STR(MSSECREF_VERSION_MAJOR)                                         \
  "." MSSECREF_STR(MSSECREF_VERSION_MINOR) "." MSSECREF_STR(                   \
      MSSECREF_VERSION_PATCH)
/* 0xMMmmpp: major, minor, patch, one byte each. */
#define MSSECREF_VERSION_NUMBER                                                \
  ((MSSECREF_VERSION_MAJOR << 16) | (MSSECREF_VERSION_MINOR << 8) |            \
   MSSECREF_VERSION_PATCH)

/* The library's version as "MAJOR.MINOR.PATCH".  Since 1.0.0. */
MSSECREF_API const char *mssecref_version(void);

/* The library's version as 0xMMmmpp (see MSSECREF_VERSION_NUMBER).
 * Since 1.0.0. */
MSSECREF_API unsigned long mssecref_version_number(void);

/* Returns 1 when the running library can serve a program compiled against
 * header version `header_version` (pass MSSECREF_VERSION_NUMBER): same major
 * version and a library at least as new.  Returns 0 otherwise.
 * Since 1.0.0. */
MSSECREF_API int mssecref_version_check(unsigned long header_version);

/* ---- Status codes (since 1.0.0; values never change) -------------------- */

enum mssecref_status {
  MSSECREF_OK = 0,
  MSSECREF_ENULL = -1,        /* a required pointer argument is NULL */
  MSSECREF_EINVAL = -2,       /* an enum value out of range */
  MSSECREF_EEMPTY = -3,       /* an empty string where a name is required */
  MSSECREF_ETOOLONG = -4,     /* a string longer than MSSECREF_NAME_MAX; an
                                 observable past MSSECREF_OBSERVABLE_MAX */
  MSSECREF_ENOTFOUND = -5,    /* a well-formed name or id that is not known */
  MSSECREF_ESYNTAX = -6,      /* a string that cannot be a name of that kind */
  MSSECREF_ENOCONTACT = -7,   /* no contact serves that combination */
  MSSECREF_EURL = -8,         /* a malformed URL, host name or e-mail address
                                 (since 1.1.0) */
  MSSECREF_EIDN = -9,         /* a host name that UTS #46 (IDNA) refuses
                                 (since 1.1.0; before 1.2.0 every non-ASCII
                                 host name) */
  MSSECREF_EOUTOFSCOPE = -10, /* a known name that deliberately has no
                                 Microsoft contact ("test",
                                 "ms-graph:falsePositive"): read why with
                                 mssecref_incident_reason() (since 1.2.0) */
  MSSECREF_EVOCABULARY = -11  /* a "vocabulary:" qualifier naming no known
                                 vocabulary, or another vocabulary than the
                                 one asked for (since 1.2.0) */
};

/* Longest name, alias, id or language tag accepted, in bytes. */
#define MSSECREF_NAME_MAX 255

/* A fixed English message for a status code; never NULL (an unknown code
 * gets "unknown status").  Since 1.0.0. */
MSSECREF_API const char *mssecref_strerror(int status);

/* ---- Enumerations (since 1.0.0; values never change) -------------------- */

/* Incident types.  0 (ANY) means "no restriction" where an argument allows
 * it. */
enum mssecref_incident {
  MSSECREF_INCIDENT_ANY = 0,
  MSSECREF_INCIDENT_MALWARE_SAMPLE = 1,     /* "malware-sample" */
  MSSECREF_INCIDENT_UNSAFE_WEBSITE = 2,     /* "unsafe-website" */
  MSSECREF_INCIDENT_TECH_SUPPORT_SCAM = 3,  /* "tech-support-scam" */
  MSSECREF_INCIDENT_CLOUD_ABUSE = 4,        /* "cloud-abuse" */
  MSSECREF_INCIDENT_VULNERABILITY = 5,      /* "vulnerability" */
  MSSECREF_INCIDENT_DEFINITION_UPDATE = 6,  /* "definition-update" */
  MSSECREF_INCIDENT_THREAT_INFORMATION = 7, /* "threat-information" */
  MSSECREF_INCIDENT_PRODUCT_SUPPORT = 8     /* "product-support" */
};
#define MSSECREF_INCIDENT_MAX 8

/* Languages of text, pages and report intake. */
enum mssecref_lang {
  MSSECREF_LANG_ANY = 0,
  MSSECREF_LANG_JA = 1, /* "ja" */
  MSSECREF_LANG_EN = 2  /* "en" */
};
#define MSSECREF_LANG_MAX 2

/* Customer types, as Microsoft's submission portal names them. */
enum mssecref_customer {
  MSSECREF_CUSTOMER_ANY = 0,
  MSSECREF_CUSTOMER_HOME = 1,       /* "home" */
  MSSECREF_CUSTOMER_ENTERPRISE = 2, /* "enterprise" */
  MSSECREF_CUSTOMER_DEVELOPER = 3   /* "developer" (software developer) */
};
#define MSSECREF_CUSTOMER_MAX 3

/* The four sections of the 2020 post. */
enum mssecref_section {
  MSSECREF_SECTION_MALWARE_INFO = 1,  /* "malware-info" */
  MSSECREF_SECTION_REPORT_THREAT = 2, /* "report-threat" */
  MSSECREF_SECTION_REPORT_ABUSE = 3,  /* "report-abuse" */
  MSSECREF_SECTION_SUPPORT = 4        /* "support" */
};
#define MSSECREF_SECTION_MAX 4

/* Ways a reporter can identify themselves to a contact. */
enum mssecref_sign_in {
  MSSECREF_SIGN_IN_ANONYMOUS = 1,         /* "anonymous" */
  MSSECREF_SIGN_IN_MICROSOFT_ACCOUNT = 2, /* "microsoft-account" */
  MSSECREF_SIGN_IN_WORK_ACCOUNT = 3,      /* "work-account" (work/school) */
  MSSECREF_SIGN_IN_CONTACT_DETAILS = 4    /* "contact-details": identified
                                             by a name and an e-mail
                                             address, not signed in
                                             (since 1.2.0) */
};
#define MSSECREF_SIGN_IN_MAX 4

/* Vocabularies an incident name or alias comes from. */
enum mssecref_vocabulary {
  MSSECREF_VOCABULARY_MSSECREF = 1,    /* "mssecref": canonical names */
  MSSECREF_VOCABULARY_RSIT = 2,        /* "rsit": ENISA/TF-CSIRT taxonomy */
  MSSECREF_VOCABULARY_INTELMQ = 3,     /* "intelmq": classification.type */
  MSSECREF_VOCABULARY_ECS = 4,         /* "ecs": Elastic event.category */
  MSSECREF_VOCABULARY_MS_GRAPH = 5,    /* "ms-graph": alert determination */
  MSSECREF_VOCABULARY_MS_DEFENDER = 6, /* "ms-defender": alert category */
  MSSECREF_VOCABULARY_MSRC_ABUSE = 7,  /* "msrc-abuse": abuse API subtype */
  MSSECREF_VOCABULARY_COMMON = 8       /* "common": everyday words */
};
#define MSSECREF_VOCABULARY_MAX 8

/* ---- Names ------------------------------------------------------------- *
 * Every enum converts to its stable lowercase name and back.  *_name()
 * returns NULL for a value that has no name (including ANY).  *_parse()
 * matches ASCII case-insensitively, with '-', '_' and ' ' alike, and returns
 * the value or MSSECREF_ENULL, MSSECREF_EEMPTY, MSSECREF_ETOOLONG or
 * MSSECREF_ENOTFOUND.  Since 1.0.0.
 */
MSSECREF_API const char *mssecref_incident_name(int incident);
MSSECREF_API const char *mssecref_lang_name(int lang);
MSSECREF_API const char *mssecref_customer_name(int customer);
MSSECREF_API const char *mssecref_section_name(int section);
MSSECREF_API const char *mssecref_sign_in_name(int sign_in);
MSSECREF_API const char *mssecref_vocabulary_name(int vocabulary);

MSSECREF_API int mssecref_customer_parse(const char *name);
MSSECREF_API int mssecref_section_parse(const char *name);
MSSECREF_API int mssecref_sign_in_parse(const char *name);
MSSECREF_API int mssecref_vocabulary_parse(const char *name);

/* Parses an incident name or any alias a SIEM or CSIRT tool sends
 * ("phishing", "c2-server", "INTRUSION_ATTEMPT", "unwantedSoftware", ...).
 * Returns the incident, or the first one when the alias can mean several.
 * If `vocabularies` is not NULL it receives the mask of vocabularies the
 * name comes from.  If `alternatives` is not NULL it receives the mask of
 * the other incidents the name can also mean: non-zero means ambiguous.
 * Since 1.2.0 every value of every supported vocabulary is known (see
 * "Vocabularies" below), and a name may carry its vocabulary as tools
 * write it: "ms-graph:unknown", "msrc-abuse:MALWARE" or the MISP machine
 * tag rsit:fraud="phishing"; it then takes only that vocabulary's meaning.
 * Errors: MSSECREF_ENULL, MSSECREF_EEMPTY, MSSECREF_ETOOLONG,
 * MSSECREF_ENOTFOUND; since 1.2.0 also MSSECREF_EOUTOFSCOPE (a known name
 * with no Microsoft contact) and MSSECREF_EVOCABULARY (an unknown
 * qualifier).  Since 1.0.0. */
MSSECREF_API int mssecref_incident_parse(const char *name,
                                         unsigned *vocabularies,
                                         unsigned *alternatives);

/* A human-readable label of an incident type in `lang` (JA or EN); NULL for
 * an unknown incident or language.  Since 1.0.0. */
MSSECREF_API const char *mssecref_incident_title(int incident, int lang);

/* The number of incident names and aliases mssecref_incident_parse()
 * accepts and answers with an incident (canonical names included); names
 * known to have no Microsoft contact are listed per vocabulary by
 * mssecref_value_at() instead.  Since 1.0.0. */
MSSECREF_API size_t mssecref_alias_count(void);

/* The alias at `index` (0 .. count-1), in catalogue order: its name as the
 * catalogue writes it goes to *name, its vocabularies to *vocabularies and
 * every incident it can mean to *incidents (each may be NULL).  Returns the
 * first incident it means, MSSECREF_EINVAL for an index out of range.
 * Since 1.0.0. */
MSSECREF_API int mssecref_alias_at(size_t index, const char **name,
                                   unsigned *vocabularies, unsigned *incidents);

/* Parses a language tag or locale string as programs hold it: "ja",
 * "ja-JP", "JA_jp", "ja_JP.UTF-8", "en-US", "C", "POSIX", "" (unset, the C
 * locale).  Returns MSSECREF_LANG_JA or MSSECREF_LANG_EN.  Any other
 * well-formed language ("de-DE", "fr_FR.UTF-8@euro") falls back to English
 * and sets *fallback to 1 (0 otherwise; `fallback` may be NULL).
 * Errors: MSSECREF_ENULL, MSSECREF_ETOOLONG, MSSECREF_ESYNTAX (not a tag:
 * control characters, spaces, non-ASCII, no leading letter).
 * Since 1.2.0 it also takes the language as ISO 639-2 ("jpn", "eng"),
 * Windows locale names ("Japanese_Japan.932", "English_United
 * States.1252": a language spelled out in English, after which spaces,
 * parentheses and apostrophes may follow), and the composite string
 * setlocale(LC_ALL, NULL) returns when categories differ
 * ("LC_CTYPE=...;LC_MESSAGES=ja_JP.UTF-8;..."): the LC_MESSAGES value
 * counts and nothing after it is read; without LC_MESSAGES among the first
 * MSSECREF_NAME_MAX bytes it is MSSECREF_ESYNTAX.  Since 1.0.0. */
MSSECREF_API int mssecref_lang_parse(const char *tag, int *fallback);

/* ---- Contacts ---------------------------------------------------------- *
 * A contact point is an opaque read-only handle.  Accessors given NULL or
 * an out-of-range enum return NULL (strings) or 0 (numbers, masks).
 */
typedef struct mssecref_contact mssecref_contact;

/* Number of contacts in the catalogue.  Since 1.0.0. */
MSSECREF_API size_t mssecref_contact_count(void);

/* The contact at `index` (0 .. count-1, catalogue order); NULL out of range.
 * Since 1.0.0. */
MSSECREF_API const mssecref_contact *mssecref_contact_at(size_t index);

/* Finds a contact by its id ("file-submission"), exactly.  Stores it in
 * *out and returns MSSECREF_OK; errors: MSSECREF_ENULL, MSSECREF_EEMPTY,
 * MSSECREF_ETOOLONG, MSSECREF_ENOTFOUND.  Since 1.0.0. */
MSSECREF_API int mssecref_contact_by_id(const char *id,
                                        const mssecref_contact **out);

/* Stable lowercase kebab-case id.  Since 1.0.0. */
MSSECREF_API const char *mssecref_contact_id(const mssecref_contact *c);
/* Position in catalogue order, or -1 for NULL.  Since 1.0.0. */
MSSECREF_API int mssecref_contact_index(const mssecref_contact *c);
/* Section of the post (enum mssecref_section).  Since 1.0.0. */
MSSECREF_API int mssecref_contact_section(const mssecref_contact *c);
/* Title and summary in `lang` (JA or EN).  Since 1.0.0. */
MSSECREF_API const char *mssecref_contact_title(const mssecref_contact *c,
                                                int lang);
MSSECREF_API const char *mssecref_contact_summary(const mssecref_contact *c,
                                                  int lang);
/* The current URL to show a reader of `lang` (JA or EN): the page in that
 * language where one is known, else the contact's current URL.  With
 * MSSECREF_LANG_ANY, the current URL.  Since 1.0.0. */
MSSECREF_API const char *mssecref_contact_url(const mssecref_contact *c,
                                              int lang);
/* The URL exactly as the 2020 post published it.  Since 1.0.0. */
MSSECREF_API const char *
mssecref_contact_url_published(const mssecref_contact *c);
/* Why the current URL differs from the published one (the confirmed
 * evidence); "" when it does not.  Since 1.0.0. */
MSSECREF_API const char *
mssecref_contact_url_evidence(const mssecref_contact *c);
/* Mask of languages the page is in / reports are accepted in.
 * Since 1.0.0. */
MSSECREF_API unsigned mssecref_contact_page_langs(const mssecref_contact *c);
MSSECREF_API unsigned mssecref_contact_report_langs(const mssecref_contact *c);
/* Mask of customer types served.  Since 1.0.0. */
MSSECREF_API unsigned mssecref_contact_customers(const mssecref_contact *c);
/* Mask of incident types served.  Since 1.0.0. */
MSSECREF_API unsigned mssecref_contact_incidents(const mssecref_contact *c);
/* Priority (1 = first choice) for `incident`; 0 when not served.
 * Since 1.0.0. */
MSSECREF_API int mssecref_contact_priority(const mssecref_contact *c,
                                           int incident);
/* Mask of sign-in options (enum mssecref_sign_in) for `customer`; 0 when
 * the contact does not serve that customer type.  Since 1.0.0. */
MSSECREF_API unsigned mssecref_contact_sign_in(const mssecref_contact *c,
                                               int customer);
/* 1 when a reporter who signs in gets the investigation's result back.
 * Since 1.0.0. */
MSSECREF_API int mssecref_contact_results_returned(const mssecref_contact *c);
/* Related contacts (the form and its guidelines, MSRC and the Japanese
 * how-to): their number, and the one at `index` (NULL out of range).
 * Since 1.0.0. */
MSSECREF_API size_t mssecref_contact_related_count(const mssecref_contact *c);
MSSECREF_API const mssecref_contact *
mssecref_contact_related(const mssecref_contact *c, size_t index);
/* Where the record's facts come from, and the date (YYYY-MM-DD) they were
 * last confirmed.  Since 1.0.0. */
MSSECREF_API const char *mssecref_contact_source(const mssecref_contact *c);
MSSECREF_API const char *mssecref_contact_confirmed(const mssecref_contact *c);

/* ---- Contacts: results, successors and age (since 1.2.0) ---------------- *
 * Sources: the 2020 post and shared/reference/contact-points.md, "Second
 * check (2026-11)"; each record's url-evidence, successor-evidence and
 * source name the Microsoft documents.
 */

/* How the investigation's result comes back to the reporter. */
enum mssecref_results {
  MSSECREF_RESULTS_SIGNED_IN = 1, /* "signed-in": to a signed-in reporter */
  MSSECREF_RESULTS_EMAIL = 2      /* "email": to an e-mail address given
                                     without signing in */
};
#define MSSECREF_RESULTS_MAX 2

/* The stable name of a results value ("signed-in", "email"); NULL for
 * other values.  Since 1.2.0. */
MSSECREF_API const char *mssecref_results_name(int results);
/* And back, as every *_parse() of "Names" does: the value, or
 * MSSECREF_ENULL, MSSECREF_EEMPTY, MSSECREF_ETOOLONG or MSSECREF_ENOTFOUND
 * ("none" is no value: a mask of 0).  Since 1.2.0. */
MSSECREF_API int mssecref_results_parse(const char *name);

/* Mask of the ways results come back (enum mssecref_results); 0: none, or
 * c is NULL.  mssecref_contact_results_returned() is 1 exactly when
 * MSSECREF_RESULTS_SIGNED_IN is in it.  Since 1.2.0. */
MSSECREF_API unsigned mssecref_contact_results(const mssecref_contact *c);

/* A newer address Microsoft links for the page, for a reader of `lang`
 * (ANY, JA or EN), that is not confirmed as a move: show it beside
 * mssecref_contact_url(), never instead of it.  "" when there is none;
 * NULL for c NULL or lang out of range.  Since 1.2.0. */
MSSECREF_API const char *
mssecref_contact_successor_url(const mssecref_contact *c, int lang);
/* Where the successor comes from; "" when there is none.  Since 1.2.0. */
MSSECREF_API const char *
mssecref_contact_successor_evidence(const mssecref_contact *c);

/* The date (YYYY-MM-DD) by which the record must be confirmed again: never
 * before mssecref_contact_confirmed(), at most 12 months after it (the
 * generator refuses other catalogues).  Since 1.2.0. */
MSSECREF_API const char *mssecref_contact_review_by(const mssecref_contact *c);

/* Is the record past its review date on `today` (YYYY-MM-DD, the caller's
 * date: the library reads no clock)?  Returns 1 when today is later than
 * its review-by date (an answer that uses it may be out of date: warn,
 * don't fail), 0 when it is not.  Errors: MSSECREF_ENULL (c or today
 * NULL), MSSECREF_ESYNTAX (today is not a YYYY-MM-DD day that exists in
 * the Gregorian calendar: 2027-02-29 and 2027-04-31 are refused).
 * Since 1.2.0. */
MSSECREF_API int mssecref_contact_review_overdue(const mssecref_contact *c,
                                                 const char *today);

/* ---- Lookup and routing ------------------------------------------------ */

/* The contacts that serve `incident`, `customer` and `lang` (each may be
 * ANY: no restriction; `lang` filters on page or report language), in
 * priority order (catalogue order when incident is ANY).  Writes at most
 * `cap` handles to `out` and returns the total number of matches, like
 * snprintf: a return value above `cap` means the array was too small.
 * `out` may be NULL only when `cap` is 0 (a sizing call).
 * Errors: MSSECREF_ENULL (out NULL, cap > 0), MSSECREF_EINVAL.
 * Since 1.0.0. */
MSSECREF_API int mssecref_lookup(int incident, int lang, int customer,
                                 const mssecref_contact **out, size_t cap);

/* The one contact to use for `incident` (not ANY) by a `customer` (ANY:
 * any) reading `lang` (ANY: no preference): the first by priority among
 * those serving that customer type.  Read its URL with
 * mssecref_contact_url(c, lang) and its sign-in options with
 * mssecref_contact_sign_in(c, customer).  Stores it in *out and returns
 * MSSECREF_OK, or MSSECREF_ROUTE_FALLBACK (1) when neither its page nor its
 * intake is in `lang` (the reader gets the contact in another language).
 * Errors: MSSECREF_ENULL, MSSECREF_EINVAL, MSSECREF_ENOCONTACT (nothing serves
 * that customer type).  Since 1.0.0. */
MSSECREF_API int mssecref_route(int incident, int lang, int customer,
                                const mssecref_contact **out);

/* Flags in a non-negative mssecref_route_names() result. */
#define MSSECREF_ROUTE_FALLBACK 1   /* contact's page/intake not in the lang */
#define MSSECREF_ROUTE_OTHER_LANG 2 /* tag was neither ja nor en: English */
#define MSSECREF_ROUTE_AMBIGUOUS 4  /* the incident name has other meanings */
/* mssecref_route_set(): the known elements do not all give the same
 * answer (since 1.2.0) */
#define MSSECREF_ROUTE_DISAGREE 16
/* mssecref_route_set(): some elements were skipped (NULL, empty, unknown
 * or malformed) (since 1.2.0) */
#define MSSECREF_ROUTE_SKIPPED 32

/* mssecref_route() from the strings an event carries, in one call (what an
 * enrichment plugin does per event): an incident name or alias, a language
 * tag or locale (NULL: no preference) and a customer type name (NULL: any).
 * Stores the contact in *out and the language to read it in (for
 * mssecref_contact_url() and friends) in *lang when `lang` is not NULL.
 * Returns 0 or an OR of MSSECREF_ROUTE_* flags; errors: MSSECREF_ENULL
 * (out or incident NULL), then those of mssecref_incident_parse(),
 * mssecref_lang_parse() and mssecref_customer_parse() in that order, and
 * MSSECREF_ENOCONTACT.  Since 1.0.0. */
MSSECREF_API int mssecref_route_names(const char *incident, const char *tag,
                                      const char *customer,
                                      const mssecref_contact **out, int *lang);

/* ---- Observables: where a thing is hosted (since 1.1.0) ----------------- *
 * Phishing or malware hosted on a Microsoft-managed domain or cloud service
 * goes to the abuse report, not to the unsafe-site form.  The library knows
 * the Microsoft-managed host suffixes (the Public Suffix List's Microsoft
 * section, Microsoft's top-level domains, the domains Microsoft's
 * documentation and public lists name; see "Kinds of hosting" below) and
 * decides from a host name, a URL or an e-mail address.  Matching is ASCII
 * case-insensitive, ignores one trailing dot and compares whole labels only
 * ("evilazurewebsites.net" is not under "azurewebsites.net"); "*.x" matches
 * names under x, as the Public Suffix List defines wildcards.  IP address
 * literals are never Microsoft-managed: IP ranges are out of scope.
 * How each kind is read (since 1.2.0: as browsers and mail systems read
 * it, non-ASCII hosts included) is described under "Observables as
 * browsers parse them" below.
 */

/* What kind of source names a suffix (mssecref_suffix_source_text() gives
 * the source itself). */
enum mssecref_source {
  MSSECREF_SOURCE_PSL = 1,     /* "psl": the Public Suffix List's private
                                  section of Microsoft (or of a
                                  Microsoft-owned company) */
  MSSECREF_SOURCE_TLD = 2,     /* "tld": a TLD whose registry is Microsoft
                                  Corporation, or a name under one */
  MSSECREF_SOURCE_SERVICE = 3, /* "service": Microsoft's documentation of a
                                  service (Microsoft 365 endpoints, Azure
                                  pages) or the project's reference list */
  MSSECREF_SOURCE_LIST = 4     /* "list": a public list that names it (MISP
                                  warning lists, a detection vendor's
                                  list).  Since 1.2.0 */
};
#define MSSECREF_SOURCE_MAX 4

/* What an observable string is; ANY guesses (the rules are under
 * "Observables as browsers parse them" below). */
enum mssecref_observable {
  MSSECREF_OBSERVABLE_ANY = 0,
  MSSECREF_OBSERVABLE_URL = 1,  /* the host of its authority, as the
                                   URL Standard parses it */
  MSSECREF_OBSERVABLE_HOST = 2, /* a bare host name */
  MSSECREF_OBSERVABLE_EMAIL = 3 /* the domain after the last '@' */
};

/* Longest observable read: a URL's scheme and authority, an e-mail address
 * or a host name that does not end within this many bytes of the
 * observable's first byte is refused with MSSECREF_ETOOLONG. */
#define MSSECREF_OBSERVABLE_MAX 1024

/* The stable name of a source ("psl", "tld", "service"; since 1.2.0 also
 * "list"); NULL for other values.  Since 1.1.0. */
MSSECREF_API const char *mssecref_source_name(int source);

/* Is `host` (a bare host name) Microsoft-managed?  Returns 1 and stores the
 * matching suffix (the longest, as the catalogue writes it, e.g.
 * "blob.core.windows.net" or "*.azurecontainer.io") in *suffix and its
 * source in *source (each may be NULL); returns 0 when it is not (IP
 * literals included; since 1.2.0 also a host at a subsidiary such as
 * GitHub or LinkedIn: mssecref_observable_hosting() tells).  Errors:
 * MSSECREF_ENULL, MSSECREF_EEMPTY, MSSECREF_ETOOLONG, MSSECREF_EURL,
 * MSSECREF_EIDN.  Since 1.1.0. */
MSSECREF_API int mssecref_host_managed(const char *host, const char **suffix,
                                       int *source);

/* The same for a URL, a host name or an e-mail address (`kind`, enum
 * mssecref_observable).  Since 1.1.0. */
MSSECREF_API int mssecref_observable_managed(const char *observable, int kind,
                                             const char **suffix, int *source);

/* Flag in a non-negative mssecref_route_observable() result: the
 * observable is Microsoft-managed. */
#define MSSECREF_ROUTE_HOSTED 8

/* mssecref_route() for an incident seen at an observable: when the
 * observable is Microsoft-managed and the incident is one the abuse report
 * takes for hosted content (phishing and other unsafe sites, malware,
 * abuse of cloud services), the abuse report; the usual contact otherwise.
 * Returns mssecref_route()'s result, with MSSECREF_ROUTE_HOSTED (8) when
 * the observable is Microsoft-managed, or (since 1.2.0) with
 * MSSECREF_ROUTE_SUBSIDIARY (64) when it is at a Microsoft-owned company
 * with its own abuse process (GitHub, LinkedIn).  Such a host never gets
 * the abuse report: when the usual contact for the incident is the abuse
 * report (cloud abuse), the result is MSSECREF_ENOCONTACT and *out is not
 * written (report to that company; mssecref_observable_hosting() answers
 * MSSECREF_HOSTING_SUBSIDIARY and the suffix's source text names it).
 * Errors: those of mssecref_route() and of mssecref_observable_managed().
 * Since 1.1.0. */
MSSECREF_API int mssecref_route_observable(int incident, const char *observable,
                                           int kind, int lang, int customer,
                                           const mssecref_contact **out);

/* ---- Observables as browsers parse them (since 1.2.0) ------------------ *
 * Since 1.2.0 every observable is read the way the software that would
 * follow it reads it, and the host it resolves to is what is judged:
 * - URL: the URL Standard's basic URL parser (https://url.spec.whatwg.org/)
 *   for the special schemes http, https, ws, wss, ftp and file, without a
 *   base URL: leading and trailing C0 controls and spaces stripped, tabs
 *   and newlines removed anywhere, any run of '/' and '\' after the scheme
 *   (or none: "https:host/x"), userinfo up to the authority's last '@',
 *   the authority ending at '/', '\', '?' or '#', a port of digits up to
 *   65535, then the host parser: an IPv6 literal, or the host
 *   percent-decoded, converted by domain to ASCII (UTS #46 ToASCII,
 *   nontransitional, no STD3 rules, no hyphen or DNS-length checks, with
 *   Unicode's IDNA mapping table 15.1.0 compiled in), refused when it holds
 *   a forbidden domain code point, and read as an IPv4 address (with its
 *   decimal, octal, hexadecimal and shortened forms) when it ends in a
 *   number.  Other schemes followed by "//" ("sftp://host/") are read the
 *   same way.  Without a scheme ("host/path", "host:port/path",
 *   "//host/path"), a URL is read as an http URL
 *   (MSSECREF_HOST_NO_SCHEME) whose host must be a DNS name as for HOST;
 *   a Windows UNC path ("\\\\server\\share", WebDAV's
 *   "\\\\server@SSL@443\\path") is read as its server (since 1.2.0),
 *   unless a broken or quoted scheme stands
 *   where its host would ("'https://...'", "(https://...)", "https//...",
 *   "url=https://..."): MSSECREF_EURL (since 1.2.0).  "file:" URLs without a
 * host have the empty host: never Microsoft-managed.
 * - HOST: the same host parser, and then a DNS name: letters, digits, '-'
 *   and '_' in labels ("host," and "(host)" are MSSECREF_EURL; "*." may
 *   lead, as allow lists write suffixes), no empty label but one trailing
 *   dot, labels of at most 63 bytes, at most 253
 *   bytes.
 * - EMAIL: "user@host", "Display Name <user@host>", "<user@host>",
 *   "mailto:user@host?subject=...", a quoted local part containing '@'
 *   ("\"a@b\"@host"), a trailing comment ("a@host (CEO)"): the domain
 *   after the address's last unquoted '@', read as a HOST; an address
 *   literal "[192.0.2.1]" or "[IPv6:...]" is an IP.  Quoted strings and
 *   comments are text: "a@host (<x@y>)" and "John (Sales) <j@host>" are
 *   at host.  Text after the angle address, a word with an '@' running
 *   into its '<' ("a@evil.example<x@y>"), an address in the display name
 *   with another domain ("a@evil.example <b@host>"; "'j@host' <j@host>"
 *   reads), a comment inside the address or a string left open is
 *   MSSECREF_EURL.  An
 *   address list ("a@x, b@y", "<a@x>, <b@y>", "a@x b@y",
 *   "mailto:a@x,b@y", "mailto:a@x%2Cb@y") names no one domain:
 *   MSSECREF_EURL.
 * - ANY guesses, in this order: "mailto:" or a leading '"' is an e-mail
 *   address; a special scheme, "scheme://", a defanged scheme or a leading
 *   '/' or '\' makes a URL; a '<' that opens a bracketed form (at the
 *   start, after a space, a tab or a line break, after an encoded word
 *   "=?...?=", or after text that is no URL without a scheme: text with a
 *   space, or with no '?', '#', '@' or '\' and no '/' after a host-like
 *   start, so "Click here<https://...>" and "IT/Helpdesk<it@host>" open one
 *   and "evil.example/x(<x@y>" does not; a URL without a scheme followed by
 *   a URL in brackets, a link's text and target, is MSSECREF_EURL),
 *   followed by a special or defanged scheme, "//" or "URL:", is a URL
 *   between angle brackets ("Click <https://...>", "<URL:...>"): the
 *   first such URL, up to its '>' (or past the limit: its scheme and
 *   authority must end within it), is read and the text around it never
 *   is (also with URL when the string starts with '<'); a string ending
 *   in "<...@...>", that '<' opening a bracketed form, is an e-mail
 *   address whatever its display name holds
 *   ("=?UTF-8?B?...?= <a@host>"); then "scheme://" or a '/', '\', '?' or
 *   '#' (before any '<') makes a URL (a "\\." there, a regular
 *   expression's escaped dot, is MSSECREF_EURL), so a URL's path, query or
 * fragment is never read as an e-mail domain; then an '@' makes an e-mail
 *   address, a ':' a URL ("host:port"), anything else a host name.
 * Defanged indicators are refanged first (MSSECREF_HOST_REFANGED), by
 * fixed rules: the schemes hxxp, hxxps, hxtp, hxtps, h**p, h__p, fxp, fxps
 * (any case) become http, https, ftp, ftps; "[.]", "(.)", "{.}", "[dot]",
 * "(dot)", "{dot}" become '.'; "[:]" ':'; "[://]" "://"; "[/]" '/'; "[@]",
 * "[at]", "(at)", "{at}" '@'; a token with spaces on both sides
 * ("evil [.] example") takes them with it (since 1.2.0).
 * Length: the scheme and authority of a URL, and a whole host name or
 * e-mail address, must end within MSSECREF_OBSERVABLE_MAX bytes counted
 * from the observable's first byte; nothing past byte
 * MSSECREF_OBSERVABLE_MAX + 1 is ever read, so ANY guesses a longer string
 * from its first MSSECREF_OBSERVABLE_MAX bytes (a form known by how the
 * string ends, "... <user@host>", is then not seen).  A host whose ASCII form
 * (after UTS #46) would be longer than MSSECREF_OBSERVABLE_MAX bytes is
 * MSSECREF_ETOOLONG too.
 * UTS #46 runs as the URL Standard calls it: nontransitional, no STD3
 * rules, no hyphen or DNS-length checks, CheckBidi and CheckJoiners on,
 * NFC (Unicode's IDNA mapping table 15.1.0 and character data 15.0;
 * README.md).
 * MSSECREF_EIDN is returned only for a host that UTS #46 refuses (a
 * disallowed code point, invalid UTF-8, bad Punycode, an "xn--" label
 * decoding to ASCII only or to another "xn--" label, a decoded label not
 * in NFC, a label beginning with a combining mark, U+200C or U+200D where
 * RFC 5892's ContextJ rules forbid it, a label breaking RFC 5893's Bidi
 * rule in a domain with a right-to-left label): a browser refuses it too.
 * MSSECREF_EURL is any other URL, host or address a browser or mail system
 * refuses.
 */

/* Flags written by mssecref_observable_host(). */
#define MSSECREF_HOST_REFANGED 0x01 /* defanged forms were undone first */
#define MSSECREF_HOST_IP 0x02       /* an IPv4 or IPv6 address literal */
/* converted by UTS #46 (non-ASCII or "xn--" labels) */
#define MSSECREF_HOST_IDN 0x04
#define MSSECREF_HOST_DECODED 0x08 /* percent-decoded */
/* a URL without a scheme, read as http */
#define MSSECREF_HOST_NO_SCHEME 0x10
/* Microsoft-managed (as mssecref_observable_managed(): subsidiaries are
 * not) */
#define MSSECREF_HOST_MANAGED 0x20
/* The kind the observable was read as (enum mssecref_observable, never
 * ANY): MSSECREF_HOST_KIND(flags). */
#define MSSECREF_HOST_KIND_SHIFT 8
#define MSSECREF_HOST_KIND(flags) (((flags) >> MSSECREF_HOST_KIND_SHIFT) & 3u)

/* The host the verdict on `observable` (read as `kind`) is made on, in
 * ASCII as a browser would resolve it: lower case, non-ASCII labels as
 * "xn--" Punycode, IPv4 addresses in dotted decimal ("0x7f.1" is
 * "127.0.0.1"), IPv6 addresses in brackets, compressed ("[2001:db8::1]");
 * the empty string for a "file:" URL without a host.  Writes at most
 * `cap` bytes to `host`, NUL included, like snprintf: returns the host's
 * length (at most 1024), and a return value >= cap means the host was cut
 * short.  `host` may be NULL only when `cap` is 0 (a sizing call).
 * `flags`, when not NULL, receives MSSECREF_HOST_* bits and the kind
 * (MSSECREF_HOST_KIND()).  Errors: MSSECREF_ENULL (observable NULL, or
 * host NULL with cap > 0), MSSECREF_EEMPTY, MSSECREF_EINVAL (kind),
 * MSSECREF_ETOOLONG, MSSECREF_EURL, MSSECREF_EIDN; on error nothing is
 * written.  Since 1.2.0. */
MSSECREF_API int mssecref_observable_host(const char *observable, int kind,
                                          char *host, size_t cap,
                                          unsigned *flags);

/* The suffixes, in catalogue order: their number, and the one at `index`
 * (its text to *suffix, its source returned), or MSSECREF_EINVAL past the
 * end.  Since 1.1.0 (since 1.2.0 the list also holds the subsidiaries'
 * suffixes: see mssecref_suffix_hosting()). */
MSSECREF_API size_t mssecref_suffix_count(void);
MSSECREF_API int mssecref_suffix_at(size_t index, const char **suffix);

/* ---- Vocabularies (since 1.2.0) ---------------------------------------- *
 * Every value of every vocabulary the catalogue supports has exactly one
 * deliberate answer: an incident (with its other meanings), or "known, no
 * Microsoft contact" with a short reason in Japanese and English.  The
 * values and their sources: RSIT 1003 classes and types; IntelMQ
 * classification.taxonomy and classification.type with every legacy value
 * IntelMQ rewrites (answering as the value it rewrites to); ECS
 * event.category, event.type and event.kind; Microsoft Graph alert
 * determination and classification (current and older names); Defender
 * alert categories (API names, earlier names, portal display names,
 * Sentinel's extra tactics); MSRC Report Abuse (legacy threatType and
 * threatSubType, the portal's threats, the API's incidentType and
 * threatType: all of them the abuse report).  mssecref_vocabulary_source()
 * names each list's source.  A vocabulary argument is an enum
 * mssecref_vocabulary value, or 0 (ANY) where allowed: then unqualified
 * names take their usual meaning and "vocabulary:value" qualifiers are
 * read.  Qualifiers: "NAME:value" with NAME as mssecref_vocabulary_parse()
 * reads it, and MISP's machine tags NAME:predicate="value", where the
 * predicate must be a value of that vocabulary (an RSIT class).
 */

/* Longest set mssecref_route_set() reads, in elements. */
#define MSSECREF_SET_MAX 64

/* mssecref_incident_parse() in one vocabulary (`vocabulary` 0: any, which
 * is mssecref_incident_parse() itself).  A qualifier in `name` must name
 * the same vocabulary.  Errors: those of mssecref_incident_parse(), and
 * MSSECREF_EINVAL for a vocabulary out of range; a value the vocabulary
 * does not list is MSSECREF_ENOTFOUND even when another vocabulary lists
 * it.  Since 1.2.0. */
MSSECREF_API int mssecref_incident_parse_in(const char *name, int vocabulary,
                                            unsigned *vocabularies,
                                            unsigned *alternatives);

/* Why a name has no Microsoft contact.  Parses `name` as
 * mssecref_incident_parse_in() does; for a name known to have no Microsoft
 * contact, stores the reason in `lang` (JA or EN; ANY: English) in *reason
 * and returns 0; for a name that routes, stores "" and returns its
 * incident.  Errors: those of mssecref_incident_parse_in() except
 * MSSECREF_EOUTOFSCOPE, and MSSECREF_ENULL for a NULL `reason`.
 * Since 1.2.0. */
MSSECREF_API int mssecref_incident_reason(const char *name, int vocabulary,
                                          int lang, const char **reason);

/* mssecref_route_names() with the incident name read in `vocabulary` (0:
 * any).  Since 1.2.0. */
MSSECREF_API int mssecref_route_names_in(const char *incident, int vocabulary,
                                         const char *tag, const char *customer,
                                         const mssecref_contact **out,
                                         int *lang);

/* One answer for an event that carries several categories at once (an ECS
 * event.category array, a Splunk multivalue field, an alert's tags):
 * `names` holds `count` strings, each read as mssecref_incident_parse_in()
 * reads it in `vocabulary` (0: any; elements may carry qualifiers).  The
 * answer does not depend on the elements' order: of the incidents the
 * known elements mean (their usual meaning), the one with the lowest
 * mssecref_incident_precedence() decides.  *out, *lang are as in
 * mssecref_route_names(); *decided (when not NULL) receives the index of
 * the first element that means the deciding incident.  Returns 0 or an OR
 * of MSSECREF_ROUTE_* flags: FALLBACK and OTHER_LANG as in
 * mssecref_route_names(), AMBIGUOUS when an element meaning the deciding
 * incident has other meanings, DISAGREE when another known element
 * answers differently (another incident, or no Microsoft contact), SKIPPED
 * when an element was NULL, empty, too long, unknown, or qualified with an
 * unknown vocabulary or another one than `vocabulary` (such elements are
 * ignored).  Errors, nothing written:
 * MSSECREF_ENULL (out NULL, or names NULL with count > 0), MSSECREF_EINVAL
 * (vocabulary out of range), MSSECREF_EEMPTY (count 0), MSSECREF_ETOOLONG
 * (count above MSSECREF_SET_MAX); when no element has an incident,
 * MSSECREF_EOUTOFSCOPE if one is known to have no Microsoft contact, else
 * MSSECREF_ENOTFOUND; then the errors of mssecref_lang_parse() and
 * mssecref_customer_parse(), and MSSECREF_ENOCONTACT.  Since 1.2.0. */
MSSECREF_API int mssecref_route_set(const char *const *names, size_t count,
                                    int vocabulary, const char *tag,
                                    const char *customer,
                                    const mssecref_contact **out, int *lang,
                                    size_t *decided);

/* An incident's precedence in a set: the lower decides first (1 for the
 * most specific report; catalogue field `precedence`); 0 for a value out
 * of range.  Since 1.2.0. */
MSSECREF_API int mssecref_incident_precedence(int incident);

/* The number of values the catalogue lists for `vocabulary` (spellings
 * that fold alike count once each as written); 0 out of range.
 * Since 1.2.0. */
MSSECREF_API size_t mssecref_value_count(int vocabulary);

/* The value of `vocabulary` at `index` (0 .. count-1, catalogue order):
 * its name as the source spells it to *value, every incident it means to
 * *incidents (0 when it has no Microsoft contact) and to *judgement 1 when
 * the answer is the catalogue's judgement, 0 when it follows the source
 * (each may be NULL).  Returns its usual incident, or 0 for "known, no
 * Microsoft contact" (read the reason with mssecref_incident_reason()
 * given the value and the vocabulary); MSSECREF_EINVAL out of range.
 * Since 1.2.0. */
MSSECREF_API int mssecref_value_at(int vocabulary, size_t index,
                                   const char **value, unsigned *incidents,
                                   int *judgement);

/* Where a vocabulary's values come from (the source document and
 * revision); NULL out of range.  Since 1.2.0. */
MSSECREF_API const char *mssecref_vocabulary_source(int vocabulary);

/* ---- Kinds of hosting (since 1.2.0) -------------------------------------- *
 * The post's rule is about content hosted on Microsoft cloud or online
 * services, so every suffix also says what is hosted under it.  Which
 * incidents go to the abuse report (contact "report-abuse": malware,
 * phishing and other unsafe sites, abuse of cloud services) when the thing
 * is under a suffix of each kind:
 *   CUSTOMER_CONTENT  yes: a Microsoft customer's content on a Microsoft
 *                     cloud or online service (Blob storage, App Service,
 *                     Front Door, SharePoint, Forms, Power Pages, ...); only
 *                     Microsoft can take it down (post, section 3).
 *   FIRST_PARTY       yes: a Microsoft site or app; the post sends what is
 *                     on a Microsoft-managed domain to the abuse report.
 *   MAIL              yes: a Microsoft mail domain; an attacker's
 *                     outlook.com or hotmail.co.uk address is an account on
 *                     a Microsoft online service, and the abuse report is
 *                     where Microsoft acts on the account.
 *   SUBSIDIARY        never: GitHub and LinkedIn run their own abuse
 *                     processes and are not "Microsoft cloud services" for
 *                     the post, and Microsoft's abuse report does not act
 *                     on their content.  An incident whose usual contact
 *                     is another (the unsafe-site form for phishing, file
 *                     submission for malware) gets it with
 *                     MSSECREF_ROUTE_SUBSIDIARY set, and the reporter
 *                     should also use that company's own process.  An
 *                     incident only the abuse report takes (cloud abuse)
 *                     gets MSSECREF_ENOCONTACT: no Microsoft contact, report
 *                     to that company.  Not "the next contact by priority":
 *                     none serves cloud abuse, and another Microsoft form
 *                     would not act on GitHub's or LinkedIn's content.
 * mssecref_host_managed(), mssecref_observable_managed() and
 * MSSECREF_ROUTE_HOSTED count the first three kinds only.
 * Source of the facts: shared reference microsoft-hosts.md sections 1-3
 * (checked 2026-11-29); the Public Suffix List as of
 * mssecref_catalogue_psl_version().
 */
enum mssecref_hosting {
  MSSECREF_HOSTING_CUSTOMER_CONTENT = 1, /* "customer-content" */
  MSSECREF_HOSTING_FIRST_PARTY = 2,      /* "first-party" */
  MSSECREF_HOSTING_MAIL = 3,             /* "mail" */
  MSSECREF_HOSTING_SUBSIDIARY = 4        /* "subsidiary" */
};
#define MSSECREF_HOSTING_MAX 4

/* Flag in a non-negative mssecref_route_observable() result: the
 * observable is at a Microsoft-owned company with its own abuse process
 * (MSSECREF_HOSTING_SUBSIDIARY); the contact is the usual one, never the
 * abuse report (where it would be, the result is MSSECREF_ENOCONTACT).
 * Since 1.2.0. */
#define MSSECREF_ROUTE_SUBSIDIARY 64

/* The stable name of a kind of hosting ("customer-content", "first-party",
 * "mail", "subsidiary"); NULL for other values.  Since 1.2.0. */
MSSECREF_API const char *mssecref_hosting_name(int hosting);

/* The kind of hosting named `name` (ASCII case-insensitive, '-', '_' and
 * ' ' alike), or MSSECREF_ENULL, MSSECREF_EEMPTY, MSSECREF_ETOOLONG,
 * MSSECREF_ENOTFOUND.  Since 1.2.0. */
MSSECREF_API int mssecref_hosting_parse(const char *name);

/* Where a URL, host name or e-mail address (`kind`, enum
 * mssecref_observable) is hosted, subsidiaries included: returns the kind
 * of hosting (enum mssecref_hosting) of the deepest suffix it is under and
 * stores that suffix's index (for mssecref_suffix_at(),
 * mssecref_suffix_hosting(), mssecref_suffix_source_text()) in *index
 * (may be NULL); returns 0 when no suffix matches (IP literals included),
 * writing nothing.  Errors: those of mssecref_observable_managed().
 * Since 1.2.0. */
MSSECREF_API int mssecref_observable_hosting(const char *observable, int kind,
                                             size_t *index);

/* The kind of hosting of the suffix at `index`, or MSSECREF_EINVAL past the
 * end.  Since 1.2.0. */
MSSECREF_API int mssecref_suffix_hosting(size_t index);

/* Where the suffix at `index` comes from, as a reader can find it: the
 * source (PSL section and version, Microsoft document, list) followed by
 * "; " and the detail (endpoint ID, page, ...) when the catalogue gives
 * one, e.g. "Microsoft 365 URLs and IP address ranges (...); endpoint ID
 * 31: ...".  NULL past the end.  Since 1.2.0. */
MSSECREF_API const char *mssecref_suffix_source_text(size_t index);

/* The Public Suffix List version ("YYYY-MM-DD") whose Microsoft entries
 * the catalogue holds.  Since 1.2.0. */
MSSECREF_API const char *mssecref_catalogue_psl_version(void);

/* ---- Catalogue metadata (since 1.0.0) ----------------------------------- */

/* URL of the post the catalogue comes from. */
MSSECREF_API const char *mssecref_catalogue_source(void);
/* URL of the index of the series the post belongs to. */
MSSECREF_API const char *mssecref_catalogue_series(void);
/* Date (YYYY-MM-DD) the catalogue was last confirmed. */
MSSECREF_API const char *mssecref_catalogue_date(void);
/* Version of the catalogue data ("YYYY.MM.DD" or similar). */
MSSECREF_API const char *mssecref_catalogue_version(void);

/* Date (YYYY-MM-DD) by which the catalogue as a whole must be reviewed:
 * at most 12 months after mssecref_catalogue_date().  Since 1.2.0. */
MSSECREF_API const char *mssecref_catalogue_review_by(void);
/* mssecref_contact_review_overdue() for the catalogue as a whole: 1 when
 * `today` (YYYY-MM-DD) is later than mssecref_catalogue_review_by(), 0
 * when not; MSSECREF_ENULL, MSSECREF_ESYNTAX.  Since 1.2.0. */
MSSECREF_API int mssecref_catalogue_review_overdue(const char *today);

#ifdef __cplusplus
}
#endif

#endif /* MSSECREF_H */
