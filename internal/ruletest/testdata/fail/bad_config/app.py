x = FLAG  # want "CVT298"
