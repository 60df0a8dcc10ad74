from app.clients import get_cache, get_client, legacy_client


async def view(key):
    get_client().fetch(key)  # want "get_client\\(\\)\\.fetch\\(\\) \\(mylib\\.Client\\.fetch, from app\\.clients\\.get_client\\).*extra-blocking"
    legacy_client.ping()  # want "legacy_client\\.ping\\(\\).*extra-blocking"
    get_cache().get(key)  # allowed as written
    get_cache().delete(key)  # allowed as expanded
    get_cache().set(key, 1)  # want "\\(redis\\.Redis\\.set, from app\\.clients\\.get_cache\\)"
