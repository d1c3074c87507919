import sys
print(sys.argv, __name__, __file__.rsplit("/", 1)[-1], sys.version_info[:2], sys.version_info.major, sys.implementation.name in ("cpython", "taipan"))
print(sys.maxsize, sys.byteorder, sys.getrecursionlimit(), sys.getdefaultencoding(), sys.flags.utf8_mode, sys.stdout.encoding, sys.maxunicode)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_repr_style)
print(sys.int_info.bits_per_digit in (15, 30, 32, 64), sys.get_int_max_str_digits())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(3000)
print(depth(2500), sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    depth(2500)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.builtin_module_names, sys.stdin is sys.__stdin__)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
sys.stdout.write("written directly\n")
print(sys.stdout.write("x") if False else "", end="")
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
