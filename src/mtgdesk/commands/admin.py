"""`mtgdesk admin init-server URL` and `mtgdesk admin grant URL LOGIN ROLE`: what the
office's IT runs once to set up the server, and for each clerk (docs/office.md)."""

from __future__ import annotations

import argparse

from mtgdesk.commands._common import CommandParser


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("admin", help="set up an office server: its schema, roles and "
                       "logins (run as the database's owner)")
    admin = p.add_subparsers(title="admin commands", dest="admin_command",
                             metavar="ADMIN_COMMAND", parser_class=CommandParser,
                             required=True, help="init-server or grant")
    q = admin.add_parser("init-server", help="make (or bring up to date) the schema of "
                         "the empty database URL, the roles mtgdesk_reader, mtgdesk_clerk "
                         "and mtgdesk_approver and their grants; run it again after "
                         "upgrading mtgdesk")
    q.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST:PORT/DBNAME")
    q.set_defaults(run=run_init)
    q = admin.add_parser("grant", help="give the login LOGIN (made without a password "
                         "if new) one role: reader, clerk or approver")
    q.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST:PORT/DBNAME")
    q.add_argument("login", metavar="LOGIN", help="the clerk's server login")
    q.add_argument("role", choices=("reader", "clerk", "approver"),
                   help="what the login may do (docs/office.md)")
    q.set_defaults(run=run_grant)


def run_init(args: argparse.Namespace) -> int:
    from mtgdesk.desk import Desk

    Desk.init_server(args.url)
    print("the office server is ready: schema, roles mtgdesk_reader, mtgdesk_clerk and "
          "mtgdesk_approver; give each clerk's login a role with `mtgdesk admin grant`")
    return 0


def run_grant(args: argparse.Namespace) -> int:
    from mtgdesk.desk import Desk

    Desk.grant_role(args.url, args.login, args.role)
    print(f"{args.login} is now a{'n' if args.role == 'approver' else ''} {args.role}")
    return 0
