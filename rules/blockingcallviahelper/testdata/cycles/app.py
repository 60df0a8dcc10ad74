def ping(n):
    if n:
        return pong(n - 1)
    return 0


def pong(n):
    return ping(n)


def walk(node):
    for child in node.children:
        visit(child)


def visit(node):
    if node.path:
        open(node.path).close()
    walk(node)


def itself(n):
    return itself(n - 1) if n else open("x")


async def handler(tree):
    ping(3)
    walk(tree)  # want "walk\\(\\) blocks the event loop: walk -> visit -> open"
    visit(tree)  # want "visit\\(\\) blocks the event loop: visit -> open"
    itself(3)  # want "itself -> open"
