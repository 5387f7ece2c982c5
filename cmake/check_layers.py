#!/usr/bin/env python3
"""The layer rule of backend/src, checked on every build (see docs/architecture.md).

Inside the kernel and inside each capability, a part may include only what its layer may use:

  domain/   the kernel's domain, its own domain, other capabilities' domain parts; no database,
            HTTP, file-format, mail, crypto or logging library
  storage/  + the kernel's storage and its own storage
  http/     + the kernel's http and formats, its own http and its own non-storage parts
  <other>/  (report/, reader/, …) + the kernel's formats and mail, its own part
  *.cpp at the top of a capability (the manifest, demo data): anything of its own and the kernel,
            other capabilities' domain parts and manifests
  app/      anything

and capabilities use each other without cycles. Tests, fuzzers, tools and testing/ fixtures are
exempt. Exits 1 listing every violation.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else 'backend/src'
BANNED_IN_DOMAIN = re.compile(
    r'^(soci/|restinio/|cairo|pango|poppler|zip\.h|pugixml|xlsxwriter|curl/|libical|sqlite3|libpq|postgresql/|'
    r'sodium|spdlog|CLI/|fmt/)')
KERNEL_ALLOWED = {
    'domain': {'domain'},
    'crypto': {'domain', 'crypto'},
    'storage': {'domain', 'storage'},
    'http': {'domain', 'http'},
    'formats': {'domain', 'formats'},
    'mail': {'domain', 'mail'},
    'capability': {'domain', 'storage', 'http', 'capability'},
}
EXEMPT = re.compile(r'(_test|_fuzz)\.cpp$|/testing/|/tests/|/tools/|/testdata/')
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)

problems = []
uses = {}
capabilities = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and d not in ('kernel', 'app'))


def split(path):
    parts = path.split('/')
    capability = parts[0]
    part = parts[1] if len(parts) > 2 else '(top)'
    return capability, part


for folder, _, files in os.walk(root):
    for name in files:
        if not name.endswith(('.cpp', '.hpp')):
            continue
        path = os.path.relpath(os.path.join(folder, name), root)
        if EXEMPT.search('/' + path):
            continue
        capability, part = split(path)
        if capability == 'app':
            continue
        text = open(os.path.join(root, path), encoding='utf-8').read()
        for kind, target in INCLUDE.findall(text):
            if kind == '<':
                if part == 'domain' and BANNED_IN_DOMAIN.match(target):
                    problems.append(f'{path}: a domain part includes <{target}>')
                continue
            if '/' not in target:
                continue
            to_capability, to_part = split(target)
            where = f'{path}: includes "{target}"'
            if to_capability == 'app':
                problems.append(f'{where}: only app/ may be included by nothing')
                continue
            if capability == 'kernel':
                if to_capability != 'kernel':
                    problems.append(f'{where}: the kernel knows no capability')
                elif to_part not in KERNEL_ALLOWED.get(part, set()):
                    problems.append(f'{where}: kernel/{part} may not use kernel/{to_part}')
                continue
            if to_capability != capability and to_capability != 'kernel':
                uses.setdefault(capability, set()).add(to_capability)
            if to_capability == 'kernel':
                allowed = {'domain': {'domain'}, 'storage': {'domain', 'storage'},
                           'http': {'domain', 'http', 'formats'}}.get(part, {'domain', 'formats', 'mail'})
                if part == '(top)':
                    allowed = set(KERNEL_ALLOWED) | {'capability'}
                if to_part not in allowed:
                    problems.append(f'{where}: {capability}/{part} may not use kernel/{to_part}')
            elif to_capability == capability:
                if part == '(top)' or to_part == part or to_part == 'domain':
                    continue
                if part == 'http' and to_part not in ('storage', '(top)'):
                    continue
                problems.append(f'{where}: {capability}/{part} may not use {capability}/{to_part}')
            else:
                if to_part == 'domain' or (part == '(top)' and to_part == '(top)'):
                    continue
                problems.append(f'{where}: another capability is used through its domain part only')

# No cycles between capabilities.
state = {}


def visit(node, trail):
    state[node] = 'open'
    for nxt in sorted(uses.get(node, ())):
        if state.get(nxt) == 'open':
            cycle = trail[trail.index(nxt):] + [nxt] if nxt in trail else [node, nxt]
            problems.append('capabilities use each other in a cycle: ' + ' → '.join(cycle))
        elif nxt not in state:
            visit(nxt, trail + [nxt])
    state[node] = 'done'


for capability in capabilities:
    if capability not in state:
        visit(capability, [capability])

if problems:
    print('check_layers: the layer rule is broken (see cmake/check_layers.py):', file=sys.stderr)
    for problem in problems:
        print('  ' + problem, file=sys.stderr)
    sys.exit(1)
