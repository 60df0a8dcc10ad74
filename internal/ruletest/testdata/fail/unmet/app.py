x = 1  # want "CVT298"
