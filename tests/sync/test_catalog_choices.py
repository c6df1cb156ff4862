"""The account and opportunity forms offer the server's catalog once a laptop has synced."""

from __future__ import annotations

from sqlalchemy import select

from app.models import PipelineStage, Territory
from app.services.server_catalog import stage_choices, territory_choices


def test_choices_are_the_local_catalog_before_the_first_sync_then_the_servers(
    sync_world, laptops
) -> None:
    laptop = laptops()
    with laptop.workspace.transaction() as session:
        session.add(Territory(name="Made up here"))
        session.add(PipelineStage(name="Local stage", position=99))
    with laptop.workspace.session() as session:  # on its own: its own catalog counts
        assert [t.name for t in territory_choices(session)] == ["Made up here"]
        assert [s.name for s in stage_choices(session)] == ["Local stage"]

    laptop.connect(sync_world, "anna")
    laptop.sync()
    with laptop.workspace.session() as session:
        # The server's rows only, and of the territories only anna's own.
        assert [t.name for t in territory_choices(session)] == ["North"]
        names = [s.name for s in stage_choices(session)]
        server_stages = session.scalars(
            select(PipelineStage.name)
            .where(PipelineStage.name != "Local stage")
            .order_by(PipelineStage.position)
        )
        assert names == list(server_stages) and "Local stage" not in names and names
