from acme.billing.charge import charge_card
import acme.billing.charge as billing


async def checkout(token):
    charge_card(token)  # want "charge_card\\(\\) blocks the event loop: charge_card -> socket.create_connection"
    billing.charge_card(token)  # want "charge_card -> socket.create_connection"
