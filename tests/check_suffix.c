/* check_suffix.c - which hosts count as Microsoft's: every host the
 * reference's sections 1-3 name (shared/reference/microsoft-hosts.md),
 * answered with its suffix, kind of hosting and source; at least one host
 * under every suffix of the catalogue, with tenant forms; the look-alikes
 * of its section 4 and more, none of which may match; and the route each
 * kind of hosting takes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

#define HOST MSSECREF_OBSERVABLE_HOST
#define URL MSSECREF_OBSERVABLE_URL
#define MAIL MSSECREF_OBSERVABLE_EMAIL
#define C MSSECREF_HOSTING_CUSTOMER_CONTENT
#define F MSSECREF_HOSTING_FIRST_PARTY
#define ML MSSECREF_HOSTING_MAIL
#define S MSSECREF_HOSTING_SUBSIDIARY
#define PSL MSSECREF_SOURCE_PSL
#define TLD MSSECREF_SOURCE_TLD
#define SVC MSSECREF_SOURCE_SERVICE
#define LST MSSECREF_SOURCE_LIST
/* Source texts, in part. */
#define MSPSL "private section \"Microsoft Corporation\""
#define GHPSL "private section \"GitHub, Inc.\""
#define ICANN "whose registry is Microsoft Corporation"
#define M365 "office-365-worldwide-endpoints.md"
#define PEDNS "private-link/private-endpoint-dns"
#define REF "contact-points.md"
#define CONSUMER "lists/lots-project"
#define MISP "lists/microsoft (misp"
#define O365 "lists/microsoft-office365"

static const struct row {
  const char *observable;
  int kind;
  const char *suffix; /* NULL: no suffix may match */
  int hosting;
  int source;
  const char *text; /* in the source text */
} rows[] = {
    /* 1. the Public Suffix List's Microsoft section, every entry */
    {"x.azurecontainer.io", HOST, "*.azurecontainer.io", C, PSL, MSPSL},
    {"app.westeurope.azurecontainer.io", HOST, "*.azurecontainer.io", C, PSL,
     "e8c9a2b2, 2026-08-19"},
    {"contoso.azure-api.net", HOST, "azure-api.net", C, PSL, MSPSL},
    {"contoso.azure-mobile.net", HOST, "azure-mobile.net", C, PSL, MSPSL},
    {"cdn.azureedge.net", HOST, "azureedge.net", C, PSL, MSPSL},
    {"shop-a1b2c3d4e5f6g7h8.z01.azurefd.net", HOST, "azurefd.net", C, PSL,
     "z01.azurefd.net"},
    {"site.azurestaticapps.net", HOST, "azurestaticapps.net", C, PSL, MSPSL},
    {"x.1.azurestaticapps.net", HOST, "1.azurestaticapps.net", C, PSL, MSPSL},
    {"x.2.azurestaticapps.net", HOST, "2.azurestaticapps.net", C, PSL, MSPSL},
    {"x.3.azurestaticapps.net", HOST, "3.azurestaticapps.net", C, PSL, MSPSL},
    {"x.4.azurestaticapps.net", HOST, "4.azurestaticapps.net", C, PSL, MSPSL},
    {"x.5.azurestaticapps.net", HOST, "5.azurestaticapps.net", C, PSL, MSPSL},
    {"x.6.azurestaticapps.net", HOST, "6.azurestaticapps.net", C, PSL, MSPSL},
    {"x.7.azurestaticapps.net", HOST, "7.azurestaticapps.net", C, PSL, MSPSL},
    {"8.azurestaticapps.net", HOST, "azurestaticapps.net", C, PSL, MSPSL},
    {"x.centralus.azurestaticapps.net", HOST, "centralus.azurestaticapps.net",
     C, PSL, MSPSL},
    {"x.eastasia.azurestaticapps.net", HOST, "eastasia.azurestaticapps.net", C,
     PSL, MSPSL},
    {"x.eastus2.azurestaticapps.net", HOST, "eastus2.azurestaticapps.net", C,
     PSL, MSPSL},
    {"x.westeurope.azurestaticapps.net", HOST, "westeurope.azurestaticapps.net",
     C, PSL, MSPSL},
    {"x.westus2.azurestaticapps.net", HOST, "westus2.azurestaticapps.net", C,
     PSL, MSPSL},
    {"phish.azurewebsites.net", HOST, "azurewebsites.net", C, PSL, MSPSL},
    {"phish-staging.scm.azurewebsites.net", HOST, "azurewebsites.net", C, PSL,
     MSPSL},
    {"vm.cloudapp.net", HOST, "cloudapp.net", C, PSL, MSPSL},
    {"x.trafficmanager.net", HOST, "trafficmanager.net", C, PSL, MSPSL},
    {"a.blob.core.usgovcloudapi.net", HOST, "blob.core.usgovcloudapi.net", C,
     PSL, MSPSL},
    {"a.file.core.usgovcloudapi.net", HOST, "file.core.usgovcloudapi.net", C,
     PSL, MSPSL},
    {"a.web.core.usgovcloudapi.net", HOST, "web.core.usgovcloudapi.net", C, PSL,
     MSPSL},
    {"a.servicebus.usgovcloudapi.net", HOST, "servicebus.usgovcloudapi.net", C,
     PSL, MSPSL},
    {"a.usgovcloudapp.net", HOST, "usgovcloudapp.net", C, PSL, MSPSL},
    {"a.usgovtrafficmanager.net", HOST, "usgovtrafficmanager.net", C, PSL,
     MSPSL},
    {"tenant.blob.core.windows.net", HOST, "blob.core.windows.net", C, PSL,
     "abuse-contact finders"},
    {"tenant.file.core.windows.net", HOST, "file.core.windows.net", C, PSL,
     MSPSL},
    {"tenant.z6.web.core.windows.net", HOST, "web.core.windows.net", C, PSL,
     "z6.web.core.windows.net"},
    {"ns.servicebus.windows.net", HOST, "servicebus.windows.net", C, PSL,
     MSPSL},
    {"x.azure-api.us", HOST, "azure-api.us", C, PSL, MSPSL},
    {"x.azurewebsites.us", HOST, "azurewebsites.us", C, PSL, MSPSL},
    /* Microsoft's TLDs and names under them */
    {"news.azure", HOST, "azure", F, TLD, ICANN},
    {"www.bing", HOST, "bing", F, TLD, ICANN},
    {"a.hotmail", HOST, "hotmail", F, TLD, ICANN},
    {"a.microsoft", HOST, "microsoft", F, TLD, ICANN},
    {"a.office", HOST, "office", F, TLD, ICANN},
    {"a.skype", HOST, "skype", F, TLD, ICANN},
    {"a.windows", HOST, "windows", F, TLD, ICANN},
    {"xbox", HOST, "xbox", F, TLD, ICANN},
    {"word.cloud.microsoft", HOST, "cloud.microsoft", F, TLD, "Microsoft 365"},
    {"sway.cloud.microsoft", HOST, "sway.cloud.microsoft", C, TLD, "Sway"},
    {"forms.cloud.microsoft", HOST, "forms.cloud.microsoft", C, TLD, "Forms"},
    {"outlook.cloud.microsoft", HOST, "outlook.cloud.microsoft", F, SVC,
     "endpoint ID 1 "},
    {"x.usercontent.microsoft", HOST, "usercontent.microsoft", C, LST, O365},
    {"static.microsoft", HOST, "static.microsoft", F, LST, O365},
    /* 2. Microsoft 365, by endpoint ID */
    {"outlook.office.com", HOST, "outlook.office.com", F, SVC,
     "endpoint ID 1 "},
    {"outlook.office365.com", HOST, "outlook.office365.com", F, SVC,
     "endpoint ID 1 "},
    {"contoso.sharepoint.com", HOST, "sharepoint.com", C, SVC,
     "endpoint ID 31"},
    {"contoso-my.sharepoint.com", HOST, "sharepoint.com", C, SVC, M365},
    {"contoso-files.sharepoint.com", HOST, "sharepoint.com", C, SVC,
     "ID 39: <tenant>-files"},
    {"static.sharepointonline.com", HOST, "*.sharepointonline.com", C, SVC,
     "endpoint ID 37"},
    {"x.svc.ms", HOST, "*.svc.ms", C, SVC, "endpoint ID 39"},
    {"contoso.microsoftstream.com", HOST, "*.microsoftstream.com", C, SVC,
     "endpoint ID 41"},
    {"word-edit.officeapps.live.com", HOST, "*.officeapps.live.com", C, SVC,
     "endpoint ID 46"},
    {"euc.online.office.com", HOST, "*.online.office.com", C, SVC,
     "endpoint ID 46"},
    {"www.onenote.com", HOST, "*.onenote.com", C, SVC, "endpoint ID 49"},
    {"attachments.office.net", HOST, "*.office.net", C, SVC,
     "endpoint IDs 50 and 78"},
    {"contoso.onmicrosoft.com", HOST, "onmicrosoft.com", C, SVC,
     "endpoint IDs 50 and 78"},
    {"www.onedrive.com", HOST, "www.onedrive.com", C, SVC, "endpoint ID 53"},
    {"az416426.vo.msecnd.net", HOST, "*.msecnd.net", C, SVC, "endpoint ID 59"},
    {"aadcdn.msftauthimages.net", HOST, "*.msftauthimages.net", C, SVC,
     "endpoint ID 59"},
    {"portal.office365.com", HOST, "*.office365.com", F, SVC, "endpoint ID 71"},
    {"www.yammer.com", HOST, "*.yammer.com", C, SVC, "endpoint ID 117"},
    {"x.yammerusercontent.com", HOST, "*.yammerusercontent.com", C, SVC,
     "endpoint ID 117"},
    {"sway.com", HOST, "sway.com", C, SVC, "endpoint ID 124"},
    {"www.sway.com", HOST, "sway.com", C, SVC, M365},
    {"x.microsoftusercontent.com", HOST, "microsoftusercontent.com", C, LST,
     O365},
    {"apps.powerapps.com", HOST, "powerapps.com", C, LST, O365},
    {"make.powerautomate.com", HOST, "powerautomate.com", F, LST, O365},
    {"aka.ms", HOST, "aka.ms", F, LST, "link shortener"},
    /* Azure's private endpoint zones and other services' hosts */
    {"x.table.core.windows.net", HOST, "table.core.windows.net", C, SVC, PEDNS},
    {"x.queue.core.windows.net", HOST, "queue.core.windows.net", C, SVC, PEDNS},
    {"x.dfs.core.windows.net", HOST, "dfs.core.windows.net", C, SVC, PEDNS},
    {"srv.database.windows.net", HOST, "database.windows.net", C, SVC, PEDNS},
    {"vault.azure.net", HOST, "vault.azure.net", C, SVC, PEDNS},
    {"myvault.vault.azure.net", HOST, "vault.azure.net", C, SVC, PEDNS},
    {"myvault.vaultcore.azure.net", HOST, "vaultcore.azure.net", C, SVC, PEDNS},
    {"x.azurecr.io", HOST, "azurecr.io", C, SVC, PEDNS},
    {"x.azconfig.io", HOST, "azconfig.io", C, SVC, PEDNS},
    {"hub.azure-devices.net", HOST, "azure-devices.net", C, SVC, PEDNS},
    {"x.service.signalr.net", HOST, "service.signalr.net", C, SVC, PEDNS},
    {"cluster-1a2b.hcp.eastus.azmk8s.io", HOST, "*.azmk8s.io", C, SVC,
     "<region>.azmk8s.io"},
    {"ws.sql.azuresynapse.net", HOST, "sql.azuresynapse.net", C, SVC, PEDNS},
    {"ws.dev.azuresynapse.net", HOST, "dev.azuresynapse.net", C, SVC, PEDNS},
    {"acct.documents.azure.com", HOST, "documents.azure.com", C, SVC, PEDNS},
    {"x.azure-automation.net", HOST, "azure-automation.net", C, SVC, PEDNS},
    {"ws.api.azureml.ms", HOST, "api.azureml.ms", C, SVC, PEDNS},
    {"x.notebooks.azure.net", HOST, "notebooks.azure.net", C, SVC, PEDNS},
    {"x.aznbcontent.net", HOST, "aznbcontent.net", C, SVC, PEDNS},
    {"x.cognitiveservices.azure.com", HOST, "cognitiveservices.azure.com", C,
     SVC, PEDNS},
    {"finance.msappproxy.net", HOST, "msappproxy.net", C, SVC, "app-proxy"},
    {"finance-contoso.msappproxy.net", HOST, "msappproxy.net", C, SVC,
     "app-proxy"},
    {"tunnel-3000.devtunnels.ms", HOST, "*.devtunnels.ms", C, SVC,
     "dev-tunnels/security"},
    {"abc123-3000.usw2.devtunnels.ms", HOST, "*.devtunnels.ms", C, SVC,
     "anonymous access"},
    {"app.happyhill-1234.eastus.azurecontainerapps.io", HOST,
     "*.azurecontainerapps.io", C, SVC, "container-apps"},
    {"cluster.azurehdinsight.net", HOST, "azurehdinsight.net", C, SVC,
     "hdinsight/find-host-name"},
    {"org.crm.dynamics.com", HOST, "dynamics.com", C, SVC, "gg328127"},
    {"org.crm4.dynamics.com", HOST, "dynamics.com", C, SVC, "gg328127"},
    {"org.crm9.dynamics.com", HOST, "dynamics.com", C, SVC, "gg328127"},
    {"contoso.powerappsportals.com", HOST, "powerappsportals.com", C, SVC,
     "portal Web API tutorial"},
    {"old.microsoftcrmportals.com", HOST, "microsoftcrmportals.com", C, LST,
     "named only by a MISP"},
    {"customervoice.microsoft.com", HOST, "customervoice.microsoft.com", C, SVC,
     "Customer Voice"},
    {"ncv.microsoft.com", HOST, "ncv.microsoft.com", C, SVC, "Customer Voice"},
    {"dcv.ms", HOST, "dcv.ms", C, LST, "url_shorteners.txt"},
    /* the reference's Microsoft service domains, consumer services */
    {"www.microsoft.com", HOST, "microsoft.com", F, SVC, REF},
    {"login.microsoftonline.com", HOST, "microsoftonline.com", F, SVC, REF},
    {"portal.azure.com", HOST, "azure.com", F, SVC, REF},
    {"core.windows.net", HOST, "windows.net", C, SVC, REF},
    {"www.office.com", HOST, "office.com", F, SVC, REF},
    {"forms.office.com", HOST, "forms.office.com", C, SVC, "Microsoft Forms"},
    {"1drv.ms", HOST, "1drv.ms", C, LST, CONSUMER},
    {"1drv.com", HOST, "1drv.com", C, LST, CONSUMER},
    {"onedrive.live.com", HOST, "onedrive.live.com", C, LST, CONSUMER},
    {"attachment.outlook.live.net", HOST, "live.net", C, LST,
     "attachment.outlook.live.net"},
    {"x.livefilestore.com", HOST, "livefilestore.com", C, LST, CONSUMER},
    {"outlook.com", HOST, "outlook.com", ML, LST, CONSUMER},
    {"hotmail.com", HOST, "hotmail.com", ML, LST, CONSUMER},
    {"hotmail.co.uk", HOST, "hotmail.co.uk", ML, LST, CONSUMER},
    {"login.live.com", HOST, "live.com", ML, LST, CONSUMER},
    {"live.fi", HOST, "live.fi", ML, LST, CONSUMER},
    {"msn.com", HOST, "msn.com", ML, LST, CONSUMER},
    {"attacker@outlook.com", MAIL, "outlook.com", ML, LST, CONSUMER},
    {"someone@hotmail.co.uk", MAIL, "hotmail.co.uk", ML, LST, CONSUMER},
    {"x@live.fi", MAIL, "live.fi", ML, LST, CONSUMER},
    {"a@contoso.onmicrosoft.com", MAIL, "onmicrosoft.com", C, SVC, M365},
    {"www.bing.com", HOST, "bing.com", F, LST, MISP},
    {"www.xbox.com", HOST, "xbox.com", F, LST, MISP},
    {"www.skype.com", HOST, "skype.com", F, LST, MISP},
    {"update.windows.com", HOST, "windows.com", F, LST, MISP},
    {"contoso.visualstudio.com", HOST, "visualstudio.com", F, LST, MISP},
    {"app.powerbi.com", HOST, "powerbi.com", F, LST, MISP},
    /* Microsoft-owned companies with their own abuse processes */
    {"octocat.github.io", HOST, "github.io", S, PSL, GHPSL},
    {"raw.githubusercontent.com", HOST, "githubusercontent.com", S, PSL, GHPSL},
    {"x.github.app", HOST, "github.app", S, PSL, GHPSL},
    {"x.githubpreview.dev", HOST, "githubpreview.dev", S, PSL, GHPSL},
    {"gist.github.com", HOST, "github.com", S, SVC, "GitHub"},
    {"https://github.com/evil/repo/releases/x.exe", URL, "github.com", S, SVC,
     "own abuse processes"},
    {"www.linkedin.com", HOST, "linkedin.com", S, SVC, "LinkedIn"},
    {"recruiter@linkedin.com", MAIL, "linkedin.com", S, SVC, "LinkedIn"},
    /* 3. what public reports name, as URLs */
    {"https://tenant.blob.core.windows.net/$web/login.html", URL,
     "blob.core.windows.net", C, PSL, MSPSL},
    {"https://site.z6.web.core.windows.net/", URL, "web.core.windows.net", C,
     PSL, MSPSL},
    {"https://sway.cloud.microsoft/AbCdEf", URL, "sway.cloud.microsoft", C, TLD,
     "Sway"},
    {"https://forms.office.com/r/AbCdEf", URL, "forms.office.com", C, SVC,
     "Microsoft Forms"},
    {"https://contoso-my.sharepoint.com/:b:/g/personal/x", URL,
     "sharepoint.com", C, SVC, M365},
    {"https://CONTOSO.PowerAppsPortals.com./", URL, "powerappsportals.com", C,
     SVC, "Power Pages"},
    {"https://xn--80ak6aa92e.azurewebsites.net/", URL, "azurewebsites.net", C,
     PSL, MSPSL}, /* a punycode tenant under a real suffix */
    /* 4. not Microsoft's, though lists say so; look-alikes seen */
    {"akadns.net", HOST, NULL, 0, 0, NULL},
    {"e13678.dscb.akamaiedge.net", HOST, NULL, 0, 0, NULL},
    {"x.akamaihd.net", HOST, NULL, 0, 0, NULL},
    {"crl3.digicert.com", HOST, NULL, 0, 0, NULL},
    {"ocsp.globalsign.com", HOST, NULL, 0, 0, NULL},
    {"microsoftproject.com", HOST, NULL, 0, 0, NULL},
    {"nethotmail.com", HOST, NULL, 0, 0, NULL},
    {"zoutlook.com", HOST, NULL, 0, 0, NULL},
    {"outlookpro.net", HOST, NULL, 0, 0, NULL},
    {"my365office.pro", HOST, NULL, 0, 0, NULL},
    {"azurelend.com", HOST, NULL, 0, 0, NULL},
    {"bingzone.net", HOST, NULL, 0, 0, NULL},
    /* a suffix glued to a label */
    {"evilsharepoint.com", HOST, NULL, 0, 0, NULL},
    {"contosopowerappsportals.com", HOST, NULL, 0, 0, NULL},
    {"xazurecr.io", HOST, NULL, 0, 0, NULL},
    {"phish-devtunnels.ms", HOST, NULL, 0, 0, NULL},
    {"notoutlook.com", HOST, NULL, 0, 0, NULL},
    {"myhotmail.co.uk", HOST, NULL, 0, 0, NULL},
    {"fakegithub.io", HOST, NULL, 0, 0, NULL},
    {"xdynamics.com", HOST, NULL, 0, 0, NULL},
    {"a.bvault.azure.net", HOST, NULL, 0, 0, NULL},
    {"x.zsvc.ms", HOST, NULL, 0, 0, NULL},
    {"evil.example.msappproxy.net.example", HOST, NULL, 0, 0, NULL},
    /* a suffix as labels of a foreign domain */
    {"sharepoint.com.evil.example", HOST, NULL, 0, 0, NULL},
    {"blob.core.windows.net.attacker.io", HOST, NULL, 0, 0, NULL},
    {"outlook.com.phish.ru", HOST, NULL, 0, 0, NULL},
    {"devtunnels.ms.evil.example", HOST, NULL, 0, 0, NULL},
    {"x.azurecr.io.evil.example", HOST, NULL, 0, 0, NULL},
    {"vault.azure.net.example", HOST, NULL, 0, 0, NULL},
    {"hotmail.co.uk.evil.example", HOST, NULL, 0, 0, NULL},
    {"https://contoso.sharepoint.com.evil.example/x", URL, NULL, 0, 0, NULL},
    {"attacker@outlook.com.evil.example", MAIL, NULL, 0, 0, NULL},
    /* the wildcard needs one more label; a bare parent is not a tenant */
    {"devtunnels.ms", HOST, NULL, 0, 0, NULL},
    {"azurecontainerapps.io", HOST, NULL, 0, 0, NULL},
    {"azurecontainer.io", HOST, NULL, 0, 0, NULL},
    {"svc.ms", HOST, NULL, 0, 0, NULL},
    {"azmk8s.io", HOST, NULL, 0, 0, NULL},
    {"office.net", HOST, NULL, 0, 0, NULL},
    {"yammer.com", HOST, NULL, 0, 0, NULL},
    /* punycode look-alikes */
    {"xn--sharepont-d2a.com", HOST, NULL, 0, 0, NULL},
    {"contoso.xn--sharepint-d7a.com", HOST, NULL, 0, 0, NULL},
    {"xn--mcrosoft-3ya.com", HOST, NULL, 0, 0, NULL},
    {"xn--outlok-qwa.com", HOST, NULL, 0, 0, NULL},
    {"x.xn--azurewebsits-4ib.net", HOST, NULL, 0, 0, NULL},
    /* Unicode look-alikes: refused (or, once the host is mapped, not
     * matched); never a match */
    {"contoso.sharepo\xc4\xabnt.com", HOST, NULL, 0, 0, NULL},
    {"\xd0\xbe"
     "utlook.com",
     HOST, NULL, 0, 0, NULL},
    {"x.azurewebsites.n\xd0\xb5t", HOST, NULL, 0, 0, NULL},
    {"https://m\xd1\x96"
     "crosoft.com/",
     URL, NULL, 0, 0, NULL},
    /* addresses and other hosts */
    {"13.107.246.10", HOST, NULL, 0, 0, NULL},
    {"example.com", HOST, NULL, 0, 0, NULL},
};
#define NROWS (sizeof rows / sizeof rows[0])

START_TEST(test_hosting_table) {
  const struct row *r = &rows[_i];
  size_t index = (size_t)-1;
  const char *suffix = "untouched";
  int source = 99;
  int rc = mssecref_observable_hosting(r->observable, r->kind, &index);
  int managed =
      mssecref_observable_managed(r->observable, r->kind, &suffix, &source);
  if (r->suffix == NULL) {
    ck_assert_msg(rc <= 0, "%s matched %d", r->observable, rc);
    ck_assert_uint_eq(index, (size_t)-1); /* nothing written */
    ck_assert_int_le(managed, 0);
    ck_assert_str_eq(suffix, "untouched");
    return;
  }
  ck_assert_msg(rc == r->hosting, "%s: hosting %d, expected %d", r->observable,
                rc, r->hosting);
  ck_assert_int_eq(mssecref_suffix_at(index, &suffix), r->source);
  ck_assert_str_eq(suffix, r->suffix);
  ck_assert_int_eq(mssecref_suffix_hosting(index), r->hosting);
  ck_assert_msg(strstr(mssecref_suffix_source_text(index), r->text) != NULL,
                "%s: '%s' not in its source '%s'", r->observable, r->text,
                mssecref_suffix_source_text(index));
  /* the 1.1 functions count the Microsoft kinds only */
  suffix = "untouched";
  managed =
      mssecref_observable_managed(r->observable, r->kind, &suffix, &source);
  if (r->hosting == S) {
    ck_assert_int_eq(managed, 0);
    ck_assert_str_eq(suffix, "untouched");
  } else {
    ck_assert_int_eq(managed, 1);
    ck_assert_str_eq(suffix, r->suffix);
    ck_assert_int_eq(source, r->source);
  }
}
END_TEST

/* The table names a host under every suffix of the catalogue, so a suffix
 * added without a test fails here; every kind and source appears. */
START_TEST(test_every_suffix_has_a_host) {
  size_t n = mssecref_suffix_count(), i, index;
  char *hit = calloc(n, 1);
  unsigned kinds = 0, sources = 0;
  for (i = 0; i < NROWS; i++)
    if (rows[i].suffix != NULL &&
        mssecref_observable_hosting(rows[i].observable, rows[i].kind, &index) >
            0)
      hit[index] = 1;
  for (i = 0; i < n; i++) {
    const char *s;
    int source = mssecref_suffix_at(i, &s);
    ck_assert_msg(hit[i], "no host under suffix '%s' in the table", s);
    kinds |= 1u << mssecref_suffix_hosting(i);
    sources |= 1u << source;
  }
  ck_assert_uint_eq(kinds, (1u << C) | (1u << F) | (1u << ML) | (1u << S));
  ck_assert_uint_eq(sources,
                    (1u << PSL) | (1u << TLD) | (1u << SVC) | (1u << LST));
  free(hit);
}
END_TEST

/* Tenant forms of every suffix, from the library's own list: a label
 * (or two, in mixed case, with a trailing dot) before it matches it; the bare
 * suffix matches it unless it is "*.x". */
START_TEST(test_tenant_forms) {
  size_t n = mssecref_suffix_count(), i, index;
  for (i = 0; i < n; i++) {
    const char *s, *key;
    char host[300];
    mssecref_suffix_at(i, &s);
    key = strncmp(s, "*.", 2) == 0 ? s + 2 : s;
    snprintf(host, sizeof host, "tenant-my.%s", key);
    ck_assert_int_gt(mssecref_observable_hosting(host, HOST, &index), 0);
    ck_assert_msg(index == i, "%s: suffix %zu, expected %zu", host, index, i);
    snprintf(host, sizeof host, "Tenant-1.Zone-9.%s.", key);
    ck_assert_int_gt(mssecref_observable_hosting(host, HOST, &index), 0);
    ck_assert_uint_eq(index, i);
    index = n;
    if (key == s) {
      ck_assert_int_gt(mssecref_observable_hosting(key, HOST, &index), 0);
      ck_assert_uint_eq(index, i);
    } else if (mssecref_observable_hosting(key, HOST, &index) > 0) {
      ck_assert_uint_ne(index, i);
    }
    snprintf(host, sizeof host, "x%s", key); /* glued */
    if (mssecref_observable_hosting(host, HOST, &index) > 0)
      ck_assert_uint_ne(index, i);
    snprintf(host, sizeof host, "%s.evil.example", key); /* foreign */
    ck_assert_int_eq(mssecref_observable_hosting(host, HOST, NULL), 0);
  }
}
END_TEST

START_TEST(test_hosting_api) {
  size_t n = mssecref_suffix_count(), index = 7;
  const char *v = mssecref_catalogue_psl_version();
  ck_assert_uint_ge(n, 120);
  ck_assert_str_eq(mssecref_hosting_name(C), "customer-content");
  ck_assert_str_eq(mssecref_hosting_name(F), "first-party");
  ck_assert_str_eq(mssecref_hosting_name(ML), "mail");
  ck_assert_str_eq(mssecref_hosting_name(S), "subsidiary");
  ck_assert_ptr_null(mssecref_hosting_name(0));
  ck_assert_ptr_null(mssecref_hosting_name(5));
  ck_assert_ptr_null(mssecref_hosting_name(-1));
  ck_assert_int_eq(mssecref_hosting_parse("Customer_Content"), C);
  ck_assert_int_eq(mssecref_hosting_parse("first party"), F);
  ck_assert_int_eq(mssecref_hosting_parse("MAIL"), ML);
  ck_assert_int_eq(mssecref_hosting_parse("subsidiary"), S);
  ck_assert_int_eq(mssecref_hosting_parse("github"), MSSECREF_ENOTFOUND);
  ck_assert_int_eq(mssecref_hosting_parse(""), MSSECREF_EEMPTY);
  ck_assert_int_eq(mssecref_hosting_parse(NULL), MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_suffix_hosting(n), MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_suffix_hosting((size_t)-1), MSSECREF_EINVAL);
  ck_assert_ptr_null(mssecref_suffix_source_text(n));
  ck_assert_int_eq(mssecref_observable_hosting(NULL, HOST, &index),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_observable_hosting("x.com", 9, &index),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_observable_hosting("a..b", HOST, &index),
                   MSSECREF_EURL);
  ck_assert_int_eq(mssecref_observable_hosting("", HOST, &index),
                   MSSECREF_EEMPTY);
  ck_assert_uint_eq(index, 7);
  ck_assert_int_eq(mssecref_observable_hosting("x.github.io", HOST, NULL), S);
  ck_assert_uint_eq(strlen(v), 10);
  ck_assert(v[4] == '-' && v[7] == '-');
}
END_TEST

/* ---- the route each kind of hosting takes ---- */

static const struct route_row {
  const char *incident;
  const char *observable;
  const char *contact;
  int flags; /* of MSSECREF_ROUTE_HOSTED | MSSECREF_ROUTE_SUBSIDIARY */
} routes[] = {
    /* customer content: the abuse report */
    {"phishing", "https://contoso.powerappsportals.com/signin", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    {"phishing", "https://org.crm.dynamics.com/x", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    {"phishing", "https://tunnel-3000.devtunnels.ms/", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    {"malware", "https://x.azurecr.io/v2/", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    {"phishing", "https://attachments.office.net/x", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    /* first-party: the abuse report too */
    {"phishing", "https://www.bing.com/ck/a?u=x", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    /* mail: an attacker's Microsoft mail account */
    {"phishing", "attacker@hotmail.co.uk", "report-abuse",
     MSSECREF_ROUTE_HOSTED},
    {"phishing", "attacker@outlook.com", "report-abuse", MSSECREF_ROUTE_HOSTED},
    /* subsidiaries: the usual contact, flagged */
    {"phishing", "https://octocat.github.io/login", "report-unsafe-site",
     MSSECREF_ROUTE_SUBSIDIARY},
    {"phishing", "https://www.linkedin.com/redir?u=x", "report-unsafe-site",
     MSSECREF_ROUTE_SUBSIDIARY},
    {"malware", "https://raw.githubusercontent.com/x/y/main/a.exe",
     "file-submission", MSSECREF_ROUTE_SUBSIDIARY},
    {"phishing", "recruiter@linkedin.com", "report-unsafe-site",
     MSSECREF_ROUTE_SUBSIDIARY},
    /* neither */
    {"phishing", "https://phish.example/", "report-unsafe-site", 0},
    {"phishing", "https://evilsharepoint.com/", "report-unsafe-site", 0},
    /* incidents the abuse report does not take keep their contact */
    {"vulnerability", "https://x.azurewebsites.net/",
     "msrc-vulnerability-report", MSSECREF_ROUTE_HOSTED},
    {"vulnerability", "https://github.com/", "msrc-vulnerability-report",
     MSSECREF_ROUTE_SUBSIDIARY},
};

START_TEST(test_route_by_hosting) {
  const struct route_row *r = &routes[_i];
  const mssecref_contact *c = NULL;
  int inc = mssecref_incident_parse(r->incident, NULL, NULL);
  int rc =
      mssecref_route_observable(inc, r->observable, MSSECREF_OBSERVABLE_ANY,
                                MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME, &c);
  ck_assert_int_ge(rc, 0);
  ck_assert_msg(strcmp(mssecref_contact_id(c), r->contact) == 0,
                "%s at %s: %s, expected %s", r->incident, r->observable,
                mssecref_contact_id(c), r->contact);
  ck_assert_int_eq(rc & (MSSECREF_ROUTE_HOSTED | MSSECREF_ROUTE_SUBSIDIARY),
                   r->flags);
}
END_TEST

/* A subsidiary's host never gets Microsoft's abuse report, for any
 * incident, language or customer type: the usual contact when it is
 * another, MSSECREF_ENOCONTACT (nothing written) when it is the abuse
 * report (cloud abuse).  A Microsoft host still gets it. */
static const char *const subsidiary_hosts[] = {
    "x.github.io",
    "https://raw.githubusercontent.com/a/b",
    "https://www.linkedin.com/in/x",
    "dev@github.com",
    "a.github.app",
    "x.githubpreview.dev"};

START_TEST(test_subsidiary_never_abuse_report) {
  const char *obs = subsidiary_hosts[_i];
  int inc, lang, cust, rc;
  for (inc = 1; inc <= MSSECREF_INCIDENT_MAX; inc++)
    for (lang = 0; lang <= MSSECREF_LANG_MAX; lang++)
      for (cust = 0; cust <= MSSECREF_CUSTOMER_MAX; cust++) {
        const mssecref_contact *c = NULL;
        rc = mssecref_route_observable(inc, obs, MSSECREF_OBSERVABLE_ANY, lang,
                                       cust, &c);
        if (rc == MSSECREF_ENOCONTACT) {
          ck_assert_ptr_null(c);
          continue;
        }
        ck_assert_int_ge(rc, 0);
        ck_assert_msg(strcmp(mssecref_contact_id(c), "report-abuse") != 0,
                      "%s at %s (lang %d, customer %d): report-abuse",
                      mssecref_incident_name(inc), obs, lang, cust);
        ck_assert_int_eq(rc & MSSECREF_ROUTE_SUBSIDIARY,
                         MSSECREF_ROUTE_SUBSIDIARY);
        ck_assert_int_eq(rc & MSSECREF_ROUTE_HOSTED, 0);
      }
  {
    const mssecref_contact *c = NULL;
    inc = mssecref_incident_parse("cloud-abuse", NULL, NULL);
    ck_assert_int_eq(
        mssecref_route_observable(inc, obs, MSSECREF_OBSERVABLE_ANY, 0, 0, &c),
        MSSECREF_ENOCONTACT);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(
        mssecref_observable_hosting(obs, MSSECREF_OBSERVABLE_ANY, NULL),
        MSSECREF_HOSTING_SUBSIDIARY);
    rc = mssecref_route_observable(inc, "x.blob.core.windows.net",
                                   MSSECREF_OBSERVABLE_HOST, 0, 0, &c);
    ck_assert_int_ge(rc, 0);
    ck_assert_str_eq(mssecref_contact_id(c), "report-abuse");
    ck_assert_int_eq(rc & MSSECREF_ROUTE_HOSTED, MSSECREF_ROUTE_HOSTED);
  }
}
END_TEST

Suite *suffix_suite(void) {
  Suite *s = suite_create("suffix");
  TCase *tc = tcase_create("hosting");
  tcase_add_loop_test(tc, test_hosting_table, 0, (int)NROWS);
  tcase_add_test(tc, test_every_suffix_has_a_host);
  tcase_add_test(tc, test_tenant_forms);
  tcase_add_test(tc, test_hosting_api);
  suite_add_tcase(s, tc);
  tc = tcase_create("route");
  tcase_add_loop_test(tc, test_route_by_hosting, 0,
                      (int)(sizeof routes / sizeof routes[0]));
  tcase_add_loop_test(
      tc, test_subsidiary_never_abuse_report, 0,
      (int)(sizeof subsidiary_hosts / sizeof subsidiary_hosts[0]));
  suite_add_tcase(s, tc);
  return s;
}
