from pkg.files import read_file


async def handler(request):
    return read_file(request.path)  # want "read_file\\(\\) blocks the event loop: read_file -> open"
