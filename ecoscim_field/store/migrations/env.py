"""Alembic environment: the store passes its own connection in `config.attributes`."""

from alembic import context

from ecoscim_field.store.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through ecoscim_field.store.schema.upgrade()")

# render_as_batch: SQLite cannot ALTER most things in place; batch mode copies the table.
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
