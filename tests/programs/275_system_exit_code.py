print("exiting with code 3")
try:
    raise SystemExit(3)
finally:
    print("finally still runs")
