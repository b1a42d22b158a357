/*
 * names.h - the stable name of every enum value, as X-macro lists so that
 * the library's name functions and the generator's validation expand the
 * same list and cannot drift apart.  Order is irrelevant; values are the
 * header's.
 */
#ifndef MSSECREF_NAMES_H
#define MSSECREF_NAMES_H

#include "mssecref.h"

#define MSR_INCIDENT_NAMES(X)                                                  \
  X(MSSECREF_INCIDENT_MALWARE_SAMPLE, "malware-sample")                        \
  X(MSSECREF_INCIDENT_UNSAFE_WEBSITE, "unsafe-website")                        \
  X(MSSECREF_INCIDENT_TECH_SUPPORT_SCAM, "tech-support-scam")                  \
  X(MSSECREF_INCIDENT_CLOUD_ABUSE, "cloud-abuse")                              \
  X(MSSECREF_INCIDENT_VULNERABILITY, "vulnerability")                          \
  X(MSSECREF_INCIDENT_DEFINITION_UPDATE, "definition-update")                  \
  X(MSSECREF_INCIDENT_THREAT_INFORMATION, "threat-information")                \
  X(MSSECREF_INCIDENT_PRODUCT_SUPPORT, "product-support")

#define MSR_LANG_NAMES(X)                                                      \
  X(MSSECREF_LANG_JA, "ja")                                                    \
  X(MSSECREF_LANG_EN, "en")

#define MSR_CUSTOMER_NAMES(X)                                                  \
  X(MSSECREF_CUSTOMER_HOME, "home")                                            \
  X(MSSECREF_CUSTOMER_ENTERPRISE, "enterprise")                                \
  X(MSSECREF_CUSTOMER_DEVELOPER, "developer")

#define MSR_SECTION_NAMES(X)                                                   \
  X(MSSECREF_SECTION_MALWARE_INFO, "malware-info")                             \
  X(MSSECREF_SECTION_REPORT_THREAT, "report-threat")                           \
  X(MSSECREF_SECTION_REPORT_ABUSE, "report-abuse")                             \
  X(MSSECREF_SECTION_SUPPORT, "support")

#define MSR_SIGN_IN_NAMES(X)                                                   \
  X(MSSECREF_SIGN_IN_ANONYMOUS, "anonymous")                                   \
  X(MSSECREF_SIGN_IN_MICROSOFT_ACCOUNT, "microsoft-account")                   \
  X(MSSECREF_SIGN_IN_WORK_ACCOUNT, "work-account")                             \
  X(MSSECREF_SIGN_IN_CONTACT_DETAILS, "contact-details")

#define MSR_VOCABULARY_NAMES(X)                                                \
  X(MSSECREF_VOCABULARY_MSSECREF, "mssecref")                                  \
  X(MSSECREF_VOCABULARY_RSIT, "rsit")                                          \
  X(MSSECREF_VOCABULARY_INTELMQ, "intelmq")                                    \
  X(MSSECREF_VOCABULARY_ECS, "ecs")                                            \
  X(MSSECREF_VOCABULARY_MS_GRAPH, "ms-graph")                                  \
  X(MSSECREF_VOCABULARY_MS_DEFENDER, "ms-defender")                            \
  X(MSSECREF_VOCABULARY_MSRC_ABUSE, "msrc-abuse")                              \
  X(MSSECREF_VOCABULARY_COMMON, "common")

#define MSR_SOURCE_NAMES(X)                                                    \
  X(MSSECREF_SOURCE_PSL, "psl")                                                \
  X(MSSECREF_SOURCE_TLD, "tld")                                                \
  X(MSSECREF_SOURCE_SERVICE, "service")                                        \
  X(MSSECREF_SOURCE_LIST, "list")

#define MSR_HOSTING_NAMES(X)                                                   \
  X(MSSECREF_HOSTING_CUSTOMER_CONTENT, "customer-content")                     \
  X(MSSECREF_HOSTING_FIRST_PARTY, "first-party")                               \
  X(MSSECREF_HOSTING_MAIL, "mail")                                             \
  X(MSSECREF_HOSTING_SUBSIDIARY, "subsidiary")

#define MSR_RESULTS_NAMES(X)                                                   \
  X(MSSECREF_RESULTS_SIGNED_IN, "signed-in")                                   \
  X(MSSECREF_RESULTS_EMAIL, "email")

/* A name table indexed by enum value; empty where a value has no name. */
#define MSR_NAME_ENTRY(value, name) [value] = name,
/* Room for the longest name and its NUL. */
#define MSR_NAME_W 20

#endif
