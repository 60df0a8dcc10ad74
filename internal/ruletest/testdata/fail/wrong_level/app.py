x = FLAG  # want note "CVT298 flag"
