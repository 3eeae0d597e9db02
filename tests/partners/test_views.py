"""The firm administration and broker-post pages, as the right user and as everyone else."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.audit.models import AuditEvent
from siegel.partners import services
from siegel.partners.models import Membership, MembershipState, Role, Shipment, ShipmentState
from siegel.partners.services import DocumentInput
from tests.accounts.conftest import PASSWORD
from tests.partners.conftest import (
    ADMIN,
    Pair,
    deposit,
    make_user,
    set_password_through_link,
    signed_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_storage(settings: Settings) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }


def denied() -> list[AuditEvent]:
    return list(
        AuditEvent.objects.filter(action__in=["partners.access.denied", "partners.shipment.denied"])
    )


# --- firm administration ----------------------------------------------------------------------


def test_the_administrator_adds_a_user_who_sets_a_password_through_the_link(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    page = client.get("/postfach/firma/")
    assert page.status_code == 200
    assert "Firmenverwaltung" in page.content.decode()
    assert page.headers["Cache-Control"].startswith("max-age=0")
    response = client.post(
        "/postfach/firma/",
        {"address": "Neu@Makler-A.example", "display_name": "Nina Neu", "role": Role.PORTFOLIO},
    )
    assert response.status_code == 302
    member = Membership.objects.get(account__address="neu@makler-a.example")
    assert member.firm_id == firms.a.firm_id and member.role == Role.PORTFOLIO
    set_password_through_link("neu@makler-a.example")
    signed_in(Client(), "neu@makler-a.example")


def test_forms_need_csrf(firms: Pair) -> None:
    client = signed_in(Client(), ADMIN)
    client.handler.enforce_csrf_checks = True
    response = client.post("/postfach/firma/", {"address": "x@makler-a.example", "role": "basic"})
    assert response.status_code == 403
    assert not Membership.objects.filter(account__address="x@makler-a.example").exists()


def test_users_without_the_administrator_role_do_not_reach_the_firm_area(firms: Pair) -> None:
    make_user(firms.a, "bestand@makler-a.example", Role.PORTFOLIO)
    client = signed_in(Client(), "bestand@makler-a.example")
    assert client.get("/postfach/firma/").status_code == 404
    assert client.get(f"/postfach/firma/benutzer/{firms.a.pk}/").status_code == 404
    assert denied()


def test_another_firms_user_is_a_404_and_audited(firms: Pair) -> None:
    other = make_user(firms.b, "b-nutzer@makler-b.example")
    client = signed_in(Client(), ADMIN)
    assert client.get(f"/postfach/firma/benutzer/{other.pk}/").status_code == 404
    response = client.post(f"/postfach/firma/benutzer/{other.pk}/sperren/")
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.state == MembershipState.ACTIVE
    assert len(denied()) == 2


def test_locking_a_user_ends_their_session_at_once(firms: Pair) -> None:
    member = make_user(firms.a, "mitarbeiter@makler-a.example")
    deposit(firms.a.firm)
    their = signed_in(Client(), "mitarbeiter@makler-a.example")
    assert their.get("/postfach/maklerpost/").status_code == 200
    admin = signed_in(Client(), ADMIN)
    assert admin.post(f"/postfach/firma/benutzer/{member.pk}/sperren/").status_code == 302
    after = their.get("/postfach/maklerpost/")
    assert after.status_code == 302 and "/postfach/anmelden/" in after.headers["Location"]
    refused = Client().post(
        "/postfach/anmelden/", {"username": "mitarbeiter@makler-a.example", "password": PASSWORD}
    )
    assert refused.status_code == 200  # the sign-in form again, with its error
    admin.post(f"/postfach/firma/benutzer/{member.pk}/entsperren/")
    signed_in(Client(), "mitarbeiter@makler-a.example")


def test_a_removed_users_session_ends(firms: Pair) -> None:
    member = make_user(firms.a, "geht@makler-a.example")
    their = signed_in(Client(), "geht@makler-a.example")
    admin = signed_in(Client(), ADMIN)
    admin.post(f"/postfach/firma/benutzer/{member.pk}/entfernen/")
    assert their.get("/postfach/maklerpost/").status_code == 302
    assert not User.objects.get(pk=member.account.user_id).is_active


def test_a_role_change_takes_effect_with_the_next_request(firms: Pair) -> None:
    member = make_user(firms.a, "rolle@makler-a.example", Role.PORTFOLIO)
    their = signed_in(Client(), "rolle@makler-a.example")
    assert their.get("/postfach/maklerpost/").status_code == 200
    admin = signed_in(Client(), ADMIN)
    admin.post(f"/postfach/firma/benutzer/{member.pk}/rolle/", {"role": Role.BASIC})
    assert their.get("/postfach/maklerpost/").status_code == 404


def test_the_administrator_cannot_lock_themselves(firms: Pair) -> None:
    admin = signed_in(Client(), ADMIN)
    admin.post(f"/postfach/firma/benutzer/{firms.a.pk}/sperren/")
    firms.a.refresh_from_db()
    assert firms.a.state == MembershipState.ACTIVE


# --- broker post ------------------------------------------------------------------------------


def test_portfolio_users_list_open_download_and_acknowledge(firms: Pair) -> None:
    shipment = deposit(
        firms.a.firm,
        documents=[
            DocumentInput("nachtrag.pdf", "application/pdf", b"%PDF-1.4 eins"),
            DocumentInput("nachtrag.pdf", "text/html", b"<script>alert(1)</script>"),
        ],
    )
    client = signed_in(Client(), ADMIN)
    listing = client.get("/postfach/maklerpost/").content.decode()
    assert "Erika Mustermann" in listing and "Vertrag (120)" in listing
    page = client.get(f"/postfach/maklerpost/{shipment.pk}/")
    assert page.status_code == 200 and "nachtrag.pdf" in page.content.decode()
    download = client.get(f"/postfach/maklerpost/{shipment.pk}/dokument/1/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 eins"  # type: ignore[attr-defined]
    assert download.headers["Content-Type"] == "application/pdf"
    assert download.headers["Content-Disposition"].startswith("attachment;")
    assert download.headers["X-Content-Type-Options"] == "nosniff"
    html = client.get(f"/postfach/maklerpost/{shipment.pk}/dokument/2/")
    assert html.headers["Content-Disposition"].startswith("attachment;")
    shipment.refresh_from_db()
    assert shipment.state == ShipmentState.FETCHED
    archive = client.get(f"/postfach/maklerpost/{shipment.pk}/zip/")
    names = zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))).namelist()  # type: ignore[attr-defined]
    assert names == ["nachtrag.pdf", "nachtrag-1.pdf"]
    assert client.post(f"/postfach/maklerpost/{shipment.pk}/quittieren/").status_code == 302
    assert client.post(f"/postfach/maklerpost/{shipment.pk}/quittieren/").status_code == 302
    shipment.refresh_from_db()
    assert shipment.state == ShipmentState.ACKNOWLEDGED
    kinds = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "partners.shipment.list",
        "partners.shipment.get",
        "partners.shipment.download",
        "partners.shipment.download_all",
        "partners.shipment.acknowledge",
    } <= kinds


def test_the_list_filters(firms: Pair) -> None:
    deposit(firms.a.firm, "1", category="150", customer="Hans Schaden")
    deposit(firms.a.firm, "2", category="170", customer="Provisionsabrechnung")
    client = signed_in(Client(), ADMIN)
    claims = client.get("/postfach/maklerpost/?kategorie=150").content.decode()
    assert "Hans Schaden" in claims and "Provisionsabrechnung" not in claims
    by_name = client.get("/postfach/maklerpost/?kunde=provision").content.decode()
    assert "Provisionsabrechnung" in by_name and "Hans Schaden" not in by_name
    assert client.get("/postfach/maklerpost/?von=kaputt&nach=kaputt").status_code == 200


def test_another_firms_shipment_is_a_404_and_audited(firms: Pair) -> None:
    theirs = deposit(firms.b.firm)
    client = signed_in(Client(), ADMIN)
    for url in (
        f"/postfach/maklerpost/{theirs.pk}/",
        f"/postfach/maklerpost/{theirs.pk}/dokument/1/",
        f"/postfach/maklerpost/{theirs.pk}/zip/",
    ):
        assert client.get(url).status_code == 404
    assert client.post(f"/postfach/maklerpost/{theirs.pk}/quittieren/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.state == ShipmentState.NEW
    assert len(denied()) == 4


def test_users_without_portfolio_rights_see_no_broker_post(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    make_user(firms.a, "basis@makler-a.example", Role.BASIC)
    client = signed_in(Client(), "basis@makler-a.example")
    assert client.get("/postfach/maklerpost/").status_code == 404
    assert client.get(f"/postfach/maklerpost/{shipment.pk}/").status_code == 404
    assert "Maklerpost" not in client.get("/postfach/eingang/").content.decode()


def test_signed_out_visitors_go_to_sign_in(firms: Pair) -> None:
    response = Client().get("/postfach/maklerpost/")
    assert response.status_code == 302 and "/postfach/anmelden/" in response.headers["Location"]


def test_a_tampered_document_gives_an_error_page_not_content(firms: Pair) -> None:
    from siegel.portal.models import StoredContent

    shipment = deposit(firms.a.firm)
    row = StoredContent.objects.get(name=shipment.document_name(1))
    data = bytearray(row.data)
    data[-1] ^= 1
    row.data = bytes(data)
    row.save()
    client = signed_in(Client(), ADMIN)
    assert client.get(f"/postfach/maklerpost/{shipment.pk}/dokument/1/").status_code == 500
    assert Shipment.objects.get(pk=shipment.pk).state == ShipmentState.NEW


def test_a_firm_with_mandatory_second_factor_sends_users_to_enrol(firms: Pair) -> None:
    services.set_second_factor_required(firms.a.firm, True, actor="staff:1")
    client = signed_in(Client(), ADMIN)
    response = client.get("/postfach/maklerpost/")
    assert response.status_code == 302 and response.headers["Location"] == "/postfach/sicherheit/"
    other = signed_in(Client(), "chef@makler-b.example")
    assert other.get("/postfach/maklerpost/").status_code == 200


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Maklerpost", "Firmenverwaltung", "Benutzer hinzufügen", "Makleradministrator"]),
        ("en", ["Broker post", "Firm administration", "Add a user", "Firm administrator"]),
    ],
)
def test_the_pages_speak_german_and_english(firms: Pair, language: str, words: list[str]) -> None:
    deposit(firms.a.firm)
    client = signed_in(Client(), ADMIN)
    pages = "".join(
        client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        for url in ("/postfach/firma/", "/postfach/maklerpost/")
    )
    assert f'lang="{language}"' in pages
    for word in words:
        assert word in pages


def test_adding_answers_the_same_for_every_address_that_cannot_be_added(firms: Pair) -> None:
    """Registered customer, another firm's user, staff: one answer, each refusal audited."""
    from tests.accounts.conftest import register

    register("reg@privat.example")
    User.objects.create_user("staff@versicherer.example", is_staff=True)
    client = signed_in(Client(), ADMIN)
    answers = set()
    refused = ["reg@privat.example", "chef@makler-b.example", "staff@versicherer.example"]
    for address in refused:
        response = client.post(
            "/postfach/firma/", {"address": address, "display_name": "", "role": Role.BASIC}
        )
        assert response.status_code == 200
        answers.add(response.context["form"].non_field_errors()[0])
    assert answers == {
        "Diese Adresse kann nicht hinzugefügt werden. Bitte prüfen Sie sie oder wenden "
        "Sie sich an den Versicherer."
    }
    events = AuditEvent.objects.filter(action="partners.user.add_refused").order_by("seq")
    assert [e.details["address"] for e in events] == refused
    assert {e.actor for e in events} == {services.actor_of(firms.a)}


def test_adding_users_is_rate_limited(firms: Pair, settings: Settings) -> None:
    settings.SIEGEL_PARTNERS_ADD_USER_PER_HOUR = 2
    client = signed_in(Client(), ADMIN)
    statuses = [
        client.post(
            "/postfach/firma/",
            {"address": f"probe{n}@x.example", "display_name": "", "role": Role.BASIC},
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert not Membership.objects.filter(account__address="probe2@x.example").exists()


def test_file_names_are_only_names_in_storage_downloads_and_zips(firms: Pair) -> None:
    """Sender-chosen names (broker post by mail) break neither headers nor archives."""
    shipment = deposit(
        firms.a.firm,
        documents=[
            DocumentInput("a\r\nSet-Cookie: x=1.pdf", "application/pdf", b"%PDF a"),
            DocumentInput("b\\", "image/png", b"png"),
            DocumentInput("..", "application/pdf", b"%PDF c"),
        ],
    )
    names = list(shipment.documents.order_by("number").values_list("name", flat=True))
    assert all(not set(name) & set('\r\n\\/:*?"<>|') for name in names), names
    assert all(name not in {".", ".."} and name for name in names), names
    client = signed_in(Client(), ADMIN)
    for number in (1, 2, 3):
        response = client.get(f"/postfach/maklerpost/{shipment.pk}/dokument/{number}/")
        assert response.status_code == 200
        fallback = response.headers["Content-Disposition"].split('filename="', 1)[1]
        assert "\\" not in fallback.split('"', 1)[0]
    archive = client.get(f"/postfach/maklerpost/{shipment.pk}/zip/")
    listed = zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))).namelist()  # type: ignore[attr-defined]
    assert len(set(listed)) == 3
    assert all(not set(name) & set('\r\n\\/:*?"<>|') and name != ".." for name in listed)


def test_a_name_stored_before_the_fix_still_downloads_and_is_audited_once(firms: Pair) -> None:
    shipment = deposit(firms.a.firm)
    shipment.documents.update(name="alt\r\nX-Evil: 1.pdf")
    client = signed_in(Client(), ADMIN)
    response = client.get(f"/postfach/maklerpost/{shipment.pk}/dokument/1/")
    assert response.status_code == 200
    assert "\n" not in response.headers["Content-Disposition"]
    shipment.refresh_from_db()
    assert shipment.state == ShipmentState.FETCHED
    assert AuditEvent.objects.filter(action="partners.shipment.download").count() == 1


def test_the_list_audits_that_a_customer_was_searched_for_not_who(firms: Pair) -> None:
    deposit(firms.a.firm)
    client = signed_in(Client(), ADMIN)
    client.get("/postfach/maklerpost/?kunde=Erika+Mustermann")
    event = AuditEvent.objects.filter(action="partners.shipment.list").last()
    assert event is not None
    assert "Erika" not in str(event.details) and "Mustermann" not in str(event.details)
    assert event.details["customer_filter"] is True


def test_a_document_number_that_does_not_exist_is_a_404_and_audited(firms: Pair) -> None:
    """Review finding: this 404 left no trace, unlike every other refused reach."""
    mine = deposit(firms.a.firm)
    client = signed_in(Client(), ADMIN)
    assert client.get(f"/postfach/maklerpost/{mine.pk}/dokument/99/").status_code == 404
    event = AuditEvent.objects.filter(action="partners.shipment.denied").get()
    assert event.details["document"] == 99


def test_a_removed_users_later_sign_ins_stay_hidden_from_the_old_firm(firms: Pair) -> None:
    """Review finding: the old firm saw when a former user signed in (for another firm)."""
    member = make_user(firms.a, "geht@makler-a.example")
    signed_in(Client(), "geht@makler-a.example")
    admin = signed_in(Client(), ADMIN)
    page = admin.get(f"/postfach/firma/benutzer/{member.pk}/").content.decode()
    assert "Zuletzt angemeldet" in page
    admin.post(f"/postfach/firma/benutzer/{member.pk}/entfernen/")
    page = admin.get(f"/postfach/firma/benutzer/{member.pk}/").content.decode()
    assert "Zuletzt angemeldet" not in page and "geht@makler-a.example" in page
