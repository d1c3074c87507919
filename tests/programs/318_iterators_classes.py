class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), sum(f), 55 in f, max(f))
class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._sentinel
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not self._sentinel:
            v, self.buf = self.buf, self._sentinel
            return v
        return next(self.it)
    def peek(self, default=None):
        if self.buf is self._sentinel:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("end"))
class LinkedList:
    class Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = self.Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
ll = LinkedList(1, "two", 3.0)
print(ll, len(ll), list(reversed(list(ll))), LinkedList())
