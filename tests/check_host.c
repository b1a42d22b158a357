/* check_host.c - Microsoft-managed hosts, URLs and e-mail addresses: a
 * table of more than 100 observables, look-alikes included, each with its
 * verdict, and routing by where a thing is hosted. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

#define M 1 /* Microsoft-managed */
#define N 0 /* not */
#define PSL MSSECREF_SOURCE_PSL
#define TLD MSSECREF_SOURCE_TLD
#define SVC MSSECREF_SOURCE_SERVICE
#define LST MSSECREF_SOURCE_LIST
#define URL MSSECREF_OBSERVABLE_URL
#define HOST MSSECREF_OBSERVABLE_HOST
#define MAIL MSSECREF_OBSERVABLE_EMAIL
#define ANY MSSECREF_OBSERVABLE_ANY

static const struct {
  const char *observable;
  int kind;
  int verdict;        /* M, N or a negative status */
  const char *suffix; /* the longest match */
  int source;
} table[] = {
    /* every PSL entry, under a tenant name */
    {"x.azurecontainer.io", HOST, M, "*.azurecontainer.io", PSL},
    {"app.westeurope.azurecontainer.io", HOST, M, "*.azurecontainer.io", PSL},
    {"tenant.azure-api.net", HOST, M, "azure-api.net", PSL},
    {"tenant.azure-mobile.net", HOST, M, "azure-mobile.net", PSL},
    {"cdn.azureedge.net", HOST, M, "azureedge.net", PSL},
    {"front.azurefd.net", HOST, M, "azurefd.net", PSL},
    {"site.azurestaticapps.net", HOST, M, "azurestaticapps.net", PSL},
    {"x.1.azurestaticapps.net", HOST, M, "1.azurestaticapps.net", PSL},
    {"x.westus2.2.azurestaticapps.net", HOST, M, "2.azurestaticapps.net", PSL},
    {"phish.azurewebsites.net", HOST, M, "azurewebsites.net", PSL},
    {"vm.cloudapp.net", HOST, M, "cloudapp.net", PSL},
    {"x.trafficmanager.net", HOST, M, "trafficmanager.net", PSL},
    {"a.blob.core.usgovcloudapi.net", HOST, M, "blob.core.usgovcloudapi.net",
     PSL},
    {"a.file.core.usgovcloudapi.net", HOST, M, "file.core.usgovcloudapi.net",
     PSL},
    {"a.web.core.usgovcloudapi.net", HOST, M, "web.core.usgovcloudapi.net",
     PSL},
    {"a.servicebus.usgovcloudapi.net", HOST, M, "servicebus.usgovcloudapi.net",
     PSL},
    {"a.usgovcloudapp.net", HOST, M, "usgovcloudapp.net", PSL},
    {"a.usgovtrafficmanager.net", HOST, M, "usgovtrafficmanager.net", PSL},
    {"tenant.blob.core.windows.net", HOST, M, "blob.core.windows.net", PSL},
    {"tenant.file.core.windows.net", HOST, M, "file.core.windows.net", PSL},
    {"tenant.web.core.windows.net", HOST, M, "web.core.windows.net", PSL},
    {"ns.servicebus.windows.net", HOST, M, "servicebus.windows.net", PSL},
    {"x.azure-api.us", HOST, M, "azure-api.us", PSL},
    {"x.azurewebsites.us", HOST, M, "azurewebsites.us", PSL},
    /* Microsoft's top-level domains */
    {"news.azure", HOST, M, "azure", TLD},
    {"www.bing", HOST, M, "bing", TLD},
    {"a.hotmail", HOST, M, "hotmail", TLD},
    {"a.microsoft", HOST, M, "microsoft", TLD},
    {"a.office", HOST, M, "office", TLD},
    {"a.skype", HOST, M, "skype", TLD},
    {"a.windows", HOST, M, "windows", TLD},
    {"a.xbox", HOST, M, "xbox", TLD},
    {"xbox", HOST, M, "xbox", TLD},
    /* service domains */
    {"contoso.sharepoint.com", HOST, M, "sharepoint.com", SVC},
    {"contoso-my.sharepoint.com", HOST, M, "sharepoint.com", SVC},
    {"contoso.onmicrosoft.com", HOST, M, "onmicrosoft.com", SVC},
    {"www.office.com", HOST, M, "office.com", SVC},
    {"forms.office.com", HOST, M, "forms.office.com", SVC},
    {"x.forms.office.com", HOST, M, "forms.office.com", SVC},
    {"login.live.com", HOST, M, "live.com", LST},
    {"onedrive.live.com", HOST, M, "onedrive.live.com", LST},
    {"1drv.ms", HOST, M, "1drv.ms", LST},
    {"outlook.com", HOST, M, "outlook.com", LST},
    {"hotmail.com", HOST, M, "hotmail.com", LST},
    {"www.microsoft.com", HOST, M, "microsoft.com", SVC},
    {"core.windows.net", HOST, M, "windows.net", SVC},
    {"portal.azure.com", HOST, M, "azure.com", SVC},
    {"login.microsoftonline.com", HOST, M, "microsoftonline.com", SVC},
    /* case, one trailing dot */
    {"PHISH.AzureWebSites.NET", HOST, M, "azurewebsites.net", PSL},
    {"phish.azurewebsites.net.", HOST, M, "azurewebsites.net", PSL},
    {"WWW.MICROSOFT.COM.", HOST, M, "microsoft.com", SVC},
    /* look-alikes: whole labels only */
    {"evilazurewebsites.net", HOST, N, NULL, 0},
    {"azurewebsites.net.evil.example", HOST, N, NULL, 0},
    {"microsoft.com.evil.example", HOST, N, NULL, 0},
    {"evilmicrosoft.com", HOST, N, NULL, 0},
    {"microsoft-com.example", HOST, N, NULL, 0},
    {"micros0ft.com", HOST, N, NULL, 0},
    {"rnicrosoft.com", HOST, N, NULL, 0},
    {"microsoft.co", HOST, N, NULL, 0},
    {"microsoft.com.cn.example", HOST, N, NULL, 0},
    {"sharepoint.com-login.example", HOST, N, NULL, 0},
    {"office365.com.evil", HOST, N, NULL, 0},
    {"login-microsoftonline.com", HOST, N, NULL, 0},
    {"blob.core.windows.net.example", HOST, N, NULL, 0},
    {"azure_api.net", HOST, N, NULL, 0}, /* '_' is not '-' */
    {"github.com", HOST, N, NULL, 0},    /* own abuse process */
    {"www.linkedin.com", HOST, N, NULL, 0},
    {"example.com", HOST, N, NULL, 0},
    {"azurecontainer.io", HOST, N, NULL, 0},    /* the wildcard needs a label */
    {"xn--mcrosoft-3ya.com", HOST, N, NULL, 0}, /* punycode look-alike */
    {"xn--microsoft-l4a.com", HOST, N, NULL, 0},
    /* IP literals are never Microsoft-managed */
    {"13.107.246.10", HOST, N, NULL, 0},
    {"20.190.151.7.", HOST, N, NULL, 0},
    {"2130706433", HOST, N, NULL, 0},
    {"https://13.107.246.10/login", URL, N, NULL, 0},
    {"https://[2603:1030::1]/x", URL, N, NULL, 0},
    {"https://[2603:1030::1]:8443/x", URL, N, NULL, 0},
    {"user@[13.107.246.10]", MAIL, N, NULL, 0},
    /* URLs: the authority's host, without userinfo and port */
    {"https://tenant.blob.core.windows.net/c/phish.html", URL, M,
     "blob.core.windows.net", PSL},
    {"http://phish.azurewebsites.net", URL, M, "azurewebsites.net", PSL},
    {"https://phish.azurewebsites.net:443/", URL, M, "azurewebsites.net", PSL},
    {"https://phish.azurewebsites.net:/", URL, M, "azurewebsites.net", PSL},
    {"https://user:pass@contoso.sharepoint.com/s", URL, M, "sharepoint.com",
     SVC},
    {"https://evil.example@contoso.sharepoint.com/", URL, M, "sharepoint.com",
     SVC},
    {"https://www.microsoft.com@evil.example/", URL, N, NULL, 0},
    {"https://microsoft.com@evil.example:443/x", URL, N, NULL, 0},
    {"https://evil.example\\@microsoft.com/", URL, N, NULL, 0},
    {"https://evil.example#@microsoft.com", URL, N, NULL, 0},
    {"https://evil.example?@microsoft.com", URL, N, NULL, 0},
    {"https://evil.example/@microsoft.com", URL, N, NULL, 0},
    {"HTTPS://FORMS.OFFICE.COM/r/x", URL, M, "forms.office.com", SVC},
    {"ftp://files.1drv.ms/x", URL, M, "1drv.ms", LST},
    {"https://1drv.ms./u/s!abc", URL, M, "1drv.ms", LST},
    {"https://example.com/?u=https://evil.azurewebsites.net/", URL, N, NULL, 0},
    /* e-mail addresses: the domain after the last '@' */
    {"attacker@outlook.com", MAIL, M, "outlook.com", LST},
    {"a@contoso.onmicrosoft.com", MAIL, M, "onmicrosoft.com", SVC},
    {"\"x@y\"@hotmail.com", MAIL, M, "hotmail.com", LST},
    {"attacker@evil.example", MAIL, N, NULL, 0},
    {"microsoft.com@evil.example", MAIL, N, NULL, 0},
    /* kind guessed */
    {"https://x.azureedge.net/a", ANY, M, "azureedge.net", PSL},
    {"a@live.com", ANY, M, "live.com", LST},
    {"x.cloudapp.net", ANY, M, "cloudapp.net", PSL},
    {"evil.example", ANY, N, NULL, 0},
    /* malformed: a defined error */
    {"", HOST, MSSECREF_EEMPTY, NULL, 0},
    {".", HOST, MSSECREF_EURL, NULL, 0},
    {"microsoft.com..", HOST, MSSECREF_EURL, NULL, 0},
    {"a..microsoft.com", HOST, MSSECREF_EURL, NULL, 0},
    {".microsoft.com", HOST, MSSECREF_EURL, NULL, 0},
    {"micro soft.com", HOST, MSSECREF_EURL, NULL, 0},
    {"microsoft.com/", HOST, MSSECREF_EURL, NULL, 0},
    {"www%2emicrosoft.com", HOST, M, "microsoft.com", SVC}, /* decoded */
    {"microsoft.com\x1b[0m", HOST, MSSECREF_EURL, NULL, 0},
    {"%s%n.microsoft.com", HOST, MSSECREF_EURL, NULL, 0},
    /* non-ASCII hosts are converted (UTS #46), never refused */
    {"m\xd1\x96"
     "crosoft.com",
     HOST, N, NULL, 0},
    {"\xe3\x83\x9e\xe3\x82\xa4\xe3\x82\xaf\xe3\x83\xad\xe3\x82\xbd\xe3\x83\x95"
     "\xe3\x83\x88.com",
     HOST, N, NULL, 0},
    {"microsoft.com\xff", HOST, MSSECREF_EIDN, NULL, 0},
    {"https://m\xd1\x96"
     "crosoft.com/",
     URL, N, NULL, 0},
    {"https://", URL, MSSECREF_EURL, NULL, 0},
    {"https:///path", URL, N, NULL, 0}, /* the host is "path" */
    {"https://host:80a/", URL, MSSECREF_EURL, NULL, 0},
    {"https://[::1/", URL, MSSECREF_EURL, NULL, 0},
    {"https://user@/", URL, MSSECREF_EURL, NULL, 0},
    {"microsoft.com", URL, M, "microsoft.com", SVC}, /* no scheme: http */
    {"//microsoft.com/x", URL, M, "microsoft.com", SVC},
    {"javascript:alert(1)", URL, MSSECREF_EURL, NULL, 0}, /* no host */
    {"@outlook.com", MAIL, MSSECREF_EURL, NULL, 0},
    {"user@", MAIL, MSSECREF_EURL, NULL, 0},
    {"no-at-sign", MAIL, MSSECREF_EURL, NULL, 0},
    {"user@[1.2.3.4", MAIL, MSSECREF_EURL, NULL, 0},
};
#define NTABLE (sizeof table / sizeof table[0])

START_TEST(test_observable_table) {
  const char *suffix = "untouched";
  int source = 99;
  int rc = mssecref_observable_managed(table[_i].observable, table[_i].kind,
                                       &suffix, &source);
  ck_assert_msg(rc == table[_i].verdict, "%s: %d, expected %d",
                table[_i].observable, rc, table[_i].verdict);
  if (rc == M) {
    ck_assert_str_eq(suffix, table[_i].suffix);
    ck_assert_int_eq(source, table[_i].source);
  } else {
    ck_assert_str_eq(suffix, "untouched"); /* nothing written */
    ck_assert_int_eq(source, 99);
  }
  if (table[_i].kind == HOST) /* the bare-host entry point agrees */
    ck_assert_int_eq(mssecref_host_managed(table[_i].observable, NULL, NULL),
                     rc);
}
END_TEST

START_TEST(test_table_is_large) { ck_assert_uint_ge(NTABLE, 100); }
END_TEST

START_TEST(test_observable_errors) {
  char *big = test_repeat('a', 1u << 20);
  char *long_host = test_repeat('a', 300);
  ck_assert_int_eq(mssecref_host_managed(NULL, NULL, NULL), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_host_managed(big, NULL, NULL), MSSECREF_ETOOLONG);
  ck_assert_int_eq(mssecref_host_managed(long_host, NULL, NULL),
                   MSSECREF_EURL); /* a label over 63 bytes */
  ck_assert_int_eq(mssecref_observable_managed(NULL, ANY, NULL, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_observable_managed("x.com", -1, NULL, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_observable_managed("x.com", 4, NULL, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_observable_managed(big, MAIL, NULL, NULL),
                   MSSECREF_ETOOLONG);
  memcpy(big, "https://", 8);
  ck_assert_int_eq(mssecref_observable_managed(big, URL, NULL, NULL),
                   MSSECREF_ETOOLONG);
  free(big);
  free(long_host);
}
END_TEST

/* A long path after a short authority is never read. */
START_TEST(test_url_path_not_read) {
  char *url = test_repeat('a', 1u << 20);
  memcpy(url, "https://x.azurewebsites.net/", 28);
  ck_assert_int_eq(mssecref_observable_managed(url, URL, NULL, NULL), M);
  free(url);
}
END_TEST

START_TEST(test_suffix_list) {
  size_t i, n = mssecref_suffix_count();
  ck_assert_uint_ge(n, 40);
  for (i = 0; i < n; i++) {
    const char *s = NULL;
    int source = mssecref_suffix_at(i, &s);
    ck_assert_int_ge(source, 1);
    ck_assert_ptr_nonnull(mssecref_source_name(source));
    ck_assert_ptr_nonnull(s);
  }
  ck_assert_int_eq(mssecref_suffix_at(n, NULL), MSSECREF_EINVAL);
  ck_assert_str_eq(mssecref_source_name(PSL), "psl");
  ck_assert_str_eq(mssecref_source_name(TLD), "tld");
  ck_assert_str_eq(mssecref_source_name(SVC), "service");
  ck_assert_ptr_null(mssecref_source_name(0));
  ck_assert_str_eq(mssecref_source_name(LST), "list");
  ck_assert_ptr_null(mssecref_source_name(5));
  ck_assert_ptr_null(mssecref_source_name(-1));
}
END_TEST

/* ---- routing by where a thing is hosted ---- */

static const char *routed(int incident, const char *obs, int kind, int *rc) {
  const mssecref_contact *c = NULL;
  *rc = mssecref_route_observable(incident, obs, kind, MSSECREF_LANG_EN,
                                  MSSECREF_CUSTOMER_HOME, &c);
  return c ? mssecref_contact_id(c) : NULL;
}

START_TEST(test_route_hosted_phishing) {
  int rc;
  int phishing = mssecref_incident_parse("phishing", NULL, NULL);
  ck_assert_str_eq(routed(phishing,
                          "https://tenant.blob.core.windows.net/x/login.html",
                          URL, &rc),
                   "report-abuse");
  ck_assert_int_eq(rc & MSSECREF_ROUTE_HOSTED, MSSECREF_ROUTE_HOSTED);
  ck_assert_str_eq(routed(phishing, "https://evil.example/login", URL, &rc),
                   "report-unsafe-site");
  ck_assert_int_eq(rc & MSSECREF_ROUTE_HOSTED, 0);
  ck_assert_str_eq(
      routed(phishing, "https://www.microsoft.com@evil.example/", URL, &rc),
      "report-unsafe-site");
  ck_assert_str_eq(
      routed(phishing, "attacker@contoso.onmicrosoft.com", MAIL, &rc),
      "report-abuse");
  ck_assert_str_eq(routed(MSSECREF_INCIDENT_MALWARE_SAMPLE,
                          "https://1drv.ms/u/s!x", URL, &rc),
                   "report-abuse");
  ck_assert_str_eq(routed(MSSECREF_INCIDENT_MALWARE_SAMPLE,
                          "https://files.example/x.exe", URL, &rc),
                   "file-submission");
}
END_TEST

/* Incidents the abuse report does not take keep their contact, flagged. */
START_TEST(test_route_hosted_other_incidents) {
  int rc;
  ck_assert_str_eq(routed(MSSECREF_INCIDENT_VULNERABILITY,
                          "https://portal.azure.com/", URL, &rc),
                   "msrc-vulnerability-report");
  ck_assert_int_eq(rc, MSSECREF_ROUTE_HOSTED);
  ck_assert_str_eq(
      routed(MSSECREF_INCIDENT_PRODUCT_SUPPORT, "outlook.com", HOST, &rc),
      "microsoft-support");
  ck_assert_str_eq(
      routed(MSSECREF_INCIDENT_CLOUD_ABUSE, "evil.example", HOST, &rc),
      "report-abuse");
  ck_assert_int_eq(rc, 0);
}
END_TEST

START_TEST(test_route_observable_errors) {
  const mssecref_contact *c = (const mssecref_contact *)&c;
  const mssecref_contact *const sentinel = c;
  ck_assert_int_eq(mssecref_route_observable(1, "x.com", HOST, 1, 1, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_observable(0, "x.com", HOST, 1, 1, &c),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_observable(9, "x.com", HOST, 1, 1, &c),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_observable(1, "x.com", HOST, -1, 1, &c),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_observable(1, "x.com", HOST, 1, INT_MAX, &c),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_route_observable(1, NULL, HOST, 1, 1, &c),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_route_observable(1, "a..b", HOST, 1, 1, &c),
                   MSSECREF_EURL);
  ck_assert_int_eq(mssecref_route_observable(4, "x.com", HOST, 1,
                                             MSSECREF_CUSTOMER_DEVELOPER, &c),
                   MSSECREF_ENOCONTACT);
  ck_assert_ptr_eq(c, sentinel);
}
END_TEST

Suite *host_suite(void) {
  Suite *s = suite_create("host");
  TCase *tc = tcase_create("managed");
  tcase_add_loop_test(tc, test_observable_table, 0, (int)NTABLE);
  tcase_add_test(tc, test_table_is_large);
  tcase_add_test(tc, test_observable_errors);
  tcase_add_test(tc, test_url_path_not_read);
  tcase_add_test(tc, test_suffix_list);
  suite_add_tcase(s, tc);
  tc = tcase_create("route");
  tcase_add_test(tc, test_route_hosted_phishing);
  tcase_add_test(tc, test_route_hosted_other_incidents);
  tcase_add_test(tc, test_route_observable_errors);
  suite_add_tcase(s, tc);
  return s;
}
