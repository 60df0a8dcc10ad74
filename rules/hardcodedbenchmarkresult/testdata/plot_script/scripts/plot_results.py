import matplotlib.pyplot as plt

names = ["covetpy", "fastapi", "django"]
values = [410, 530, 880]  # want "410 .*in a list plotted as results" "530" "880"
x = [0, 1, 2]

fig, ax = plt.subplots(figsize=(10, 6))
bars = ax.bar(x, values)
ax.set_xticks(x)
ax.set_xticklabels(names)
ax.text(2, 880, '2.1x')  # want "2.1x .*in a label drawn on a plot of results"
ax.bar_label(bars, labels=["1.0x", "1.3x", "2.1x"])  # want "1.0x" "1.3x" "2.1x"
ax.set_ylim(0, 1000)
plt.savefig("results.png", dpi=150)
