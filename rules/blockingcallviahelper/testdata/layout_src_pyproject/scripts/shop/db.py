# A copy the scripts folder keeps for itself: also module "shop.db" by its
# __init__.py files, but pyproject.toml says the package is the one in src/.
def load_orders(path):
    return []


def only_here(path):
    return open(path).read()
