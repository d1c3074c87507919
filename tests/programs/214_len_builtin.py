print(len(""), len("abc"), len("😀"), len(b"ab"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(10, 0, -3)), len(bytearray(3)), len(memoryview(b"xyz")), len(frozenset()))
class L:
    def __len__(self): return 5
print(len(L()))
class Big:
    def __len__(self): return 2 ** 100
class Neg:
    def __len__(self): return -1
class Flt:
    def __len__(self): return 1.5
class Idx:
    def __len__(self):
        class I:
            def __index__(self): return 3
        return I()
for v in (Big(), Neg(), Flt(), 5, None, iter([]), Idx()):
    try:
        print(len(v))
    except Exception as e:
        print(type(e).__name__, e)
