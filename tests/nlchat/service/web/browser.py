"""Headless Chromium for the web chat's end-to-end tests (Debian's ``chromium`` and
``chromium-driver`` through selenium; nothing is downloaded)."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-first-run",
    "--disable-client-side-phishing-detection", "--disable-domain-reliability",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--metrics-recording-only", "--no-default-browser-check", "--password-store=basic",
    "--force-color-profile=srgb", "--hide-scrollbars", "--window-size=1600,1000",
    "--lang=en-US",
]


def find_binaries() -> tuple[str, str]:
    """Chromium and chromedriver, or a skip saying how to install them."""
    chromium = os.environ.get("NLCHAT_CHROMIUM") or shutil.which("chromium") \
        or shutil.which("chromium-browser")
    driver = os.environ.get("NLCHAT_CHROMEDRIVER") or shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("headless Chromium not found: apt-get install chromium chromium-driver "
                    "(or set NLCHAT_CHROMIUM / NLCHAT_CHROMEDRIVER)")
    return chromium, driver


def start_chromium() -> Any:
    """A headless Chromium session (selenium WebDriver)."""
    pytest.importorskip("selenium", reason="selenium drives Chromium (pip install selenium)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as ChromeService

    chromium, driver_path = find_binaries()
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium manager: never download
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=ChromeService(executable_path=driver_path),
                              options=options)
    driver.set_script_timeout(20)
    return driver


def viewport(driver: Any, width: int, height: int) -> None:
    """Make the page exactly ``width`` x ``height`` CSS pixels."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def wait_for(what: Callable[[], T | None], timeout: float = 15.0, *, message: str = "",
             every: float = 0.1) -> T:
    """Call ``what`` until it returns something truthy (exceptions count as not yet)."""
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while time.monotonic() < deadline:
        try:
            value = what()
        except Exception as exc:  # the page is still changing
            last = exc
            value = None
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {message or what}"
                         + (f" (last error: {str(last)[:300]})" if last else ""))


def artifacts_dir() -> Path:
    """Where screenshots go: ``$NLCHAT_WEB_ARTIFACTS`` or ``tests/artifacts/web``."""
    default = Path(__file__).resolve().parents[3] / "artifacts" / "web"
    folder = Path(os.environ.get("NLCHAT_WEB_ARTIFACTS") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
