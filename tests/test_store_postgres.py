"""The store against a real PostgreSQL server: `eval "$(.ci/postgres.sh)"` starts one and
sets UNFASCICLE_TEST_PG_URL. Each test gets a schema of its own, dropped afterwards."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy.engine import make_url
from store_contract import StoreContract, sample, write

from unfascicle.errors import OutputError
from unfascicle.store import load
from unfascicle.store.schema import FACTS_COMMENT

PG_URL = os.environ.get("UNFASCICLE_TEST_PG_URL")

pytestmark = pytest.mark.skipif(
    not PG_URL, reason='UNFASCICLE_TEST_PG_URL is not set: run eval "$(.ci/postgres.sh)" first')


@pytest.fixture
def pg_schema():
    """A fresh schema in the test database; its name is an identifier, so it is quoted by
    psycopg.sql, never pasted into the statement."""
    import psycopg
    from psycopg import sql

    name = f"test_{uuid.uuid4().hex[:12]}"
    conninfo = make_url(PG_URL).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))


class TestPostgres(StoreContract):
    @pytest.fixture
    def db_url(self, pg_schema) -> str:
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={pg_schema}"})
        return url.render_as_string(hide_password=False)

    def test_the_facts_view_is_documented_in_the_database(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        assert self.query(db_url, "SELECT obj_description('facts'::regclass, 'pg_class')") == [
            (FACTS_COMMENT,)]
        (row_kind,) = self.query(db_url, """
            SELECT col_description(attrelid, attnum) FROM pg_attribute
            WHERE attrelid = 'facts'::regclass AND attname = 'row_kind'""")
        assert row_kind[0].startswith("item, section, subtotal, total or text")


def test_an_unreachable_server_is_an_output_error_without_the_password(tmp_path):
    url = make_url(PG_URL).set(host="127.0.0.1", port=1, password="s3cret-pw")
    with pytest.raises(OutputError, match=r"postgresql\+psycopg://unfascicle:\*\*\*@127.0.0.1:1/"
                                          r".*: cannot open the database") as error:
        load([write(sample(), tmp_path / "sample.json")], url.render_as_string(False))
    assert url.password not in str(error.value)
