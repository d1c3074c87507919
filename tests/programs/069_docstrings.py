"""Module docstring."""
def f():
    """Function docstring."""
    return 1
def g():
    x = 1
    """not a docstring"""
    return x
class C:
    """Class docstring.

    More lines.
    """
    def m(self):
        "single quoted docstring"
print(__doc__)
print(f.__doc__, g.__doc__, repr(C.__doc__), C.m.__doc__)
print(C().__doc__ == C.__doc__, (lambda: 1).__doc__)
def h():
    f"""not a docstring {1}"""
print(h.__doc__)
print(type(len.__doc__).__name__)
