import time

from django.http import HttpResponse


def view(request):
    return HttpResponse("ok")


def bench_django_requests():
    start = time.perf_counter()
    for _ in range(1000):
        view(None)
    rps = 1000 / (time.perf_counter() - start)
    print(rps)
