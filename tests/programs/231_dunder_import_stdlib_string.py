m = __import__("string")
print(type(m).__name__, m.__name__, m.ascii_lowercase, m.digits)
import string as s2
print(s2 is m)
from string import ascii_uppercase as up, hexdigits
print(up, hexdigits)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from string import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("string" in sys.modules, sys.modules["string"] is m)
def local_import():
    import string
    return string.punctuation
print(local_import())
