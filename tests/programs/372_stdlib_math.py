import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt")
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2 ** 70 + 0.0), math.fabs(-3), math.copysign(1, -0.0))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(2, 3, 4), math.factorial(25), math.comb(50, 25), math.perm(10, 3))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.asin(0.5), math.acos(0.5), math.atan(0.5), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.modf(-3.75), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.pow(2, 0.5), math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.floor(1e300) == 10 ** 300 or "floor of 1e300 is exact binary", math.sqrt(-0.0))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.factorial(2.5), lambda: math.acos(2)):
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
