x = 1  # want +5 "CVT298"
