# A script's own copy, also acme.billing.charge by its folders, outside the
# src/ import roots.
def charge_card(token):
    return token
