import subprocess, sys
print(subprocess.run(['echo', 'hi'], capture_output=True).stdout)
print(subprocess.check_output('echo $((1+2))', shell=True))
r = subprocess.run(['cat'], input=b'abc', capture_output=True)
print(r.stdout, r.returncode)
try:
    subprocess.run(['/nonexistent/x'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout.strip())
print(subprocess.run(['sh', '-c', 'exit 3']).returncode)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate('line\n'))
