#!/usr/bin/env python3
"""Validates PDFs with `page` (PyPI: page-validation) and prints one JSON object per file:
{"file": ..., "profile": ..., "compliant": bool, "failed_rules": [rule ids], "messages": [...]}.

Usage: pdf_check.py --profile ua1|2a|2b FILE...
Exit status: 0 when every file passes, 1 when a rule fails, 3 when page-validation is not
installed (pip install page-validation).
"""
import json
import sys


def main(argv):
    try:
        import page
    except ImportError:
        print("page-validation is not installed: pip install page-validation", file=sys.stderr)
        return 3
    profile = "ua1"
    files = []
    args = iter(argv)
    for a in args:
        if a == "--profile":
            profile = next(args, "ua1")
        else:
            files.append(a)
    status = 0
    for f in files:
        report = page.validate_pdf(f, profile=profile)
        failures = report.failures
        rules = sorted({x.rule_id for x in failures})
        if rules or not report.is_compliant:
            status = 1
        print(json.dumps({
            "file": f,
            "profile": profile,
            "compliant": report.is_compliant,
            "rules": report.rules.total,
            "failed_rules": rules,
            "messages": [f"{x.rule_id}: {x.message}" for x in failures[:20]],
        }, ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
