x = FLAG
y = 1  # want "CVT298"
