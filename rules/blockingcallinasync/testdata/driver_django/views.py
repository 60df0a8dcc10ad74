from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import connection, connections
from django.http import JsonResponse


async def profile(request, uid):
    user = User.objects.get(pk=uid)  # want "User.objects.get\\(\\) \\(django.contrib.auth.models.User.objects.get\\).*SynchronousOnlyOperation.*aget"
    latest = User.objects.filter(is_active=True).order_by("-date_joined").first()  # want "first"
    n = User.objects.filter(is_staff=True).count()  # want "count"
    User.objects.exclude(pk=uid).exists()  # want "exists"
    User.objects.create(username="x")  # want "User.objects.create"
    User.objects.filter(pk=uid).update(is_active=False)  # want "update"
    User.objects.filter(pk=uid).delete()  # want "delete"
    user.save()  # want "user.save\\(\\) \\(django.contrib.auth.models.User.objects.get\\(\\).save\\)"
    user.refresh_from_db()  # want "user.refresh_from_db"
    user.delete()  # want "user.delete"
    qs = User.objects.filter(is_active=True).select_related("profile").only("id")
    qs.values_list("id", flat=True)
    page = qs[0]
    page.save()  # want "page.save"
    u = User(username="y")
    u.save()  # want "u.save"
    get_user_model().objects.filter(pk=uid).exists()  # want "exists"
    return JsonResponse({"n": n, "latest": latest.pk})


async def raw_sql(request):
    with connection.cursor() as cursor:  # want "connection.cursor"
        cursor.execute("select 1")  # want "cursor.execute"
        cursor.fetchone()  # want "cursor.fetchone"
    connections["replica"].cursor().execute("select 1")  # want "execute" "cursor"


async def async_orm(request, uid):
    user = await User.objects.aget(pk=uid)
    first = await User.objects.filter(is_active=True).afirst()
    n = await User.objects.acount()
    await User.objects.filter(pk=uid).aupdate(is_active=True)
    await user.asave()
    await user.arefresh_from_db()
    await user.adelete()
    async for u in User.objects.filter(is_staff=True):
        pass
    return first, n


@database_sync_to_async
def load_user(uid):
    return User.objects.get(pk=uid)


def count_users():
    return User.objects.count()


async def offloaded(request, uid):
    user = await load_user(uid)
    n = await sync_to_async(count_users)()
    m = await sync_to_async(User.objects.count)()
    k = await sync_to_async(lambda: User.objects.filter(pk=uid).exists())()
    return user, n, m, k
