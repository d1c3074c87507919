# The native _datetime: constructors, reprs, arithmetic, comparisons, formatting and errors.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

print(type(date).__name__, date.__module__, datetime.date is date, MINYEAR, MAXYEAR)
print(repr(datetime.UTC), datetime.UTC is timezone.utc)


def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for e in [
    # timedelta
    "timedelta()", "timedelta(1, 2, 3)", "timedelta(weeks=1, days=-1, hours=2.5, minutes=0.1)",
    "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)", "timedelta(microseconds=-1.5)",
    "timedelta(seconds=1.0000005)", "timedelta(days=0.1, seconds=0.2, microseconds=0.3)",
    "timedelta(days=10**9)", "timedelta(days=10**20)", "timedelta('1')", "timedelta(1.5, 'x')", "timedelta(x=1)",
    "str(timedelta(days=-2, microseconds=5))", "str(timedelta(days=1))", "str(timedelta(days=2, hours=3))", "str(timedelta(0))",
    "timedelta(1) * 0.5", "0.5 * timedelta(1)", "3 * timedelta(seconds=7)", "timedelta(seconds=1) / 3", "timedelta(seconds=1) / 3.0",
    "timedelta(seconds=1) // 3", "timedelta(seconds=7) // timedelta(seconds=2)", "timedelta(seconds=7) / timedelta(seconds=2)",
    "divmod(timedelta(seconds=7), timedelta(seconds=2))", "timedelta(seconds=7) % timedelta(seconds=-2)",
    "-timedelta(seconds=1)", "+timedelta(seconds=1)", "abs(timedelta(seconds=-1))", "abs(timedelta.min)", "timedelta.min * 2",
    "timedelta(1) * 1e30", "timedelta(1) * float('nan')", "timedelta(1) / 0", "timedelta(1) // 0", "timedelta(1) / timedelta(0)",
    "timedelta(1) % 0", "timedelta(1) < 1", "timedelta(1) == 1", "timedelta(1) + 1",
    "timedelta(1, 2, 3).total_seconds()", "timedelta.max.total_seconds()", "timedelta.min", "timedelta.max", "timedelta.resolution",
    "bool(timedelta())", "bool(timedelta(microseconds=1))", "timedelta(1, 2, 3).__reduce__()",
    "hash(timedelta(1)) == hash(timedelta(hours=24))", "timedelta(hours=1) < timedelta(hours=2) <= timedelta(hours=2)",
    # date
    "date(2020, 2, 29)", "date(0, 1, 1)", "date(1, 13, 1)", "date(2019, 2, 29)", "date(1.5, 1, 1)", "date('a', 1, 1)",
    "date(1, 1)", "date(1, 2, 3, 4)", "date(x=1)", "date(1, year=1)", "date(year=2000, month=1, day=2)",
    "date(2020, 1, 2).isoformat()", "str(date(5, 1, 2))", "date(2020, 1, 2).ctime()", "date(2020, 1, 2).weekday()",
    "date(2020, 1, 2).isoweekday()", "date(2020, 1, 2).toordinal()", "date.fromordinal(737426)", "date.fromordinal(0)",
    "date.fromordinal(3652060)", "date(2021, 1, 1).isocalendar()", "date(2020, 12, 31).isocalendar()",
    "date(2019, 12, 30).isocalendar().year", "date(2019, 12, 30).isocalendar()[1:]", "date.max.isocalendar()",
    "date(2020, 1, 2).isocalendar().__reduce__()", "date.fromisocalendar(2020, 53, 7)", "date.fromisocalendar(2021, 53, 1)",
    "date.fromisocalendar(2020, 5, 8)", "date.fromisocalendar(0, 5, 1)", "date.fromisocalendar(2**33, 1, 1)",
    "date(2020, 1, 31) + timedelta(1)", "timedelta(-31) + date(2020, 1, 31)", "date(2020, 3, 1) - date(2020, 2, 1)",
    "date(2020, 3, 1) - timedelta(days=1, hours=23)", "date.min - timedelta(1)", "date.max + timedelta(1)",
    "date(1, 1, 1) + 1", "1 - date(1, 1, 1)", "date(1, 1, 1) < 1", "date(1, 1, 1) == 1",
    "date(2020, 1, 2).replace(month=3)", "date(2020, 1, 31).replace(month=2)", "date(2020, 1, 1).replace(1, 2, 3, 4)",
    "date(2020, 1, 1).replace(x=1)", "date(2020, 1, 2).strftime('%Y-%m-%d %H:%M:%S %j %a %b %f %z|%Z|%%')",
    "date(5, 1, 1).strftime('%y')", "format(date(2020, 1, 2), '')", "format(date(2020, 1, 2), '%d/%m/%Y')",
    "'{:%Y}'.format(date(2020, 1, 2))", "date(2020, 1, 2).timetuple()", "date(2020, 1, 2).__reduce__()",
    "date(b'\\x07\\xe4\\x01\\x02')", "date.fromisoformat('2020-01-02')", "date.fromisoformat('20200102')",
    "date.fromisoformat('2020W015')", "date.fromisoformat('2020-W01-5')", "date.fromisoformat('2020-01-0')",
    "date.fromisoformat('2020-13-01')", "date.fromisoformat(1)", "date.min", "date.max", "date.resolution",
    # time
    "time()", "time(1, 2)", "time(1, 2, 3)", "time(1, 2, 3, 4)", "time(24)", "time(1, 60)", "time(1, 1, 60)",
    "time(1, 1, 1, 10**6)", "time(fold=2)", "time(tzinfo=1)", "time(1, 2, 3, 4, None, 0)", "time(x=1)",
    "time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)", "time(12, 30).isoformat()", "time(12, 30, 5, 1000).isoformat('milliseconds')",
    "time(1, 2, 3, 4).isoformat('hours')", "time(1, 2, 3, 4).isoformat('minutes')", "time(1, 2, 3).isoformat('microseconds')",
    "time(1).isoformat('T')", "time(1).isoformat(1)", "str(time(1, 2, 3, 4, timezone(timedelta(hours=-5))))",
    "time(1, 2, 3, 4).strftime('%H %M %S %f %Y')", "time(5, tzinfo=timezone(timedelta(hours=1), 'X')).strftime('%z %Z')",
    "time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1)))", "time(12) == time(12, tzinfo=timezone.utc)",
    "time(12) < time(12, tzinfo=timezone.utc)", "time(1) < time(2)", "time(1) < 1", "bool(time())",
    "hash(time(1)) == hash(time(1, fold=1))", "time(1, 2, 3, 4, tzinfo=timezone.utc).__reduce__()",
    "time(1, fold=1).__reduce_ex__(4)", "time(1, fold=1).__reduce_ex__(2)", "time(b'\\x81\\x02\\x03\\x00\\x00\\x04')",
    "time(1).replace(hour=5, fold=1)", "time(1).replace(tzinfo=timezone.utc)", "time(1, tzinfo=timezone.utc).replace(tzinfo=None)",
    "time.fromisoformat('12:30:45.123+05:30')", "time.fromisoformat('T1230')", "time.fromisoformat('12:30:45.123456789')",
    "time.fromisoformat('12:30:45,5Z')", "time.fromisoformat('x')", "time.fromisoformat('25:00')",
    "time(5, tzinfo=timezone.utc).utcoffset()", "time(5).utcoffset()", "time(5, tzinfo=timezone.utc).tzname()", "time(5).dst()",
    "time.min", "time.max", "time.resolution",
    # datetime
    "dt(2020, 1, 2)", "dt(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1)", "dt(1, 1, 1, tzinfo=1)", "dt(x=1)",
    "dt(1, 1, 1, 1, 1, 1, 1, None, 0)", "dt(2020, 1, 2, 3, 4, 5).isoformat()", "dt(2020, 1, 2, 3, 4, 5, 6).isoformat(' ')",
    "dt(2020, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30))).isoformat(timespec='minutes')",
    "dt(2020, 1, 2).isoformat(sep='ab')", "dt(2020, 1, 2).isoformat(timespec='x')", "str(dt(2020, 1, 2, 3, 4, 5, 6))",
    "dt(2020, 1, 2, 3, 4, 5).ctime()", "dt(2020, 1, 2, 3, 4, 5, 6).timetuple()",
    "dt(2020, 1, 2, 3, tzinfo=timezone(timedelta(hours=4))).utctimetuple()", "dt(1, 1, 1, tzinfo=timezone(timedelta(hours=1))).utctimetuple()",
    "dt(2020, 1, 2, 3, 4).date()", "dt(2020, 1, 2, 3, 4, fold=1).time()", "dt(2020, 1, 2, 3, 4, tzinfo=timezone.utc).timetz()",
    "dt.combine(date(2020, 1, 2), time(3, 4, tzinfo=timezone.utc))", "dt.combine(date(2020, 1, 2), time(3, 4), tzinfo=timezone.utc)",
    "dt.combine(1, time())", "dt.combine(date(1, 1, 1), 1)", "dt(2000, 1, 1, tzinfo=timezone.utc).timestamp()",
    "dt(2000, 1, 1, tzinfo=timezone(timedelta(hours=-3))).timestamp()", "dt.utcfromtimestamp(1.5)", "dt.utcfromtimestamp(-1.5)",
    "dt.utcfromtimestamp(1e-7)", "dt.utcfromtimestamp(0.9999996)", "dt.utcfromtimestamp(1e20)", "dt.utcfromtimestamp(float('nan'))",
    "dt.fromtimestamp(0, timezone.utc)", "dt.fromtimestamp(86400 * 365.25, timezone(timedelta(hours=2)))", "dt.fromtimestamp('x')",
    "dt(2000, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=3)))", "dt(2000, 1, 1).astimezone(1)",
    "dt(2020, 1, 2, 3) + timedelta(hours=22)", "dt(2020, 1, 2, 3) - timedelta(days=3, microseconds=1)",
    "dt(2020, 1, 2, 3) - dt(2019, 1, 2, 4, 0, 0, 1)", "dt(2020, 1, 1, tzinfo=timezone.utc) - dt(2020, 1, 1, tzinfo=timezone(timedelta(hours=1)))",
    "dt(1, 1, 1) - dt(1, 1, 1, tzinfo=timezone.utc)", "dt(1, 1, 1) - date(1, 1, 1)", "dt.max + timedelta(1)", "dt.min - timedelta(microseconds=1)",
    "dt(1, 1, 1) < dt(1, 1, 1, tzinfo=timezone.utc)", "dt(1, 1, 1) == dt(1, 1, 1, tzinfo=timezone.utc)",
    "dt(2020, 1, 1, 12, tzinfo=timezone.utc) == dt(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1)))",
    "dt(2020, 1, 1, 12, tzinfo=timezone.utc) < dt(2020, 1, 1, 12, tzinfo=timezone(timedelta(hours=1)))",
    "date(1, 1, 1) < dt(1, 1, 1)", "date(1, 1, 1) == dt(1, 1, 1)", "dt(1, 1, 1) == date(1, 1, 1)", "date(1, 1, 1).__eq__(dt(1, 1, 1))",
    "hash(dt(2020, 1, 1, 12, tzinfo=timezone.utc)) == hash(dt(2020, 1, 1, 13, tzinfo=timezone(timedelta(hours=1))))",
    "hash(dt(2020, 1, 1)) == hash(dt(2020, 1, 1, fold=1))", "dt(2020, 1, 2).replace(year=2021, tzinfo=timezone.utc, fold=1)",
    "dt(2020, 2, 29).replace(year=2021)", "dt(2020, 1, 2).replace(1, 2, 3, 4, 5, 6, 7, None, 0)",
    "dt(2020, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1).__reduce_ex__(4)", "dt(2020, 1, 2, fold=1).__reduce_ex__(3)", "dt(2000, 1, 1).__reduce__()",
    "dt(b'\\x07\\xd0\\x81\\x01\\x00\\x00\\x00\\x00\\x00\\x00')", "dt(b'\\x07\\xd0\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00', 1)",
    "dt.fromisoformat('2020-01-02T03')", "dt.fromisoformat('2020-01-02 03:04:05.6789+00:00')",
    "dt.fromisoformat('2020-01-02T03:04:05+05:30:12.5')", "dt.fromisoformat('2020-01-02T03:04:05-00:00')",
    "dt.fromisoformat('20200101T123045Z')", "dt.fromisoformat('2020-W01-3T12')", "dt.fromisoformat('2020-01-01T12:30:45,5-03')",
    "dt.fromisoformat('2020-01-02Z')", "dt.fromisoformat('2020-01-02T')", "dt.fromisoformat('2020-01-02\\ud80012:00')",
    "dt.fromisoformat('2020-01-02T12:00:00.')", "dt.fromisoformat('2020-01-01T24:00')", "dt.fromisoformat('2020')",
    "dt.fromisoformat('2020-01-01T12:00+24:00')", "dt.strptime('2020-03-04 05:06', '%Y-%m-%d %H:%M')",
    "dt.strptime('2020-03-04 +0130', '%Y-%m-%d %z')", "dt.strptime(1, '')",
    "dt(2000, 1, 1, tzinfo=timezone(timedelta(hours=-3, seconds=-5, microseconds=-7))).strftime('%z|%Z|%f|%%z|%')",
    "dt(2000, 1, 1, 1, 2, 3, 4).__format__('%H:%M:%S.%f')", "f'{dt(2000, 1, 2):%d.%m.%Y}'",
    "dt.min", "dt.max", "dt.resolution",
    # timezone and tzinfo
    "timezone(timedelta(hours=5, minutes=30))", "timezone(timedelta(hours=-5, seconds=7))", "timezone(timedelta(microseconds=-1))",
    "timezone(timedelta(0))", "timezone(timedelta(0), 'x')", "timezone(timedelta(1))", "timezone(1)", "timezone(timedelta(0), 1)",
    "timezone()", "timezone(offset=timedelta(hours=1), name='A')", "str(timezone(timedelta(hours=-5, seconds=7, microseconds=8)))",
    "timezone.min", "timezone.max", "timezone.utc.tzname(None)", "timezone.utc.utcoffset(None)", "timezone.utc.dst(None)",
    "timezone.utc.utcoffset(1)", "timezone.utc.fromutc(dt(1, 1, 1))", "timezone(timedelta(hours=2)).tzname(None)",
    "timezone.utc == timezone(timedelta(0), 'y')", "timezone.utc == 1", "timezone.utc < timezone.utc",
    "hash(timezone.utc) == hash(timezone(timedelta(0), 'y'))", "timezone.utc.__reduce__()",
    "timezone(timedelta(hours=1), 'x').__getinitargs__()", "tzinfo().utcoffset(None)", "tzinfo().tzname(None)",
    "tzinfo().dst(None)", "tzinfo().fromutc(1)", "tzinfo().fromutc(dt(1, 1, 1))", "tzinfo().__reduce__()",
]:
    show(e)
