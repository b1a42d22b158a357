"""mssecref: where to report a security incident to Microsoft.

A pure-ctypes binding of libmssecref.  Nothing is compiled into it: the
shared library is loaded by its soname, libmssecref.so.1; the environment
variable MSSECREF_LIBRARY names another file; ctypes.util.find_library is
the last resort.  The header's flag bits, limits and status codes come from
_mssecref_h, which the build writes from include/mssecref.h; the names of
languages and customer types come from the library itself.

    >>> import mssecref
    >>> c = mssecref.route("phishing", lang="ja", customer="home")
    >>> c.id, c.url
    ('report-unsafe-site', 'https://www.microsoft.com/en-us/wdsi/support/report-unsafe-site')

The catalogue is compiled into the library and never changes while a
process runs, so each answer is computed through the library once and then
kept: a route is one dictionary lookup.
"""

import collections
import ctypes
import ctypes.util
import datetime
import os
import sys
import warnings

try:
    import _mssecref_h as _h
except ImportError as e:
    raise ImportError("_mssecref_h, the header's constants, not found: use "
                      "the binding `make` writes to build/python/ or `make "
                      "install` installs") from e

__all__ = ["Contact", "Incident", "MssecrefError", "OutOfScopeError",
           "SubsidiaryError",
           "route", "lookup", "contact", "contacts", "incidents", "version",
           "catalogue_version", "library_path", "hosted", "route_observable",
           "suffixes", "vocabularies", "values", "reason", "catalogue_dates",
           "today", "CACHE_BYTES",
           "Hosting", "hosting", "suffix_details", "psl_version",
           "observable_host", "Host"]

_KINDS = {None: _h.MSSECREF_OBSERVABLE_ANY, "url": _h.MSSECREF_OBSERVABLE_URL,
          "host": _h.MSSECREF_OBSERVABLE_HOST,
          "email": _h.MSSECREF_OBSERVABLE_EMAIL}
_KIND_NAMES = {v: k for k, v in _KINDS.items() if k is not None}
_JA, _EN = _h.MSSECREF_LANG_JA, _h.MSSECREF_LANG_EN
# route()'s cache: at most this many bytes of keys and answers (as
# sys.getsizeof counts them), so hostile input cannot grow it further.
CACHE_BYTES = 4 << 20


class MssecrefError(LookupError):
    """An unknown name, or a combination no contact serves.

    `status` is the library's negative status code, `args[0]` its message.
    """

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class SubsidiaryError(MssecrefError):
    """route_observable(): the thing is at a Microsoft-owned company that
    runs its own abuse process (GitHub, LinkedIn) and only Microsoft's abuse
    report would take the incident (cloud abuse), so no Microsoft contact
    applies: report it to that company.  `hosting` is the Hosting (suffix,
    "subsidiary", source, source_text naming the company).  Since 1.2.0."""

    def __init__(self, status, message, hosting=None):
        super().__init__(status, message)
        self.hosting = hosting


class OutOfScopeError(MssecrefError):
    """A name every tool of its vocabulary knows, which deliberately has no
    Microsoft contact ("test", "ms-graph:falsePositive", Graph's
    "unknown").  `reason_ja` and `reason_en` say why; a pipeline can tell
    this from a typo (a plain MssecrefError)."""

    def __init__(self, status, message, name=None, reason_ja=None,
                 reason_en=None):
        super().__init__(status, message)
        self.name = name
        self.reason_ja = reason_ja
        self.reason_en = reason_en


def _load():
    path = os.environ.get("MSSECREF_LIBRARY")
    if path:
        return ctypes.CDLL(path), path
    try:
        return ctypes.CDLL("libmssecref.so.1"), "libmssecref.so.1"
    except OSError:
        found = ctypes.util.find_library("mssecref")
        if found is None:
            raise ImportError("libmssecref.so.1 not found: install libmssecref"
                              " or set MSSECREF_LIBRARY to its path")
        return ctypes.CDLL(found), found


_lib, library_path = _load()
_P = ctypes.c_void_p
_S = ctypes.c_char_p
_I = ctypes.c_int
_U = ctypes.c_uint
_Z = ctypes.c_size_t
for _name, _res, _args in [
        ("mssecref_version", _S, []),
        ("mssecref_strerror", _S, [_I]),
        ("mssecref_catalogue_version", _S, []),
        ("mssecref_contact_count", _Z, []),
        ("mssecref_contact_at", _P, [_Z]),
        ("mssecref_contact_index", _I, [_P]),
        ("mssecref_contact_id", _S, [_P]),
        ("mssecref_contact_section", _I, [_P]),
        ("mssecref_contact_title", _S, [_P, _I]),
        ("mssecref_contact_summary", _S, [_P, _I]),
        ("mssecref_contact_url", _S, [_P, _I]),
        ("mssecref_contact_url_published", _S, [_P]),
        ("mssecref_contact_url_evidence", _S, [_P]),
        ("mssecref_contact_page_langs", _U, [_P]),
        ("mssecref_contact_report_langs", _U, [_P]),
        ("mssecref_contact_customers", _U, [_P]),
        ("mssecref_contact_incidents", _U, [_P]),
        ("mssecref_contact_sign_in", _U, [_P, _I]),
        ("mssecref_contact_results_returned", _I, [_P]),
        ("mssecref_contact_related_count", _Z, [_P]),
        ("mssecref_contact_priority", _I, [_P, _I]),
        ("mssecref_contact_related", _P, [_P, _Z]),
        ("mssecref_contact_source", _S, [_P]),
        ("mssecref_contact_confirmed", _S, [_P]),
        ("mssecref_contact_by_id", _I, [_S, ctypes.POINTER(_P)]),
        ("mssecref_lang_parse", _I, [_S, ctypes.POINTER(_I)]),
        ("mssecref_lang_name", _S, [_I]),
        ("mssecref_customer_name", _S, [_I]),
        ("mssecref_customer_parse", _I, [_S]),
        ("mssecref_incident_name", _S, [_I]),
        ("mssecref_incident_title", _S, [_I, _I]),
        ("mssecref_incident_parse", _I, [_S, ctypes.POINTER(_U),
                                         ctypes.POINTER(_U)]),
        ("mssecref_section_name", _S, [_I]),
        ("mssecref_sign_in_name", _S, [_I]),
        ("mssecref_vocabulary_name", _S, [_I]),
        ("mssecref_alias_count", _Z, []),
        ("mssecref_alias_at", _I, [_Z, ctypes.POINTER(_S), ctypes.POINTER(_U),
                                   ctypes.POINTER(_U)]),
        ("mssecref_lookup", _I, [_I, _I, _I, ctypes.POINTER(_P), _Z]),
        ("mssecref_route_names", _I, [_S, _S, _S, ctypes.POINTER(_P),
                                      ctypes.POINTER(_I)]),
        ("mssecref_observable_managed", _I, [_S, _I, ctypes.POINTER(_S),
                                             ctypes.POINTER(_I)]),
        ("mssecref_route_observable", _I, [_I, _S, _I, _I, _I,
                                           ctypes.POINTER(_P)]),
        ("mssecref_observable_host", _I, [_S, _I, ctypes.c_char_p, _Z,
                                          ctypes.POINTER(_U)]),
        ("mssecref_source_name", _S, [_I]),
        ("mssecref_suffix_count", _Z, []),
        ("mssecref_suffix_at", _I, [_Z, ctypes.POINTER(_S)]),
        ("mssecref_vocabulary_parse", _I, [_S]),
        ("mssecref_vocabulary_source", _S, [_I]),
        ("mssecref_incident_parse_in", _I, [_S, _I, ctypes.POINTER(_U),
                                            ctypes.POINTER(_U)]),
        ("mssecref_incident_reason", _I, [_S, _I, _I, ctypes.POINTER(_S)]),
        ("mssecref_route_names_in", _I, [_S, _I, _S, _S, ctypes.POINTER(_P),
                                         ctypes.POINTER(_I)]),
        ("mssecref_route_set", _I, [ctypes.POINTER(_S), _Z, _I, _S, _S,
                                    ctypes.POINTER(_P), ctypes.POINTER(_I),
                                    ctypes.POINTER(_Z)]),
        ("mssecref_value_count", _Z, [_I]),
        ("mssecref_value_at", _I, [_I, _Z, ctypes.POINTER(_S),
                                   ctypes.POINTER(_U), ctypes.POINTER(_I)]),
        # since 1.2.0: results, successors, review dates
        ("mssecref_results_name", _S, [_I]),
        ("mssecref_contact_results", _U, [_P]),
        ("mssecref_contact_successor_url", _S, [_P, _I]),
        ("mssecref_contact_successor_evidence", _S, [_P]),
        ("mssecref_contact_review_by", _S, [_P]),
        ("mssecref_contact_review_overdue", _I, [_P, _S]),
        ("mssecref_catalogue_date", _S, []),
        ("mssecref_catalogue_review_by", _S, []),
        ("mssecref_catalogue_review_overdue", _I, [_S]),
        ("mssecref_hosting_name", _S, [_I]),
        ("mssecref_observable_hosting", _I, [_S, _I, ctypes.POINTER(_Z)]),
        ("mssecref_suffix_hosting", _I, [_Z]),
        ("mssecref_suffix_source_text", _S, [_Z]),
        ("mssecref_catalogue_psl_version", _S, []),
]:
    _f = getattr(_lib, _name)
    _f.restype = _res
    _f.argtypes = _args


def _text(b):
    return b.decode("utf-8") if b is not None else None


def _enum(name_fn, max_value):
    """An enum's names and values, as the library names them."""
    return {_text(name_fn(v)): v for v in range(1, max_value + 1)}


_LANGS = _enum(_lib.mssecref_lang_name, _h.MSSECREF_LANG_MAX)
_CUSTOMERS = _enum(_lib.mssecref_customer_name, _h.MSSECREF_CUSTOMER_MAX)
_CUSTOMER_NAMES = {v: k for k, v in _CUSTOMERS.items()}


def _names(mask, name_fn, max_value):
    return tuple(_text(name_fn(v)) for v in range(1, max_value + 1)
                 if mask & (1 << v))


def _error(status, name=None, vocabulary=0):
    message = _text(_lib.mssecref_strerror(status))
    if status == _h.MSSECREF_EOUTOFSCOPE and name is not None:
        ja, en = _S(), _S()
        _lib.mssecref_incident_reason(name, vocabulary, _JA, ctypes.byref(ja))
        _lib.mssecref_incident_reason(name, vocabulary, _EN, ctypes.byref(en))
        raise OutOfScopeError(status, "%s: %s" % (message, _text(en.value)),
                              _text(name), _text(ja.value), _text(en.value))
    if status == _h.MSSECREF_EOUTOFSCOPE:
        raise OutOfScopeError(status, message)
    raise MssecrefError(status, message)


def _vocabulary_value(vocabulary):
    """A vocabulary name ("rsit", "ms-graph", ...) as its enum value; None
    is 0, which the header calls ANY but does not name."""
    if vocabulary is None:
        return 0
    rc = _lib.mssecref_vocabulary_parse(_arg(vocabulary, "vocabulary"))
    if rc < 0:
        raise ValueError("unknown vocabulary %r" % (vocabulary,))
    return rc


def _arg(value, what):
    """A str argument as the C string the library reads.

    A NUL inside would cut the string short, so such a name can only be
    unknown; so can one that is not valid Unicode."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("%s must be str or None, not %s"
                        % (what, type(value).__name__))
    if "\0" in value:
        _error(_h.MSSECREF_ENOTFOUND)
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        _error(_h.MSSECREF_ENOTFOUND)


class Contact:
    """A contact point as read in one language by one customer type."""

    __slots__ = ("id", "incident", "alternatives", "title", "summary", "url",
                 "url_as_published", "url_evidence", "sign_in",
                 "results_returned", "lang", "lang_fallback", "customer",
                 "section", "customers", "incidents", "page_langs",
                 "report_langs", "related", "source", "confirmed", "priority",
                 "hosted", "decided", "disagree", "successor_url",
                 "successor_evidence", "results", "review_by", "_handle",
                 "hosting", "other_lang", "host")

    def __repr__(self):
        return "Contact(id=%r, lang=%r, url=%r)" % (self.id, self.lang,
                                                     self.url)

    def review_overdue_on(self, day):
        """True when `day` ("YYYY-MM-DD") is later than review_by: the
        answer may be out of date (warn, don't fail)."""
        return _overdue(_lib.mssecref_contact_review_overdue, self._handle,
                        day)

    @property
    def review_overdue(self):
        """review_overdue_on(today()): computed when read, so an answer
        kept in a cache still tells its age correctly."""
        return self.review_overdue_on(today())

    def as_dict(self):
        d = {k: getattr(self, k) for k in self.__slots__ if k != "_handle"}
        d["review_overdue"] = self.review_overdue
        return d


class Incident:
    """An incident name or alias, what it means, where it comes from."""

    __slots__ = ("name", "incident", "alternatives", "vocabularies",
                 "title_ja", "title_en", "reason_ja", "reason_en",
                 "judgement")

    def __init__(self, **kw):
        self.reason_ja = self.reason_en = self.judgement = None
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return "Incident(name=%r, incident=%r)" % (self.name, self.incident)


def _sign_in_any(c):
    mask = 0
    for k in _CUSTOMERS.values():
        mask |= _lib.mssecref_contact_sign_in(c, k)
    return mask


def _make_contact(c, lang, customer, incident=_h.MSSECREF_INCIDENT_ANY,
                  fallback=False,
                  alternatives=0, other_lang=False):
    """Every field of contact handle c, read once through the library."""
    lib = _lib
    r = Contact()
    r.id = _text(lib.mssecref_contact_id(c))
    r.incident = _text(lib.mssecref_incident_name(incident)) or None
    r.alternatives = _names(alternatives, lib.mssecref_incident_name,
                            _h.MSSECREF_INCIDENT_MAX)
    r.title = _text(lib.mssecref_contact_title(c, lang))
    r.summary = _text(lib.mssecref_contact_summary(c, lang))
    r.url = _text(lib.mssecref_contact_url(c, lang))
    r.url_as_published = _text(lib.mssecref_contact_url_published(c))
    r.url_evidence = _text(lib.mssecref_contact_url_evidence(c))
    mask = (lib.mssecref_contact_sign_in(c, customer) if customer
            else _sign_in_any(c))
    r.sign_in = _names(mask, lib.mssecref_sign_in_name,
                       _h.MSSECREF_SIGN_IN_MAX)
    r.results_returned = bool(lib.mssecref_contact_results_returned(c))
    r.results = _names(lib.mssecref_contact_results(c),
                       lib.mssecref_results_name, _h.MSSECREF_RESULTS_MAX)
    r.successor_url = _text(lib.mssecref_contact_successor_url(c, lang))
    r.successor_evidence = _text(
        lib.mssecref_contact_successor_evidence(c))
    r.review_by = _text(lib.mssecref_contact_review_by(c))
    r._handle = c
    r.lang = _text(lib.mssecref_lang_name(lang))
    r.lang_fallback = bool(fallback)  # the page and intake lack `lang`
    r.other_lang = bool(other_lang)  # the tag named neither ja nor en
    r.customer = _CUSTOMER_NAMES.get(customer)
    r.section = _text(lib.mssecref_section_name(
        lib.mssecref_contact_section(c)))
    r.customers = tuple(k for k, v in _CUSTOMERS.items()
                        if lib.mssecref_contact_customers(c) & (1 << v))
    r.incidents = _names(lib.mssecref_contact_incidents(c),
                         lib.mssecref_incident_name, _h.MSSECREF_INCIDENT_MAX)
    r.page_langs = tuple(k for k, v in _LANGS.items()
                         if lib.mssecref_contact_page_langs(c) & (1 << v))
    r.report_langs = tuple(k for k, v in _LANGS.items()
                           if lib.mssecref_contact_report_langs(c) & (1 << v))
    r.related = tuple(_text(lib.mssecref_contact_id(
        lib.mssecref_contact_related(c, k)))
        for k in range(lib.mssecref_contact_related_count(c)))
    r.source = _text(lib.mssecref_contact_source(c))
    r.confirmed = _text(lib.mssecref_contact_confirmed(c))
    r.priority = None
    r.hosted = None
    r.decided = None
    r.disagree = None
    r.hosting = None
    r.host = None
    return r


_route_cache = {}
_answers = {}  # one Contact per distinct answer, shared by the keys
_cache_used = [0]


def _size(*objs):
    return sum(sys.getsizeof(o) for o in objs)


def _contact_size(c):
    return _size(c, *[getattr(c, k) for k in c.__slots__]) + sum(
        _size(*v) for v in (c.sign_in, c.alternatives, c.customers,
                            c.incidents, c.page_langs, c.report_langs,
                            c.related))


def _route_slow(incident, lang, customer, vocabulary):
    inc, tag, cust = (_arg(incident, "incident"), _arg(lang, "lang"),
                      _arg(customer, "customer"))
    if inc is None:
        raise TypeError("incident must be str, not None")
    voc = _vocabulary_value(vocabulary)
    handle, out_lang = _P(), _I()
    rc = _lib.mssecref_route_names_in(inc, voc,
                                      tag if tag is not None else b"en",
                                      cust, ctypes.byref(handle),
                                      ctypes.byref(out_lang))
    if rc < 0:
        _error(rc, inc, voc)
    alternatives = _U()
    first = _lib.mssecref_incident_parse_in(inc, voc, None,
                                            ctypes.byref(alternatives))
    cust_id = (_lib.mssecref_customer_parse(cust) if cust
               else _h.MSSECREF_CUSTOMER_ANY)
    answer = (handle.value, out_lang.value, cust_id, first,
              rc & _h.MSSECREF_ROUTE_FALLBACK,
              rc & _h.MSSECREF_ROUTE_OTHER_LANG,
              alternatives.value)
    result = _answers.get(answer)
    if result is None:
        result = _make_contact(handle.value, out_lang.value, cust_id, first,
                               rc & _h.MSSECREF_ROUTE_FALLBACK,
                               alternatives.value,
                               rc & _h.MSSECREF_ROUTE_OTHER_LANG)
        _spend(_contact_size(result) + 100)  # 100: the dict slot
        _answers[answer] = result
    return result


def _spend(cost):
    """Room for `cost` more bytes: when the cache would pass CACHE_BYTES it
    starts again empty, so hostile input costs time, never memory."""
    if _cache_used[0] + cost > CACHE_BYTES:
        _route_cache.clear()
        _answers.clear()
        _cache_used[0] = 0
    _cache_used[0] += cost


def _set_arg(names):
    """A set of names as the C array the library reads; None elements are
    NULL (skipped, like unknown ones)."""
    names = tuple(names)
    for n in names:
        if n is not None and not isinstance(n, str):
            raise TypeError("set elements must be str or None, not %s"
                            % type(n).__name__)
    if len(names) > _h.MSSECREF_SET_MAX:
        _error(_h.MSSECREF_ETOOLONG)
    out = (_S * max(len(names), 1))()
    for k, n in enumerate(names):
        try:
            out[k] = (n.encode("utf-8") if n is not None and "\0" not in n
                      else None)
        except UnicodeEncodeError:
            out[k] = None
    return names, out


def _route_set_slow(names, lang, customer, vocabulary):
    names, array = _set_arg(names)
    tag, cust = _arg(lang, "lang"), _arg(customer, "customer")
    voc = _vocabulary_value(vocabulary)
    handle, out_lang, decided = _P(), _I(), _Z()
    rc = _lib.mssecref_route_set(array, len(names), voc,
                                 tag if tag is not None else b"en", cust,
                                 ctypes.byref(handle), ctypes.byref(out_lang),
                                 ctypes.byref(decided))
    if rc < 0:
        _error(rc)
    alternatives = _U()
    first = _lib.mssecref_incident_parse_in(array[decided.value], voc, None,
                                            ctypes.byref(alternatives))
    # not shared: `decided` and `disagree` belong to this set
    result = _make_contact(handle.value, out_lang.value,
                           (_lib.mssecref_customer_parse(cust) if cust
                            else _h.MSSECREF_CUSTOMER_ANY),
                           first, rc & _h.MSSECREF_ROUTE_FALLBACK,
                           alternatives.value,
                           rc & _h.MSSECREF_ROUTE_OTHER_LANG)
    result.decided = decided.value
    result.disagree = bool(rc & _h.MSSECREF_ROUTE_DISAGREE)
    _spend(_contact_size(result))
    return result


def route(incident, lang=None, customer=None, vocabulary=None):
    """The one contact to use for `incident` (a name or any alias).

    `incident` is a name ("phishing", "c2server", "ms-graph:unknown",
    'rsit:fraud="phishing"'), or a list or tuple of names carried by one
    event (an ECS event.category array): then the answer does not depend
    on their order, `decided` is the index of the element that decided and
    `disagree` says whether the others answer differently.  `vocabulary`
    ("rsit", "intelmq", "ecs", "ms-graph", "ms-defender", "msrc-abuse")
    reads the names as that vocabulary's values.  `lang` is a language tag
    or locale ("ja", "ja_JP.UTF-8", "en-US"; None: English); `customer` is
    "home", "enterprise" or "developer" (None: any).  Raises
    OutOfScopeError for a known name with no Microsoft contact, and
    MssecrefError (a LookupError) for an unknown name or a combination no
    contact serves.  The Contact returned is shared: treat it as
    read-only.  `lang_fallback` is the library's MSSECREF_ROUTE_FALLBACK
    (the contact's page and intake are not in that language); `other_lang`
    says the tag named neither Japanese nor English.  Answers are kept, at
    most CACHE_BYTES bytes of them with their keys."""
    # the hit costs one tuple and one dict lookup; a list (unhashable) is
    # looked up as the tuple of its names
    key = (incident, lang, customer, vocabulary)
    try:
        return _route_cache[key]
    except KeyError:
        pass
    except TypeError:
        if isinstance(incident, list):
            key = (tuple(incident), lang, customer, vocabulary)
            try:
                return _route_cache[key]
            except (KeyError, TypeError):
                pass
    is_set = isinstance(incident, (list, tuple))
    if is_set:
        result = _route_set_slow(incident, lang, customer, vocabulary)
    else:
        result = _route_slow(incident, lang, customer, vocabulary)
    try:
        cost = _size(key, *key) + (_size(*key[0]) if is_set else 0) + 100
        _route_cache[key] = result  # TypeError: an unhashable argument
        _spend(cost)
        _route_cache[key] = result  # again: _spend() may have emptied it
    except TypeError:
        pass
    return result


def reason(name, vocabulary=None, lang=None):
    """Why `name` has no Microsoft contact, in `lang` ("ja" or English), or
    None when it routes to an incident.  Raises MssecrefError for an
    unknown name."""
    text = _S()
    lang_id = _lang_value(lang)[0] if lang is not None else _EN
    rc = _lib.mssecref_incident_reason(_arg(name, "name"),
                                       _vocabulary_value(vocabulary), lang_id,
                                       ctypes.byref(text))
    if rc < 0:
        _error(rc)
    return _text(text.value) if rc == 0 else None


def vocabularies():
    """Every vocabulary's name and the source of its values."""
    out = []
    v = 1
    while _lib.mssecref_vocabulary_name(v) is not None:
        out.append((_text(_lib.mssecref_vocabulary_name(v)),
                    _text(_lib.mssecref_vocabulary_source(v))))
        v += 1
    return out


def values(vocabulary):
    """Every value of a vocabulary, as Incident objects: `incident` is None
    for a value with no Microsoft contact, whose `reason_ja`/`reason_en`
    say why; `judgement` is True when the answer is the catalogue's
    judgement rather than the source's."""
    voc = _vocabulary_value(vocabulary)
    if voc == 0:
        raise ValueError("values() needs a vocabulary")
    result = []
    for i in range(_lib.mssecref_value_count(voc)):
        name, meanings, judgement = _S(), _U(), _I()
        first = _lib.mssecref_value_at(voc, i, ctypes.byref(name),
                                       ctypes.byref(meanings),
                                       ctypes.byref(judgement))
        ja, en = _S(), _S()
        if first == 0:
            _lib.mssecref_incident_reason(name.value, voc, _JA,
                                          ctypes.byref(ja))
            _lib.mssecref_incident_reason(name.value, voc, _EN,
                                          ctypes.byref(en))
        result.append(Incident(
            name=_text(name.value),
            incident=_text(_lib.mssecref_incident_name(first)),
            alternatives=_names(meanings.value & ~(1 << first),
                                _lib.mssecref_incident_name,
                                _h.MSSECREF_INCIDENT_MAX),
            vocabularies=(_text(_lib.mssecref_vocabulary_name(voc)),),
            title_ja=_text(_lib.mssecref_incident_title(first, _JA)),
            title_en=_text(_lib.mssecref_incident_title(first, _EN)),
            reason_ja=_text(ja.value) if first == 0 else None,
            reason_en=_text(en.value) if first == 0 else None,
            judgement=bool(judgement.value)))
    return result


def _lang_value(lang):
    """A tag as (language id, whether it named another language)."""
    if lang is None:
        return _EN, False
    fallback = _I()
    rc = _lib.mssecref_lang_parse(_arg(lang, "lang"), ctypes.byref(fallback))
    if rc < 0:
        _error(rc)
    return rc, bool(fallback.value)


def _customer_value(customer):
    if customer is None:
        return _h.MSSECREF_CUSTOMER_ANY
    rc = _lib.mssecref_customer_parse(_arg(customer, "customer"))
    if rc < 0:
        _error(rc)
    return rc


def _serves(c, lang):
    return bool((_lib.mssecref_contact_page_langs(c)
                 | _lib.mssecref_contact_report_langs(c)) & (1 << lang))


def lookup(incident=None, lang=None, customer=None, vocabulary=None):
    """Every contact serving `incident` (None: all), in priority order."""
    inc, alternatives = _h.MSSECREF_INCIDENT_ANY, _U()
    if incident is not None:
        name, voc = _arg(incident, "incident"), _vocabulary_value(vocabulary)
        inc = _lib.mssecref_incident_parse_in(name, voc, None,
                                              ctypes.byref(alternatives))
        if inc < 0:
            _error(inc, name, voc)
    lang_id, other = _lang_value(lang)
    cust = _customer_value(customer)
    cap = _lib.mssecref_contact_count()  # no answer has more
    out = (_P * cap)()
    # as mssecref_lookup(): a language given filters on page or report
    # language
    n = _lib.mssecref_lookup(inc, lang_id if lang is not None
                             else _h.MSSECREF_LANG_ANY, cust, out, cap)
    if n < 0:
        _error(n)
    result = []
    for k in range(min(n, cap)):
        c = _make_contact(out[k], lang_id, cust, inc,
                          not _serves(out[k], lang_id),
                          alternatives.value, other)
        if inc:
            c.priority = _lib.mssecref_contact_priority(out[k], inc)
        result.append(c)
    return result


def contacts(lang=None):
    """Every contact point of the catalogue, in catalogue order."""
    lang_id, other = _lang_value(lang)
    return [_make_contact(c, lang_id, _h.MSSECREF_CUSTOMER_ANY,
                          _h.MSSECREF_INCIDENT_ANY, not _serves(c, lang_id),
                          0, other)
            for c in (_lib.mssecref_contact_at(i)
                      for i in range(_lib.mssecref_contact_count()))]


def contact(contact_id, lang=None, customer=None):
    """One contact point by its id."""
    handle = _P()
    rc = _lib.mssecref_contact_by_id(_arg(contact_id, "id"),
                                     ctypes.byref(handle))
    if rc < 0:
        _error(rc)
    lang_id, other = _lang_value(lang)
    return _make_contact(handle.value, lang_id, _customer_value(customer),
                         _h.MSSECREF_INCIDENT_ANY,
                         not _serves(handle.value, lang_id), 0, other)


def incidents():
    """Every incident name and alias the library accepts."""
    result = []
    for i in range(_lib.mssecref_alias_count()):
        name, vocab, meanings = _S(), _U(), _U()
        first = _lib.mssecref_alias_at(i, ctypes.byref(name),
                                       ctypes.byref(vocab),
                                       ctypes.byref(meanings))
        result.append(Incident(
            name=_text(name.value),
            incident=_text(_lib.mssecref_incident_name(first)),
            alternatives=_names(meanings.value & ~(1 << first),
                                _lib.mssecref_incident_name,
                                _h.MSSECREF_INCIDENT_MAX),
            vocabularies=_names(vocab.value, _lib.mssecref_vocabulary_name,
                                _h.MSSECREF_VOCABULARY_MAX),
            title_ja=_text(_lib.mssecref_incident_title(first, _JA)),
            title_en=_text(_lib.mssecref_incident_title(first, _EN))))
    return result


def version():
    """The library's version, "MAJOR.MINOR.PATCH"."""
    return _text(_lib.mssecref_version())


def catalogue_version():
    """The version of the catalogue data compiled into the library."""
    return _text(_lib.mssecref_catalogue_version())


def today():
    """The day answers are checked against their review dates: the
    environment variable MSSECREF_TODAY ("YYYY-MM-DD") when it holds a
    date, else today's date in UTC.  A value that is not a day that exists
    (empty, "2027-02-29", "tomorrow") is a RuntimeWarning and the clock
    decides: the review date never makes an answer fail."""
    clock = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    day = os.environ.get("MSSECREF_TODAY")
    if day is None:
        return clock
    if _is_day(day):
        return day
    warnings.warn("MSSECREF_TODAY is not a date (YYYY-MM-DD): %r; review "
                  "dates are checked against %s" % (day, clock),
                  RuntimeWarning, stacklevel=2)
    return clock


def _is_day(day):
    """The library's own calendar check (leap years included)."""
    try:
        raw = day.encode("ascii")
    except UnicodeEncodeError:
        return False
    return "\0" not in day and \
        _lib.mssecref_catalogue_review_overdue(raw) >= 0


def catalogue_dates(day=None):
    """(confirmed, review_by, overdue) of the catalogue as a whole;
    `overdue` is whether `day` (default: today()) is past review_by."""
    overdue = _overdue(lambda _, d: _lib.mssecref_catalogue_review_overdue(d),
                       None, day if day is not None else today())
    return (_text(_lib.mssecref_catalogue_date()),
            _text(_lib.mssecref_catalogue_review_by()), overdue)


def _overdue(fn, handle, day):
    """fn(handle, day) as a bool; a day that is not YYYY-MM-DD is a
    ValueError, not a lookup failure."""
    if not isinstance(day, str):
        raise TypeError("day must be str, not %s" % type(day).__name__)
    try:
        raw = day.encode("ascii")
    except UnicodeEncodeError:
        raw = b"?"
    rc = fn(handle, raw if "\0" not in day else b"?")
    if rc < 0:
        raise ValueError("day must be a date, YYYY-MM-DD: %r" % (day,))
    return bool(rc)


def _kind(kind):
    if kind not in _KINDS:
        raise ValueError("kind must be None, 'url', 'host' or 'email'")
    return _KINDS[kind]


def hosted(observable, kind=None):
    """Is a host name, a URL's host or an e-mail address's domain
    Microsoft-managed?  Returns (suffix, source), e.g.
    ("blob.core.windows.net", "psl"), or None when it is not (IP literals
    included, and GitHub or LinkedIn, which run their own abuse processes:
    hosting() names them).  `kind` is "url", "host" or "email" (None: guessed).
    Raises MssecrefError for what a browser or mail system refuses.
    observable_host() says which host was judged."""
    suffix, source = _S(), _I()
    rc = _lib.mssecref_observable_managed(_arg(observable, "observable"),
                                          _kind(kind), ctypes.byref(suffix),
                                          ctypes.byref(source))
    if rc < 0:
        _error(rc)
    if rc == 0:
        return None
    return _text(suffix.value), _text(_lib.mssecref_source_name(source.value))


def route_observable(incident, observable, lang=None, customer=None,
                     kind=None):
    """route() for an incident seen at a URL, host or e-mail address: the
    abuse report when the thing is hosted on a Microsoft-managed domain and
    the abuse report takes that incident, the usual contact otherwise.
    The Contact's `hosted` attribute says whether it is hosted there.  A
    subsidiary's host (GitHub, LinkedIn) never gets the abuse report: the
    usual contact when it is another (the unsafe-site form for phishing),
    else SubsidiaryError (cloud abuse: report to that company)."""
    inc = _lib.mssecref_incident_parse(_arg(incident, "incident"), None, None)
    if inc < 0:
        _error(inc)
    lang_id, other = _lang_value(lang)
    cust = _customer_value(customer)
    handle = _P()
    rc = _lib.mssecref_route_observable(inc, _arg(observable, "observable"),
                                        _kind(kind), lang_id, cust,
                                        ctypes.byref(handle))
    if rc == _h.MSSECREF_ENOCONTACT:
        found = hosting(observable, kind)
        if found is not None and found.hosting == "subsidiary":
            raise SubsidiaryError(
                rc, "%s is under %s, a Microsoft-owned company that runs its "
                "own abuse process: no Microsoft contact takes %s there; "
                "report it to that company (%s)" % (
                    observable, found.suffix, incident, found.source_text),
                found)
    if rc < 0:
        _error(rc)
    c = _make_contact(handle.value, lang_id, cust, inc,
                      bool(rc & _h.MSSECREF_ROUTE_FALLBACK), 0, other)
    c.hosted = bool(rc & _h.MSSECREF_ROUTE_HOSTED)
    found = hosting(observable, kind)
    c.hosting = found.hosting if found is not None else None
    c.host = observable_host(observable, kind).host
    return c


Hosting = collections.namedtuple("Hosting",
                                 "suffix hosting source source_text")
Hosting.__doc__ = """Where a thing is hosted: the suffix it is under as the
catalogue writes it, the kind of hosting ("customer-content",
"first-party", "mail", "subsidiary"), the source type ("psl", "tld",
"service", "list") and the source as a reader can find it."""


def _suffix_details(index):
    s = _S()
    source = _lib.mssecref_suffix_at(index, ctypes.byref(s))
    return Hosting(_text(s.value),
                   _text(_lib.mssecref_hosting_name(
                       _lib.mssecref_suffix_hosting(index))),
                   _text(_lib.mssecref_source_name(source)),
                   _text(_lib.mssecref_suffix_source_text(index)))


def hosting(observable, kind=None):
    """Where a host name, a URL's host or an e-mail address's domain is
    hosted, subsidiaries (GitHub, LinkedIn) included: a Hosting, e.g.
    Hosting("github.io", "subsidiary", "psl", "Public Suffix List, ..."),
    or None when no suffix of the catalogue matches.  Only the kinds other
    than "subsidiary" count as Microsoft-managed (hosted(), route's
    `hosted`).  Raises MssecrefError for a malformed observable."""
    index = _Z()
    rc = _lib.mssecref_observable_hosting(_arg(observable, "observable"),
                                          _kind(kind), ctypes.byref(index))
    if rc < 0:
        _error(rc)
    if rc == 0:
        return None
    return _suffix_details(index.value)


def suffix_details():
    """Every suffix of the catalogue as a Hosting, catalogue order."""
    return [_suffix_details(i) for i in range(_lib.mssecref_suffix_count())]


def psl_version():
    """The Public Suffix List version the catalogue's suffixes match."""
    return _text(_lib.mssecref_catalogue_psl_version())


class Host:
    """The host a verdict was made on (mssecref_observable_host())."""

    __slots__ = ("host", "managed", "kind", "refanged", "ip", "idn",
                 "decoded", "no_scheme")

    def __repr__(self):
        return "Host(host=%r, managed=%r, kind=%r)" % (self.host, self.managed,
                                                      self.kind)

    def as_dict(self):
        return {k: getattr(self, k) for k in self.__slots__}



def observable_host(observable, kind=None):
    """The host a URL, host name or e-mail address is judged on, in ASCII
    as a browser resolves it ("https://mіcrosoft.com/" gives
    "xn--mcrosoft-thh.com"; "hxxps://x[.]sharepoint[.]com" gives
    "x.sharepoint.com"), with the verdict and how it was read: a Host.
    Raises MssecrefError for what a browser or mail system refuses."""
    flags = _U()
    buf = ctypes.create_string_buffer(_h.MSSECREF_OBSERVABLE_MAX + 1)
    rc = _lib.mssecref_observable_host(_arg(observable, "observable"),
                                       _kind(kind), buf, len(buf),
                                       ctypes.byref(flags))
    if rc < 0:
        _error(rc)
    f = flags.value
    h = Host()
    h.host = buf.value.decode("ascii")
    h.managed = bool(f & _h.MSSECREF_HOST_MANAGED)
    h.kind = _KIND_NAMES.get(_h.MSSECREF_HOST_KIND(f))
    h.refanged = bool(f & _h.MSSECREF_HOST_REFANGED)
    h.ip = bool(f & _h.MSSECREF_HOST_IP)
    h.idn = bool(f & _h.MSSECREF_HOST_IDN)
    h.decoded = bool(f & _h.MSSECREF_HOST_DECODED)
    h.no_scheme = bool(f & _h.MSSECREF_HOST_NO_SCHEME)
    return h


def suffixes():
    """Every suffix with its source type, catalogue order (subsidiaries'
    too since 1.2: suffix_details() gives their kind of hosting)."""
    out = []
    for i in range(_lib.mssecref_suffix_count()):
        s = _S()
        source = _lib.mssecref_suffix_at(i, ctypes.byref(s))
        out.append((_text(s.value), _text(_lib.mssecref_source_name(source))))
    return out
