"""Roles on the office server, kept by the server itself (PostgreSQL roles, grants and
a trigger), not only by the program: a clerk's own psql cannot do more than mtgdesk
lets them.

    reader    reads everything, writes nothing
    clerk     a reader who also writes drafts: new meetings, edits of meetings not
              final, the Trash, imports of drafts, their own unsaved edits, saved searches,
              the corrections of release imports
    approver  a clerk who also finalises and amends (changes a final record), deletes
              for good, imports final records and restores a backup

The history and the change journal can be added to, never changed (no UPDATE or
DELETE granted), whoever the clerk is. `mtgdesk admin init-server URL`, run by the
database's owner, makes the schema, the roles and the grants; the office's IT then
gives each login one of the roles (docs/office.md).
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text

from mtgdesk.domain.errors import UserError
from mtgdesk.store import dialect

READER, CLERK, APPROVER = "mtgdesk_reader", "mtgdesk_clerk", "mtgdesk_approver"
ROLES = {"reader": READER, "clerk": CLERK, "approver": APPROVER}
# What each role may do to each table, beside SELECT (every role reads everything).
GRANTS = (
    (CLERK, "INSERT, UPDATE", ("meeting",)),
    (CLERK, "INSERT, UPDATE, DELETE", ("participant", "paragraph", "draft", "saved_search",
                                        "release_alias")),
    (CLERK, "INSERT", ("audit_entry", "change_journal")),
    (APPROVER, "DELETE", ("meeting",)),
)

GUARD = f"""
CREATE OR REPLACE FUNCTION mtgdesk_guard_final() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent text;
BEGIN
  IF pg_has_role(current_user, '{APPROVER}', 'MEMBER') THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_TABLE_NAME = 'meeting' THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'only an approver may delete meeting % for good', OLD.id
        USING ERRCODE = '42501';
    END IF;
    IF (TG_OP = 'UPDATE' AND OLD.status = 'final') OR NEW.status = 'final' THEN
      RAISE EXCEPTION 'only an approver may finalise or amend a meeting (meeting %)',
        NEW.id USING ERRCODE = '42501';
    END IF;
  ELSE
    SELECT status INTO parent FROM meeting
      WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END;
    IF parent = 'final' THEN
      RAISE EXCEPTION 'only an approver may change a final meeting'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  RETURN COALESCE(NEW, OLD);
END $$
"""


def _create_role(conn: Connection, role: str) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                          {"r": role}).scalar()
    if not exists:
        conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")


def init_server(engine: Engine) -> None:
    """The roles, grants and guard trigger on the (migrated) database of `engine`,
    whose login must own it; running it again changes nothing."""
    if engine.dialect.name != "postgresql":
        raise UserError("roles are for an office server (a postgresql:// URL); a file "
                        "is its clerk's alone")
    with engine.begin() as conn:
        dialect.lock_for_migration(conn)
        for role in (READER, CLERK, APPROVER):
            _create_role(conn, role)
        conn.exec_driver_sql(f"GRANT {READER} TO {CLERK}")
        conn.exec_driver_sql(f"GRANT {CLERK} TO {APPROVER}")
        database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
        conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO {READER}')
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {READER}")
        conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER}")
        conn.exec_driver_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON "
                             f"TABLES TO {READER}")
        for role, rights, tables in GRANTS:
            conn.exec_driver_sql(f"GRANT {rights} ON {', '.join(tables)} TO {role}")
        # New rows take their numbers from the sequences; setting them (a restore
        # continuing after the restored ids) is the approver's.
        conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {CLERK}")
        conn.exec_driver_sql(f"GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO {APPROVER}")
        conn.exec_driver_sql(GUARD.replace("%", "%%"))  # no parameters: % is itself
        for table in ("meeting", "participant", "paragraph"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS mtgdesk_guard_final ON {table}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER mtgdesk_guard_final BEFORE INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH ROW EXECUTE FUNCTION mtgdesk_guard_final()")


def add_login(engine: Engine, name: str, role: str) -> None:
    """Give the login `name` (made, without a password, if it does not exist) one of
    the roles; the password is set by the office's IT with psql's \\password."""
    if role not in ROLES:
        raise UserError(f"{role!r} is not a role; choose reader, clerk or approver")
    with engine.begin() as conn:
        quoted = conn.exec_driver_sql("SELECT quote_ident(%s)", (name,)).scalar_one()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                              {"r": name}).scalar()
        if not exists:
            conn.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")
        for other in ROLES.values():
            conn.exec_driver_sql(f"REVOKE {other} FROM {quoted}")
        conn.exec_driver_sql(f"GRANT {ROLES[role]} TO {quoted}")


def role_of(engine: Engine) -> str | None:
    """'approver', 'clerk' or 'reader' for a login given one of the roles; 'owner' for
    the database's owner or a superuser (everything); None on SQLite."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        owner = conn.exec_driver_sql(
            "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()").scalar()
        if owner:
            return "owner"
        for name in ("approver", "clerk", "reader"):
            if conn.execute(text(
                    "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :r) "
                    "THEN pg_has_role(current_user, :r, 'MEMBER') ELSE false END"),
                    {"r": ROLES[name]}).scalar():
                return name
    return "reader"  # a login with none of the roles can at most read
