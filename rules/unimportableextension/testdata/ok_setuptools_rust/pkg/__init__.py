from pkg.a import f, Thing
from pkg.legacy import anything
