/* check_gen.c - the generator refuses a bad catalogue with `file:line:
 * message`, a non-zero exit and no output.  Each case mutates the real
 * catalogue in one place, so the cases stay valid as the catalogue grows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "suites.h"

#ifndef GEN_PATH
#error "define GEN_PATH and CATALOGUE_PATH"
#endif

struct gen_case {
  const char *find;    /* text in the real catalogue */
  const char *replace; /* what it becomes */
  const char *at;      /* text whose line the error names; NULL: `replace` */
  const char *message;
};

static const struct gen_case cases[] = {
    /* fields and values */
    {"[contact threat-encyclopedia]\n",
     "[contact threat-encyclopedia]\ncolour = blue\n", "colour = blue",
     "unknown field 'colour' in [contact]"},
    {"section = support\nserves = product-support:2",
     "section = helpdesk\nserves = product-support:2", NULL,
     "unknown section 'helpdesk'"},
    {"customers = home enterprise developer",
     "customers = home enterprise robot", NULL,
     "unknown customer type 'robot'"},
    {"page-langs = en ja", "page-langs = en fr", NULL, "unknown language 'fr'"},
    {"results = signed-in\nrelated = submission-guide report-abuse",
     "results = maybe\nrelated = submission-guide report-abuse", NULL,
     "unknown results 'maybe'"},
    {"sign-in-home = anonymous microsoft-account\nsign-in-enterprise = "
     "work-account",
     "sign-in-home = anonymous passport\nsign-in-enterprise = work-account",
     NULL, "unknown sign-in 'passport'"},
    {"[contact report-abuse]\nsection = report-abuse\n",
     "[contact report-abuse]\nsection = report-abuse\nsection = support\n",
     "section = support", "duplicate field 'section'"},
    {"confirmed = 2026-11-29\nreview-by = 2027-05-29\n\n[contact "
     "tech-support-scam]",
     "confirmed = 2026-13-29\nreview-by = 2027-05-29\n\n[contact "
     "tech-support-scam]",
     "confirmed = 2026-13-29", "is not a date"},
    {"[catalogue]\n", "[catalog]\n", "[catalog]",
     "unknown record kind 'catalog'"},
    {"[contact technet-forums]", "[contact technet-forums", NULL,
     "malformed record header"},
    {"scam = tech-support-scam | common", "scam tech-support-scam", NULL,
     "expected 'key = value'"},
    /* required fields and both languages */
    {"results = none\nrelated = malware-protection-center\nsource = Post "
     "section 1; reference item 3",
     "related = malware-protection-center\nsource = Post section 1; "
     "reference item 3",
     "[contact threat-encyclopedia]", "is missing required field 'results'"},
    {"title-ja = 法人向けサポートサービス\n", "",
     "[contact enterprise-support-services]",
     "is missing required field 'title-ja'"},
    {"summary-en = An earlier blog post", "summary-fr = An earlier blog post",
     "[contact msrc-japanese-guide]", "is missing required field 'summary-en'"},
    {"title-ja = 法人向けサポートサービス",
     "title-ja = Enterprise support services", NULL,
     "'title-ja' has no Japanese text"},
    {"title-en = Enterprise support services",
     "title-en = 法人向けサポートサービス", NULL,
     "'title-en' is not English text"},
    {"data-version = 2026.11.29", "data-version =", NULL,
     "empty value for field 'data-version'"},
    /* ids, aliases, relations */
    {"[contact technet-forums]", "[contact microsoft-support]",
     "[contact microsoft-support]\nsection = support\nserves = "
     "product-support:2",
     "duplicate contact id 'microsoft-support'"},
    {"[contact technet-forums]", "[contact TechNet_Forums]", NULL,
     "is not lowercase kebab-case"},
    {"scam = tech-support-scam | common",
     "Phishing = tech-support-scam | common", NULL,
     "duplicate alias 'Phishing'"},
    {"scam = tech-support-scam | common",
     "Tech_Support Scam = tech-support-scam | common", NULL,
     "duplicate alias 'Tech_Support Scam'"},
    {"cve = vulnerability | common", "cve = vulnerabilty | common", NULL,
     "alias 'cve' of unknown incident 'vulnerabilty'"},
    {"cve = vulnerability | common", "cve = vulnerability | nvd", NULL,
     "unknown vocabulary 'nvd'"},
    {"cve = vulnerability | common", "cve = vulnerability", NULL,
     "expected 'incident ... | vocabulary ...'"},
    {"[incident product-support]", "[incident helpdesk]", NULL,
     "unknown incident 'helpdesk'"},
    {"related = msrc-japanese-guide", "related = msrc-japanese-guides", NULL,
     "related id 'msrc-japanese-guides' does not exist"},
    {"serves = cloud-abuse:1", "serves = cloud-abuse:0", NULL,
     "priority of 'cloud-abuse' must be 1-99"},
    {"serves = vulnerability:2", "serves = vulnerability:1",
     "serves = vulnerability:1\ncustomers = home enterprise\ntitle-ja = 日本語",
     "share priority 1 for 'vulnerability'"},
    {"customers = home enterprise\ntitle-ja = マイクロソフト クラウド",
     "customers = enterprise\ntitle-ja = マイクロソフト クラウド",
     "[incident cloud-abuse]",
     "incident 'cloud-abuse' has no contact for 'home'"},
    {"sign-in-enterprise = work-account\nsign-in-developer",
     "sign-in-developer", "[contact file-submission]",
     "is missing required field 'sign-in-enterprise'"},
    /* bytes a reviewer cannot see */
    {"title-en = Tech support scam",
     "title-en = Tech support sc\xff"
     "am",
     NULL, "invalid UTF-8"},
    {"title-en = Tech support scam", "title-en = Tech support /\xc0\xaf", NULL,
     "invalid UTF-8"},
    {"title-en = Tech support scam", "title-en = Tech \xed\xa0\x80 scam", NULL,
     "invalid UTF-8"},
    {"title-en = Tech support scam", "title-en = Tech \x1b[31msupport scam",
     NULL, "control character U+001B"},
    {"title-en = Tech support scam", "title-en = Tech support scam\r", NULL,
     "carriage return"},
    {"title-en = Tech support scam", "title-en = Tech\xc2\x85support scam",
     NULL, "control character U+0085"},
    /* URLs that must not pass as Microsoft's */
    {"url-2020 = https://www.microsoft.com/en-us/wdsi/threats",
     "url-2020 = http://www.microsoft.com/en-us/wdsi/threats", NULL,
     "url-2020: URL is not https://"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.example.com/report/abuse", NULL,
     "url: host 'msrc.example.com' is not on a Microsoft domain"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://www.microsoft.com@evil.example/", NULL,
     "userinfo ('@') in URL authority"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://microsoft.com.evil.example/", NULL,
     "host 'microsoft.com.evil.example' is not on a Microsoft domain"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://evilmicrosoft.com/", NULL,
     "host 'evilmicrosoft.com' is not on a Microsoft domain"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://www.xn--mcrosoft-3ya.com/", NULL, "punycode label"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://www.m\xd1\x96"
     "crosoft.com/",
     NULL, "non-ASCII host"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.microsoft.com./report/abuse", NULL,
     "empty label in host"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://MSRC.microsoft.com/report/abuse", NULL,
     "upper case in host"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.microsoft.com:8443/report/abuse", NULL,
     "port or IP literal"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc%2emicrosoft.com/report/abuse", NULL,
     "percent-encoded host"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://13.107.246.10/report/abuse", NULL,
     "IP address instead of a host name"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = HTTPS://msrc.microsoft.com/report/abuse", NULL,
     "URL is not https://"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.microsoft.com/report abuse", NULL,
     "space or non-ASCII byte in URL"},
    {"url-evidence = Replaced by", "url-note = Replaced by",
     "[contact report-abuse]", "without 'url-evidence'"},
    {"[domain aka.ms]", "[domain AKA.ms]", NULL,
     "is not a lower-case host name"},
    /* the age of every record (review-by) */
    {"review-by = 2027-11-29\n\n[contact security-intelligence-updates]",
     "review-by = 2026-11-28\n\n[contact security-intelligence-updates]", NULL,
     "review-by 2026-11-28 is earlier than confirmed 2026-11-29"},
    {"review-by = 2027-11-29\n\n[contact security-intelligence-updates]",
     "review-by = 2027-11-30\n\n[contact security-intelligence-updates]", NULL,
     "review-by 2027-11-30 is more than 12 months after confirmed "
     "2026-11-29 (at most 2027-11-29)"},
    {"review-by = 2027-11-29\n\n[contact threat-encyclopedia]",
     "\n[contact threat-encyclopedia]",
     "[contact security-intelligence-updates]",
     "is missing required field 'review-by'"},
    {"review-by = 2027-11-29\n\n[contact submission-guide]",
     "review-by = 2027-11\n\n[contact submission-guide]", NULL,
     "'review-by' is not a date (YYYY-MM-DD): '2027-11'"},
    {"confirmed = 2026-11-29\nreview-by = 2027-05-29\n\n# Second",
     "confirmed = 2026-11-29\nreview-by = 2027-06-01\n\n# Second",
     "review-by = 2027-06-01",
     "catalogue review-by 2027-06-01 is later than review-by 2027-05-29 of "
     "[contact file-submission] on line"},
    {"confirmed = 2026-11-29\nreview-by = 2027-05-29\n\n# Second",
     "confirmed = 2026-11-29\nreview-by = 2028-05-29\n\n# Second",
     "review-by = 2028-05-29",
     "is more than 12 months after confirmed 2026-11-29"},
    {"confirmed = 2026-11-29\nreview-by = 2027-05-29\n\n# Second",
     "confirmed = 2026-11-29\n\n# Second", "[catalogue]",
     "[catalogue] is missing required field 'review-by'"},
    /* February 29 only in leap years, and the 12-month limit a real day */
    {"confirmed = 2026-11-29\nreview-by = 2027-11-29\n\n"
     "[contact security-intelligence-updates]",
     "confirmed = 2100-02-29\nreview-by = 2101-02-28\n\n"
     "[contact security-intelligence-updates]",
     "confirmed = 2100-02-29",
     "'confirmed' is not a date (YYYY-MM-DD): '2100-02-29'"},
    {"confirmed = 2026-11-29\nreview-by = 2027-11-29\n\n"
     "[contact security-intelligence-updates]",
     "confirmed = 2024-02-29\nreview-by = 2025-03-01\n\n"
     "[contact security-intelligence-updates]",
     "review-by = 2025-03-01",
     "review-by 2025-03-01 is more than 12 months after confirmed "
     "2024-02-29 (at most 2025-02-28)"},
    /* successors, results, sign-in, evidence */
    {"successor-evidence = Microsoft links the locale-less form (defender",
     "successor-note = Microsoft links the locale-less form (defender",
     "[contact file-submission]", "a successor without 'successor-evidence'"},
    {"successor = https://www.microsoft.com/wdsi/support/report-unsafe-site\n",
     "", "successor-evidence = Microsoft links the locale-less form in 2024",
     "'successor-evidence' without a successor"},
    {"successor = https://www.microsoft.com/ja-jp/microsoft-unified\n",
     "successor-ja = https://www.microsoft.com/ja-jp/microsoft-unified\n",
     "successor-en = https://www.microsoft.com/en-us/microsoft-unified",
     "'successor-en' without 'successor'"},
    {"successor = https://www.microsoft.com/wdsi/filesubmission",
     "successor = https://www.microsoft.com/en-us/wdsi/filesubmission", NULL,
     "is the contact's own URL for any language, not a successor"},
    {"successor = https://www.microsoft.com/wdsi/filesubmission",
     "successor = https://www.microsoft.example/wdsi/filesubmission", NULL,
     "successor: host 'www.microsoft.example' is not on a Microsoft domain"},
    {"results = signed-in email", "results = signed-in e-mail", NULL,
     "unknown results 'e-mail'"},
    {"results = signed-in email", "results = email email", NULL,
     "results 'email' listed twice"},
    {"sign-in-home = contact-details", "sign-in-home = contact-info", NULL,
     "unknown sign-in 'contact-info'"},
    {"url-2020 = https://msrc-blog.microsoft.com/2019/10/30/"
     "vulnerabilityresponsecenter/\n",
     "url-2020 = https://msrc-blog.microsoft.com/2019/10/30/"
     "vulnerabilityresponsecenter/\nurl-evidence = moved, we think\n",
     "url-evidence = moved, we think",
     "'url-evidence' without 'url', 'url-ja' or 'url-en'"},
    /* host suffixes: a host name, a kind, a known source, no duplicate,
     * no public suffix of the PSL's ICANN section but Microsoft's TLDs */
    {"azurefd.net = customer-content psl-microsoft",
     "AzureFD.net = customer-content psl-microsoft", NULL,
     "suffix 'AzureFD.net' must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "azurefd.net. = customer-content psl-microsoft", NULL,
     "suffix 'azurefd.net.' must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.*.azurefd.net = customer-content psl-microsoft", NULL,
     "must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "xn--mcrosoft-3ya.com = customer-content psl-microsoft", NULL,
     "must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "azure_fd.net = customer-content psl-microsoft", NULL,
     "must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "-azurefd.net = customer-content psl-microsoft", NULL,
     "must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "azurefd..net = customer-content psl-microsoft", NULL,
     "must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "a234567890123456789012345678901234567890123456789012345678901234.net"
     " = customer-content psl-microsoft",
     NULL, "must be lower-case host labels"},
    {"azurefd.net = customer-content psl-microsoft",
     "azurefd.net = customer-content", NULL,
     "suffix 'azurefd.net' has no source"},
    {"azurefd.net = customer-content psl-microsoft", "azurefd.net = psl", NULL,
     "unknown kind 'psl'"},
    {"azurefd.net = customer-content psl-microsoft",
     "azurefd.net = customer-content rumour", NULL,
     "suffix 'azurefd.net': no [suffix-source rumour]"},
    {"azurefd.net = customer-content psl-microsoft",
     "azurefd.net = customer-content psl-microsoft psl-github", NULL,
     "one source id, then '| detail'"},
    {"aka.ms = first-party misp-office365 | Microsoft's link shortener",
     "aka.ms = first-party misp-office365 |", NULL, "empty detail after '|'"},
    {"azurefd.net = customer-content psl-microsoft",
     "azureedge.net = customer-content psl-microsoft",
     "azureedge.net = customer-content psl-microsoft | Azure Front",
     "duplicate suffix 'azureedge.net' (first on line"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.azureedge.net = customer-content psl-microsoft", NULL,
     "duplicate suffix '*.azureedge.net' (first on line"},
    {"azurefd.net = customer-content psl-microsoft",
     "com = first-party psl-microsoft", NULL,
     "suffix 'com' is a public suffix in the Public Suffix List's ICANN "
     "section"},
    {"azurefd.net = customer-content psl-microsoft",
     "co.uk = customer-content psl-microsoft", NULL,
     "suffix 'co.uk' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.co.jp = customer-content psl-microsoft", NULL,
     "suffix '*.co.jp' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "phish.ck = customer-content psl-microsoft", NULL,
     "suffix 'phish.ck' is a public suffix"}, /* under the rule *.ck */
    /* the PSL algorithm: wildcard and exception rules, the implicit "*" */
    {"azurefd.net = customer-content psl-microsoft",
     "ck = customer-content misp-office365", NULL,
     "suffix 'ck' is a public suffix in the Public Suffix List's ICANN section "
     "(PSL 2026-08-19, rule '*')"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.ck = customer-content psl-microsoft", NULL,
     "suffix '*.ck' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.pg = customer-content psl-microsoft", NULL,
     "suffix '*.pg' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "phish.pg = customer-content psl-microsoft", NULL,
     "suffix 'phish.pg' is a public suffix in the Public Suffix List's ICANN "
     "section (PSL 2026-08-19, rule '*.pg')"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.kawasaki.jp = customer-content psl-microsoft", NULL,
     "suffix '*.kawasaki.jp' holds public suffixes of the Public Suffix List's "
     "ICANN section (PSL 2026-08-19, rule '*.kawasaki.jp')"},
    {"azurefd.net = customer-content psl-microsoft",
     "kawasaki.jp = customer-content psl-microsoft", NULL,
     "suffix 'kawasaki.jp' holds public suffixes"},
    {"azurefd.net = customer-content psl-microsoft",
     "city.kawasaki.jp = customer-content psl-microsoft", NULL,
     "suffix 'city.kawasaki.jp' holds public suffixes of the Public Suffix "
     "List's ICANN section (PSL 2026-08-19, rule '!city.kawasaki.jp')"},
    {"azurefd.net = customer-content psl-microsoft",
     "www.ck = customer-content psl-microsoft", NULL, "rule '!www.ck'"},
    {"azurefd.net = customer-content psl-microsoft",
     "x.sch.uk = customer-content psl-microsoft", NULL,
     "suffix 'x.sch.uk' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "sch.uk = customer-content psl-microsoft", NULL,
     "suffix 'sch.uk' holds public suffixes"},
    {"azurefd.net = customer-content psl-microsoft",
     "uk = customer-content psl-microsoft", NULL,
     "suffix 'uk' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "jp = customer-content psl-microsoft", NULL,
     "suffix 'jp' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "nosuchtld = customer-content psl-microsoft", NULL,
     "suffix 'nosuchtld' is a public suffix in the Public Suffix List's ICANN "
     "section (PSL 2026-08-19, rule '*')"},
    {"azurefd.net = customer-content psl-microsoft",
     "er = customer-content psl-microsoft", NULL,
     "suffix 'er' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "fk = customer-content psl-microsoft", NULL,
     "suffix 'fk' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "jm = customer-content psl-microsoft", NULL,
     "suffix 'jm' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "mm = customer-content psl-microsoft", NULL,
     "suffix 'mm' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "np = customer-content psl-microsoft", NULL,
     "suffix 'np' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "pg = customer-content psl-microsoft", NULL,
     "suffix 'pg' is a public suffix"},
    {"azurefd.net = customer-content psl-microsoft",
     "1.2.3.4 = customer-content psl-microsoft", NULL,
     "suffix '1.2.3.4' is not a host name: its last label is a number"},
    {"azurefd.net = customer-content psl-microsoft",
     "x.1 = customer-content psl-microsoft", NULL,
     "suffix 'x.1' is not a host name: its last label is a number"},
    {"azurefd.net = customer-content psl-microsoft",
     "0x7f.1 = customer-content psl-microsoft", NULL,
     "suffix '0x7f.1' is not a host name: its last label is a number"},
    {"azurefd.net = customer-content psl-microsoft",
     "a.0x7f = customer-content psl-microsoft", NULL,
     "suffix 'a.0x7f' is not a host name: its last label is a number"},
    {"azurefd.net = customer-content psl-microsoft",
     "a.0x = customer-content psl-microsoft", NULL,
     "suffix 'a.0x' is not a host name: its last label is a number"},
    {"azurefd.net = customer-content psl-microsoft",
     "*.10 = customer-content psl-microsoft", NULL,
     "suffix '*.10' is not a host name: its last label is a number"},
    {"azurefd.net = customer-content psl-microsoft",
     "azurefd.net = first-party psl-icann", NULL,
     "suffix 'azurefd.net' has a tld source but is not under a TLD of "
     "Microsoft Corporation"},
    {"version = 2026-08-19", "version = 2026-08-18", "[psl]\nversion",
     "[psl] version 2026-08-18, but the build's snapshot is "
     "public_suffix_list-2026-08-19.dat"},
    {"version = 2026-08-19", "version = 19.08.2026", NULL,
     "is not a date (YYYY-MM-DD)"},
    {"[psl]\nversion = 2026-08-19\ncommit = e8c9a2b2\n", "",
     "[suffixes]\n# The Public", "no [psl] record"},
    {"type = list\ntext = Sublime", "type = vendor\ntext = Sublime",
     "type = vendor", "unknown source type 'vendor'"},
    {"[suffix-source dev-tunnels]",
     "[suffix-source unused]\ntype = list\n"
     "text = A list nobody names\n\n[suffix-source dev-tunnels]",
     "[suffix-source unused]", "[suffix-source unused] is named by no suffix"},
    {"[suffix-source dev-tunnels]", "[suffix-source hdinsight]",
     "[suffix-source hdinsight]\ntype = service\ntext = Azure HDInsight",
     "duplicate [suffix-source hdinsight]"},
    {"psl-registry = Microsoft Corporation",
     "psl-registry = VeriSign Global Registry Services", NULL,
     "'psl-registry' must be 'Microsoft Corporation' with 'type = tld'"},
    {"[suffix-source microsoft-tld]\ntype = tld\n",
     "[suffix-source microsoft-tld]\ntype = tld\npsl-section = Microsoft\n",
     "psl-section = Microsoft\n", "'psl-section' needs 'type = psl'"},
    {"hosted = malware-sample unsafe-website cloud-abuse",
     "hosted = malware-sample unsafe-site cloud-abuse", NULL,
     "unknown incident 'unsafe-site'"},
    {"related = submission-guide report-abuse\nsource = Post section 2",
     "related = submission-guide report-abuse\nhosted = cloud-abuse\n"
     "source = Post section 2",
     "[contact report-abuse]", "both take hosted 'cloud-abuse'"},
    /* vocabularies (1.2.0) */
    {"outage = none own-incident | source", "outage = none own-outage | source",
     NULL, "no [reason own-outage]"},
    {"c2server = same-as c2-server | source",
     "c2server = same-as c3-server | source", NULL,
     "same-as 'c3-server' is not another value of intelmq"},
    {"burglary = none physical | judgement", "burglary = none physical | hunch",
     NULL, "basis must be 'source' or 'judgement', not 'hunch'"},
    {"Trojan = malware-sample | source", "Trojan = trojan-horse | source", NULL,
     "unknown incident 'trojan-horse'"},
    {"installation = malware-sample | ms-defender ecs\n", "",
     "Installation = malware-sample | judgement",
     "'Installation' answers differently in ecs"},
    {"Spam = cloud-abuse | source", "Spam = unsafe-website | source", NULL,
     "folds like 'SPAM'"},
    {"[vocabulary ecs]", "[vocabulary elastic]", NULL,
     "not a vocabulary with values of its own"},
    {"precedence = 8", "precedence = 7", "[incident product-support]",
     "share precedence 7"},
    {"text-en = A test event: there is nothing to report to Microsoft.",
     "text-en = テストです。", NULL, "needs 'text-en' in English"},
};

/* Each is the only error reported: one mistake, one message (the new
 * date, URL and results rules, and the rules that used to repeat). */
static const struct gen_case cases_alone[] = {
    /* impossible days, and the limit named as a day that exists */
    {"review-by = 2027-11-29\n\n[contact submission-guide]",
     "review-by = 2027-02-31\n\n[contact submission-guide]", NULL,
     "'review-by' is not a date (YYYY-MM-DD): '2027-02-31'"},
    {"review-by = 2027-11-29\n\n[contact submission-guide]",
     "review-by = 2027-02-29\n\n[contact submission-guide]", NULL,
     "'review-by' is not a date (YYYY-MM-DD): '2027-02-29'"},
    {"review-by = 2027-11-29\n\n[contact submission-guide]",
     "review-by = 2027-04-31\n\n[contact submission-guide]", NULL,
     "'review-by' is not a date (YYYY-MM-DD): '2027-04-31'"},
    /* one mistake, one error */
    {"review-by = 2027-11-29\n\n[contact security-intelligence-updates]",
     "review-by =\n\n[contact security-intelligence-updates]", NULL,
     "empty value for field 'review-by'"},
    {"successor = https://www.microsoft.com/wdsi/filesubmission",
     "successor = https://www.microsoft.com/en-us/wdsi/filesubmission", NULL,
     "is the contact's own URL for any language, not a successor"},
    {"confirmed = 2026-11-29\nreview-by = 2027-05-29\n\n# Second",
     "confirmed = 2026-11-29\nreview-by = 2027-11-29\n\n# Second",
     "review-by = 2027-11-29", "(the earliest; 3 records in all)"},
    {"results = signed-in email", "results = none email", NULL,
     "'none' cannot be combined with other results names"},
    /* characters that are not URL code points (curl reads some as globs) */
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.microsoft.com/report/{abuse,x}", NULL,
     "url: character '{' is not valid in a URL (percent-encode it)"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.microsoft.com/report/abuse[1-3]", NULL,
     "url: character '[' is not valid in a URL"},
    {"successor = https://www.microsoft.com/wdsi/filesubmission",
     "successor = https://www.microsoft.com/wdsi/file|submission", NULL,
     "successor: character '|' is not valid in a URL"},
    {"url = https://msrc.microsoft.com/report/abuse",
     "url = https://msrc.microsoft.com/report/ab%zzuse", NULL,
     "url: '%' not followed by two hex digits in URL"},
};

static char dir[64];

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  ck_assert_msg(f != NULL, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  rewind(f);
  buf = malloc((size_t)n + 1);
  ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  return buf;
}

static int line_of(const char *text, const char *at) {
  const char *p = strstr(text, at), *s;
  int line = 1;
  ck_assert_msg(p != NULL, "'%s' not in the mutated catalogue", at);
  for (s = text; s < p; s++)
    line += *s == '\n';
  return line;
}

/* Some line of err starts with prefix and contains message. */
static int has_error(const char *err, const char *prefix, const char *message) {
  const char *line = err;
  while (*line != '\0') {
    const char *end = strchr(line, '\n');
    size_t n = end ? (size_t)(end - line) : strlen(line);
    const char *m = strstr(line, message);
    if (strncmp(line, prefix, strlen(prefix)) == 0 && m != NULL && m < line + n)
      return 1;
    line += n + (end != NULL);
  }
  return 0;
}

/* Runs the generator; returns its exit status, stderr in *err. */
static int run_gen(const char *catalogue, const char *out, char **err) {
  char cmd[512], errpath[128];
  int status;
  snprintf(errpath, sizeof errpath, "%s/stderr", dir);
  snprintf(cmd, sizeof cmd, "'%s' '%s' '%s' 2>'%s'", GEN_PATH, catalogue, out,
           errpath);
  status = system(cmd);
  ck_assert(WIFEXITED(status));
  *err = slurp(errpath);
  return WEXITSTATUS(status);
}

static void setup(void) {
  snprintf(dir, sizeof dir, "/tmp/mssecref-gen-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

static void refuses(const struct gen_case *c, int alone) {
  char *orig = slurp(CATALOGUE_PATH), *mutated, *err, *p;
  char path[128], out[128], expect[512];
  size_t pre;
  struct stat st;
  FILE *f;

  p = strstr(orig, c->find);
  ck_assert_msg(p != NULL, "case '%s': '%s' not in the catalogue", c->replace,
                c->find);
  pre = (size_t)(p - orig);
  mutated = malloc(strlen(orig) + strlen(c->replace) + 1);
  memcpy(mutated, orig, pre);
  strcpy(mutated + pre, c->replace);
  strcat(mutated, p + strlen(c->find));
  snprintf(path, sizeof path, "%s/catalogue.txt", dir);
  snprintf(out, sizeof out, "%s/tables.c", dir);
  f = fopen(path, "wb");
  fputs(mutated, f);
  fclose(f);

  ck_assert_int_eq(run_gen(path, out, &err), 1);
  snprintf(expect, sizeof expect, "%s:%d: ", path,
           line_of(mutated, c->at ? c->at : c->replace));
  ck_assert_msg(has_error(err, expect, c->message),
                "case '%s': '%s' not reported at '%s' in:\n%s", c->replace,
                c->message, expect, err);
  ck_assert_msg(!alone || strstr(err, "mssecref-gen: 1 error;") != NULL,
                "case '%s': more than one error for one mistake:\n%s",
                c->replace, err);
  ck_assert_int_ne(stat(out, &st), 0); /* nothing written */
  snprintf(out, sizeof out, "%s/tables.c.tmp", dir);
  ck_assert_int_ne(stat(out, &st), 0);
  free(orig);
  free(mutated);
  free(err);
}

START_TEST(test_gen_refuses) { refuses(&cases[_i], 0); }
END_TEST

START_TEST(test_gen_refuses_alone) { refuses(&cases_alone[_i], 1); }
END_TEST

START_TEST(test_gen_accepts_real_catalogue) {
  char out[128], *err, *tables;
  snprintf(out, sizeof out, "%s/tables.c", dir);
  ck_assert_int_eq(run_gen(CATALOGUE_PATH, out, &err), 0);
  ck_assert_str_eq(err, "");
  tables = slurp(out);
  ck_assert_ptr_nonnull(strstr(tables, "Do not edit"));
  /* no pointers in the tables: nothing for the loader to relocate */
  ck_assert_ptr_null(strstr(tables, "*msr"));
  ck_assert_ptr_null(strstr(tables, "char *"));
  ck_assert_ptr_null(strstr(tables, "&"));
  free(tables);
  free(err);
}
END_TEST

START_TEST(test_gen_usage_and_missing_file) {
  char *err;
  char missing[128];
  int status = system("'" GEN_PATH "' 2>/dev/null");
  ck_assert(WIFEXITED(status));
  ck_assert_int_eq(WEXITSTATUS(status), 2);
  snprintf(missing, sizeof missing, "%s/none.txt", dir);
  ck_assert_int_eq(run_gen(missing, "/dev/null", &err), 1);
  ck_assert_ptr_nonnull(strstr(err, "none.txt"));
  free(err);
}
END_TEST

Suite *gen_suite(void) {
  Suite *s = suite_create("generator");
  TCase *tc = tcase_create("refuses");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_loop_test(tc, test_gen_refuses, 0,
                      (int)(sizeof cases / sizeof cases[0]));
  tcase_add_loop_test(tc, test_gen_refuses_alone, 0,
                      (int)(sizeof cases_alone / sizeof cases_alone[0]));
  tcase_add_test(tc, test_gen_accepts_real_catalogue);
  tcase_add_test(tc, test_gen_usage_and_missing_file);
  tcase_set_timeout(tc, 60);
  suite_add_tcase(s, tc);
  return s;
}
