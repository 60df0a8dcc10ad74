def builds_but_never_calls(path):
    def reader():
        return open(path).read()
    return reader


def builds_and_calls(path):
    def reader():
        return open(path).read()
    return reader()


def holds_lambda(path):
    return lambda: open(path).read()


def class_body(path):
    class Loaded:
        text = open(path).read()
    return Loaded


async def handler(path):
    builds_but_never_calls(path)
    holds_lambda(path)
    builds_and_calls(path)  # want "builds_and_calls\\(\\) blocks the event loop: builds_and_calls -> builds_and_calls.reader -> open"
    class_body(path)  # want "class_body -> open"

    def local():
        return open(path).read()

    local()  # want "local\\(\\) blocks the event loop: handler.local -> open"
