print(2 ** 10, 2 ** -2, (-2) ** 3, (-2) ** -3, -2 ** 2, 2 ** 3 ** 2)
print(10 ** 0, 0 ** 5, 0.0 ** 0, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 0.5)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(5, 0, 1))
print(2 ** 0.5 * 2 ** 0.5, 1.1 ** 10, 10.0 ** 300, 1e-5 ** 2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, (1j) ** 2, 2 ** 1j)
print(7 ** 77)
