# _locale in the C locale.
import _locale

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_TIME, "C"), _locale.setlocale(_locale.LC_CTYPE, None))
print(_locale.setlocale(_locale.LC_NUMERIC, "POSIX"))
conv = _locale.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))
print(_locale.nl_langinfo(_locale.CODESET))
for name in ("D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR",
             "DAY_1", "DAY_7", "ABDAY_1", "MON_1", "MON_12", "ABMON_12", "ERA", "ALT_DIGITS"):
    print(name, getattr(_locale, name), repr(_locale.nl_langinfo(getattr(_locale, name))))
try:
    _locale.nl_langinfo(12345)
except ValueError as e:
    print(e)
try:
    _locale.setlocale(_locale.LC_ALL, "xx_XX.nope")
except _locale.Error as e:
    print(type(e).__name__, type(e).__module__, e, isinstance(e, Exception))
try:
    _locale.setlocale(99)
except _locale.Error as e:
    print(e)
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("a", "a"), _locale.strcoll("B", "a"))
print(_locale.strxfrm("abc"), _locale.getencoding())
print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE, _locale.LC_MONETARY, _locale.LC_MESSAGES,
      _locale.LC_ALL, _locale.CHAR_MAX)
