#!/usr/bin/python3
"""The application as a screen reader meets it, on the real Linux accessibility bus (AT-SPI).

Starts iamm-assess on X11 with accessibility on, walks its accessibility tree with pyatspi and
drives it with xdotool. It checks:
- the five levels and N/A are radio buttons, none checked before a rating and exactly
  one checked after a level is chosen with the keyboard (Tab into the group, Down, Space);
- target and confidence are radio buttons, none checked while nothing is chosen;
- the official text is readable through the Text interface;
- Tab reaches the levels, target, confidence, rationale, evidence and actions, and the walk
  changes no saved text (the database is read with the iamm command line before and after);
- no actionable object is unnamed on the walkthrough, start, summary and peers pages and in
  the find dialog;
- the presenter view shows an alert naming the current item and its level, anew when it changes.

Run it under Xvfb and its own D-Bus session, as CTest does:
  xvfb-run -a -s "-screen 0 1280x720x24" dbus-run-session -- walkthrough_atspi.py APP CLI WORKDIR
"""
import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

TIMEOUT_SECONDS = 20
BUTTON_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LIST_ITEM,
}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def wait_for(probe, what, timeout=TIMEOUT_SECONDS):
    """Polls probe() (pumping AT-SPI events) until it returns something true; fails after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        pump_events()
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise Failure("timed out after %d s waiting for %s" % (timeout, what))
        time.sleep(0.05)


def pump_events():
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def states(node):
    return node.getState()


def showing(node):
    return states(node).contains(pyatspi.STATE_SHOWING)


def descendants(node):
    """Every showing object below node, in tree order."""
    found = []
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None or not showing(child):
            continue
        found.append(child)
        found.extend(descendants(child))
    return found


def describe(node):
    return "%s %r" % (node.getRoleName(), node.name)


def is_actionable(node):
    # Qt marks every object focusable, so the role and the editable state decide.
    return node.getRole() in BUTTON_ROLES or states(node).contains(pyatspi.STATE_EDITABLE)


def has_label_relation(node):
    return any(relation.getRelationType() == pyatspi.RELATION_LABELLED_BY for relation in node.getRelationSet())


def check_everything_named(root, where):
    unnamed = [describe(node) for node in descendants(root)
               if is_actionable(node) and not node.name.strip() and not has_label_relation(node)]
    check(not unnamed, "%s: unnamed actionable objects: %s" % (where, ", ".join(unnamed)))


def radio_buttons(root, prefix):
    return [node for node in descendants(root)
            if node.getRole() == pyatspi.ROLE_RADIO_BUTTON and node.name.startswith(prefix)]


def level_group(root):
    levels = [node for node in descendants(root)
              if node.getRole() == pyatspi.ROLE_RADIO_BUTTON and len(node.name) > 4 and node.name[1:4] == " – "
              and node.name[0].isdigit()]
    not_applicable = radio_buttons(root, "N/A – ")
    return levels + not_applicable


def checked_names(nodes):
    return [node.name for node in nodes if states(node).contains(pyatspi.STATE_CHECKED)]


class App:
    def __init__(self, app_path, cli_path, work_dir):
        self.app_path = app_path
        self.cli_path = cli_path
        self.database = os.path.join(work_dir, "atspi.sqlite")
        self.process = None
        self.focused = []
        os.makedirs(work_dir, exist_ok=True)
        if os.path.exists(self.database):
            os.remove(self.database)

    def cli(self, *arguments):
        return subprocess.run([self.cli_path, "--db", self.database, *arguments], check=True, capture_output=True,
                              text=True, timeout=30).stdout

    def saved(self, assessment_id):
        return json.loads(self.cli("assessment", "show", assessment_id, "--format", "json"))

    def start(self):
        environment = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                           QT_ACCESSIBILITY="1", IAMM_DB=self.database)
        self.process = subprocess.Popen([self.app_path, "--db", self.database, "--page", "walkthrough",
                                         "--item", "CU-01", "--size", "1280x720"], env=environment)
        return wait_for(self.find_application, "iamm-assess on the accessibility bus")

    def find_application(self):
        check(self.process.poll() is None, "iamm-assess exited with %s" % self.process.returncode)
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            application = desktop.getChildAtIndex(index)
            if application is not None and application.name == "iamm-assess" and application.childCount > 0:
                window = application.getChildAtIndex(0)
                if window is not None and any(node.name.startswith("0 – ") for node in descendants(window)):
                    return window
        return None

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def listen_for_focus(self):
        def on_focus(event):
            if event.detail1 == 1:
                self.focused.append((event.source.getRole(), event.source.name))
        pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")

    def focus_window(self):
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.process.pid)],
                               capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        windows = found.stdout.split()
        check(windows, "xdotool found no window of iamm-assess: %s" % found.stderr.strip())
        for window in windows:
            subprocess.run(["xdotool", "windowfocus", window], capture_output=True, timeout=10)

    def key(self, name):
        """Presses a key and returns the object that then has the focus, if the focus moved."""
        before = len(self.focused)
        subprocess.run(["xdotool", "key", name], check=True, timeout=10)
        try:
            wait_for(lambda: len(self.focused) > before, "the focus to move after %s" % name, timeout=2)
        except Failure:
            return None
        return self.focused[-1]


def check_level_group_unchecked(window):
    group = level_group(window)
    check(len(group) == 6, "expected 5 levels and N/A as radio buttons, found %s" % [describe(n) for n in group])
    check(checked_names(group) == [], "checked before a rating: %s" % checked_names(group))


def check_official_text(window):
    texts = [node for node in descendants(window) if node.name.startswith("Official text")]
    check(texts, "no object named 'Official text'")
    node = texts[0]
    try:
        text = node.queryText()
    except NotImplementedError:
        raise Failure("the official text offers no Text interface: %s" % describe(node))
    content = text.getText(0, -1)
    check(len(content) > 20 and content in node.name,
          "the Text interface of the official text returns %r (name %r)" % (content, node.name))


def tab_until(app, predicate, what, presses=60):
    for _ in range(presses):
        focused = app.key("Tab")
        if focused and predicate(focused):
            return focused
    raise Failure("Tab never reached %s; the focus went through: %s" % (what, [f[1] for f in app.focused[-presses:]]))


def choose_level_with_keyboard(app, window, assessment_id):
    tab_until(app, lambda f: f[0] == pyatspi.ROLE_RADIO_BUTTON and f[1].startswith("0 – "), "the level group")
    app.key("Down")
    focused = app.key("Down")
    check(focused and focused[1].startswith("2 – "), "Down twice from level 0 focused %s" % (focused,))
    subprocess.run(["xdotool", "key", "space"], check=True, timeout=10)
    wait_for(lambda: [name[:1] for name in checked_names(level_group(window))] == ["2"],
             "exactly level 2 checked (checked now: %s)" % checked_names(level_group(window)))
    score = wait_for(lambda: next((item for item in app.saved(assessment_id)["items"]
                                   if item["id"] == "CU-01" and item.get("score") == 2), None),
                     "CU-01 saved with score 2")
    check(score, "CU-01 not saved with score 2")


def check_choice_group(window, prefix, count):
    options = radio_buttons(window, prefix)
    check(len(options) == count, "expected %d radio buttons %s..., found %s" % (count, prefix, [describe(n) for n in options]))
    check(checked_names(options) == [], "%s... checked before a choice: %s" % (prefix, checked_names(options)))


def check_tab_walk(app, window, assessment_id):
    before = app.saved(assessment_id)
    start = len(app.focused)
    wanted = {
        "target": lambda f: f[0] == pyatspi.ROLE_RADIO_BUTTON and f[1].startswith("Target level: "),
        "confidence": lambda f: f[0] == pyatspi.ROLE_RADIO_BUTTON and f[1].startswith("Confidence in the rating: "),
        "rationale": lambda f: f[1] == "Rationale for the rating",
        "evidence": lambda f: f[1] == "Add a note as evidence",
        "actions": lambda f: f[1] == "Text of the new action",
    }
    reached = set()
    for _ in range(60):
        focused = app.key("Tab")
        if focused:
            reached.update(name for name, matches in wanted.items() if matches(focused))
            if wanted["confidence"](focused):
                check_choice_group(window, "Target level: ", 5)
                check_choice_group(window, "Confidence in the rating: ", 3)
        if reached == set(wanted):
            break
    missing = sorted(set(wanted) - reached)
    check(not missing, "Tab never reached %s; the focus went through: %s"
          % (missing, [f[1] for f in app.focused[start:]]))
    time.sleep(1.0)  # longer than the autosave pause, so a typed tab would have been written
    check(app.saved(assessment_id) == before, "the Tab walk changed the saved assessment")


def switch_page(window, label):
    """Gives the page tab the focus through AT-SPI and presses Space on it, as a screen reader user would."""
    tabs = [node for node in descendants(window) if node.getRole() == pyatspi.ROLE_PAGE_TAB and node.name == label]
    check(tabs, "no page tab %r" % label)
    check(tabs[0].queryComponent().grabFocus(), "page tab %r cannot take the focus" % label)
    subprocess.run(["xdotool", "key", "space"], check=True, timeout=10)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: walkthrough_atspi.py IAMM_ASSESS IAMM WORKDIR")
    app = App(*sys.argv[1:])
    assessment_id = app.cli("assessment", "create", "--state", "NOR", "--title", "Accessibility",
                            "--date", "2026-05-04").strip()
    app.listen_for_focus()
    try:
        window = app.start()
        check_level_group_unchecked(window)
        check_official_text(window)
        check_everything_named(window, "walkthrough")
        app.focus_window()
        choose_level_with_keyboard(app, window, assessment_id)
        check_tab_walk(app, window, assessment_id)
        for label in ("Assessments", "Summary", "Peers", "Walkthrough"):
            switch_page(window, label)
            wait_for(lambda: any(node.getRole() == pyatspi.ROLE_PAGE_TAB and node.name == label
                                 and states(node).contains(pyatspi.STATE_CHECKED) for node in descendants(window)),
                     "page %s shown" % label, timeout=5)
            time.sleep(0.3)
            check_everything_named(window, "page " + label)
        app.focus_window()
        subprocess.run(["xdotool", "key", "ctrl+f"], check=True, timeout=10)
        wait_for(lambda: any(n.name.startswith("Find") and n.getRole() == pyatspi.ROLE_ENTRY
                             or n.getRole() == pyatspi.ROLE_DIALOG for n in descendants(window)),
                 "the find dialog", timeout=5)
        check_everything_named(window, "find dialog")
        subprocess.run(["xdotool", "key", "Escape", "F5"], check=True, timeout=10)
        wait_for(lambda: any(node.getRole() == pyatspi.ROLE_ALERT and node.name.startswith("CU-01:")
                             and "level 2" in node.name for node in descendants(window)),
                 "the presenter view's alert with the item and its level", timeout=5)
        subprocess.run(["xdotool", "key", "3"], check=True, timeout=10)
        wait_for(lambda: any(node.getRole() == pyatspi.ROLE_ALERT and "level 3" in node.name
                             for node in descendants(window)),
                 "the alert to tell the new level", timeout=5)
    except Failure as failure:
        print("FAIL: %s" % failure, file=sys.stderr)
        return 1
    finally:
        app.stop()
    print("PASS: roles, states, names and the Tab order on the accessibility bus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
