rows = [("apple", 1.5, 10), ("banana", 0.25, 200), ("cherry", 12.0, 3), ("dragonfruit", 100.125, 0)]
print(f"{'name':<12}|{'price':>8}|{'qty':^5}|")
print("-" * 28)
for name, price, qty in rows:
    print(f"{name:<12}|{price:>8.2f}|{qty:^5d}|")
print("=" * 28)
total = sum(p * q for _, p, q in rows)
print(f"{'total':<12}|{total:>8.2f}|{'':^5}|")
print("{:*^28}".format(" end "))
for name, price, qty in rows:
    print("%-12s|%8.2f|%5d|" % (name, price, qty))
for name, price, qty in rows:
    print(name.ljust(12) + "|" + str(price).rjust(8) + "|" + str(qty).center(5) + "|")
