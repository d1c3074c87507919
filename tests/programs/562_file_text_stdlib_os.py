# open() in text mode on real files: write/read/readline/iteration/append/seek/tell, newline modes
import os

d = '/tmp/taipan_io_%d' % os.getpid()
os.mkdir(d)
p = os.path.join(d, 'f.txt')
try:
    with open(p, 'w') as f:
        print(f.name == p, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
        print(f.write('alpha\nbeta\n'), f.tell())
        f.write('gamma')
    print(f.closed)
    with open(p) as f:
        print(repr(f.readline()), f.tell())
        print(repr(f.read(3)), repr(f.read()))
        print(repr(f.read()))
    with open(p) as f:
        print([line for line in f])
    with open(p) as f:
        print(f.readlines(), f.newlines)
    with open(p, 'a') as f:
        f.write('\ndelta\r\nx\ry')
    with open(p, newline='') as f:
        print(f.readlines())
    with open(p) as f:
        print(f.readlines(), f.newlines)
    with open(p, newline='\r') as f:
        print(f.readlines())
    with open(p, 'w', newline='\r\n') as f:
        f.write('one\ntwo\n')
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, 'r+') as f:
        first = f.readline()
        pos = f.tell()
        rest = f.read()
        f.seek(pos)
        print(repr(first), pos, repr(rest), repr(f.read()))
        f.seek(0)
        print(repr(f.read(2)), f.tell())
    with open(p, 'w', encoding='latin-1') as f:
        f.write('caf\xe9')
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, encoding='latin-1') as f:
        print(f.read(), f.encoding)
    with open(p, 'w', encoding='utf-8') as f:
        f.write('\u20ac\U0001F600!')
    with open(p, encoding='utf-8') as f:
        print(f.read(1), f.tell(), f.read())
    with open(p, 'x' if False else 'w') as f:
        pass
    try:
        open(p, 'x')
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    f = open(p, 'w')
    f.close()
    for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.tell()]:
        try:
            op()
        except ValueError as e:
            print('ValueError', e)
    with open(p, 'w') as f:
        try:
            f.read()
        except Exception as e:
            print(type(e).__name__, e)
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
