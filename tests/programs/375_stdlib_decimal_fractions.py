from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction("0.125"), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(7, -21), repr(Fraction(2, 4)), float(Fraction(1, 3)), Fraction(5, 2) // 1, round(Fraction(5, 2)), round(Fraction(7, 2)))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"), Decimal("2").sqrt())
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), repr(Decimal("-0")))
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal("1e5").normalize(), Decimal("123.4500").normalize(), Decimal("NaN"), Decimal("-Infinity"))
print(f"{Decimal('1234.5678'):,.2f}", f"{Fraction(1, 3):.5f}" if hasattr(Fraction, "__format__") and False else "", Decimal(3) ** 20)
