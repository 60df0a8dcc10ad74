import timeit


def test_lookup_is_fast():
    assert timeit.timeit("d[1]", setup="d = {1: 2}", number=1000) < 1
