# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end helpers: drive the real app with real X input, read it back over AT-SPI.

A test script calls run() with its test functions. Each one gets a fresh App,
already started and showing its window:

    def test_search(app):
        app.key('ctrl+f')
        app.type('jury')
        app.wait_find('label', re.compile('jury', re.I))

    if __name__ == '__main__':
        rexe2e.run([test_search], size=(1280, 800))

Input goes through xdotool into the X server, exactly as a user's would;
everything the test checks is read from the accessibility tree, by role and
visible name, as a screen reader would. Synchronisation is by polling the
tree with a deadline, never by sleeping a fixed time.

Needs a display and a session bus (run under xvfb-run -a dbus-run-session),
xdotool, python3-pyatspi and at-spi2-core; imagemagick for screenshots.
Exits 77 (skip) when one of the required tools is missing.
"""
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

SKIP = 77
# meson counts 99 as an error even for a test marked should_fail, so a test
# that documents a known defect cannot pass for the wrong reason.
ERROR = 99

# Debian packages pyatspi for its own python3 only; an interpreter from
# elsewhere on PATH (pyenv, a venv) cannot import it, the system one can.
try:
    import pyatspi  # noqa: E402
except ImportError:
    system_python = '/usr/bin/python3'
    if os.path.realpath(sys.executable) != os.path.realpath(system_python) \
            and os.access(system_python, os.X_OK) and not os.environ.get('REX_E2E_REEXEC'):
        os.environ['REX_E2E_REEXEC'] = '1'
        os.execv(system_python, [system_python] + getattr(sys, 'orig_argv', sys.argv)[1:])
    pyatspi = None


class Failure(AssertionError):
    """The app did not do what the test expected: exit status 1."""


class HarnessError(Exception):
    """The test could not run (no display, the app did not start, xdotool
    failed): exit status 99, an error rather than a failure."""


def skip(reason):
    bar = '*' * 72
    print(f'{bar}\nSKIP: {reason}\n{bar}', file=sys.stderr, flush=True)
    sys.exit(SKIP)


def human_pause():
    time.sleep(random.uniform(0.05, 0.15))


def _matches(pattern, text):
    if pattern is None:
        return True
    text = text or ''
    if isinstance(pattern, re.Pattern):
        return pattern.search(text) is not None
    if callable(pattern):
        return bool(pattern(text))
    return text == pattern


def _role_matches(role, acc):
    if role is None:
        return True
    if isinstance(role, (tuple, list, set, frozenset)):
        return any(_role_matches(r, acc) for r in role)
    if isinstance(role, str):
        return acc.getRoleName() == role
    return acc.getRole() == role


# GTK 4.8 reports a GtkToggleButton as a push button; later versions as a
# toggle button. Tests written against BUTTON survive either.
BUTTON = ('push button', 'toggle button')


def _rect(acc):
    try:
        e = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return None
    return (e.x, e.y, e.width, e.height)


def _intersect(a, b):
    x = max(a[0], b[0])
    y = max(a[1], b[1])
    w = min(a[0] + a[2], b[0] + b[2]) - x
    h = min(a[1] + a[3], b[1] + b[3]) - y
    return (x, y, w, h) if w > 0 and h > 0 else None


def _children(acc):
    try:
        n = acc.childCount
    except Exception:
        return []
    out = []
    for i in range(n):
        try:
            c = acc.getChildAtIndex(i)
        except Exception:
            c = None
        if c is not None:
            out.append(c)
    return out


def _visible(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


class App:
    """The app under test, one process with its own settings and language."""

    def __init__(self, binary, size=(1280, 800), lang='en', args=(), artifacts=None, name='e2e'):
        self.binary = binary
        self.size = size
        self.lang = lang
        self.args = list(args)
        self.name = name
        self.artifacts = artifacts or tempfile.gettempdir()
        self.proc = None
        self.root = None
        self.xid = None
        self.origin = (0, 0)
        self.screen = (1 << 15, 1 << 15)
        self.started = None
        self.env = None
        self._tmp = None

    # Life cycle

    def start(self, timeout=20):
        locale = {'kk': 'kk_KZ.UTF-8', 'ru': 'ru_RU.UTF-8', 'en': 'en_US.UTF-8'}[self.lang]
        self._tmp = tempfile.TemporaryDirectory(prefix='rex-e2e-')
        config = self._tmp.name
        app_id = os.environ['REX_APP_ID']
        os.makedirs(os.path.join(config, 'glib-2.0', 'settings'))
        with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
            f.write(f'[{app_id.replace(".", "/")}]\n'
                    f'window-width={self.size[0]}\nwindow-height={self.size[1]}\n')
        # Animations off, so that what the tree says is what the screen shows.
        os.makedirs(os.path.join(config, 'gtk-4.0'))
        with open(os.path.join(config, 'gtk-4.0', 'settings.ini'), 'w') as f:
            f.write('[Settings]\ngtk-enable-animations=0\n')

        env = dict(os.environ, XDG_CONFIG_HOME=config, GSETTINGS_BACKEND='keyfile',
                   LC_ALL=locale, LANGUAGE=self.lang, GTK_A11Y='atspi')
        env.pop('NO_AT_BRIDGE', None)
        # The accessibility bridge reports "screen coordinates not supported"
        # and the like as warnings; they must not abort the app under test.
        env.pop('G_DEBUG', None)
        self.env = env
        self.started = time.monotonic()
        self.proc = subprocess.Popen([self.binary] + self.args, env=env)
        try:
            self.root = self.wait_for(self._find_window, timeout,
                                      'the app window in the accessibility tree', dump=False)
            self.xid = self.wait_for(self._find_xid, timeout, 'the app\'s X window', dump=False)
            self._xdotool('windowfocus', '--sync', self.xid)
            self.origin = self._content_origin()
            self.screen = tuple(int(v) for v in self._xdotool('getdisplaygeometry').split())
        except Exception as e:
            raise HarnessError(f'could not start the app: {e}') from e
        return self

    def _content_origin(self):
        """Where the window's content starts on the screen. Accessible extents
        are relative to the content; the X window also holds the margins GTK
        leaves around client-side decorations (_GTK_FRAME_EXTENTS)."""
        geometry = self._xdotool('getwindowgeometry', '--shell', self.xid)
        values = dict(line.split('=', 1) for line in geometry.split())
        x, y = int(values['X']), int(values['Y'])
        left = top = None
        if shutil.which('xprop'):
            r = subprocess.run(['xprop', '-id', self.xid, '_GTK_FRAME_EXTENTS'],
                               capture_output=True, text=True)
            m = re.search(r'=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)', r.stdout)
            if m:
                left, top = int(m.group(1)), int(m.group(3))
        if left is None:
            # Without a compositor the margins are even on all sides.
            content = _rect(self.root)
            left = max(0, (int(values['WIDTH']) - content[2]) // 2)
            top = max(0, (int(values['HEIGHT']) - content[3]) // 2)
        return (x + left, y + top)

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def _find_window(self):
        if self.proc.poll() is not None:
            raise HarnessError(f'the app exited with status {self.proc.returncode}')
        desktop = pyatspi.Registry.getDesktop(0)
        for app in _children(desktop):
            try:
                if app.get_process_id() != self.proc.pid:
                    continue
            except Exception:
                continue
            for child in _children(app):
                if child.getRole() == pyatspi.ROLE_FRAME and _rect(child):
                    return child
        return None

    def _find_xid(self):
        r = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(self.proc.pid)],
                           capture_output=True, text=True)
        ids = r.stdout.split()
        return ids[-1] if ids else None

    # Reading the tree

    def _walk(self, acc, clip, depth=0, prune=True):
        """Yields (accessible, on-screen rectangle or None), depth first; with
        prune, nothing below an accessible that is not on screen (every
        accessible costs a few D-Bus round trips)."""
        rect = _rect(acc)
        shown = None
        if clip is not None and rect is not None and _visible(acc):
            shown = _intersect(rect, clip)
        yield acc, shown
        if depth > 60 or (prune and rect is not None and shown is None):
            return
        # GTK reports no extents for some containers (a stack page); they
        # do not clip, their children still report their own.
        child_clip = shown if rect is not None else clip
        for child in _children(acc):
            yield from self._walk(child, child_clip, depth + 1, prune)

    def _clip(self):
        """The window's content. Not the screen: a plain xvfb-run gives a
        640x480 one, and what the app shows does not depend on it."""
        w, h = self.root_size()
        return (0, 0, w, h)

    def find_all(self, role=None, name=None, within=None, showing=True):
        """Accessibles with that role (a name like 'push button' or a pyatspi
        ROLE_*) and name (a string: exact; a compiled regex: search; or a
        callable). With showing, only those a user can see: visible, with
        every ancestor, and at least partly inside the window and every
        scrolled view they are in."""
        return list(self._iter_find(role, name, within, showing))

    def _iter_find(self, role, name, within, showing):
        start = within or self.root
        for acc, shown in self._walk(start, self._clip(), prune=showing):
            if showing and shown is None:
                continue
            if not (_role_matches(role, acc) and _matches(name, acc.name)):
                continue
            if showing and not self._on_top(acc, shown):
                continue
            yield acc

    def _on_top(self, acc, shown):
        """Whether acc, rather than something over it, is what is under the
        middle of its visible part. GTK 4.8 keeps reporting the last extents
        of a page a GtkStack no longer shows, and a folded sidebar covers
        the content without changing its extents; asking the toolkit which
        widget is at a point settles both."""
        x = shown[0] + shown[2] // 2
        y = shown[1] + shown[3] // 2
        hit = self.root.queryComponent().getAccessibleAtPoint(x, y, pyatspi.WINDOW_COORDS)
        if hit is None:
            # The point is on a part with no accessible of its own (the
            # icon of a button): ask acc itself.
            return acc.queryComponent().contains(x, y, pyatspi.WINDOW_COORDS)
        for _ in range(100):
            if hit is None:
                return False
            if hit == acc:
                return True
            if hit == self.root:
                return False
            hit = hit.parent
        return False

    def find(self, role=None, name=None, within=None, showing=True):
        """The first accessible find_all would return, without walking the
        rest of the tree."""
        return next(self._iter_find(role, name, within, showing), None)

    def root_size(self):
        r = _rect(self.root)
        return (r[2], r[3]) if r else self.size

    def selected(self, acc):
        return acc.getState().contains(pyatspi.STATE_SELECTED)

    def focused(self, acc):
        return acc.getState().contains(pyatspi.STATE_FOCUSED)

    def texts(self, role='label', name=None, within=None):
        """The names of the showing accessibles of a role, in tree order."""
        return [a.name for a in self.find_all(role, name, within)]

    # Waiting

    def wait_for(self, condition, timeout=10, message='condition not met', dump=True,
                 interval=0.05):
        """Polls condition() until it returns something true; returns that."""
        started = time.monotonic()
        deadline = started + timeout
        last_error = None
        while True:
            try:
                value = condition()
                if value:
                    self._log(f'waited {time.monotonic() - started:.2f} s: {message}')
                    return value
            except (Failure, HarnessError):
                raise
            except Exception as e:  # an accessible that went away mid-walk
                last_error = e
            if time.monotonic() > deadline:
                detail = f' (last error: {last_error!r})' if last_error else ''
                raise Failure(f'timed out after {timeout} s waiting for: {message}{detail}'
                              + (('\n' + self.dump()) if dump and self.root else ''))
            time.sleep(interval)

    def wait_find(self, role=None, name=None, within=None, timeout=10):
        return self.wait_for(lambda: self.find(role, name, within), timeout,
                             f'a showing {role!r} named {name!r}')

    def wait_gone(self, role=None, name=None, within=None, timeout=10):
        self.wait_for(lambda: self.find(role, name, within) is None, timeout,
                      f'a {role!r} named {name!r} is still showing')

    def _log(self, text):
        if self.started is not None:
            print(f'  {time.monotonic() - self.started:6.2f} {text}', flush=True)

    # X input

    def _xdotool(self, *args):
        r = subprocess.run(['xdotool', *map(str, args)], capture_output=True, text=True)
        if r.returncode != 0:
            raise HarnessError(f'xdotool {" ".join(map(str, args))} failed: {r.stderr.strip()}')
        return r.stdout

    def shown(self, acc):
        """The part of acc a user can see (window coordinates), or None when
        it is hidden, scrolled away or covered."""
        for a, s in self._walk(self.root, self._clip()):
            if a == acc:
                return s if s and self._on_top(a, s) else None
        return None

    def click(self, acc, button=1, at=None):
        """Moves the pointer to the middle of the visible part of acc and
        clicks; at=(dx, dy) clicks that far from its visible top left
        instead (a link at the start of a label)."""
        shown = self.shown(acc)
        if shown is None:
            raise Failure(f'cannot click {acc.getRoleName()} {acc.name!r}: not on screen\n'
                          + self.dump())
        self._click_at(shown, at or (shown[2] // 2, shown[3] // 2), button,
                       f'{acc.getRoleName()} {acc.name!r}')

    def _click_at(self, shown, at, button, what):
        self.origin = self._content_origin()
        x = self.origin[0] + shown[0] + at[0]
        y = self.origin[1] + shown[1] + at[1]
        self._log(f'click {what} at {x},{y}')
        if not (0 <= x < self.screen[0] and 0 <= y < self.screen[1]):
            raise HarnessError(f'{x},{y} is off the {self.screen[0]}x{self.screen[1]} screen: '
                               'give xvfb-run a larger one (-s "-screen 0 1600x1000x24")')
        self._xdotool('mousemove', '--sync', x, y)
        human_pause()
        self._xdotool('click', button)
        human_pause()

    def scroll_to(self, find, over, timeout=15):
        """Turns the mouse wheel over the accessible over (a scrolled page)
        until find() returns something a user can see whole, and returns it.
        find is called again after each turn: rows scrolled into view may be
        new accessibles."""
        area = self.shown(over)
        if area is None:
            raise Failure(f'cannot scroll {over.getRoleName()} {over.name!r}: not on screen\n'
                          + self.dump())
        self.origin = self._content_origin()
        self._xdotool('mousemove', '--sync', self.origin[0] + area[0] + area[2] // 2,
                      self.origin[1] + area[1] + area[3] // 2)
        deadline = time.monotonic() + timeout
        notch = None  # how far one turn of the wheel moves the page
        last = None
        while True:
            acc = find()
            rect = _rect(acc) if acc is not None else None
            shown = _intersect(rect, area) if rect is not None else None
            if shown is not None and shown[3] >= min(rect[3], area[3]) \
                    and self._on_top(acc, shown):
                return acc
            if time.monotonic() > deadline:
                raise Failure(f'scrolling never brought {acc.name if acc else "it"!r} into view\n'
                              + self.dump())
            if rect is not None and last is not None and rect[1] != last:
                notch = abs(rect[1] - last) / turns
            last = rect[1] if rect is not None else None
            # Wheel up when it is above the visible part, down otherwise;
            # a few notches at once while it is far, as a hand would.
            up = rect is not None and rect[1] < area[1]
            turns = 1
            if notch and rect is not None:
                distance = area[1] - rect[1] if up else \
                    rect[1] + min(rect[3], area[3]) - (area[1] + area[3])
                turns = max(1, min(8, int(distance // notch)))
            self._log(f'wheel {"up" if up else "down"} x{turns}')
            self._xdotool('click', '--repeat', turns, '--delay', 40, 4 if up else 5)
            human_pause()

    def focused_within(self, acc):
        """acc or the accessible inside it that has the keyboard focus, or None."""
        for a, _ in self._walk(acc, self._clip(), prune=False):
            if self.focused(a):
                return a
        return None

    def invoke(self, *args, timeout=20):
        """Runs the app's binary a second time, as a user would from a
        terminal or a link while the app runs, with the same settings and
        language; returns the finished process (returncode, stdout, stderr)."""
        self._log(f'invoke {" ".join(args)}')
        return subprocess.run([self.binary, *args], env=self.env, capture_output=True,
                              text=True, timeout=timeout)

    def key(self, *keys):
        """Presses keys or chords as xdotool spells them: 'ctrl+f', 'Return', 'alt+Left'."""
        for k in keys:
            self._log(f'key {k}')
            self._xdotool('key', '--clearmodifiers', k)
            human_pause()

    def type(self, text):
        self._log(f'type {text!r}')
        self._xdotool('type', '--delay', 80, text)
        human_pause()

    # Debugging

    def dump(self, acc=None, full=False):
        """The accessibility tree as text: role, name, extents (window coordinates)
        and states; hidden subtrees are not expanded unless full."""
        lines = []

        def walk(a, clip, depth):
            rect = _rect(a)
            shown = _intersect(rect, clip) if (clip and rect and _visible(a)) else None
            try:
                states = [pyatspi.stateToString(s) for s in a.getState().getStates()
                          if s in (pyatspi.STATE_SELECTED, pyatspi.STATE_FOCUSED,
                                   pyatspi.STATE_CHECKED, pyatspi.STATE_PRESSED)]
            except Exception:
                states = []
            hidden = rect is not None and not shown
            lines.append(f'{"  " * depth}[{a.getRoleName()}] {a.name!r} {rect}'
                         f'{" " + ",".join(states) if states else ""}'
                         f'{" (hidden, not expanded)" if hidden and a.childCount else ""}'
                         f'{" (hidden)" if hidden and not a.childCount else ""}')
            if hidden and not full:
                return
            for c in _children(a):
                walk(c, shown if rect else clip, depth + 1)

        try:
            walk(acc or self.root, self._clip(), 0)
        except Exception as e:
            lines.append(f'(tree changed while dumping: {e!r})')
        return '--- accessibility tree ---\n' + '\n'.join(lines)

    def screenshot(self, path):
        if shutil.which('import') is None:
            return None
        r = subprocess.run(['import', '-window', 'root', path], capture_output=True)
        return path if r.returncode == 0 else None


def dataset():
    """The bundled dataset, to know titles without copying them into tests."""
    import json
    path = os.environ.get('REX_E2E_DATASET')
    if not path:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data',
                            'reforms.json')
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def translation(lang, msgid, context=None):
    """msgstr for msgid in po/LANG.po (the catalogue the build compiles)."""
    path = os.path.join(os.environ.get('REX_E2E_PODIR') or
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'po'),
                        f'{lang}.po')
    import ast
    entries, entry, key = [], {}, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                if entry:
                    entries.append(entry)
                entry, key = {}, None
                continue
            if line.startswith('"'):
                entry[key] += ast.literal_eval(line)
                continue
            key, _, value = line.partition(' ')
            entry[key] = ast.literal_eval(value)
    if entry:
        entries.append(entry)
    for e in entries:
        if e.get('msgid') == msgid and e.get('msgctxt') == context and e.get('msgstr'):
            return e['msgstr']
    raise KeyError(f'{msgid!r} has no {lang} translation in {path}')


def _start_accessibility_bus():
    """Makes sure an AT-SPI bus runs for this session and returns its address.

    GTK 4.8 and libatspi both ask the session bus's org.a11y.Bus for the
    address of the accessibility bus; at-spi2-core's service file lets the
    session bus of dbus-run-session start at-spi-bus-launcher on that first
    call, and the launcher starts the registry on its own bus. Exporting the
    address spares every process the lookup (and an X property race)."""
    from gi.repository import Gio, GLib

    def get_address():
        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        reply = bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress',
                              None, GLib.VariantType.new('(s)'),
                              Gio.DBusCallFlags.NONE, 10000, None)
        return reply.unpack()[0]

    try:
        return get_address()
    except GLib.Error as e:
        first_error = e
    # No service file on this session bus: start the launcher by hand.
    launcher = next((p for p in ('/usr/libexec/at-spi-bus-launcher',
                                 '/usr/lib/at-spi2-core/at-spi-bus-launcher')
                     if os.access(p, os.X_OK)), None)
    if launcher is None:
        skip(f'no AT-SPI bus ({first_error.message}) and no at-spi-bus-launcher: '
             'install at-spi2-core')
    subprocess.Popen([launcher, '--launch-immediately'], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            return get_address()
        except GLib.Error:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def check_environment():
    """Skips (77) when a required tool is missing; fails when there is no display."""
    if pyatspi is None:
        skip('python3-pyatspi is not installed (apt install python3-pyatspi gir1.2-atspi-2.0)')
    if shutil.which('xdotool') is None:
        skip('xdotool is not installed (apt install xdotool)')
    if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        print('e2e tests need an X display and a session bus: '
              'run under xvfb-run -a dbus-run-session', file=sys.stderr)
        sys.exit(1)
    if shutil.which('import') is None:
        print('note: imagemagick is not installed, no screenshots on failure', file=sys.stderr)
    # The X server may still be starting (or xvfb-run -a may have lost a race
    # for the display number): wait until a client can use it.
    deadline = time.monotonic() + 15
    while subprocess.run(['xdotool', 'getdisplaygeometry'], capture_output=True).returncode:
        if time.monotonic() > deadline:
            print(f'cannot open display {os.environ["DISPLAY"]}', file=sys.stderr)
            sys.exit(ERROR)
        time.sleep(0.1)


def _default_environment(binary):
    """meson test sets these (tests/e2e/meson.build); by hand, derive them
    from the build tree the binary is in (BUILD/src/reform-explorer)."""
    build = os.path.dirname(os.path.dirname(binary))
    defaults = {
        'GSETTINGS_SCHEMA_DIR': os.path.join(build, 'data'),
        'REX_LOCALEDIR': os.path.join(build, 'po'),
        'REX_E2E_ARTIFACTS': os.path.join(build, 'meson-logs'),
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    if 'REX_APP_ID' not in os.environ:
        with open(os.path.join(build, 'config.h'), encoding='utf-8') as f:
            os.environ['REX_APP_ID'] = re.search(r'APPLICATION_ID "(.*)"', f.read()).group(1)


def run(tests, binary=None, **app_options):
    """Runs each test function with a freshly started App; exit status 0 or 1."""
    check_environment()
    binary = os.path.abspath(binary or os.environ.get('REX_E2E_BINARY') or sys.argv[1])
    _default_environment(binary)
    os.environ['AT_SPI_BUS_ADDRESS'] = _start_accessibility_bus()
    artifacts = os.environ['REX_E2E_ARTIFACTS']
    os.makedirs(artifacts, exist_ok=True)
    only = set(sys.argv[2:])
    unknown = only - {t.__name__ for t in tests}
    if unknown:
        print(f'no such test: {", ".join(sorted(unknown))}', file=sys.stderr)
        sys.exit(ERROR)
    # meson sends SIGTERM on a timeout: still stop the app.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(ERROR))
    failed = errors = 0
    for test in tests:
        if only and test.__name__ not in only:
            continue
        options = dict(app_options, **getattr(test, 'app_options', {}))
        app = App(binary, artifacts=artifacts, name=test.__name__, **options)
        started = time.monotonic()
        print(f'# {test.__name__}: start', flush=True)
        running = False
        try:
            app.start()
            running = True
            test(app)
            print(f'ok {test.__name__} ({time.monotonic() - started:.1f} s)', flush=True)
        except Exception as e:
            # The app dying under the test is the app's fault; not starting
            # at all is the machine's.
            crashed = running and app.proc.poll() is not None
            if isinstance(e, Failure) or crashed:
                failed += 1
                what = 'not ok'
            else:
                errors += 1
                what = 'error'
            print(f'{what} {test.__name__} ({time.monotonic() - started:.1f} s)', flush=True)
            traceback.print_exc()
            if crashed:
                print(f'the app exited with status {app.proc.returncode}', file=sys.stderr)
            elif app.root is not None and not isinstance(e, Failure):
                print(app.dump(), file=sys.stderr)
            shot = app.screenshot(os.path.join(artifacts, f'e2e-{test.__name__}.png'))
            if shot:
                print(f'screenshot: {shot}', file=sys.stderr, flush=True)
        finally:
            app.stop()
    sys.exit(ERROR if errors else 1 if failed else 0)


def options(**kw):
    """Decorator: per-test App options, e.g. @options(size=(360, 700), lang='kk')."""
    def wrap(f):
        f.app_options = kw
        return f
    return wrap
