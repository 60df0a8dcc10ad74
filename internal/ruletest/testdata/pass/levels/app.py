x = FLAG  # want warning "CVT298 flag"
# want +1 warning "CVT298"
y = FLAG
z = FLAG  # want "CVT298"
