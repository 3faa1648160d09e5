#!/usr/bin/env python3
"""Lists the functions of src/ longer than a limit (default 150 lines).

Counted as functions: free functions, member functions defined outside their
class ("Class::method(...) {"), member functions defined inside a class or
struct body, and lambdas (inside functions or in tables). A function's length
runs from the line of its opening '{' to the matching '}' and includes the
lambdas inside it; a lambda is also listed on its own.

How: comments, string and character literals (raw strings too) and
preprocessor lines are blanked; then each '{' is classified by the text
before it since the last ';', '{' or '}' (its "head"): a namespace or
extern block, a class/struct/union/enum body, a lambda ("[...](...) {"),
a function (at namespace or class level, a head ending in ')' and
qualifiers, a trailing return type or a constructor's initialiser list),
or any other brace (a block, an initialiser). Heuristic but strict enough
to run as a test (`--check` exits 1 when a function is over the limit).
Usage: long_functions.py [--limit N] [--check] [DIR...]   (default: src/)
"""
import argparse
import os
import re
import sys

CLASS_HEAD = re.compile(r'^(template\s*<.*>\s*)?((typedef|static|inline|constexpr)\s+)*'
                        r'(class|struct|union|enum)\b(?!.*\=)')
NS_HEAD = re.compile(r'^(inline\s+)?(namespace\b|extern\b)')
# "[captures](params) specifiers {" or "[captures] {", at the end of a head.
LAMBDA_END = re.compile(r'\[[^\[\]]*\]\s*(\((?:[^()]|\([^()]*\))*\))?\s*'
                        r'((mutable|constexpr|noexcept|static)\s*)*(->\s*[\w:<>,\s*&]+)?$')
QUALS = r'(\s*(const|override|final|noexcept|mutable|volatile|&&|&|noexcept\s*\([^()]*\)))*'
FUNC_END = re.compile(r'\)' + QUALS + r'\s*$')
TRAILING_RETURN = re.compile(r'\)' + QUALS + r'\s*->\s*[\w:<>,\s*&]+$')
CTOR_INIT = re.compile(r'\)\s*:\s*[\w:]+\s*[({].*[)}]\s*$')


def blank(text):
    """The text with comments, literals and preprocessor lines replaced by
    spaces (newlines kept, so line numbers hold)."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c == '#' or (line_start and c in ' \t' and text[i:].lstrip(' \t').startswith('#')):
            # A preprocessor line, with its continuations.
            while i < n:
                if text[i] == '\n' and (i == 0 or text[i - 1] != '\\'):
                    break
                out.append('\n' if text[i] == '\n' else ' ')
                i += 1
            continue
        if c == '/' and text.startswith('//', i):
            while i < n and text[i] != '\n':
                out.append(' ')
                i += 1
            continue
        if c == '/' and text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.extend('\n' if ch == '\n' else ' ' for ch in text[i:j])
            i = j
            continue
        if c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            m = re.match(r'R"([^()\\\s]{0,16})\(', text[i:])
            if m:
                close = ')' + m.group(1) + '"'
                j = text.find(close, i + m.end())
                j = n if j < 0 else j + len(close)
                out.extend('\n' if ch == '\n' else ' ' for ch in text[i:j])
                i = j
                continue
        if c == '"' or (c == "'" and not (i > 0 and text[i - 1].isalnum())):  # not a digit separator 1'000
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.extend(' ' for _ in text[i:j])
            i = j
            continue
        out.append(c)
        line_start = c == '\n' or (line_start and c in ' \t')
        i += 1
    return ''.join(out)


def classify(head, outer):
    """The kind of a '{' with text `head` before it, inside a brace of kind
    `outer` ('top', 'ns', 'cls', 'fn', 'lam', 'blk', 'init')."""
    h = ' '.join(head.split())
    if LAMBDA_END.search(h) and not re.search(r'\boperator\s*\[\s*\]', h):
        return 'lam'
    if NS_HEAD.match(h):
        return 'ns'
    if CLASS_HEAD.match(h):
        return 'cls'
    if outer in ('top', 'ns', 'cls'):
        if '(' in h and (FUNC_END.search(h) or TRAILING_RETURN.search(h) or CTOR_INIT.search(h)):
            return 'fn'
        return 'init'
    return 'blk' if outer in ('fn', 'lam', 'blk') else 'init'


def functions(path):
    """(name, first line, length in lines) of each function and lambda of `path`."""
    raw = open(path, encoding="utf-8", errors="replace").read()
    lines = raw.split("\n")
    code = blank(raw)
    stack = []  # (kind, start line, name, head saved by an initialiser)
    head = []
    line = 0
    for ch in code:
        if ch == '\n':
            line += 1
            head.append(' ')
        elif ch == ';':
            head = []
        elif ch == '{':
            h = ''.join(head)
            outer = stack[-1][0] if stack else 'top'
            kind = classify(h, outer)
            name = None
            if kind == 'fn':
                name = ' '.join(h.split())
            elif kind == 'lam':
                owner = next((s[2] for s in reversed(stack) if s[0] == 'fn'), None)
                name = 'lambda' + (' in ' + owner if owner else '') + ': ' + lines[line].strip()
            stack.append((kind, line, name, h))
            head = []
        elif ch == '}':
            if not stack:
                head = []
                continue
            kind, start, name, saved = stack.pop()
            if kind in ('fn', 'lam'):
                yield name, start + 1, line - start + 1
            # An initialiser's braces are part of the statement around them
            # ("Foo() : a_{1} {", "f(Opts o = {}) {").
            head = list(saved + '{}') if kind in ('init', 'blk') else []
        else:
            head.append(ch)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=150)
    ap.add_argument("--check", action="store_true", help="exit 1 when a function is over the limit")
    top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    ap.add_argument("dirs", nargs="*", default=[os.path.join(top, "src")], help="folders to scan (default src/)")
    a = ap.parse_args()
    rows = []
    for d in a.dirs:
        for root, _, files in os.walk(d):
            for f in sorted(files):
                if f.endswith((".cc", ".h")):
                    p = os.path.join(root, f)
                    for name, line, n in functions(p):
                        if n > a.limit:
                            rows.append((n, os.path.relpath(p, top), line, name))
    for n, p, line, name in sorted(rows, reverse=True):
        print(f"{n:5d}  {p}:{line}  {name[:100]}")
    if a.check and rows:
        print(f"{len(rows)} function(s) over {a.limit} lines: split them into named steps", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
