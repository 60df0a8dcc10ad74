from asgiref.sync import sync_to_async
from django.http import JsonResponse

from shop.models import Note, Order


async def order_detail(request, pk):
    order = Order.objects.get(pk=pk)  # want warning "Order.objects.get\\(\\) \\(django.db.models.Model.objects.get, from shop.models.Order\\).*aget"
    Order.objects.filter(total__gt=0).exclude(pk=pk).first()  # want "first"
    order.total += 1
    order.save()  # want "order.save\\(\\)"
    order.recalculate()  # the repository's own method: CVT202 follows it
    Note().save()
    return JsonResponse({"total": order.total})


async def order_detail_async(request, pk):
    order = await Order.objects.aget(pk=pk)
    await order.asave()
    qs = Order.objects.filter(total__gt=0).order_by("-created")
    async for o in qs:
        pass
    n = await sync_to_async(Order.objects.count)()
    return JsonResponse({"n": n})
