"""The web app and JSON API (`storyline serve`): :func:`storyline.web.app.create_app`.

Nothing here imports FastAPI at package import time; the app module does, when the server starts.
Modules: ``app`` (settings, security headers, auth, errors), ``pages`` and ``api`` (routes over the
same view functions), ``views`` and ``profiles`` (what each page shows, from the library's public
functions named in ``lib``), ``marks`` (article text cut for highlighting), ``jobs`` (the ingest queue).
"""
