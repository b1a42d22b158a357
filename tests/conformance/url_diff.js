// url_diff.js - the library against Node's URL parser (the URL Standard,
// as browsers run it): COUNT generated URLs around Microsoft-managed and
// foreign hosts, mutated the ways attackers and logs mutate them
// (backslashes and slash runs, tabs, newlines and spaces, userinfo,
// percent-encoding, IDNA characters, IPv4 number forms, ports, defanging).
// The oracle is `new URL(s).hostname`; a defanged input is given to the
// library as is and to Node in its refanged form.  Fails on any
// disagreement about the verdict: refused by one and not the other, or
// Microsoft-managed by one and not the other.  Host strings that differ
// are counted and shown too (they should be none).
//
// Left out of the generated characters: joiners (U+200C, U+200D),
// right-to-left letters, combining marks and non-NFC sequences, which only
// the UTS #46 checks the library leaves out decide (README.md).
//
// Usage: node url_diff.js URL_DRIVER [COUNT]
'use strict';
const { execFileSync } = require('child_process');

const driver = process.argv[2];
const count = parseInt(process.argv[3] || '120000', 10);
const suffixes = execFileSync(driver, ['--suffixes'], { encoding: 'utf8' })
  .split('\n').filter(Boolean);

let seed = 0x2545F491;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
const pick = (a) => a[rnd(a.length)];

function managed(host) {
  if (host === '' || host[0] === '[' || /^\d+\.\d+\.\d+\.\d+$/.test(host))
    return false;
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  return suffixes.some((s) => {
    if (s.startsWith('*.')) return h.endsWith(s.slice(1));
    return h === s || h.endsWith('.' + s);
  });
}

const msHosts = ['tenant.blob.core.windows.net', 'contoso.sharepoint.com',
  'login.microsoftonline.com', 'phish.azurewebsites.net', '1drv.ms',
  'app.westus.azurecontainer.io', 'x.web.core.windows.net',
  'www.microsoft.com', 'a.b.azurestaticapps.net', 'news.bing', 'outlook.com',
  'contoso.onmicrosoft.com', 'forms.office.com'];
const foreignHosts = ['evil.example', 'login-portal.example',
  'microsoft.com.evil.example', 'evilazurewebsites.net',
  'sharepoint.com-login.example', 'azurecontainer.io', 'example.co.jp',
  'github.com', 'micros0ft.com', 'blob.core.windows.net.example'];
const schemes = ['http:', 'https:', 'HTTPS:', 'ws:', 'wss:', 'ftp:', 'hTtP:'];
const seps = ['//', '/', '', '\\\\', '\\', '/\\', '\\/', '///', '\\\\\\',
  '//', '//', '//'];
const userinfos = ['', '', '', 'user@', 'user:pass@', 'contoso.sharepoint.com@',
  'evil.example@', 'a@b@', '%40@', 'x:y@z@', '@', 'evil.example\\@',
  'u%20ser@', 'www.microsoft.com:443@'];
const ports = ['', '', '', ':443', ':', ':65535', ':65536', ':8a', ':0',
  ':00080'];
const rests = ['', '/', '/path', '?q=a@outlook.com', '#@microsoft.com',
  '/@x.sharepoint.com', '\\x', '/a b', '/?email=victim@contoso.onmicrosoft.com'];
const dots = ['.', '.', '.', '\u3002', '\uFF0E', '\uFF61', '%2e', '%2E'];
const homoglyphs = { o: '\u043E', i: '\u0456', a: '\u0430', e: '\u0435',
  c: '\u0441', p: '\u0440' };
const ipv4s = ['127.0.0.1', '0x7f.1', '2130706433', '017700000001', '1.2.3.4.5',
  '1.2.3.256', '0x.0x.0', '13.107.246.10.', '1.2.3.09', '4294967296',
  '0xffffffff', '１２７.0.0.1'];
const ipv6s = ['[::1]', '[2603:1030::1]', '[::ffff:1.2.3.4]', '[1::2::3]',
  '[0:0:0:0:0:0:0:1]', '[::1', '[g::1]'];
const junk = [' ', '^', '|', '<', '%', '%zz', '%00', '\u2488', '\uFFFD',
  '%E2%80%8B', '\u00AD', '\u200B', '#', '?', '*', '_', '!', ',', '\'',
  '%41', '\u00DF', '\u03C2'];

function mutateHost(h) {
  const k = rnd(4);
  for (let n = 0; n < k; n++) {
    const i = rnd(h.length + 1);
    switch (rnd(12)) {
      case 0: h = h.toUpperCase(); break;
      case 1: { // percent-encode one ASCII character
        const c = h.charCodeAt(i);
        if (c < 0x80) h = h.slice(0, i) + '%' +
          c.toString(16).padStart(2, '0')[rnd(2) ? 'toUpperCase' : 'toLowerCase']() +
          h.slice(i + 1);
        break;
      }
      case 2: h = h.split('.').join(pick(dots)); break;
      case 3: { // a fullwidth letter
        const c = h[i];
        if (c && /[a-z]/.test(c))
          h = h.slice(0, i) + String.fromCharCode(0xFF41 + c.charCodeAt(0) - 97) +
            h.slice(i + 1);
        break;
      }
      case 4: { // a homoglyph
        const c = h[i];
        if (c && homoglyphs[c]) h = h.slice(0, i) + homoglyphs[c] + h.slice(i + 1);
        break;
      }
      case 5: h = h.slice(0, i) + pick(junk) + h.slice(i); break;
      case 6: h = h + '.'; break;
      case 7: h = pick(['xn--mcrosoft-3ya.', 'XN--MCROSOFT-THH.', 'xn--a.',
        'xn--.', 'xn--ls8h.', 'xn--zca.', 'xn--abc-.', '']) + h; break;
      case 8: h = pick(ipv4s); break;
      case 9: if (rnd(4) === 0) h = pick(ipv6s); break;
      case 10: h = h.slice(0, i) + '.' + h.slice(i); break;
      default: break;
    }
  }
  return h;
}

function sprinkle(s) { // tabs, newlines, C0 and spaces as logs add them
  const k = rnd(3);
  for (let n = 0; n < k; n++) {
    const i = rnd(s.length + 1);
    s = s.slice(0, i) + pick(['\t', '\n', '\r']) + s.slice(i);
  }
  if (rnd(8) === 0) s = pick([' ', '  ', '\x01', '\x1f ', '\t']) + s;
  if (rnd(8) === 0) s = s + pick([' ', '\x00'.slice(1), '\x7f', '\x1f', ' \n']);
  return s;
}

function defang(u) {
  const m = /^([a-zA-Z]+):\/\/([^/?#\\]*)(.*)$/s.exec(u);
  if (!m) return null;
  let [, scheme, auth, rest] = m;
  const ls = scheme.toLowerCase();
  if (ls === 'http' || ls === 'https')
    scheme = pick(['hxxp', 'hXXp', 'HXXP', 'h**p', 'hxtp']) + ls.slice(4);
  else if (ls === 'ftp') scheme = pick(['fxp', 'FXP']);
  auth = auth.replace(/\./g, () => pick(['[.]', '(.)', '{.}', '[dot]', '.']));
  auth = auth.replace(/@/g, () => pick(['[@]', '@']));
  return scheme + pick(['://', '[://]', '[:]//']) + auth + rest;
}

const inputs = [], oracleInputs = [];
while (inputs.length < count) {
  const host = mutateHost(pick(rnd(2) ? msHosts : foreignHosts));
  const url = pick(schemes) + pick(seps) + pick(userinfos) + host + pick(ports) +
    pick(rests);
  if (rnd(5) === 0) {
    const clean = pick(['https://', 'http://', 'ftp://']) + pick(userinfos.slice(0, 6)) +
      mutateHost(pick(rnd(2) ? msHosts : foreignHosts)).replace(/[[\](){}]/g, '') +
      pick(ports) + pick(rests);
    const d = defang(clean);
    if (d === null || /[[\](){}]/.test(clean)) continue;
    inputs.push(d); oracleInputs.push(clean);
  } else {
    const s = sprinkle(url);
    if (s.includes('\0')) continue;
    inputs.push(s); oracleInputs.push(s);
  }
}

const hex = inputs.map((s) => Buffer.from(s, 'utf8').toString('hex')).join('\n') + '\n';
const out = execFileSync(driver, [], { input: hex, maxBuffer: 1 << 28,
  encoding: 'utf8' }).split('\n');

let disagree = 0, hostDiffer = 0, refused = 0, msCount = 0;
const shown = [];
for (let i = 0; i < inputs.length; i++) {
  const [rcs, , libHost] = out[i].split(' ');
  const rc = parseInt(rcs, 10);
  let nodeHost = null;
  try { nodeHost = new URL(oracleInputs[i]).hostname; } catch (e) { nodeHost = null; }
  const libOk = rc >= 0, nodeOk = nodeHost !== null;
  const lh = rc === 0 ? '' : libHost;
  if (!nodeOk) refused++;
  if (nodeOk && managed(nodeHost)) msCount++;
  let bad = false;
  if (libOk !== nodeOk) bad = true;
  else if (libOk && managed(lh) !== managed(nodeHost)) bad = true;
  if (bad) {
    disagree++;
    if (shown.length < 25) shown.push(`  DISAGREE ${JSON.stringify(inputs[i])}` +
      (inputs[i] !== oracleInputs[i] ? ` (node: ${JSON.stringify(oracleInputs[i])})` : '') +
      `: node ${JSON.stringify(nodeHost)}, library ${libOk ? JSON.stringify(lh) : 'error ' + rc}`);
  } else if (libOk && lh !== nodeHost) {
    hostDiffer++;
    if (shown.length < 25) shown.push(`  host differs ${JSON.stringify(inputs[i])}: node ` +
      `${JSON.stringify(nodeHost)}, library ${JSON.stringify(lh)}`);
  }
}
console.log(shown.join('\n'));
console.log(`url_diff: ${inputs.length} URLs (${msCount} Microsoft-managed and ` +
  `${refused} refused by Node): ${disagree} verdict disagreements, ` +
  `${hostDiffer} other host differences`);
process.exit(disagree || hostDiffer ? 1 : 0);
