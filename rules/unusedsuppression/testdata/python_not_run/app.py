# CVT299 is not selected in this case: its suppressions are not "unused".
def f():
    pass  # noqa: CVT299


def g():
    pass  # covet-lint: ignore[never-selected-rule]
