# An older release vendored for a migration script: the same module name
# by its __init__.py, outside the import root setup.cfg declares.
def wait_for_stock(item):
    return item
