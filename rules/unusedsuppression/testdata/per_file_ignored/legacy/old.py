# CVT001 is ignored here: the stale suppression below is not reported.
def old():
    pass  # noqa: CVT201
