# A compiled loop whose guard fails inside an inlined callee with many locals: the exit carries the
# caller's and the callee's slots, more values than the loop takes in (the exit buffer must be sized
# for the widest exit before the first run, not only for the inputs).


def wide(x):
    a0 = x + 1; a1 = a0 + 1; a2 = a1 + 1; a3 = a2 + 1; a4 = a3 + 1
    a5 = a4 + 1; a6 = a5 + 1; a7 = a6 + 1; a8 = a7 + 1; a9 = a8 + 1
    b0 = a9 * 2; b1 = b0 - 1; b2 = b1 + a0; b3 = b2 - a1; b4 = b3 + a2
    b5 = b4 - a3; b6 = b5 + a4; b7 = b6 - a5; b8 = b7 + a6; b9 = b8 - a7
    if x > 2500:
        return b9 + a8 + a9 + 0.5
    return b9 + a8 + a9


def run(n):
    t = 0
    for i in range(n):
        t += wide(i)
    return t


print(run(3000))
print(run(10))
