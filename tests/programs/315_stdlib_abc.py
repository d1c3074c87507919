from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def sound(self): ...
    @property
    @abstractmethod
    def legs(self): ...
    def describe(self):
        return f"{type(self).__name__} says {self.sound()} on {self.legs} legs"
class Dog(Animal):
    def sound(self):
        return "woof"
    @property
    def legs(self):
        return 4
class Half(Animal):
    def sound(self):
        return "?"
print(Dog().describe())
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Animal()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Half.__abstractmethods__), isinstance(Dog(), Animal))
class Duck:
    def sound(self): return "quack"
Animal.register(Duck)
print(isinstance(Duck(), Animal), issubclass(Duck, Animal))
