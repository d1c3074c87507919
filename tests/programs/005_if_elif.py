def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 99):
    print(n, classify(n))
if []:
    print("empty list is true?")
else:
    print("empty list is false")
if 0: pass
elif "": pass
else: print("else branch")
x = 5
if x:
    if x > 3:
        print("nested")
y = "yes" if x else "no"
print(y)
