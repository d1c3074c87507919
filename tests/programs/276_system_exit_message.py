import sys
print("about to exit")
sys.stdout.flush()
sys.exit("fatal: something went wrong")
