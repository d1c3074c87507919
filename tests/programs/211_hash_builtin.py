print(hash(0), hash(42), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.5), hash(None) == hash(None), hash(()))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])), hash(range(3)) == hash(range(3)))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash("") == 0, hash(b"") == 0)
class H:
    def __hash__(self):
        return 12345
class HugeHash:
    def __hash__(self):
        return 2 ** 64 + 5
class NegHash:
    def __hash__(self):
        return -1
class NotInt:
    def __hash__(self):
        return 1.5
print(hash(H()), hash(HugeHash()), hash(NegHash()))
for bad in (lambda: hash([]), lambda: hash({}), lambda: hash(set()), lambda: hash(NotInt()), lambda: hash(bytearray())):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Sub(int):
    pass
print(hash(Sub(7)), hash(True), hash(1.0), hash(1 + 0j), hash(10 ** 30), hash(-10 ** 30))
