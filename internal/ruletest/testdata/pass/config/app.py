x = MARK  # want "CVT298 flag"
y = FLAG
