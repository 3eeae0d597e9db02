"""MTA-STS parsing against the postfix-mta-sts-resolver test setup (DNS records, served policies, verdicts)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from siegel.core.mtasts import Mode, StsError, judge, parse_policy, parse_record


def txt_records(vectors: Path) -> dict[str, list[str]]:
    records: dict[str, list[str]] = {}
    text = (vectors / "mta-sts-resolver-tests" / "dnsmasq.conf.appendix").read_text()
    for domain, value in re.findall(r'txt-record=_mta-sts\.([^,]+),"([^"]*)"', text):
        records.setdefault(domain, []).append(value)
    return records


def served(vectors: Path) -> dict[str, tuple[str, int, str]]:
    """domain -> (content type, status, body) as the test nginx serves the policy."""
    text = (vectors / "mta-sts-resolver-tests" / "nginx.conf").read_text()
    policies = {}
    for block in text.split("server {")[1:]:
        name = re.search(r"server_name mta-sts\.([^;]+);", block)
        location = re.search(
            r"location = /\.well-known/mta-sts\.txt \{(.*?)\n        \}", block, re.S
        )
        if not name or not location:
            continue
        answer = re.search(r'return (\d+) "((?:[^"\\]|\\.)*)"', location.group(1))
        if not answer:
            continue
        content_type = "text/html" if "text/html" in location.group(1) else "text/plain"
        policies[name.group(1)] = (
            content_type,
            int(answer.group(1)),
            answer.group(2).encode().decode("unicode_escape"),
        )
    return policies


def verdict(vectors: Path, domain: str) -> bool:
    policy = served(vectors).get(domain)
    if policy is None:
        return judge(txt_records(vectors).get(domain, []), None).enforce
    content_type, status, body = policy
    return judge(
        txt_records(vectors).get(domain, []), body, content_type=content_type, status=status
    ).enforce


def test_reference_verdicts(vectors: Path) -> None:
    expected = {}
    for line in (vectors / "mta-sts-resolver-tests" / "refdata.tsv").read_text().splitlines():
        target, outcome = line.split("\t")
        domain = target.split()[1].strip("[]").split("]:")[0].split(":")[0]
        if (
            domain.startswith(".")
            or domain.replace(".", "").isdigit()
            or ":" in target.split()[1].strip("[]").rsplit("]", 1)[0]
        ):
            continue  # lookup-syntax cases of the resolver, not policy cases
        expected[domain.rstrip(".")] = outcome.startswith("OK secure")
    checked = {
        d: e for d, e in expected.items() if not d.startswith("bad-cert")
    }  # bad certs: HTTPS, not parsing
    assert checked["good.loc"] is True
    for domain, enforce in checked.items():
        assert verdict(vectors, domain) is enforce, domain


def test_good_policy_details(vectors: Path) -> None:
    _, _, body = served(vectors)["good.loc"]
    policy = parse_policy(body)
    assert (policy.mode, policy.mx, policy.max_age) == (Mode.ENFORCE, ("mail.loc",), 86400)
    assert policy.matches("MAIL.loc.") and not policy.matches("other.loc")


@pytest.mark.parametrize(
    "domain",
    [
        "bad-policy1.loc",
        "bad-policy2.loc",
        "bad-policy3.loc",
        "bad-policy4.loc",
        "bad-policy5.loc",
        "bad-policy6.loc",
        "bad-policy7.loc",
        "bad-policy8.loc",
    ],
)
def test_every_bad_policy_is_refused(vectors: Path, domain: str) -> None:
    content_type, status, body = served(vectors)[domain]
    with pytest.raises(StsError):
        parse_policy(body, content_type=content_type, status=status)


@pytest.mark.parametrize("domain", ["bad-record1.loc", "bad-record2.loc", "bad-record3.loc"])
def test_bad_records_are_refused(vectors: Path, domain: str) -> None:
    with pytest.raises(StsError):
        parse_record(txt_records(vectors)[domain][0])


def test_wildcard_mx_covers_one_label() -> None:
    policy = parse_policy("version: STSv1\nmode: enforce\nmx: *.mail.example\nmax_age: 600\n")
    assert policy.matches("mx1.mail.example") and not policy.matches("a.b.mail.example")
