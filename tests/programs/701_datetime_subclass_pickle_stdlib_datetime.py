# _datetime: subclasses (which results keep the subclass), pickling with CPython's state bytes, copy,
# tzinfo subclasses and the PEP 495 fold rules.
import copy
import pickle
from datetime import date, time, datetime, timedelta, timezone, tzinfo


class D(date):
    def __new__(cls, *args, extra=None):
        self = super().__new__(cls, *args)
        self.extra = extra
        return self


class DT(datetime):
    pass


class T(time):
    pass


class TD(timedelta):
    pass


d = D(2020, 1, 31, extra="x")
print(repr(d), d.extra, type(d + timedelta(1)).__name__, type(d - timedelta(1)).__name__)
print(type(d.replace(day=1)).__name__, getattr(d.replace(day=1), "extra", "no extra"))
print(type(D.fromordinal(5)).__name__, type(D.fromisoformat("2020-01-02")).__name__, type(D.fromisocalendar(2020, 1, 1)).__name__)
print(type(d - date(2020, 1, 1)).__name__, d == date(2020, 1, 31), hash(d) == hash(date(2020, 1, 31)))

x = DT(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc)
print(repr(x), type(x + timedelta(1)).__name__, type(x - timedelta(1)).__name__, type(x - x).__name__)
print(type(DT.combine(date(2020, 1, 2), time(1))).__name__, type(DT.fromisoformat("2020-01-02")).__name__)
print(type(DT.strptime("2020", "%Y")).__name__, type(DT.utcfromtimestamp(0)).__name__, type(x.astimezone(timezone.utc)).__name__)
print(type(x.replace(year=2021)).__name__, type(x.date()).__name__, type(x.time()).__name__, type(x.timetz()).__name__)
print(repr(T(1, 2)), type(T(1, 2).replace(hour=3)).__name__, type(T.fromisoformat("01:02")).__name__)
td = TD(days=1)
print(repr(td), type(td + td).__name__, type(-td).__name__, type(td * 2).__name__, type(abs(td)).__name__)


class Sub(DT):
    def __new__(cls, *args, **kwargs):
        print("  Sub.__new__", args, kwargs)
        return super().__new__(cls, *args, **kwargs)


s = datetime.__new__(Sub, 2020, 1, 2, fold=1)
print(repr(s + timedelta(0)))
print(repr(Sub.combine(date(2020, 1, 2), time(1, fold=1))))

# pickles: CPython's state bytes, fold only from protocol 4
for obj in [date(2020, 1, 2), time(1, 2, 3, 4, timezone.utc, fold=1), datetime(2020, 1, 2, 3, 4, 5, 6, fold=1),
            datetime(2020, 1, 2, tzinfo=timezone(timedelta(hours=-3), "BRT")), timedelta(-1, 2, 3), timezone.utc,
            timezone(timedelta(hours=5, minutes=30), "IST"), timezone.min, D(2020, 1, 2), DT(2020, 1, 2, fold=1),
            date(2020, 1, 2).isocalendar()]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        fold = getattr(back, "fold", None)
        if proto in (0, 2, 4):
            print(proto, repr(obj), "->", repr(back), type(back).__name__, fold, back == obj)
    print("  copy", repr(copy.copy(obj)), repr(copy.deepcopy(obj)))
print(pickle.dumps(datetime(2020, 1, 2, 3, 4, 5, 6, fold=1), 4))
print(pickle.dumps(date(2020, 1, 2), 0))
# a Python 2 pickle read with encoding='latin1' gives the state as str
print(repr(date("\x07\xe4\x01\x02")), repr(datetime("\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x06")), repr(time("\x01\x02\x03\x00\x00\x04")))


class FixedOffset(tzinfo):
    def __init__(self, minutes=0, name="UTC", dst=0):
        self.offset = timedelta(minutes=minutes)
        self.name = name
        self.dstoffset = timedelta(minutes=dst)

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.dstoffset

    def __repr__(self):
        return f"FixedOffset({self.name})"


est = FixedOffset(-300, "EST")
a = datetime(2020, 1, 2, 3, 4, tzinfo=est)
print(repr(a), a.utcoffset(), a.tzname(), a.dst(), a.isoformat(), a.strftime("%z %Z"), a.timetuple().tm_isdst)
print(repr(est.fromutc(datetime(2020, 1, 2, 8, tzinfo=est))))
print(repr(a.astimezone(timezone.utc)), repr(datetime(2020, 1, 2, 8, tzinfo=timezone.utc).astimezone(est)))
print(a == datetime(2020, 1, 2, 8, 4, tzinfo=timezone.utc), a - datetime(2020, 1, 2, 8, 4, tzinfo=timezone.utc))
p = pickle.loads(pickle.dumps(est))
print(type(p).__name__, p.name, p.offset, est.__reduce__()[0].__name__)


class Bad(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off

    def dst(self, dt):
        return self.off


for off in [timedelta(hours=24), timedelta(hours=-24), 5, None, timedelta(microseconds=1)]:
    b = datetime(2020, 1, 1, tzinfo=Bad(off))
    for meth in ("utcoffset", "dst", "tzname", "isoformat"):
        try:
            print(meth, repr(getattr(b, meth)()))
        except Exception as e:
            print(meth, type(e).__name__, e)


class Fold(tzinfo):
    """An hour repeated at 01:00-02:00 on 2020-11-01 (offset -4 with fold=0, -5 with fold=1)."""

    def utcoffset(self, dt):
        if dt.replace(tzinfo=None) >= datetime(2020, 11, 1, 1) and dt.replace(tzinfo=None) < datetime(2020, 11, 1, 2):
            return timedelta(hours=-5 if dt.fold else -4)
        return timedelta(hours=-4 if dt.replace(tzinfo=None) < datetime(2020, 11, 1, 1) else -5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "F"


f = Fold()
amb0 = datetime(2020, 11, 1, 1, 30, tzinfo=f)
amb1 = amb0.replace(fold=1)
print(amb0.utcoffset(), amb1.utcoffset(), amb0 == amb1, amb1 - amb0)
u = datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)
print(amb0 == u, amb1 == u, amb0 != u, hash(amb0) == hash(amb1))
print(amb0.replace(tzinfo=timezone.utc) == amb0.replace(tzinfo=timezone.utc, fold=1))
