#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The live vote's page in a real browser: headless Chromium at a phone's 360x740 viewport opens the
page that `iamm poll serve` serves, joins with the code from the address, votes, changes the vote,
and the stored contribution and `iamm consensus show` hold the changed vote. Saves a screenshot.

Usage: votepage_test.py IAMM_EXECUTABLE OUTPUT_DIR
"""
import base64
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

CODE = "271828"
ITEM = "CU-03"


def run(iamm, env, *arguments):
    done = subprocess.run([iamm, *arguments], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        sys.exit(f"iamm {' '.join(arguments)} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def check(condition, message):
    if not condition:
        sys.exit("FAIL: " + message)


def start_serving(iamm, env, assessment):
    server = subprocess.Popen([iamm, "poll", "serve", assessment, "--item", ITEM, "--code", CODE],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    found = re.search(r"at (http://127\.0\.0\.1:\d+/\?code=" + CODE + ") ", line)
    if not found:
        server.kill()
        sys.exit("no address announced: " + line)
    return server, found.group(1)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=en-GB"):
        options.add_argument(argument)
    # A desktop window cannot be narrower than about 500 px: the phone's viewport is emulated.
    options.add_experimental_option("mobileEmulation",
                                    {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 1.0}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def level_button(driver, value):
    return driver.find_element(By.CSS_SELECTOR, f'#levels button[data-value="{value}"]')


def save_full_page(driver, path):
    """The whole page, everything a participant scrolls through, through the DevTools protocol."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": 360, "height": height, "scale": 1}})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def vote_in_browser(driver, url, screenshot):
    wait = WebDriverWait(driver, 10)
    driver.get(url)
    check(driver.find_element(By.ID, "code").get_attribute("value") == CODE, "the code is not pre-filled")
    driver.find_element(By.ID, "name").send_keys("Browser Tester")
    driver.find_element(By.ID, "agency").send_keys("Ministry of the Interior")
    driver.save_screenshot(screenshot.replace(".png", "-join.png"))
    driver.find_element(By.ID, "joinButton").click()
    wait.until(ready.visibility_of_element_located((By.CSS_SELECTOR, '#levels button[data-value="na"]')))
    check(driver.find_element(By.ID, "itemId").text == ITEM, "the page does not show " + ITEM)
    check(len(driver.find_element(By.ID, "itemText").text) > 40, "the item's official text is missing")
    labels = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#levels button")]
    check(len(labels) == 6, f"expected six buttons, got {labels}")
    level_button(driver, "1").click()
    wait.until(ready.visibility_of_element_located((By.ID, "recorded")))
    check("Your view is recorded." in driver.find_element(By.ID, "recorded").text, "no confirmation shown")
    level_button(driver, "3").click()
    wait.until(lambda d: level_button(d, "3").get_attribute("aria-pressed") == "true")
    check(level_button(driver, "1").get_attribute("aria-pressed") == "false", "the first choice is still marked")
    driver.save_screenshot(screenshot)
    save_full_page(driver, screenshot.replace(".png", "-full.png"))
    viewport = driver.execute_script("return window.innerWidth")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(viewport == 360, f"the viewport is {viewport} px wide, not a phone's 360")
    check(width <= viewport, f"the page is {width} px wide at a {viewport} px viewport")
    # The browser's own request for /favicon.ico gets the contract's 404; anything else is an error
    # of the page (a script error, a resource the Content-Security-Policy blocked).
    errors = [entry for entry in driver.get_log("browser")
              if entry["level"] == "SEVERE" and "/favicon.ico" not in entry["message"]]
    check(not errors, f"browser console errors: {errors}")


def main():
    iamm, output = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, IAMM_DB=os.path.join(home, "votes.sqlite"), XDG_DATA_HOME=home,
                   XDG_RUNTIME_DIR=home, LC_ALL="C.UTF-8")
        assessment = run(iamm, env, "assessment", "create", "--state", "DEU").strip()
        server, url = start_serving(iamm, env, assessment)
        driver = None
        try:
            driver = browser()
            vote_in_browser(driver, url, os.path.join(output, "votepage-360x740.png"))
        finally:
            if driver:
                driver.quit()
            server.send_signal(signal.SIGTERM)
            tally_text, errors = server.communicate(timeout=30)
        check(server.returncode == 0, f"iamm poll serve ended with {server.returncode}: {errors}")
        tally = json.loads(tally_text)
        check(tally["votes"] == 1 and tally["counts"]["3"] == 1 and tally["median"] == 3, f"tally {tally}")
        listed = run(iamm, env, "contribution", "list", assessment)
        check(listed == "Browser Tester\tMinistry of the Interior\t1\tlive vote\n", f"contributions: {listed!r}")
        figures = json.loads(run(iamm, env, "consensus", "show", assessment, "--format", "json"))
        item = next(i for i in figures["items"] if i["item"] == ITEM)
        check(item["n"] == 1 and item["counts"]["3"] == 1 and item["median"] == 3, f"consensus {item}")
    print("browser vote recorded, changed and stored")


if __name__ == "__main__":
    main()
