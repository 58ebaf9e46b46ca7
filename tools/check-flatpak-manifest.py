#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the structure of a Flatpak manifest without building it.

CI cannot reach Flathub, so this checks what can be checked offline: valid
JSON, the application id, the command the app installs, a GNOME runtime with
its SDK, sandbox permissions that stay minimal, and a meson module that builds
this tree.
"""
import json
import sys


def check(path, expected_id, command):
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        return [f"{path}: cannot read: {e}"]

    def need(cond, msg):
        if not cond:
            problems.append(f"{path}: {msg}")

    app_id = manifest.get("id") or manifest.get("app-id")
    need(app_id == expected_id, f"id is {app_id!r}, expected {expected_id!r}")
    need(manifest.get("command") == command,
         f"command is {manifest.get('command')!r}, expected {command!r}")
    need(manifest.get("runtime") == "org.gnome.Platform", "runtime must be org.gnome.Platform")
    need(manifest.get("sdk") == "org.gnome.Sdk", "sdk must be org.gnome.Sdk")
    need(isinstance(manifest.get("runtime-version"), str) and manifest["runtime-version"],
         "runtime-version must be a non-empty string")

    args = manifest.get("finish-args", [])
    need(isinstance(args, list), "finish-args must be a list")
    for arg in args if isinstance(args, list) else []:
        need(not arg.startswith("--filesystem="),
             f"finish-args has {arg}: files are opened through the portal")
        need(arg not in ("--share=network", "--socket=session-bus", "--socket=system-bus"),
             f"finish-args has {arg}, which the app does not need")
    need("--socket=wayland" in args, "finish-args lacks --socket=wayland")

    modules = manifest.get("modules")
    need(isinstance(modules, list) and modules, "modules must be a non-empty list")
    if isinstance(modules, list) and modules:
        last = modules[-1]
        need(isinstance(last, dict) and last.get("buildsystem") == "meson",
             "the last module must build this tree with meson")
        sources = last.get("sources", []) if isinstance(last, dict) else []
        need(any(s.get("type") == "dir" and s.get("path") == ".." for s in sources
                 if isinstance(s, dict)),
             "the last module must take its source from this tree (type dir, path ..)")
    return problems


def main(argv):
    if len(argv) != 4:
        print("usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND", file=sys.stderr)
        return 2
    problems = check(argv[1], argv[2], argv[3])
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"{argv[1]}: OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
