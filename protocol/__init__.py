"""The sync message schema shared by the desktop client and the server.

Kept tiny and free of both Qt and the server's web stack so either side can import it.
"""
