# math: float functions over a grid of values (results or CPython's exact errors).
import math

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, args, type(e).__name__, e)
    else:
        print(label, args, repr(r))

values = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 1e-300, 5e-324, 1e300, -1e300,
          float('inf'), float('-inf'), float('nan'), 0.1, 100.5, 710.0, -745.5, 171.5, -171.5, 7, -3]
one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'erf', 'erfc',
       'exp', 'exp2', 'expm1', 'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'degrees',
       'radians', 'isfinite', 'isinf', 'isnan', 'gamma', 'lgamma', 'frexp', 'modf', 'ulp',
       'log', 'log2', 'log10', 'floor', 'ceil', 'trunc']
for name in one:
    f = getattr(math, name)
    for v in values:
        show(name, f, v)

for x in [0.0, -0.0, 1.0, -1.5, 2.5, 1e308, float('inf'), float('-inf'), float('nan'), 3]:
    for y in [0.0, -0.0, 1.0, -2.0, 0.5, 3.0, float('inf'), float('-inf'), float('nan'), 1e308, -7]:
        for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'nextafter', 'isclose']:
            show(name, getattr(math, name), x, y)

for v in [-5.5, -2.5, -0.5, 0.25, 1.5, 2.5, 3.5, 4.5, 5.5, 8.25, 20.5, 23.0, 24.0, 30.0, 100.25,
          141.5, 170.6, 171.7, -1e-21, 1e-21, -150.3, -199.5, -200.5, 1e-320]:
    show('gamma', math.gamma, v)
    show('lgamma', math.lgamma, v)
for i in range(1, 40):
    show('gamma-i', math.gamma, i / 3)
    show('lgamma-i', math.lgamma, i * 7.3)
    show('erf', math.erf, i / 10 - 2)
    show('erfc', math.erfc, i / 5 - 3)

for x in [1e-320, 1.0, 1e308, 0.75, -2.5]:
    for e in [-1100, -1074, -3, 0, 5, 1023, 1024, 2000, 10**20, -10**20]:
        show('ldexp', math.ldexp, x, e)
show('ldexp', math.ldexp, 1.0, 2.0)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

# fsum exactness
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]))
print(math.fsum([1.7976931348623157e308, 1.7976931348623157e308 * -1, 1.0]))
print(math.fsum(i * 0.001 for i in range(10000)))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([float('inf'), 1.0]))
show('fsum', math.fsum, [float('inf'), float('-inf')])
show('fsum', math.fsum, [1.7976931348623157e308, 1.7976931348623157e308])
show('fsum', math.fsum, [float('nan'), 1.0])
show('fsum', math.fsum, ['a'])

# integer functions
for n in [0, 1, 5, 20, 21, 50, 100]:
    print('factorial', n, math.factorial(n))
show('factorial', math.factorial, -1)
show('factorial', math.factorial, 5.0)
show('factorial', math.factorial, 10**30)
for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (100, 50), (0, 0), (5, -1), (-5, 1), (10**20, 3), (60, 30), (True, True)]:
    show('comb', math.comb, n, k)
    show('perm', math.perm, n, k)
show('perm', math.perm, 6)
show('perm', math.perm, 6, None)
show('comb', math.comb, 6.0, 2)
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 30), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 7))
show('gcd', math.gcd, 1.5, 2)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 10**41 + 12345, 2**200 - 1]:
    print('isqrt', n, math.isqrt(n))
show('isqrt', math.isqrt, -1)
show('isqrt', math.isqrt, 2.0)
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 30)))
print(math.prod(['ab', 3]), math.prod([[1], 2]))
# big-int logs
print(math.log(10**500), math.log2(2**1000), math.log10(10**400), math.log(2**1100, 2), math.log(8, 2), math.log(100, 10))
show('log', math.log, 0)
show('log', math.log, -(10**400))
show('log', math.log, 10, 1)
show('log', math.log, 1, 0.0)
show('log10', math.log10, 0.0)
show('log2', math.log2, -1)
show('log', math.log, 'x')
# hypot / dist
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(1e-310, 1e-310), math.hypot(1e308, 1e308), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
for i in range(1, 30):
    print('hypot', math.hypot(i * 0.37, i * 1.1, 1 / i), math.dist((i, 0.5 * i), (1.25, -i / 7)))
print(math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()))
show('dist', math.dist, (1, 2), (1, 2, 3))
# isclose
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
show('isclose', lambda: math.isclose(1, 2, rel_tol=-1))
# trunc/floor/ceil protocols
class T:
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
class F:
    def __float__(self): return 2.5
print(math.trunc(T()), math.floor(T()), math.ceil(T()), math.floor(F()), math.ceil(F()))
show('trunc', lambda: math.trunc(F()))
show('floor', math.floor, 'x')
print(math.floor(True), math.ceil(-7), math.trunc(-2.7), math.floor(-2.5), math.ceil(2.000001), math.floor(1e20))
show('floor', math.floor, float('inf'))
show('ceil', math.ceil, float('nan'))
show('sqrt', math.sqrt, 'x')
show('sqrt', math.sqrt, 10**400)
show('sqrt', math.sqrt, 4)
show('pow', math.pow, 2)
print(math.sqrt(2), math.exp(1), math.sin(math.pi), math.cos(math.pi / 3))
