# want +2 "CVT298 flag"
s = 1 + \
    FLAG
t = FLAG  # want "CVT298"
