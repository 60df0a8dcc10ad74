"""A typer CLI's async commands are entry points (a wrapper runs them with
asyncio.run): notes, unlike a chat bot's @bot.command handlers."""
import typer

cli = typer.Typer()


@cli.command()
async def export():
    open("export.csv", "w").write("")  # want note "blocking call open"
    import time
    time.sleep(1)  # want note "blocking call time.sleep"
