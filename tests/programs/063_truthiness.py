values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          frozenset(), range(0), range(1), b"", b"\x00", bytearray(), None, ..., NotImplemented.__class__ is object]
print([bool(v) for v in values])
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(T()), bool(L()), bool(Both()), bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
print("yes" if T() else "no", "yes" if [[]] else "no", not L())
