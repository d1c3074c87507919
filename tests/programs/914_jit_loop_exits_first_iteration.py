# Loops that usually leave in their first iteration (a return inside the loop, a type that
# changes between entries): the JIT gives such a loop back to the interpreter after enough
# deopts. Results must be the same before and after, in every mode.

def first_match(items, limit):
    for x in items:
        if x >= limit:
            return x
    return None

def run_block(stmts, env):
    for s in stmts:
        r = s(env)
        if r is not None:
            return r
    return None

def ret_first(env):
    env["n"] += 1
    return env["n"]

def no_ret(env):
    env["m"] += 1
    return None

total = 0
hits = 0
env = {"n": 0, "m": 0}
for i in range(4000):
    # mostly found at once; every 50th search walks the list
    items = [10 + i % 3, i % 5, i % 3, 10] if i % 50 else [i % 7, i % 5, i % 3, 10]
    v = first_match(items, 1 if i % 4 else 9)
    total += v if v is not None else -1
    # mostly returns from the first statement; every 50th entry runs the whole block
    block = [ret_first, no_ret] if i % 50 else [no_ret, no_ret, no_ret]
    r = run_block(block, env)
    hits += r if r is not None else 0
print(total, hits, env)

# the same loop fed values of changing types, so its guards fail at once
def accumulate(seq):
    acc = seq[0]
    for x in seq[1:]:
        acc = acc + x
    return acc
out = []
for i in range(3000):
    kind = i % 3
    if kind == 0:
        out.append(accumulate([i, 1, 2]))
    elif kind == 1:
        out.append(accumulate([float(i), 0.5]))
    else:
        out.append(accumulate(["a", str(i % 10)]))
print(sum(x for x in out if isinstance(x, int)), sum(x for x in out if isinstance(x, float)), "".join(x for x in out if isinstance(x, str))[:40])
