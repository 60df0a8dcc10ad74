# CVT202 exists but does not run in these cases: its suppressions are not
# "unused", and not unknown either.
def f():
    pass  # noqa: CVT202


def g():
    pass  # covet-lint: ignore[blocking-call-via-helper]
