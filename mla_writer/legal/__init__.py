"""Legal reasoning over profiles and the instrument registry."""
