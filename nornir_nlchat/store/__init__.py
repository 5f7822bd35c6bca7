"""The database layer: SQLAlchemy 2 engine/session (``db``) and tables (``models``).

SQLite by default (a file under the user's state folder), PostgreSQL or any SQLAlchemy URL
through ``NLCHAT_DATABASE_URL`` / ``DATABASE_URL``. SQLAlchemy is imported when a store is
opened, never when ``nornir_nlchat`` is imported.
"""
