# time: clocks, get_clock_info, sleep and argument errors.
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
t1 = time.monotonic(); time.sleep(0.01); t2 = time.monotonic()
print("slept", t2 - t1 >= 0.009)
n1 = time.perf_counter_ns(); n2 = time.perf_counter_ns()
print(n2 >= n1, time.process_time() > 0, time.thread_time() >= 0, time.process_time_ns() > 0)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, time.clock_getres(time.CLOCK_MONOTONIC))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
time.sleep(0)
time.sleep(False)


def attempt(label, f, *args):
    try:
        r = f(*args)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", r)


attempt("sleep neg", time.sleep, -1)
attempt("sleep str", time.sleep, "1")
attempt("sleep nan", time.sleep, float("nan"))
attempt("clock unknown", time.get_clock_info, "nope")
attempt("gmtime str", time.gmtime, "x")
attempt("gmtime nan", time.gmtime, float("nan"))
attempt("gmtime huge", time.gmtime, 1e300)
attempt("strftime tuple short", time.strftime, "%Y", (1, 2))
attempt("strftime not tuple", time.strftime, "%Y", 5)
attempt("strftime month", time.strftime, "%Y", (2020, 13, 1, 0, 0, 0, 0, 0, 0))
attempt("strftime mday", time.strftime, "%Y", (2020, 1, 32, 0, 0, 0, 0, 0, 0))
attempt("strftime hour", time.strftime, "%Y", (2020, 1, 1, 24, 0, 0, 0, 0, 0))
attempt("strftime minute", time.strftime, "%Y", (2020, 1, 1, 0, 60, 0, 0, 0, 0))
attempt("strftime second", time.strftime, "%Y", (2020, 1, 1, 0, 0, 62, 0, 0, 0))
attempt("strftime yday", time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0))
attempt("strftime wday", time.strftime, "%Y", (2020, 1, 1, 0, 0, 0, -2, 1, 0))
attempt("strftime fmt int", time.strftime, 5)
attempt("asctime month", time.asctime, (2020, 13, 1, 0, 0, 0, 0, 0, 0))
attempt("mktime short", time.mktime, (2020, 1))
attempt("struct_time short", time.struct_time, [1, 2])
attempt("struct_time long", time.struct_time, list(range(12)))
attempt("struct_time int", time.struct_time, 1)
attempt("ctime str", time.ctime, "x")
