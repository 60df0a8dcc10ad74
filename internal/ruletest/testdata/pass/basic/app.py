x = FLAG  # want "CVT298 flag"
y = 1
z = FLAG + SECOND  # want "CVT298" "CVT297 second"
