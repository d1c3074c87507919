try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
