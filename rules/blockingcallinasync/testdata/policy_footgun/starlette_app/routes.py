from starlette.routing import Route


async def homepage(request):
    return open("index.html").read()  # want warning "declare it with `def`"


routes = [Route("/", homepage)]
