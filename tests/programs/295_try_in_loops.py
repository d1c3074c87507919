results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
def retry(attempts):
    count = 0
    while True:
        try:
            count += 1
            if count < attempts:
                raise ConnectionError(f"attempt {count}")
            return f"succeeded after {count}"
        except ConnectionError as e:
            print("retrying after", e)
print(retry(3))
total = 0
for i in range(5):
    try:
        total += 10 // (i - 2)
    except ZeroDivisionError:
        total += 1000
print(total)
