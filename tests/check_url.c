/* check_url.c - observables as browsers parse them and as analysts write
 * them: every example of issue 11 and one or more instances of each kind
 * it names, with the host judged (mssecref_observable_host()), its flags
 * and the verdict.  Where a URL is concerned, hosts were checked against
 * whatwg-url, the URL Standard's reference implementation, and Node's URL
 * parser (`new URL(s).hostname`); where the two differ (UTS #46 checks
 * Node leaves out), whatwg-url's answer is the expected one. */
#include <stdlib.h>
#include <string.h>

#include <mssecref.h>

#include "suites.h"

#define M 1 /* Microsoft-managed */
#define N 0
#define URL MSSECREF_OBSERVABLE_URL
#define HOST MSSECREF_OBSERVABLE_HOST
#define MAIL MSSECREF_OBSERVABLE_EMAIL
#define ANY MSSECREF_OBSERVABLE_ANY
#define RF MSSECREF_HOST_REFANGED
#define IP MSSECREF_HOST_IP
#define IDN MSSECREF_HOST_IDN
#define DEC MSSECREF_HOST_DECODED
#define NS MSSECREF_HOST_NO_SCHEME
#define K_URL (URL << MSSECREF_HOST_KIND_SHIFT)
#define K_HOST (HOST << MSSECREF_HOST_KIND_SHIFT)
#define K_MAIL (MAIL << MSSECREF_HOST_KIND_SHIFT)

static const struct {
  const char *observable;
  int kind;
  int verdict;      /* M, N or a negative status */
  const char *host; /* the host judged (NULL on error) */
  unsigned flags;   /* flags that must be set */
} cases[] = {
    /* the wrong answers */
    {"login-portal.example/?email=victim@contoso.onmicrosoft.com", ANY, N,
     "login-portal.example", NS | K_URL},
    {"hxxps[:]//login-portal.example/?email=victim@contoso.onmicrosoft.com",
     ANY, N, "login-portal.example", RF | K_URL},
    {"https:\\\\evil.example\\@x.sharepoint.com", ANY, N, "evil.example",
     K_URL},
    {"https:\\\\evil.example\\@x.sharepoint.com", URL, N, "evil.example", 0},
    /* the errors where a browser opens the page */
    {"https://contoso\t.blob.core.windows.net/x", URL, M,
     "contoso.blob.core.windows.net", 0},
    {"https://con\ntoso.blob.core.win\rdows.net/x", URL, M,
     "contoso.blob.core.windows.net", 0},
    {"  https://contoso.blob.core.windows.net/x  ", URL, M,
     "contoso.blob.core.windows.net", 0},
    {"\x01\x1f https://x.sharepoint.com \x7f", URL, MSSECREF_EURL, NULL, 0},
    {"\x01\x1f https://x.sharepoint.com \x1f", URL, M, "x.sharepoint.com", 0},
    {"https:/contoso.blob.core.windows.net/x", URL, M,
     "contoso.blob.core.windows.net", 0},
    {"https:contoso.blob.core.windows.net/x", URL, M,
     "contoso.blob.core.windows.net", 0},
    {"https:\\/\\//contoso.blob.core.windows.net/x", URL, M,
     "contoso.blob.core.windows.net", 0},
    {"https://contoso%2Eblob%2Ecore%2Ewindows%2Enet/", URL, M,
     "contoso.blob.core.windows.net", DEC},
    {"https://contoso\xe3\x80\x82"
     "blob\xe3\x80\x82"
     "core\xe3\x80\x82"
     "windows\xe3\x80\x82"
     "net/",
     URL, M, "contoso.blob.core.windows.net", IDN},
    {"https://\xef\xbd\x83\xef\xbd\x8f\xef\xbd\x8e\xef\xbd\x94\xef\xbd\x8f"
     "\xef\xbd\x93\xef\xbd\x8f.sharepoint.com/",
     URL, M, "contoso.sharepoint.com", IDN}, /* fullwidth letters */
    {"https://micro\xc2\xadsoft.com/", URL, M, "microsoft.com", IDN},
    {"https://m\xd1\x96"
     "crosoft.com/",
     URL, N, "xn--mcrosoft-thh.com", IDN},
    {"hxxps://tenant[.]blob[.]core[.]windows[.]net/x", URL, M,
     "tenant.blob.core.windows.net", RF},
    {"hxxps://tenant[.]blob[.]core[.]windows[.]net/x", ANY, M,
     "tenant.blob.core.windows.net", RF | K_URL},
    /* defanging conventions */
    {"hXXp://evil[.]example/x", ANY, N, "evil.example", RF},
    {"HXXPS://x(.)sharepoint{.}com", ANY, M, "x.sharepoint.com", RF},
    {"h**ps://x[dot]sharepoint(dot)com/", ANY, M, "x.sharepoint.com", RF},
    {"h__p://x{dot}sharepoint[DOT]com/", URL, M, "x.sharepoint.com", RF},
    {"hxtps://x.sharepoint.com/", URL, M, "x.sharepoint.com", RF},
    {"fxp://files[.]1drv[.]ms/x", ANY, M, "files.1drv.ms", RF},
    {"https[://]x.sharepoint.com/a", ANY, M, "x.sharepoint.com", RF},
    {"https[:]//evil.example[/]x", ANY, N, "evil.example", RF},
    {"x[.]sharepoint[.]com", ANY, M, "x.sharepoint.com", RF | K_HOST},
    {"a[@]outlook[.]com", ANY, M, "outlook.com", RF | K_MAIL},
    {"a[at]outlook[.]com", ANY, M, "outlook.com", RF | K_MAIL},
    {"a(at)evil(.)example", ANY, N, "evil.example", RF | K_MAIL},
    {"a{at}outlook{.}com", MAIL, M, "outlook.com", RF},
    /* scheme-less URLs */
    {"x.sharepoint.com/path", ANY, M, "x.sharepoint.com", NS | K_URL},
    {"x.sharepoint.com:8443/p", ANY, M, "x.sharepoint.com", NS | K_URL},
    {"//x.sharepoint.com/p", ANY, M, "x.sharepoint.com", NS | K_URL},
    {"evil.example:443", ANY, N, "evil.example", NS | K_URL},
    {"x.sharepoint.com?q", ANY, M, "x.sharepoint.com", NS | K_URL},
    {"evil.example", URL, N, "evil.example", NS},
    {"javascript:alert(1)", ANY, MSSECREF_EURL, NULL, 0},
    /* e-mail addresses as headers write them */
    {"Display Name <a@outlook.com>", ANY, M, "outlook.com", K_MAIL},
    {"<a@outlook.com>", ANY, M, "outlook.com", K_MAIL},
    {"\"Doe, John\" <j@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"Name <a@evil.example>", MAIL, N, "evil.example", 0},
    {"Name <a@outlook.com", MAIL, MSSECREF_EURL, NULL, 0},
    {"mailto:a@outlook.com?subject=x@evil.example", ANY, M, "outlook.com",
     K_MAIL},
    {"mailto:a@evil.example?cc=b@outlook.com", ANY, N, "evil.example", K_MAIL},
    {"MAILTO:a@outlook.com", URL, M, "outlook.com", K_MAIL},
    {"\"a@outlook.com\"@evil.example", ANY, N, "evil.example", K_MAIL},
    {"\"a/b@evil.example\"@outlook.com", ANY, M, "outlook.com", K_MAIL},
    {"user@[IPv6:2001:db8:0:0::1]", MAIL, N, "[2001:db8::1]", IP},
    {"user@[192.0.2.1]", MAIL, N, "192.0.2.1", IP},
    {"user@[x.outlook.com]", MAIL, MSSECREF_EURL, NULL, 0},
    {"a@m\xd1\x96"
     "crosoft.com",
     MAIL, N, "xn--mcrosoft-thh.com", IDN},
    {"a@OUTLOOK.COM.", ANY, M, "outlook.com.", K_MAIL},
    {"a@b..outlook.com", MAIL, MSSECREF_EURL, NULL, 0},
    /* a URL's path, query or fragment is never an e-mail domain */
    {"evil.example/x?u=a@outlook.com", ANY, N, "evil.example", K_URL},
    {"evil.example#a@outlook.com", ANY, N, "evil.example", K_URL},
    {"evil.example?a@outlook.com", ANY, N, "evil.example", K_URL},
    {"evil.example\\a@outlook.com", ANY, N, "evil.example", K_URL},
    {"https://evil.example/@outlook.com", ANY, N, "evil.example", K_URL},
    {"user@x.sharepoint.com/path", ANY, M, "x.sharepoint.com", K_URL},
    /* IPv4 number forms: an address, never managed */
    {"http://0x7f.1/", URL, N, "127.0.0.1", IP},
    {"http://2130706433/", URL, N, "127.0.0.1", IP},
    {"http://017700000001/", URL, N, "127.0.0.1", IP},
    {"http://0x.0x.0/", URL, N, "0.0.0.0", IP},
    {"http://1.2.3.4./", URL, N, "1.2.3.4", IP},
    {"http://\xef\xbc\x91\xef\xbc\x92\xef\xbc\x97.1/", URL, N, "127.0.0.1",
     IP}, /* fullwidth digits */
    {"http://1.2.3.4.5/", URL, MSSECREF_EURL, NULL, 0},
    {"http://1.2.3.256/", URL, MSSECREF_EURL, NULL, 0},
    {"http://foo.09/", URL, MSSECREF_EURL, NULL, 0},
    {"http://x.sharepoint.com.0x/", URL, MSSECREF_EURL, NULL, 0},
    {"1.2.3.4", ANY, N, "1.2.3.4", IP | K_HOST},
    /* IPv6 literals */
    {"https://[2603:1030:0:0::1]:443/", URL, N, "[2603:1030::1]", IP},
    {"http://[::ffff:1.2.3.4]/", URL, N, "[::ffff:102:304]", IP},
    {"http://[0:0:1:0:0:0:0:0]/", URL, N, "[0:0:1::]", IP},
    {"http://[1::2::3]/", URL, MSSECREF_EURL, NULL, 0},
    {"http://[::1]x/", URL, MSSECREF_EURL, NULL, 0},
    /* forbidden code points, ports */
    {"https://evil example.com/", URL, MSSECREF_EURL, NULL, 0},
    {"https://a^b.sharepoint.com/", URL, MSSECREF_EURL, NULL, 0},
    {"https://a%00b.sharepoint.com/", URL, MSSECREF_EURL, NULL, 0},
    {"https://a%zzb.sharepoint.com/", URL, MSSECREF_EURL, NULL, 0},
    {"https://a%2fb.sharepoint.com/", URL, MSSECREF_EURL, NULL, 0},
    {"https://x.sharepoint.com:65535/", URL, M, "x.sharepoint.com", 0},
    {"https://x.sharepoint.com:65536/", URL, MSSECREF_EURL, NULL, 0},
    {"https://x.sharepoint.com:00000443/", URL, M, "x.sharepoint.com", 0},
    {"https://user:p@ss@x.sharepoint.com/", URL, M, "x.sharepoint.com", 0},
    {"https://x.sharepoint.com@evil.example/", URL, N, "evil.example", 0},
    /* what UTS #46 refuses: MSSECREF_EIDN */
    {"https://xn--a.com/", URL, MSSECREF_EIDN, NULL, 0},
    {"https://a\xef\xbf\xbd.com/", URL, MSSECREF_EIDN, NULL, 0},
    {"https://\xff.com/", URL, MSSECREF_EIDN, NULL, 0},
    {"https://a\xe2\x92\x88"
     "com/",
     URL, MSSECREF_EIDN, NULL, 0},
    {"https://XN--MCROSOFT-3YA.com", URL, N, "xn--mcrosoft-3ya.com", IDN},
    {"https://\xef\xbd\x98n--mcrosoft-3ya.com", URL, N, "xn--mcrosoft-3ya.com",
     IDN},
    /* UTS #46's validity checks as the URL Standard runs them (CheckBidi
     * and CheckJoiners true; NFC and no leading mark always): a host they
     * refuse is MSSECREF_EIDN.  Expected values are whatwg-url's (14.2.0,
     * tr46 5.1.1); "Node accepts" marks where Node 20's URL parser, which
     * leaves some of these checks out, opens the URL.
     * ContextJ (RFC 5892 A.1, A.2): a joiner only after a virama, a ZWNJ
     * also between letters that join towards it. */
    {"https://te\xe2\x80\x8dnant.blob.core.windows.net/x", URL, MSSECREF_EIDN,
     NULL, 0}, /* ZWJ after a letter */
    {"https://a\xe0\xa5\x8d\xe2\x80\x8d"
     "b.sharepoint.com/",
     URL, M, "xn--ab-fsf014u.sharepoint.com", IDN}, /* ZWJ after U+094D */
    {"https://\xe0\xa4\x95\xe0\xa5\x8d\xe2\x80\x8c\xe0\xa4\xb7.sharepoint.com/",
     URL, M, "xn--11b2ezcs70k.sharepoint.com", IDN}, /* ZWNJ after U+094D */
    {"https://a\xe2\x80\x8c"
     "b.sharepoint.com/",
     URL, MSSECREF_EIDN, NULL, 0}, /* ZWNJ between Latin letters */
    {"https://\xd8\xa8\xe2\x80\x8c\xd8\xa8.sharepoint.com/", URL, M,
     "xn--ngba799q.sharepoint.com", IDN}, /* beh ZWNJ beh: both join */
    {"https://\xd8\xa8\xd9\x8e\xe2\x80\x8c\xd8\xa8.sharepoint.com/", URL, M,
     "xn--ngba7iz95i.sharepoint.com", IDN}, /* a fatha (transparent) between */
    {"https://\xd8\xa7\xe2\x80\x8c\xd8\xa8.sharepoint.com/", URL, MSSECREF_EIDN,
     NULL, 0}, /* alef (Joining_Type R) before the ZWNJ */
    {"https://\xd8\xa8\xe2\x80\x8c\xe2\x80\x8c\xd8\xa8.sharepoint.com/", URL,
     MSSECREF_EIDN, NULL, 0}, /* two ZWNJ: Node accepts */
    {"https://\xd8\xa8\xe2\x80\x8d\xd8\xa8.sharepoint.com/", URL, MSSECREF_EIDN,
     NULL, 0}, /* ZWJ between joining letters: no virama */
    /* the Bidi rule (RFC 5893), for every label of a domain that has a
     * right-to-left label; Node applies only part of it */
    {"https://1\xd7\x90.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* rule 1: a digit first; Node accepts */
    {"https://\xd7\x90\xd7\x91.sharepoint.com/", URL, M,
     "xn--4dbc.sharepoint.com", IDN},
    {"https://%D7%90%D7%91.sharepoint.com/", URL, M, "xn--4dbc.sharepoint.com",
     IDN | DEC},
    {"https://\xd7\x90\xd7\x91.1a.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* the ASCII label 1a breaks rule 1; Node accepts */
    {"https://\xd7\x90.1drv.ms/", URL, MSSECREF_EIDN, NULL,
     0}, /* so does 1drv, a Microsoft label; Node accepts */
    {"https://\xd7\x90"
     "1.sharepoint.com/",
     URL, M, "xn--1-zhc.sharepoint.com", IDN}, /* rule 3: may end in EN */
    {"https://\xd7\x90\xd6\xb4.sharepoint.com/", URL, M,
     "xn--cdb9c.sharepoint.com", IDN}, /* rule 3: then a mark (NSM) */
    {"https://\xd7\x90"
     "a.sharepoint.com/",
     URL, MSSECREF_EIDN, NULL, 0}, /* rule 2: no L in a right-to-left label */
    {"https://a\xd7\x90.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* rule 5: no R in a left-to-right label; Node accepts */
    {"https://\xd8\xa7\xd9\xa1.sharepoint.com/", URL, M,
     "xn--mgb0j.sharepoint.com", IDN}, /* alef, ARABIC-INDIC DIGIT ONE (AN) */
    {"https://\xd9\xa1\xd8\xa7.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* rule 1: AN first; Node accepts */
    {"https://\xd8\xa7\xd9\xa1\xdb\xb1.sharepoint.com/", URL, MSSECREF_EIDN,
     NULL, 0}, /* rule 4: AN and EN (U+06F1) together */
    {"\xd7\x90\xd7\x91.sharepoint.com", HOST, M, "xn--4dbc.sharepoint.com",
     IDN},
    {"a@\xd7\x90.1drv.ms", MAIL, MSSECREF_EIDN, NULL, 0},
    /* NFC after the mapping: e U+0301 is U+00E9, marks are reordered,
     * jamo make a syllable, U+212B is U+00E5; U+0958 stays U+0915 U+093C
     * (a composition exclusion).  No label begins with a mark. */
    {"https://e\xcc\x81x.sharepoint.com/", URL, M, "xn--x-9fa.sharepoint.com",
     IDN},
    {"https://a\xcc\x81\xcc\xa3.sharepoint.com/", URL, M,
     "xn--lsa752l.sharepoint.com", IDN},
    {"https://\xe1\x84\x80\xe1\x85\xa1.sharepoint.com/", URL, M,
     "xn--o39a.sharepoint.com", IDN},
    {"https://\xe2\x84\xab.sharepoint.com/", URL, M, "xn--5ca.sharepoint.com",
     IDN},
    {"https://\xe0\xa5\x98.sharepoint.com/", URL, M, "xn--11b2f.sharepoint.com",
     IDN},
    {"https://x\xcc\x81.sharepoint.com/", URL, M, "xn--x-xbb.sharepoint.com",
     IDN}, /* a mark inside a label */
    {"https://\xcc\x81"
     "a.sharepoint.com/",
     URL, MSSECREF_EIDN, NULL, 0},
    {"https://x.\xcc\x81sharepoint.com/", URL, MSSECREF_EIDN, NULL, 0},
    /* an xn-- label is decoded and checked as the label it encodes; since
     * UTS #46 revision 33 it may not decode to ASCII only or to another
     * xn-- label (Node keeps both) */
    {"https://xn--ex-8tb.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* e U+0301 x: not NFC */
    {"https://xn--a-wbb.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* U+0301 a: a leading mark */
    {"https://xn--ypd8q.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* U+1100 U+1161: not NFC */
    {"https://xn--y3b.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* U+0958: mapped, not valid */
    {"https://xn--ab-m1t.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* a ZWJ b: ContextJ */
    {"https://xn--1-0hc.sharepoint.com/", URL, MSSECREF_EIDN, NULL,
     0}, /* 1 U+05D0: Bidi rule 1; Node accepts */
    {"https://xn--4dbc.sharepoint.com/", URL, M, "xn--4dbc.sharepoint.com",
     IDN},
    {"https://xn--ngba799q.sharepoint.com/", URL, M,
     "xn--ngba799q.sharepoint.com", IDN}, /* beh ZWNJ beh */
    /* decoding to ASCII only, or to another xn-- label: refused since UTS
       #46 revision 33 (Unicode 16.0); Node accepts */
    {"https://xn--abc-.sharepoint.com/", URL, MSSECREF_EIDN, NULL, 0},
    {"https://xn--xn--a--gua.sharepoint.com/", URL, MSSECREF_EIDN, NULL, 0},
    /* what the URL Standard accepts and DNS would not */
    {"https://a..sharepoint.com/", URL, M, "a..sharepoint.com", 0},
    {"a..sharepoint.com", HOST, MSSECREF_EURL, NULL, 0},
    /* other special schemes, file, other schemes with an authority */
    {"wss://x.servicebus.windows.net/", URL, M, "x.servicebus.windows.net", 0},
    {"ftp://files.1drv.ms/x", URL, M, "files.1drv.ms", 0},
    {"file://x.sharepoint.com/share", URL, M, "x.sharepoint.com", 0},
    {"file:///etc/passwd", URL, N, "", 0},
    {"file://localhost/x", URL, N, "", 0},
    {"file://c:/x", URL, N, "", 0},
    /* a tab or a defang between the scheme's slashes is removed first */
    {"file:/\t/x.sharepoint.com/share", URL, M, "x.sharepoint.com", 0},
    {"file:\t//X.sharepoint.com", URL, M, "x.sharepoint.com", 0},
    {"file:/[/]x.sharepoint.com/s", URL, M, "x.sharepoint.com", 0},
    {"sftp:/\t/x.sharepoint.com", URL, M, "x.sharepoint.com", 0},
    /* a defanged scheme makes a URL when the kind is guessed, padded or
     * not: "hxxp:" is "http:", so what follows '@' is its host */
    {"hxxp:@X.sharepoint.com", ANY, M, "x.sharepoint.com", 0},
    {"hxxp:@b<\x83", ANY, MSSECREF_EIDN, NULL, 0},
    /* a URL between angle brackets is a URL, whatever '@' it holds and
     * whatever text is around it */
    {"<https://evil.example/?e=victim@contoso.onmicrosoft.com>", ANY, N,
     "evil.example", 0},
    {"<URL:https://evil.example/?e=v@contoso.onmicrosoft.com>", ANY, N,
     "evil.example", 0},
    {"Click <https://evil.example/#v@outlook.com> now", ANY, N, "evil.example",
     0},
    {"<//evil.example/?v@outlook.com>", ANY, N, "evil.example", 0},
    {"<hxxps://evil[.]example/p/v@contoso.onmicrosoft.com>", ANY, N,
     "evil.example", 0},
    {"<https://X.sharepoint.com/>", URL, M, "x.sharepoint.com", 0},
    {"<https://x.sharepoint.com/>", ANY, M, "x.sharepoint.com", 0},
    /* a display name may hold '/', '?' and '#': the address decides */
    {"=?UTF-8?B?5p2x?= <ceo@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", 0},
    {"Sales/Support <a@outlook.com>", ANY, M, "outlook.com", 0},
    /* an address list names several domains: none of them answers */
    {"a@evil.example, b@outlook.com", ANY, MSSECREF_EURL, NULL, 0},
    {"a@evil.example;b@outlook.com", MAIL, MSSECREF_EURL, NULL, 0},
    {"a@evil.example b@outlook.com", MAIL, MSSECREF_EURL, NULL, 0},
    {"<a@evil.example>, <b@x.sharepoint.com>", ANY, MSSECREF_EURL, NULL, 0},
    {"Doe, John <j@contoso.onmicrosoft.com>", ANY, M, "contoso.onmicrosoft.com",
     0},
    {"\"a b, c\"@outlook.com", MAIL, M, "outlook.com", 0},
    /* a '>' without its '<' is no address in brackets */
    {"@X.sharepoint.com?>", ANY, M, "x.sharepoint.com", 0},
    {"Acme Corp. #1 <a@outlook.com>", ANY, M, "outlook.com", 0},
    {"sftp://X.blob.core.windows.net/", URL, M, "x.blob.core.windows.net", 0},
    /* an address in brackets inside a URL is the URL's, whatever its scheme
       (found by review: each was judged at contoso.onmicrosoft.com) */
    {"hxxps://evil.example/?u=<x@contoso.onmicrosoft.com>", ANY, N,
     "evil.example", RF | K_URL},
    {"hXXps://evil.example/login#<x@contoso.onmicrosoft.com>", ANY, N,
     "evil.example", RF},
    {"h**ps://evil.example/?u=<x@contoso.onmicrosoft.com>", ANY, N,
     "evil.example", RF},
    {"fxp://evil.example/<x@contoso.onmicrosoft.com>", ANY, N, "evil.example",
     RF},
    {"sftp://evil.example/<x@contoso.onmicrosoft.com>", ANY, N, "evil.example",
     K_URL},
    {"evil.example/?u=<x@contoso.onmicrosoft.com>", ANY, N, "evil.example",
     NS | K_URL},
    {"evil.example:8080/<x@contoso.onmicrosoft.com>", ANY, N, "evil.example",
     NS},
    /* a URL without a scheme, then one in brackets: a link's text and its
       target (fourth review), which a click opens cannot be told */
    {"evil.example/r?<https://contoso.sharepoint.com/>", ANY, MSSECREF_EURL,
     NULL, 0},
    {"hxxps://evil.example/?u=<https://contoso.sharepoint.com/>", ANY, N,
     "evil.example", RF},
    {"\"Doe, John\"<j@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    /* a broken or quoted scheme is no host: refused, not judged at
       "'https" or "https" */
    {"'https://tenant.blob.core.windows.net/x'", ANY, MSSECREF_EURL, NULL, 0},
    {"(https://tenant.blob.core.windows.net/x)", ANY, MSSECREF_EURL, NULL, 0},
    {"\xc2\xabhttps://tenant.blob.core.windows.net/x\xc2\xbb", ANY,
     MSSECREF_EURL, NULL, 0},
    {"\xef\xbb\xbfhttps://tenant.blob.core.windows.net/x", URL, MSSECREF_EURL,
     NULL, 0},
    {"https//tenant.blob.core.windows.net/x", ANY, MSSECREF_EURL, NULL, 0},
    {"hxxps//tenant.blob.core.windows.net/x", URL, MSSECREF_EURL, NULL, 0},
    {"url=https://tenant.blob.core.windows.net/x", ANY, MSSECREF_EURL, NULL, 0},
    {"evil.example//x", ANY, N, "evil.example", NS},
    /* mailto: lists, with ',' ';' or "%2C", name no one domain */
    {"mailto:ceo@contoso.onmicrosoft.com,x@evil.example", ANY, MSSECREF_EURL,
     NULL, 0},
    {"mailto:x@evil.example,ceo@contoso.onmicrosoft.com", URL, MSSECREF_EURL,
     NULL, 0},
    {"mailto:a@b.example;c@outlook.com", MAIL, MSSECREF_EURL, NULL, 0},
    {"mailto:x@evil.example%2Cceo@contoso.onmicrosoft.com", ANY, MSSECREF_EURL,
     NULL, 0},
    {"mailto:ceo@contoso.onmicrosoft.com?subject=a,b;c%2C", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    /* defanged tokens with spaces around them, as prose writes them */
    {"hxxps://tenant [.] blob [.] core [.] windows [.] net/x", ANY, M,
     "tenant.blob.core.windows.net", RF | K_URL},
    {"x [at] contoso.onmicrosoft.com", ANY, M, "contoso.onmicrosoft.com",
     RF | K_MAIL},
    {"evil [dot] example", ANY, N, "evil.example", RF | K_HOST},
    {"evil [dot]example", ANY, MSSECREF_EURL, NULL, 0},
    /* prose punctuation makes no DNS name; a URL keeps the URL Standard's
       host, which allows it */
    {"tenant.blob.core.windows.net,", HOST, MSSECREF_EURL, NULL, 0},
    {"(tenant.blob.core.windows.net)", HOST, MSSECREF_EURL, NULL, 0},
    {"x@contoso.onmicrosoft.com;", MAIL, MSSECREF_EURL, NULL, 0},
    {"https://tenant.blob.core.windows.net,", URL, N,
     "tenant.blob.core.windows.net,", 0},
    {"Tenant_1.blob.core.windows.net", HOST, M,
     "tenant_1.blob.core.windows.net", 0},
    {"*.sharepoint.com", ANY, M, "*.sharepoint.com", K_HOST},
    /* second review: quoted strings and comments hold text, not the
       address; text after the angle address, or an '@' before it, makes
       no address */
    {"\"<x@outlook.com>\"@evil.example", ANY, N, "evil.example", K_MAIL},
    {"Name <\"<x@outlook.com>\"@evil.example>", MAIL, N, "evil.example", 0},
    {"attacker@evil.example (<ceo@contoso.onmicrosoft.com>)", ANY, N,
     "evil.example", K_MAIL},
    {"attacker@evil.example (CEO)", MAIL, N, "evil.example", 0},
    {"attacker@evil.example<x@outlook.com>", ANY, MSSECREF_EURL, NULL, 0},
    {"a@evil.example<x@outlook.com>trailing", MAIL, MSSECREF_EURL, NULL, 0},
    {"<attacker@evil.example> \"<x@outlook.com>\"", ANY, MSSECREF_EURL, NULL,
     0},
    {"evil.example (<x@outlook.com>)", ANY, MSSECREF_EURL, NULL, 0},
    {"\"CEO <ceo@outlook.com>\"", ANY, MSSECREF_EURL, NULL, 0},
    {"\"https://evil.example/?e=<x@outlook.com>\"", ANY, MSSECREF_EURL, NULL,
     0},
    {"\"https://x.sharepoint.com/?e=x@evil.example\"", ANY, MSSECREF_EURL, NULL,
     0},
    {"mailto: x@outlook.com", ANY, M, "outlook.com", K_MAIL},
    /* a '<' inside a URL without a scheme is the URL's */
    {"evil.example/x(<x@outlook.com>", ANY, N, "evil.example", NS | K_URL},
    {"evil.example/(<https://x.sharepoint.com>)", ANY, MSSECREF_EURL, NULL, 0},
    {"evil.example/\"<x@outlook.com>", ANY, N, "evil.example", NS},
    {"evil.example/?q=\"<https://x.sharepoint.com>", ANY, MSSECREF_EURL, NULL,
     0},
    /* the host of a URL without a scheme is a host name */
    {"evil.example,x.sharepoint.com/", ANY, MSSECREF_EURL, NULL, 0},
    {"evil.example;x.sharepoint.com:443", ANY, MSSECREF_EURL, NULL, 0},
    {"(x.sharepoint.com/a)", ANY, MSSECREF_EURL, NULL, 0},
    /* Windows UNC paths, WebDAV's among them: the server is the host */
    {"\\\\x.sharepoint.com@SSL\\DavWWWRoot\\sites\\x", ANY, M,
     "x.sharepoint.com", NS | K_URL},
    {"\\\\x.sharepoint.com@SSL@443\\DavWWWRoot", URL, M, "x.sharepoint.com",
     NS},
    {"\\\\evil.example@80\\x", ANY, N, "evil.example", NS},
    {"\\\\evil.example\\share", ANY, N, "evil.example", NS},
    {"\\\\x.sharepoint.com@evil.example\\x", ANY, MSSECREF_EURL, NULL, 0},
    /* third review: comments in display names, folded header lines, a
       '<' after text that is no URL, an '@' in a display name */
    {"John (Sales) <john@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"(Sales) John <john@contoso.onmicrosoft.com>", MAIL, M,
     "contoso.onmicrosoft.com", 0},
    {"a@evil.example (x) y", MAIL, MSSECREF_EURL, NULL, 0},
    {"John <john(x)@contoso.onmicrosoft.com>", MAIL, MSSECREF_EURL, NULL, 0},
    {"=?UTF-8?B?SsO2cmc=?=\r\n\t<joerg@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"IT/Helpdesk\t<it@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"IT/Helpdesk<it@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"=?UTF-8?B?SsO2cmc=?=<a@contoso.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"Please review\r\n\t<https://x.sharepoint.com/a>", ANY, M,
     "x.sharepoint.com", K_URL},
    {"Review document<https://x.sharepoint.com/a>", ANY, M, "x.sharepoint.com",
     K_URL},
    {"(<https://x.sharepoint.com>)", ANY, M, "x.sharepoint.com", K_URL},
    {"'john@x.sharepoint.com' <john@x.sharepoint.com>", ANY, M,
     "x.sharepoint.com", K_MAIL},
    {"attacker@evil.example<x@outlook.com>", MAIL, MSSECREF_EURL, NULL, 0},
    /* fourth review: "?=" only as an encoded word, hosts written without
       an ASCII '.', tabs inside URLs, two addresses, a link's text */
    {"evil.example/?=<a@contoso.onmicrosoft.com>", ANY, N, "evil.example", NS},
    {"evil%2Eexample/x<a@contoso.onmicrosoft.com>", ANY, N, "evil.example", NS},
    {"1249763330/x<a@contoso.onmicrosoft.com>", ANY, N, "74.125.224.2", NS},
    {"evil.example/?u=\r\n<a@contoso.onmicrosoft.com>", ANY, N, "evil.example",
     NS},
    {"evil.example/x\t<https://x.sharepoint.com/>", ANY, MSSECREF_EURL, NULL,
     0},
    {"x.sharepoint.com/s/doc<https://evil.example/phish>", ANY, MSSECREF_EURL,
     NULL, 0},
    {"a@evil.example, <b@contoso.onmicrosoft.com>", ANY, MSSECREF_EURL, NULL,
     0},
    {"a@evil.example <b@contoso.onmicrosoft.com>", MAIL, MSSECREF_EURL, NULL,
     0},
    {"john@contoso.onmicrosoft.com <john@CONTOSO.onmicrosoft.com>", ANY, M,
     "contoso.onmicrosoft.com", K_MAIL},
    {"Are you there? <https://x.sharepoint.com>", ANY, M, "x.sharepoint.com",
     K_URL},
    /* a regular expression's escaped dots: no URL, not the host "tenant" */
    {"tenant\\.blob\\.core\\.windows\\.net", ANY, MSSECREF_EURL, NULL, 0},
};
#define NCASES (sizeof cases / sizeof cases[0])

START_TEST(test_url_cases) {
  char host[1100];
  unsigned flags = 0x5A5A;
  const char *suffix = NULL;
  int rc = mssecref_observable_host(cases[_i].observable, cases[_i].kind, host,
                                    sizeof host, &flags);
  int verdict = mssecref_observable_managed(cases[_i].observable,
                                            cases[_i].kind, &suffix, NULL);
  ck_assert_msg(verdict == cases[_i].verdict, "%s: verdict %d, expected %d",
                cases[_i].observable, verdict, cases[_i].verdict);
  if (cases[_i].host == NULL) {
    ck_assert_int_eq(rc, cases[_i].verdict);
    ck_assert_uint_eq(flags, 0x5A5A); /* nothing written on error */
    return;
  }
  ck_assert_msg(rc >= 0 && strcmp(host, cases[_i].host) == 0,
                "%s: host %d '%s', expected '%s'", cases[_i].observable, rc,
                rc >= 0 ? host : "", cases[_i].host);
  ck_assert_int_eq(rc, (int)strlen(cases[_i].host));
  ck_assert_msg((flags & cases[_i].flags) == cases[_i].flags,
                "%s: flags 0x%x lack 0x%x", cases[_i].observable, flags,
                cases[_i].flags);
  ck_assert_int_eq(!!(flags & MSSECREF_HOST_MANAGED), verdict);
  ck_assert_uint_ne(MSSECREF_HOST_KIND(flags), MSSECREF_OBSERVABLE_ANY);
  if (cases[_i].kind != ANY)
    ck_assert_uint_eq(MSSECREF_HOST_KIND(flags),
                      cases[_i].kind == URL &&
                              (flags & (3u << MSSECREF_HOST_KIND_SHIFT)) ==
                                  K_MAIL
                          ? MAIL
                          : (unsigned)cases[_i].kind);
}
END_TEST

/* A refanged, tab-ridden or space-padded form gives what the clean form
 * gives: both passes of the reader agree. */
START_TEST(test_two_passes_agree) {
  char a[1100], b[1100], padded[1200];
  int ra, rb;
  if (strlen(cases[_i].observable) > 1000)
    return;
  strcpy(padded, " \t");
  strcat(padded, cases[_i].observable);
  ra = mssecref_observable_host(cases[_i].observable, cases[_i].kind, a,
                                sizeof a, NULL);
  rb = mssecref_observable_host(padded, cases[_i].kind, b, sizeof b, NULL);
  ck_assert_msg(ra == rb, "%s: %d, padded %d", cases[_i].observable, ra, rb);
  if (ra >= 0)
    ck_assert_str_eq(a, b);
}
END_TEST

/* snprintf-style output and the documented errors. */
START_TEST(test_host_buffer) {
  char buf[8];
  unsigned flags = 77;
  memset(buf, 'Z', sizeof buf);
  ck_assert_int_eq(mssecref_observable_host("https://X.SharePoint.com/", URL,
                                            buf, 5, &flags),
                   16);
  ck_assert_str_eq(buf, "x.sh");
  ck_assert_int_eq(buf[5], 'Z'); /* nothing past cap */
  ck_assert_uint_eq(flags & MSSECREF_HOST_MANAGED, MSSECREF_HOST_MANAGED);
  ck_assert_int_eq(
      mssecref_observable_host("https://x.sharepoint.com/", URL, NULL, 0, NULL),
      16);
  ck_assert_int_eq(
      mssecref_observable_host("https://x.sharepoint.com/", URL, buf, 1, NULL),
      16);
  ck_assert_str_eq(buf, "");
  ck_assert_int_eq(mssecref_observable_host("x.com", URL, NULL, 1, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_observable_host(NULL, URL, buf, 8, NULL),
                   MSSECREF_ENULL);
  ck_assert_int_eq(mssecref_observable_host("", URL, buf, 8, NULL),
                   MSSECREF_EEMPTY);
  ck_assert_int_eq(mssecref_observable_host(" \t ", ANY, buf, 8, NULL),
                   MSSECREF_EEMPTY);
  ck_assert_int_eq(mssecref_observable_host("x.com", 4, buf, 8, NULL),
                   MSSECREF_EINVAL);
  ck_assert_int_eq(mssecref_observable_host("x.com", -1, buf, 8, NULL),
                   MSSECREF_EINVAL);
  memset(buf, 'Z', sizeof buf);
  ck_assert_int_eq(
      mssecref_observable_host("https://[::1/", URL, buf, 8, &flags),
      MSSECREF_EURL);
  ck_assert_int_eq(buf[0], 'Z');
}
END_TEST

/* The route follows the host judged: the phishing kit goes to the
 * unsafe-site report, the defanged Microsoft-hosted page to the abuse
 * report. */
START_TEST(test_route_by_host) {
  const mssecref_contact *c = NULL;
  int phishing = mssecref_incident_parse("phishing", NULL, NULL);
  int rc = mssecref_route_observable(
      phishing, "login-portal.example/?email=victim@contoso.onmicrosoft.com",
      ANY, MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME, &c);
  ck_assert_int_ge(rc, 0);
  ck_assert_int_eq(rc & MSSECREF_ROUTE_HOSTED, 0);
  ck_assert_str_eq(mssecref_contact_id(c), "report-unsafe-site");
  rc = mssecref_route_observable(phishing,
                                 "https://m\xd1\x96"
                                 "crosoft.com/",
                                 ANY, MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME,
                                 &c);
  ck_assert_int_ge(rc, 0);
  ck_assert_str_eq(mssecref_contact_id(c), "report-unsafe-site");
  rc = mssecref_route_observable(
      phishing, "hxxps://tenant[.]blob[.]core[.]windows[.]net/x", ANY,
      MSSECREF_LANG_EN, MSSECREF_CUSTOMER_HOME, &c);
  ck_assert_int_eq(rc & MSSECREF_ROUTE_HOSTED, MSSECREF_ROUTE_HOSTED);
  ck_assert_str_eq(mssecref_contact_id(c), "report-abuse");
}
END_TEST

/* Suffixes are matched against the host that domain to ASCII writes, so
 * each must already be in that form: a label that is not ASCII would never
 * match, nor would an xn-- label that ToASCII refuses (it decodes and
 * checks it: NFC, the Bidi rule, ContextJ) or writes otherwise, and hosts
 * under such a suffix would be judged not Microsoft's.  Each suffix, its
 * "*." taken off, read as a host is itself. */
START_TEST(test_suffixes_are_ascii_hosts) {
  size_t i, n = mssecref_suffix_count();
  ck_assert_uint_gt(n, 0);
  for (i = 0; i < n; i++) {
    const char *s = NULL, *name;
    char host[300];
    int rc;
    mssecref_suffix_at(i, &s);
    name = strncmp(s, "*.", 2) == 0 ? s + 2 : s;
    rc = mssecref_observable_host(name, HOST, host, sizeof host, NULL);
    ck_assert_msg(rc == (int)strlen(name) && strcmp(host, name) == 0,
                  "suffix %s: host %d '%s'", s, rc, rc >= 0 ? host : "");
  }
}
END_TEST

/* Long labels, 1024 bytes of host: accepted as browsers accept them. */
START_TEST(test_long_hosts) {
  char url[1100], host[1100];
  memset(url, 0, sizeof url);
  strcpy(url, "https://");
  memset(url + 8, 'a', 70);
  strcpy(url + 78, ".sharepoint.com/");
  ck_assert_int_eq(mssecref_observable_managed(url, URL, NULL, NULL), M);
  ck_assert_int_eq(mssecref_host_managed(url + 8, NULL, NULL),
                   MSSECREF_EURL); /* not a DNS name */
  ck_assert_int_eq(mssecref_observable_host(url, URL, host, sizeof host, NULL),
                   70 + 15);
}
END_TEST

/* A URL in angle brackets longer than the limit: its scheme and authority
 * end early, so it is read (found by review: ETOOLONG and EURL). */
START_TEST(test_long_bracketed) {
  static const char *const forms[][2] = {
      {"<https://tenant.blob.core.windows.net/x?", ">"},
      {"Click <https://tenant.blob.core.windows.net/x?", "> now"},
      {"<URL:hxxps://tenant.blob.core.windows.net/x?", ">"}};
  char s[1200], host[64];
  size_t i;
  for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    size_t n = strlen(forms[i][0]);
    memcpy(s, forms[i][0], n);
    memset(s + n, 'a', 1100 - n);
    strcpy(s + 1100, forms[i][1]);
    ck_assert_int_eq(mssecref_observable_host(s, ANY, host, sizeof host, NULL),
                     (int)strlen("tenant.blob.core.windows.net"));
    ck_assert_str_eq(host, "tenant.blob.core.windows.net");
  }
  /* the authority itself past the limit: too long */
  memcpy(s, "<https://", 9);
  memset(s + 9, 'a', 1100);
  strcpy(s + 1109, ".sharepoint.com>");
  ck_assert_int_eq(mssecref_observable_managed(s, ANY, NULL, NULL),
                   MSSECREF_ETOOLONG);
}
END_TEST

/* Spaces up to the limit and more after them: too long, not empty. */
START_TEST(test_long_padding) {
  char s[1100];
  memset(s, ' ', 1025);
  strcpy(s + 1025, "x.com");
  ck_assert_int_eq(mssecref_observable_managed(s, ANY, NULL, NULL),
                   MSSECREF_ETOOLONG);
  s[1024] = '\0';
  ck_assert_int_eq(mssecref_observable_managed(s, ANY, NULL, NULL),
                   MSSECREF_EEMPTY);
}
END_TEST

Suite *url_suite(void) {
  Suite *s = suite_create("url");
  TCase *tc = tcase_create("observables");
  tcase_add_loop_test(tc, test_url_cases, 0, (int)NCASES);
  tcase_add_loop_test(tc, test_two_passes_agree, 0, (int)NCASES);
  tcase_add_test(tc, test_host_buffer);
  tcase_add_test(tc, test_route_by_host);
  tcase_add_test(tc, test_suffixes_are_ascii_hosts);
  tcase_add_test(tc, test_long_hosts);
  tcase_add_test(tc, test_long_bracketed);
  tcase_add_test(tc, test_long_padding);
  suite_add_tcase(s, tc);
  return s;
}
