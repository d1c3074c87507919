# sys.stdout/stderr/stdin are _io.TextIOWrapper objects; print(file=...) and writes interleave correctly
import sys, _io

for s in (sys.stdout, sys.stderr, sys.stdin):
    print(type(s).__name__, s.name, s.mode, s.encoding, isinstance(s, _io.TextIOWrapper), s.fileno())
print(sys.stdout.errors, sys.stderr.errors)
print(sys.stdout.write('direct\n'))
sys.stdout.flush()
print('to stdout', file=sys.stdout)
print('a', 'b', 3, sep='::', end='<\n')
buf = _io.StringIO()
print('into', 'buffer', file=buf)
print(repr(buf.getvalue()))
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
sys.stdout.writelines(['x\n', 'y\n'])
print(sys.__stdout__ is sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
