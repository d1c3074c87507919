import builtins
excs = sorted((v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)), key=lambda c: c.__name__)
for e in excs:
    print(e.__name__, "->", e.__base__.__name__ if e is not BaseException else None, [k.__name__ for k in e.__mro__[1:-1]])
print(issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError))
print(IOError is OSError, EnvironmentError is OSError, issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(UnicodeDecodeError, ValueError))
