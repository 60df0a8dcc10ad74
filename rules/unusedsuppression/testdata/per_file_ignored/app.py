def ok():
    pass  # noqa: CVT201  # want "CVT001 unused suppression"
