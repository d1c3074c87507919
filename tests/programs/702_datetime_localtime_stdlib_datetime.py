# _datetime against the C library's local time: fold detection in fromtimestamp, timestamp() in folds and
# gaps, astimezone() to and from local time. TZ is set so the output does not depend on the machine.
import os
import time
from datetime import date, datetime, timedelta, timezone

for zone in ["America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone)
    for ts in [0, 1.5, -86400.25, 1604208600, 1604208600 + 3600, 1604212200 + 3600, 1583650800, 1.4e9, 1428158700, 1428160500]:
        d = datetime.fromtimestamp(ts)
        print(" ", ts, repr(d), d.timestamp(), date.fromtimestamp(ts))
    for naive in [datetime(2020, 11, 1, 1, 30), datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 3, 8, 2, 30),
                  datetime(2020, 3, 8, 2, 30, fold=1), datetime(2020, 10, 25, 1, 30), datetime(2020, 10, 25, 1, 30, fold=1),
                  datetime(2020, 3, 29, 1, 30), datetime(2015, 4, 5, 1, 45), datetime(2015, 4, 5, 1, 45, fold=1)]:
        a = naive.astimezone()
        print(" ", repr(naive), naive.timestamp(), repr(a), a.tzname(), repr(naive.astimezone(timezone.utc)))
    u = datetime(2020, 7, 1, 12, tzinfo=timezone.utc)
    print(" ", repr(u.astimezone()), repr(u.astimezone(None).tzinfo))
    print(" ", datetime(2020, 1, 1).timetuple().tm_isdst, datetime(2020, 1, 1).strftime("%Y-%m-%d %H:%M %Z"))
os.environ.pop("TZ")
time.tzset()
n = datetime.now()
print(type(n).__name__, n.tzinfo, type(datetime.now(timezone.utc).tzinfo).__name__, type(date.today()).__name__)
print(abs(datetime.now(timezone.utc) - datetime.utcnow().replace(tzinfo=timezone.utc)) < timedelta(minutes=1))
print(abs(datetime.fromtimestamp(time.time()) - datetime.now()) < timedelta(minutes=1))
