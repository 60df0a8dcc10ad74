import time

import pytest
import requests

from shop_core.repositories.audit import AuditLog


@pytest.mark.asyncio
async def test_place_order_roundtrip():
    response = requests.post("http://localhost:8000/orders/", params={"customer": "a", "total": 1})
    assert response.status_code == 200
    time.sleep(0.5)
    AuditLog().record("checked", 1)
