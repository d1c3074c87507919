# A slice bound's __index__ runs before the list's length is read (list_subscript / list_ass_subscript
# unpack the slice first), so an __index__ that empties the list is seen by the slicing.
calls = []

class Clearing:
    def __init__(self, target, value):
        self.target, self.value = target, value
    def __index__(self):
        calls.append(self.value)
        del self.target[:]
        return self.value

l = [1, 2, 3]
print(l[:Clearing(l, 1)], l)
l = [1, 2, 3]
print(l[0:10:Clearing(l, 1)], l)
l = [1, 2, 3]
print(l[Clearing(l, 0):], l)
l = [1, 2, 3]
l[:Clearing(l, 1)] = [5]
print(l)
l = [1, 2, 3]
l[0:10:Clearing(l, 1)] = [9]
print(l)
l = [1, 2, 3, 4]
del l[::Clearing(l, 2)]
print(l)

class Order:
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __index__(self):
        calls.append(self.name)
        return self.value

calls.clear()
print([0, 1, 2, 3, 4, 5][Order('start', 1):Order('stop', 5):Order('step', 2)], calls)
try:
    [1, 2][Order('start', 0):'x']
except TypeError as e:
    print('TypeError', e)
try:
    [1, 2][::Order('step', 0)]
except ValueError as e:
    print('ValueError', e)
print([1, 2, 3][True:], (1, 2, 3)[Order('s', 1):], 'abc'[Order('s', 2):])
