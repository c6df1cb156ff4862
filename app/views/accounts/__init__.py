"""Accounts and contacts: the list, the 360° view, and the forms that create and edit them."""
