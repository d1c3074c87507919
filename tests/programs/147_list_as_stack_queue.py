stack = []
for i in range(5):
    stack.append(i * i)
print([stack.pop() for _ in range(3)], stack)
queue = list("abcde")
out = []
while queue:
    out.append(queue.pop(0))
    if len(out) == 2:
        queue.append("late")
print(out)
grid = [[0] * 4 for _ in range(3)]
for r in range(3):
    for c in range(4):
        grid[r][c] = r * 4 + c
print(grid, [list(col) for col in zip(*grid)], [row[::-1] for row in grid[::-1]])
flat = [x for row in grid for x in row]
print(flat, flat[3::4], sum(flat), max(flat), flat.index(7))
m = [[1, 2], [3, 4]]
print([[sum(a * b for a, b in zip(row, col)) for col in zip(*m)] for row in m])
