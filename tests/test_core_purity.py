"""The core takes facts and returns decisions: it never reaches I/O libraries or the clock."""

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).parent.parent / "src" / "inboxwatch" / "core"
FORBIDDEN = {
    "imapclient",
    "googleapiclient",
    "sqlalchemy",
    "apscheduler",
    "socket",
    "time",
    "jinja2",
    "subprocess",
    "os",
    "holidays",
    "mailbox",
    "imaplib",
}


@pytest.mark.parametrize("module", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_imports_nothing_impure(module: Path) -> None:
    tree = ast.parse(module.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top not in FORBIDDEN, f"{module.name} imports {name}"
            assert top != "inboxwatch" or name.startswith(("inboxwatch.core", "inboxwatch.errors")), name


@pytest.mark.parametrize("module", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_never_reads_the_clock(module: Path) -> None:
    text = module.read_text()
    for call in ("datetime.now(", "date.today(", "datetime.utcnow(", ".today()"):
        assert call not in text, f"{module.name} calls {call}"
