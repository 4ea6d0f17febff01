"""The real renderers the picture tests run, each skipped with a reason where it is missing.

`.ci/run` installs them: Debian's ``graphviz`` and ``chromium`` with apt-get, mermaid-cli
with ``npm ci --prefix tests/mermaid`` (driving Debian's chromium through
``tests/mermaid/puppeteer.json``) and the Argdown CLI with ``npm ci --prefix tests/argdown``.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
MMDC = TESTS / "mermaid" / "node_modules" / ".bin" / "mmdc"
ARGDOWN = TESTS / "argdown" / "node_modules" / ".bin" / "argdown"
PUPPETEER = TESTS / "mermaid" / "puppeteer.json"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]


def need(tool: str) -> str:
    """The path of ``tool``, or skip the test with a reason."""
    if tool == "chromium":
        for name in ("chromium", "chromium-browser"):
            path = shutil.which(name)
            if path:
                return path
        pytest.skip("no headless browser: install Debian's chromium (`.ci/run` does)")
    if tool == "dot":
        path = shutil.which("dot")
        if path is None:
            pytest.skip("Graphviz `dot` is not installed (`apt-get install graphviz`)")
        return path
    if tool == "mmdc":
        if shutil.which("node") is None or not MMDC.exists():
            pytest.skip("mermaid-cli is not installed: run `npm ci --prefix tests/mermaid`")
        need("chromium")
        return str(MMDC)
    if tool == "argdown":
        if shutil.which("node") is None or not ARGDOWN.exists():
            pytest.skip("@argdown/cli is not installed: run `npm ci --prefix tests/argdown`")
        return str(ARGDOWN)
    raise ValueError(tool)


def run(cmd: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``cmd``; fail the test with its output when it exits non-zero."""
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{cmd[0]} failed: {done.stderr[-2000:]}"
    return done


def png_size(path: Path) -> tuple[int, int]:
    """Width and height of a PNG file, from its IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def screenshot(page: Path, out: Path, width: int, height: int) -> Path:
    """A headless Chromium screenshot of the local file ``page`` at ``width`` × ``height``."""
    browser = need("chromium")
    run(
        [
            browser,
            *CHROMIUM_FLAGS,
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            page.resolve().as_uri(),
        ]
    )
    assert out.exists(), "chromium wrote no screenshot"
    return out
