# A syntax error: the file gets a warning and the run goes on.
async def broken(:
    pass
